// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTRIBUTE, isHiddenOrOwn } from '../../src/core/dom/apply-clean-plan';
import { buildTextMap } from '../../src/core/dom/text-map';
import { createSiteProfile } from '../../src/core/sites/create-site-profile';
import { EarlyClean } from '../../src/content/early-clean';

const gold = JSON.parse(readFileSync('test/fixtures/seed/777doc-seed-page.gold.json', 'utf8')) as { clutter: string[]; content: string[] };
const SAMPLE = readFileSync('demo/777doc/index.html', 'utf8');
const profile = createSiteProfile('https://m.777doc.com/p-231734.html');
const observed = () => new Promise((resolve) => setTimeout(resolve, 0));
const squeeze = (s: string) => s.replace(/\s+/g, '');
const visible = (doc: Document) => squeeze(buildTextMap(doc.body, { skip: isHiddenOrOwn }).text);

/** An empty page (as at document_start, <body> parsed) and the sample's body nodes, to insert as a parser would. */
function parsing(state: { readyState: DocumentReadyState }) {
  const source = new DOMParser().parseFromString(SAMPLE, 'text/html');
  const doc = new DOMParser().parseFromString('<!doctype html><html><head></head><body></body></html>', 'text/html');
  Object.defineProperty(doc, 'readyState', { get: () => state.readyState });
  const nodes = Array.from(source.body.childNodes).map((n) => doc.importNode(n, true));
  return { doc, nodes };
}

describe('EarlyClean: the sample page cleaned as it is inserted', () => {
  it('hides the gold clutter of every batch, keeps the content, and undoes exactly', async () => {
    const state = { readyState: 'interactive' as DocumentReadyState };
    const { doc, nodes } = parsing(state);
    const early = new EarlyClean(doc, profile);
    for (let i = 0; i < nodes.length; i += 5) {
      doc.body.append(...nodes.slice(i, i + 5));
      await observed();
    }
    const seen = visible(doc);
    for (const c of gold.clutter) expect(seen, `clutter visible: ${c}`).not.toContain(squeeze(c));
    for (const c of gold.content) expect(seen, `content lost: ${c}`).toContain(squeeze(c));
    const asInserted = new DOMParser().parseFromString(SAMPLE, 'text/html').body.innerHTML;
    early.undo();
    expect(doc.body.innerHTML).toBe(asInserted);
    expect(doc.querySelector('[data-docclip-early]')).toBeNull();
  });

  it('while loading, leaves the node the parser may still append to, and cleans it once the parser moved on', async () => {
    const state = { readyState: 'loading' as DocumentReadyState };
    const { doc } = parsing(state);
    const early = new EarlyClean(doc, profile);
    const nag = doc.createElement('p');
    nag.textContent = '整理文档很辛苦,赏杯茶钱您下走!';
    doc.body.append(nag);
    await observed();
    expect(nag.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    const next = doc.createElement('p');
    next.textContent = '正文的下一段。';
    doc.body.append(next);
    await observed();
    expect(nag.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    expect(next.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    const { steps } = early.handOver();
    expect(steps.reduce((n, s) => n + s.applied.hidden, 0)).toBe(1);
  });
});
