import type { ClipAnchoring, DocClipDatabase } from './database';

/**
 * The `anchorings` table: what a page said when a clip was found there with text that differs
 * from the saved text, so that the library can show it ("text changed on the page").
 */

/**
 * Records one re-anchoring of a document's clips: `changed` clips get (or update) their row,
 * `same` clips lose theirs (the page says what was saved again). Ids of clips that are not of
 * `docId` are ignored: a page may speak only for its own clips.
 */
export async function recordAnchorings(
  db: DocClipDatabase,
  docId: string,
  changed: ReadonlyArray<{ id: string; now: string }>,
  same: readonly string[],
  seenAt = new Date(),
): Promise<void> {
  await db.transaction('rw', db.clips, db.anchorings, async () => {
    const ids = [...changed.map((c) => c.id), ...same];
    const own = new Set((await db.clips.bulkGet(ids)).filter((c) => c?.docId === docId).map((c) => c!.id));
    const iso = seenAt.toISOString();
    await db.anchorings.bulkPut(changed.filter((c) => own.has(c.id)).map((c) => ({ clipId: c.id, docId, now: c.now, seenAt: iso })));
    await db.anchorings.bulkDelete(same.filter((id) => own.has(id)));
  });
}

/** Every recorded changed-text anchoring, by clip id. */
export async function allAnchorings(db: DocClipDatabase): Promise<Map<string, ClipAnchoring>> {
  return new Map((await db.anchorings.toArray()).map((a) => [a.clipId, a]));
}
