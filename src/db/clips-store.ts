import type { Clip, ClipDraft } from '../core/types';
import type { DocClipDatabase } from './database';

/**
 * Queries and writes on the `clips` table. Only this module (and database.ts) touch Dexie;
 * UIs and the background call these functions with the database they opened.
 */

/** Adds a clip made from a draft; returns the stored clip with its new UUID and timestamps. */
export async function createClip(db: DocClipDatabase, draft: ClipDraft, now = new Date()): Promise<Clip> {
  const iso = now.toISOString();
  const clip: Clip = { ...draft, id: crypto.randomUUID(), createdAt: iso, updatedAt: iso };
  await db.clips.add(clip);
  return clip;
}

/** The clips saved from one document (matched by docId), oldest first. */
export async function clipsForDocument(db: DocClipDatabase, docId: string): Promise<Clip[]> {
  const rows = await db.clips.where('docId').equals(docId).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The most recent clips, newest first. */
export async function recentClips(db: DocClipDatabase, limit: number): Promise<Clip[]> {
  return db.clips.orderBy('createdAt').reverse().limit(limit).toArray();
}

/** Every clip, newest first. */
export async function allClips(db: DocClipDatabase): Promise<Clip[]> {
  return db.clips.orderBy('createdAt').reverse().toArray();
}

/** Sets tags and/or note; returns the updated clip, or undefined when no clip has that id. */
export async function updateClip(
  db: DocClipDatabase,
  id: string,
  patch: Partial<Pick<Clip, 'tags' | 'note'>>,
  now = new Date(),
): Promise<Clip | undefined> {
  return db.transaction('rw', db.clips, async () => {
    const clip = await db.clips.get(id);
    if (!clip) return undefined;
    const next: Clip = { ...clip, ...patch, updatedAt: now.toISOString() };
    await db.clips.put(next);
    return next;
  });
}

/** Deletes a clip; returns it (so the UI can undo with restoreClip), or undefined if absent. */
export async function deleteClip(db: DocClipDatabase, id: string): Promise<Clip | undefined> {
  return db.transaction('rw', db.clips, async () => {
    const clip = await db.clips.get(id);
    if (clip) await db.clips.delete(id);
    return clip;
  });
}

/** Puts a deleted clip back exactly as it was. */
export async function restoreClip(db: DocClipDatabase, clip: Clip): Promise<void> {
  await db.clips.put(clip);
}
