import { describe, expect, it } from 'vitest';
import { createBackupRunner, type BackupDeps } from '../../src/background/run-backup';
import { handleRequest } from '../../src/background/handle-request';
import { BACKUP_SETTINGS_KEY } from '../../src/core/backup/backup-schedule';
import { BACKUP_STATUS_KEY, readBackupStatus } from '../../src/core/backup/backup-status';
import { DocClipDatabase } from '../../src/db/database';

const NOW = new Date(2026, 5, 12, 9, 30);
const TWO_DAYS_AGO = new Date(2026, 5, 10, 9, 30).toISOString();
const THIS_MORNING = new Date(2026, 5, 12, 7, 0).toISOString();
const DIR = '/home/reader/Downloads/';

/** A fake browser: storage in a Map, a database of `counts`, downloads that write to `DIR` or fail with `downloadError`. */
function fakeDeps(options: { stored?: Record<string, unknown>; counts?: { clips: number; documents: number }; downloadError?: string } = {}) {
  const storage = new Map(Object.entries(options.stored ?? {}));
  const log: string[] = [];
  const deps: BackupDeps = {
    now: () => NOW,
    read: async (key) => storage.get(key),
    write: async (key, value) => {
      storage.set(key, value);
    },
    count: async () => options.counts ?? { clips: 2, documents: 1 },
    hold: async (now) => {
      log.push(`hold ${now.toISOString()}`);
      return { blob: { url: 'blob:x/1', clips: options.counts?.clips ?? 2, documents: options.counts?.documents ?? 1 }, release: async () => void log.push('release') };
    },
    download: async (url, filename) => {
      log.push(`download ${url} ${filename}`);
      if (options.downloadError) throw new Error(options.downloadError);
      return { filename: DIR + filename };
    },
    prune: async (keep) => {
      log.push(`prune ${keep}`);
      return 0;
    },
    keepAlive: () => undefined,
  };
  return { deps, storage, log, status: () => readBackupStatus(storage.get(BACKUP_STATUS_KEY)) };
}

describe('createBackupRunner', () => {
  it('writes a due backup to DocClip/backup-<local date>.json, records it, releases the Blob, then prunes to the kept number', async () => {
    const fake = fakeDeps({ stored: { [BACKUP_STATUS_KEY]: { lastBackupAt: TWO_DAYS_AGO }, [BACKUP_SETTINGS_KEY]: { intervalDays: 1, keep: 3 } } });
    const outcome = await createBackupRunner(fake.deps)(false);
    expect(outcome).toEqual({ kind: 'written', at: NOW.toISOString(), file: `${DIR}DocClip/backup-2026-06-12.json`, clips: 2, documents: 1 });
    expect(fake.log).toEqual([`hold ${NOW.toISOString()}`, 'download blob:x/1 DocClip/backup-2026-06-12.json', 'release', 'prune 3']);
    expect(fake.status()).toEqual({ lastBackupAt: NOW.toISOString(), file: `${DIR}DocClip/backup-2026-06-12.json`, clips: 2, documents: 1, lastError: null });
  });

  const skipped: Array<{ name: string; stored: Record<string, unknown>; counts?: { clips: number; documents: number }; force: boolean; kind: string }> = [
    { name: 'backed up this morning (daily)', stored: { [BACKUP_STATUS_KEY]: { lastBackupAt: THIS_MORNING } }, force: false, kind: 'not-due' },
    { name: 'off', stored: { [BACKUP_SETTINGS_KEY]: { intervalDays: 0, keep: 7 } }, force: false, kind: 'not-due' },
    { name: 'no clips and no documents', stored: {}, counts: { clips: 0, documents: 0 }, force: false, kind: 'empty' },
    { name: 'no clips and no documents, forced', stored: {}, counts: { clips: 0, documents: 0 }, force: true, kind: 'empty' },
  ];
  it.each(skipped)('writes and records nothing: $name', async ({ stored, counts, force, kind }) => {
    const fake = fakeDeps({ stored, counts });
    expect((await createBackupRunner(fake.deps)(force)).kind).toBe(kind);
    expect(fake.log).toEqual([]);
    expect(fake.storage.get(BACKUP_STATUS_KEY)).toEqual(stored[BACKUP_STATUS_KEY]);
  });

  it('"Back up now" writes even when not due, and when backups are off', async () => {
    for (const stored of [{ [BACKUP_STATUS_KEY]: { lastBackupAt: THIS_MORNING } }, { [BACKUP_SETTINGS_KEY]: { intervalDays: 0, keep: 7 } }]) {
      const fake = fakeDeps({ stored });
      expect((await createBackupRunner(fake.deps)(true)).kind).toBe('written');
    }
  });

  it('a backup of document notes alone (no clips) is written', async () => {
    const fake = fakeDeps({ counts: { clips: 0, documents: 2 } });
    expect(await createBackupRunner(fake.deps)(false)).toMatchObject({ kind: 'written', clips: 0, documents: 2 });
  });

  it('a failed download is recorded with its time and message, keeps the last backup, releases the Blob and prunes nothing', async () => {
    const fake = fakeDeps({
      stored: { [BACKUP_STATUS_KEY]: { lastBackupAt: TWO_DAYS_AGO, file: `${DIR}DocClip/backup-2026-06-10.json`, clips: 1, documents: 0 } },
      downloadError: 'the download of DocClip/backup-2026-06-12.json was interrupted: FILE_ACCESS_DENIED',
    });
    const outcome = await createBackupRunner(fake.deps)(false);
    expect(outcome).toEqual({ kind: 'failed', message: 'the download of DocClip/backup-2026-06-12.json was interrupted: FILE_ACCESS_DENIED' });
    expect(fake.log).toEqual([`hold ${NOW.toISOString()}`, 'download blob:x/1 DocClip/backup-2026-06-12.json', 'release']);
    expect(fake.status()).toEqual({
      lastBackupAt: TWO_DAYS_AGO,
      file: `${DIR}DocClip/backup-2026-06-10.json`,
      clips: 1,
      documents: 0,
      lastError: { at: NOW.toISOString(), message: outcome.kind === 'failed' ? outcome.message : '' },
    });
    // Still due: the next check tries again, and a success clears the failure.
    const retry = fakeDeps({ stored: Object.fromEntries(fake.storage) });
    expect((await createBackupRunner(retry.deps)(false)).kind).toBe('written');
    expect(retry.status().lastError).toBeNull();
  });

  it('a failure to build the file (the database cannot be read) is recorded too', async () => {
    const fake = fakeDeps();
    fake.deps.hold = async () => {
      throw new Error('UnknownError: the database is gone');
    };
    expect(await createBackupRunner(fake.deps)(false)).toEqual({ kind: 'failed', message: 'UnknownError: the database is gone' });
    expect(fake.status().lastError).toEqual({ at: NOW.toISOString(), message: 'UnknownError: the database is gone' });
  });

  it('a failure to delete old backups leaves the backup written and recorded', async () => {
    const fake = fakeDeps();
    fake.deps.prune = async () => {
      throw new Error('removeFile failed');
    };
    expect((await createBackupRunner(fake.deps)(false)).kind).toBe('written');
    expect(fake.status().lastError).toBeNull();
  });

  it('runs one backup at a time: a second request meanwhile gets the first one’s outcome', async () => {
    const fake = fakeDeps();
    const run = createBackupRunner(fake.deps);
    const [a, b] = await Promise.all([run(false), run(true)]);
    expect(a).toBe(b);
    expect(fake.log.filter((line) => line.startsWith('download'))).toHaveLength(1);
    expect((await run(true)).kind).toBe('written');
  });
});

describe('handleRequest backup/now', () => {
  const db = new DocClipDatabase(`bg-backup-${Math.random()}`);
  const backupNow = async () => ({ kind: 'empty' as const });
  it('runs for extension pages only', async () => {
    expect(await handleRequest(() => db, { type: 'backup/now' }, { kind: 'extension' }, { backupNow })).toEqual({ ok: true, value: { kind: 'empty' } });
    expect(await handleRequest(() => db, { type: 'backup/now' }, { kind: 'content', url: 'https://m.777doc.com/p-1.html' }, { backupNow })).toEqual({
      ok: false,
      error: 'backup/now is for extension pages',
    });
  });
});
