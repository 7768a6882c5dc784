import { readdirSync, readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/cli/analyze';
import { main } from '../../src/cli/main';

const gold = JSON.parse(readFileSync('test/fixtures/seed/777doc-seed-page.gold.json', 'utf8')) as {
  clutter: string[]; joins: string[]; content: string[]; targets: string[];
};
const inputs = [
  { name: 'saved HTML page', input: readFileSync('demo/777doc/index.html', 'utf8'), url: 'https://m.777doc.com/p-231734.html' },
  { name: 'copied text', input: readFileSync('test/fixtures/seed/777doc-seed-page.txt', 'utf8'), url: 'https://m.777doc.com/p-231734.html' },
];

describe.each(inputs)('docclip analyze: $name', ({ input, url }) => {
  const result = analyze(input, { url });
  it('names the site and title', () => {
    expect(result.site).toBe('777doc');
    expect(result.title).toBe('组织部生态保护研讨发言');
  });
  it('cleans the text: clutter gone, joins repaired, content kept', () => {
    for (const c of gold.clutter) expect(result.text).not.toContain(c);
    for (const c of [...gold.joins, ...gold.content]) expect(result.text).toContain(c);
  });
  it('reports every removal with its reason', () => {
    const removed = result.removed.map((r) => r.text).join('\n');
    for (const c of gold.clutter) expect(removed).toContain(c);
    for (const r of result.removed) expect(r.reason).toMatch(/^[a-z-]+$/);
  });
  it('gives figure and target offsets that index the text', () => {
    expect(result.figures.length).toBeGreaterThan(30);
    for (const f of result.figures) expect(result.text.slice(f.start, f.end)).toBe(f.text);
    for (const t of result.targets) expect(result.text.slice(t.start, t.end)).toBe(t.text);
    expect(result.figures.find((f) => f.text === '438万元')).toMatchObject({ kind: 'money', value: 4_380_000, unit: '元' });
    for (const t of gold.targets) expect(result.targets.some((x) => x.text.includes(t)), t).toBe(true);
  });
});

function capture() {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (d) => (o += d));
  err.on('data', (d) => (e += d));
  return { out, err, text: () => ({ out: o, err: e }) };
}

const argvCases: Array<{ argv: string[]; code: number; err?: RegExp }> = [
  { argv: [], code: 2, err: /unknown command/ },
  { argv: ['frobnicate'], code: 2, err: /unknown command frobnicate/ },
  { argv: ['analyze'], code: 2, err: /FILE is missing/ },
  { argv: ['analyze', 'a.txt', 'b.txt'], code: 2, err: /unexpected argument b.txt/ },
  { argv: ['analyze', 'x.txt', '--url', 'ftp://x'], code: 2, err: /must be an http/ },
  { argv: ['analyze', '/no/such/file.txt'], code: 1, err: /cannot read/ },
];

describe('docclip command line', () => {
  it.each(argvCases)('$argv → exit $code', async ({ argv, code, err }) => {
    const io = capture();
    expect(await main(argv, { out: io.out as never, err: io.err as never, stdin: Readable.from([]) as never })).toBe(code);
    if (err) expect(io.text().err).toMatch(err);
  });
  it('reads standard input with -', async () => {
    const io = capture();
    const stdin = Readable.from([Buffer.from('标题\n投资438万元。\n备案号:鲁ICP备2024069028号-1\n')]);
    expect(await main(['analyze', '-'], { out: io.out as never, err: io.err as never, stdin: stdin as never })).toBe(0);
    const json = JSON.parse(io.text().out);
    expect(json.text).not.toContain('ICP');
    expect(json.figures[0]).toMatchObject({ text: '438万元', kind: 'money' });
  });
});

/** Text a reader copied from each template family, through the command line's text path. */
const TEXT_DIR = 'test/fixtures/text';
const textFixtures = readdirSync(TEXT_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({
    family: f.replace(/\.txt$/, ''),
    input: readFileSync(`${TEXT_DIR}/${f}`, 'utf8'),
    expected: JSON.parse(readFileSync(`${TEXT_DIR}/${f.replace(/\.txt$/, '.expected.json')}`, 'utf8')) as {
      clutter: string[];
      content: string[];
      joins?: string[];
    },
  }));

describe.each(textFixtures)('docclip analyze on copied text: $family', ({ input, expected }) => {
  const result = analyze(input, { html: false });
  it('removes the clutter and says why', () => {
    for (const c of expected.clutter) expect(result.text).not.toContain(c);
    const removed = result.removed.map((r) => r.text).join('\n');
    for (const c of expected.clutter) expect(removed).toContain(c);
  });
  it('keeps the document', () => {
    for (const c of [...expected.content, ...(expected.joins ?? [])]) expect(result.text).toContain(c);
  });
});
