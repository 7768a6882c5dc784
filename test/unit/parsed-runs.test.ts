// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parsedRuns } from '../../src/core/dom/parsed-runs';

/** A body from `html`; `pick` names the inserted nodes by id (`#t` after an id: that element's first text node). */
function runsOf(html: string, pick: string[]): string[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const nodes = pick.map((id) => (id.endsWith('#t') ? doc.getElementById(id.slice(0, -2))!.firstChild! : doc.getElementById(id)!));
  return parsedRuns(nodes).map(({ parent, range }) => {
    const names: string[] = [];
    for (let c = range.from; c && c !== range.to; c = c.nextSibling) {
      if (c.nodeType === 1) names.push((c as Element).id);
      else if (/\S/.test(c.textContent ?? '')) names.push(`"${c.textContent}"`);
    }
    return `${parent.tagName === 'BODY' ? 'body' : parent.id}:${names.join(',')}`;
  });
}

describe('parsedRuns', () => {
  const cases: Array<{ name: string; html: string; pick: string[]; want: string[] }> = [
    { name: 'adjacent siblings are one run', html: '<p id=a>1</p>\n<p id=b>2</p> <p id=c>3</p>', pick: ['a', 'b', 'c'], want: ['body:a,b,c'] },
    { name: 'a node inside another inserted node is left to it', html: '<div id=w><p id=a>1</p><p id=b>2</p></div>', pick: ['w', 'a', 'b'], want: ['body:w'] },
    { name: 'a sibling not inserted splits the run', html: '<p id=a>1</p><p id=x>old</p><p id=b>2</p>', pick: ['a', 'b'], want: ['body:a', 'body:b'] },
    { name: 'runs per parent', html: '<div id=d1><i id=a>1</i><i id=b>2</i></div><div id=d2><i id=c>3</i></div>', pick: ['c', 'a', 'b'], want: ['d2:c', 'd1:a,b'] },
    { name: 'a text node alone is a run of its parent', html: '<p id=p>某文字</p>', pick: ['p#t'], want: ['p:"某文字"'] },
    { name: 'pieces of a line, positioned p after p', html: '<div id=l><p id=a>第</p><p id=b>3</p><p id=c>页</p></div>', pick: ['b', 'a', 'c'], want: ['l:a,b,c'] },
    { name: 'nothing inserted: no run', html: '<p id=a>1</p>', pick: [], want: [] },
  ];
  it.each(cases)('$name', ({ html, pick, want }) => expect(runsOf(html, pick)).toEqual(want));
});
