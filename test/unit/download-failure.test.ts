import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOWNLOAD_FAILURE_KINDS, downloadFailureKind } from '../../src/core/backup/download-failure';

const LOCALES = ['en', 'zh_CN'].map((lang) => ({ lang, messages: JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }> }));

describe('downloadFailureKind', () => {
  const cases: Array<[string | undefined, string]> = [
    ['FILE_NO_SPACE', 'noSpace'],
    ['FILE_ACCESS_DENIED', 'accessDenied'],
    ['FILE_NAME_TOO_LONG', 'nameTooLong'],
    ['FILE_TOO_LARGE', 'tooLarge'],
    ['FILE_VIRUS_INFECTED', 'blocked'],
    ['FILE_BLOCKED', 'blocked'],
    ['FILE_SECURITY_CHECK_FAILED', 'blocked'],
    ['FILE_TRANSIENT_ERROR', 'transient'],
    ['USER_CANCELED', 'canceled'],
    ['USER_SHUTDOWN', 'shutdown'],
    ['CRASH', 'shutdown'],
    ['FILE_FAILED', 'failed'],
    ['NETWORK_FAILED', 'other'],
    ['SOMETHING_NEW', 'other'],
    ['', 'other'],
    [undefined, 'other'],
  ];
  it.each(cases)('%s → %s', (reason, key) => {
    expect(downloadFailureKind(reason)).toBe(key);
  });

  it.each(LOCALES)('every key has a message in $lang that names the file ($1) and the code ($2)', ({ messages }) => {
    expect(new Set(cases.map(([, kind]) => kind))).toEqual(new Set(DOWNLOAD_FAILURE_KINDS));
    for (const key of DOWNLOAD_FAILURE_KINDS.map((kind) => `backupDownload_${kind}`)) {
      expect(messages[key]?.message, key).toContain('$1');
      expect(messages[key]?.message, key).toContain('$2');
    }
  });
});
