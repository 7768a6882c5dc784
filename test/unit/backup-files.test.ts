import { describe, expect, it } from 'vitest';
import {
  backupDateOf, backupFileName, backupsToDelete, BACKUP_FILENAME_REGEX, planBackupCleanup, type BackupCleanup, type DownloadEntry,
} from '../../src/core/backup/backup-files';

describe('backupFileName', () => {
  const cases = [
    { now: new Date(2026, 5, 9, 0, 5), expected: 'DocClip/backup-2026-06-09.json' },
    { now: new Date(2026, 11, 31, 23, 59), expected: 'DocClip/backup-2026-12-31.json' },
    { now: new Date(2027, 0, 1, 0, 0), expected: 'DocClip/backup-2027-01-01.json' },
  ];
  it.each(cases)('$expected', ({ now, expected }) => {
    expect(backupFileName(now)).toBe(expected);
    expect(backupDateOf(expected)).toBe(expected.slice(15, 25));
  });
});

describe('backupDateOf', () => {
  const cases: Array<{ path: string; date: string | null }> = [
    { path: '/home/reader/Downloads/DocClip/backup-2026-06-09.json', date: '2026-06-09' },
    { path: 'C:\\Users\\reader\\Downloads\\DocClip\\backup-2026-06-09.json', date: '2026-06-09' },
    { path: 'DocClip/backup-2026-06-09.json', date: '2026-06-09' },
    { path: '/home/reader/Downloads/DocClip/backup-2026-06-09 (1).json', date: null },
    { path: '/home/reader/Downloads/DocClip/backup-2026-06-09.json.crdownload', date: null },
    { path: '/home/reader/Downloads/backup-2026-06-09.json', date: null },
    { path: '/home/reader/Downloads/MyDocClip/backup-2026-06-09.json', date: null },
    { path: '/home/reader/Downloads/DocClip/notes-2026-06-09.json', date: null },
    { path: '/home/reader/Downloads/DocClip/docclip-clips-2026-06-09.json', date: null },
    { path: '/home/reader/Downloads/DocClip/backup-2026-02-30.json', date: null },
    { path: '/home/reader/Downloads/DocClip/backup-2026-13-01.json', date: null },
  ];
  it.each(cases)('$path → $date', ({ path, date }) => {
    expect(backupDateOf(path)).toBe(date);
  });
  it('the search filter finds every backup path (the browser uses it as a RegExp)', () => {
    const filter = new RegExp(BACKUP_FILENAME_REGEX);
    for (const { path, date } of cases) if (date !== null) expect(filter.test(path), path).toBe(true);
  });
});

const dir = '/home/reader/Downloads/DocClip/';
const days = (n: number) => Array.from({ length: n }, (_, i) => `${dir}backup-2026-06-${String(i + 1).padStart(2, '0')}.json`);

describe('backupsToDelete', () => {
  const cases: Array<{ name: string; paths: string[]; keep: number; expected: string[] }> = [
    { name: 'fewer files than kept', paths: days(3), keep: 7, expected: [] },
    { name: 'exactly as many as kept', paths: days(7), keep: 7, expected: [] },
    { name: 'two more than kept: the two oldest go', paths: days(9), keep: 7, expected: days(2).reverse() },
    { name: 'order given does not matter', paths: days(9).reverse(), keep: 7, expected: days(2).reverse() },
    { name: 'keep 1', paths: days(3), keep: 1, expected: days(2).reverse() },
    { name: 'keep 0 still keeps the newest', paths: days(3), keep: 0, expected: days(2).reverse() },
    { name: 'a path given twice counts once', paths: [...days(2), ...days(2)], keep: 1, expected: [days(1)[0]!] },
    { name: 'files that are not backups are never deleted', paths: [`${dir}notes.json`, `${dir}backup-2026-06-01 (1).json`, ...days(2)], keep: 1, expected: [days(1)[0]!] },
    { name: 'across years, by date not by name order', paths: [`${dir}backup-2027-01-01.json`, `${dir}backup-2026-12-31.json`], keep: 1, expected: [`${dir}backup-2026-12-31.json`] },
    { name: 'same day in two folders: one kept by path order', paths: ['/a/DocClip/backup-2026-06-01.json', '/b/DocClip/backup-2026-06-01.json'], keep: 1, expected: ['/b/DocClip/backup-2026-06-01.json'] },
    { name: 'nothing', paths: [], keep: 7, expected: [] },
  ];
  it.each(cases)('$name', ({ paths, keep, expected }) => {
    expect(backupsToDelete(paths, keep)).toEqual(expected);
  });
});

const ME = 'docclip-extension-id';
let nextId = 1;
function item(day: number, extra: Partial<DownloadEntry> = {}): DownloadEntry {
  const date = `2026-06-${String(day).padStart(2, '0')}`;
  return {
    id: nextId++,
    filename: `${dir}backup-${date}.json`,
    byExtensionId: ME,
    state: 'complete',
    exists: true,
    startTime: `${date}T09:00:00.000Z`,
    ...extra,
  };
}

describe('planBackupCleanup', () => {
  const cases: Array<{ name: string; items: () => DownloadEntry[]; keep: number; expected: (items: DownloadEntry[]) => BackupCleanup }> = [
    {
      name: 'the oldest of four backups with keep 3: its file removed',
      items: () => [item(1), item(2), item(3), item(4)],
      keep: 3,
      expected: ([d1]) => ({ removeFile: [d1!.id], erase: [] }),
    },
    {
      name: 'nothing to do within the limit',
      items: () => [item(1), item(2)],
      keep: 7,
      expected: () => ({ removeFile: [], erase: [] }),
    },
    {
      name: "the reader's own download of a backup name is never touched",
      items: () => [item(1, { byExtensionId: undefined }), item(2), item(3)],
      keep: 1,
      expected: ([, d2]) => ({ removeFile: [d2!.id], erase: [] }),
    },
    {
      name: "another extension's file of the same name is never touched",
      items: () => [item(1, { byExtensionId: 'other-extension' }), item(2)],
      keep: 1,
      expected: () => ({ removeFile: [], erase: [] }),
    },
    {
      name: 'an old backup the reader already deleted: only forgotten',
      items: () => [item(1, { exists: false }), item(2)],
      keep: 1,
      expected: ([d1]) => ({ removeFile: [], erase: [d1!.id] }),
    },
    {
      name: 'an interrupted or running download is left alone',
      items: () => [item(1, { state: 'interrupted' }), item(2, { state: 'in_progress' }), item(3)],
      keep: 1,
      expected: () => ({ removeFile: [], erase: [] }),
    },
    {
      name: 'two backups on a kept day: the file stays, the older download is forgotten',
      items: () => [item(5, { startTime: '2026-06-05T08:00:00.000Z' }), item(5, { startTime: '2026-06-05T10:00:00.000Z' })],
      keep: 7,
      expected: ([older]) => ({ removeFile: [], erase: [older!.id] }),
    },
    {
      name: 'two backups on an old day: the file removed once, both forgotten',
      items: () => [item(1, { startTime: '2026-06-01T08:00:00.000Z' }), item(1, { startTime: '2026-06-01T10:00:00.000Z' }), item(2)],
      keep: 1,
      expected: ([older, newer]) => ({ removeFile: [newer!.id], erase: [older!.id] }),
    },
    {
      name: 'an old backup path written since by the reader: DocClip forgets its download, keeps the file',
      items: () => [item(1), item(1, { byExtensionId: undefined, startTime: '2026-06-03T09:00:00.000Z' }), item(2)],
      keep: 1,
      expected: ([d1]) => ({ removeFile: [], erase: [d1!.id] }),
    },
    {
      name: 'DocClip downloads of other names are never touched',
      items: () => [item(1, { filename: `${dir}../docclip-clips-2026-06-01.json` }), item(2), item(3)],
      keep: 1,
      expected: ([, d2]) => ({ removeFile: [d2!.id], erase: [] }),
    },
  ];
  it.each(cases)('$name', ({ items, keep, expected }) => {
    const list = items();
    const plan = planBackupCleanup(list, ME, keep);
    expect({ removeFile: plan.removeFile, erase: [...plan.erase].sort((a, b) => a - b) }).toEqual(expected(list));
  });
});
