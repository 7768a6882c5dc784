// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchArrivals } from '../../src/content/watch-arrivals';

/** What the site inserts into `<div id="contents">` (which holds one block already), and which elements DocClip must be told arrived. */
const cases: Array<{ name: string; insert: (contents: Element) => void; arrived: string[] }> = [
  {
    name: 'blocks inserted as HTML with line breaks between them: the blocks, not their container',
    insert: (c) => c.insertAdjacentHTML('beforeend', '\n<div id="b2">二</div>\n<div id="b3">三</div>\n'),
    arrived: ['b2', 'b3'],
  },
  {
    name: 'a block and the nodes inside it: the block alone',
    insert: (c) => {
      const b = document.createElement('div');
      b.id = 'b2';
      c.append(b);
      b.innerHTML = '<p id="p1">一</p>';
    },
    arrived: ['b2'],
  },
  { name: 'text with words in it, straight into the container: the container', insert: (c) => c.append('增加了12万元'), arrived: ['contents'] },
  { name: 'only a line break: nothing', insert: (c) => c.append('\n  '), arrived: [] },
  {
    name: "DocClip's own UI: nothing",
    insert: () => document.body.append(document.createElement('docclip-ui')),
    arrived: [],
  },
];

describe('watchArrivals', () => {
  let stop: (() => void) | null = null;
  afterEach(() => stop?.());

  it.each(cases)('$name', async ({ insert, arrived }) => {
    document.body.innerHTML = '<div id="contents"><div id="b1">一</div></div>';
    const seen: string[] = [];
    stop = watchArrivals(document.body, (roots) => seen.push(...roots.map((r) => r.id || r.tagName.toLowerCase())), () => {});
    insert(document.getElementById('contents')!);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(arrived);
  });
});
