import { describe, expect, it } from 'vitest';
import { replaceSection } from '../../bench/write-section';

describe('replaceSection', () => {
  const doc = '# Benchmarks\n\n## A (`npm run a`)\n\nold a\n\n## B\n\nold b\n';
  const cases: Array<{ name: string; heading: string; md: string; want: string }> = [
    { name: 'a section in the middle', heading: 'A (`npm run a`)', md: '## A (`npm run a`)\n\nnew a\n', want: '# Benchmarks\n\n## A (`npm run a`)\n\nnew a\n\n## B\n\nold b\n' },
    { name: 'the last section', heading: 'B', md: '## B\n\nnew b\n', want: '# Benchmarks\n\n## A (`npm run a`)\n\nold a\n\n## B\n\nnew b\n' },
    { name: 'a heading met by its start only', heading: 'A', md: '## A\n\nnew\n', want: '# Benchmarks\n\n## A\n\nnew\n\n## B\n\nold b\n' },
    { name: 'a section not there yet: appended', heading: 'C', md: '## C\n\nc\n', want: '# Benchmarks\n\n## A (`npm run a`)\n\nold a\n\n## B\n\nold b\n\n## C\n\nc\n' },
    { name: 'regex characters in the heading are literal', heading: 'A (.*)', md: '## A (.*)\n', want: `${doc.trimEnd()}\n\n## A (.*)\n` },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(replaceSection(doc, c.heading, c.md)).toBe(c.want);
    });
  }
});
