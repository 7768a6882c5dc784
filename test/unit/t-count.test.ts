import { describe, expect, it, vi } from 'vitest';

/** browser.i18n over the real English messages.json (as Chromium fills $1…). */
vi.mock('webextension-polyfill', async () => {
  const { readFileSync } = await import('node:fs');
  const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
  const getMessage = (key: string, subs: string | string[] = []) =>
    messages[key]?.message.replace(/\$(\d)/g, (_, n: string) => [subs].flat()[Number(n) - 1] ?? '') ?? '';
  return { default: { i18n: { getMessage } } };
});

const { tCount } = await import('../../src/browser');

describe('tCount', () => {
  const cases: Array<{ key: string; count: number; want: string }> = [
    { key: 'exportDone', count: 1, want: '1 clip exported' },
    { key: 'exportDone', count: 2, want: '2 clips exported' },
    { key: 'exportDone', count: 0, want: '0 clips exported' },
    { key: 'countAll', count: 1, want: '1 clip' },
    { key: 'csvCopied', count: 1, want: 'Copied 1 row as CSV' },
    { key: 'csvCopied', count: 12, want: 'Copied 12 rows as CSV' },
    { key: 'panelTargetCount', count: 1, want: '1 target' },
    // A key with no _one twin reads the same for every count; an unknown key shows itself.
    { key: 'countFiltered', count: 1, want: '1 of 5 clips match' },
    { key: 'noSuchMessage', count: 1, want: 'noSuchMessage' },
  ];
  it.each(cases)('$key × $count', ({ key, count, want }) => {
    expect(tCount(key, count, key === 'countFiltered' ? ['5'] : [])).toBe(want);
  });
});
