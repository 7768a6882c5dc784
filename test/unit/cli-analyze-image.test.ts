import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { characterErrorRate, comparableText } from '../../src/core/ocr/cer';

/** Runs `docclip` with argv and returns its exit code and what it printed. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (write: (s: string) => void) => new Writable({ write: (chunk, _e, done) => (write(String(chunk)), done()) });
  const code = await main(argv, { out: sink((s) => (out += s)), err: sink((s) => (err += s)), stdin: process.stdin });
  return { code, out, err };
}

/**
 * `docclip analyze page.jpg` on a page image rendered from known words
 * (test/fixtures/ocr/figures-page.txt, drawn by scripts/ocr/render-fixture.ts): PP-OCR on
 * onnxruntime-web reads it back, and the figures are those of the text analysis of the words
 * themselves, each with its page and OCR confidence.
 */
describe('docclip analyze on page images (OCR)', () => {
  it('reads a JPEG page and prints the text analysis with confidences', { timeout: 180_000 }, async () => {
    const truth = await readFile('test/fixtures/ocr/figures-page.txt', 'utf8');
    const { code, out, err } = await run(['analyze', 'test/fixtures/ocr/figures-page.jpg']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.source).toBe('ocr');
    expect(json.pages).toEqual([expect.objectContaining({ file: 'figures-page.jpg', page: 1 })]);
    expect(characterErrorRate(comparableText(json.text), comparableText(truth))).toBeLessThanOrEqual(0.01);
    const expected = await textFigures(truth);
    expect(json.figures.map((f: { text: string; kind: string; value: number }) => [f.text, f.kind, f.value])).toEqual(expected.figures);
    for (const f of json.figures) {
      expect(f.page).toBe(1);
      expect(f.confidence).toBeGreaterThan(0.5);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('refuses a file that is no image and a folder without images', async () => {
    const bad = await run(['analyze', 'test/fixtures/ocr/figures-page.txt.png']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/cannot read/);
    const empty = await run(['analyze', 'src/core/ocr']);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/holds no \.png or \.jpg page images/);
  });
});

/** The figures of the text analysis of `text` itself: what OCR must find. */
async function textFigures(text: string): Promise<{ figures: Array<[string, string, number | null]> }> {
  const { analyze } = await import('../../src/cli/analyze');
  return { figures: analyze(text, { html: false }).figures.map((f) => [f.text, f.kind, f.value]) };
}
