import type { AnchorCase } from './case-types';

/*
 * apache/incubator-annotator packages/dom/test/text-quote/match-cases.ts and describe-cases.ts,
 * ported to text offsets: the page is the fixture's text, the clip its selector. Annotator
 * returns every match; DocClip places a clip once, so the expected place is the first match
 * (or the one the context picks). The empty-quote cases are left out: a clip always has text.
 */
const MC = 'apache/incubator-annotator packages/dom/test/text-quote/match-cases.ts';
const DC = 'apache/incubator-annotator packages/dom/test/text-quote/describe-cases.ts';
const lorem = 'lorem ipsum dolor amet yada yada';

type Row = [name: string, text: string, exact: string, prefix: string | undefined, suffix: string | undefined, want: [string, number] | null, note?: string];

const matchRows: Row[] = [
  ['simple', lorem, 'dolor am', undefined, undefined, ['dolor am', 0]],
  ['first characters', lorem, 'lorem ipsum', undefined, undefined, ['lorem ipsum', 0]],
  ['last characters', lorem, 'yada yada', undefined, undefined, ['yada yada', 0]],
  ['across elements', 'lorem ipsum dolor amet yada yada', 'dolor am', undefined, undefined, ['dolor am', 0]],
  ['exact element contents', lorem, 'ipsum dolor', undefined, undefined, ['ipsum dolor', 0]],
  ['text inside <head>', 'The titlelorem ipsum dolor amet yada yada', 'title', undefined, undefined, ['title', 0]],
  ['two matches in one node', lorem, 'yada', undefined, undefined, ['yada', 0]],
  ['matches in multiple nodes', 'Match again and again and again!', 'again', undefined, undefined, ['again', 0]],
  ['overlapping matches in one node', 'bananas', 'ana', undefined, undefined, ['ana', 0]],
  ['overlapping matches stretching multiple nodes', 'bananas', 'anana', undefined, undefined, ['anana', 0]],
  ['no matches', lorem, 'holy grail', undefined, undefined, null],
  ['with prefix', lorem, 'yada', 't ', undefined, ['yada', 0]],
  ['with suffix', lorem, 'o', undefined, 'l', ['o', 1]],
  ['with prefix and suffix', lorem, 'o', 'l', 're', ['o', 0]],
  ['with prefix and suffix, two matches', lorem, 'o', 'l', 'r', ['o', 0]],
  ['with empty prefix and suffix', lorem, 'dolor am', '', '', ['dolor am', 0]],
  ['with prefix, no matches', lorem, 'dolor', 'oopsum ', undefined, null, 'the saved prefix is not on the page: refused'],
  ['with suffix, no matches', lorem, 'dolor', undefined, ' amot', null, 'the saved suffix is not on the page: refused'],
  ['with suffix, no matches due to whitespace', lorem, 'dolor', undefined, 'a', ['dolor', 0], 'Annotator compares white space exactly and finds nothing; DocClip ignores it (a re-rendered page moves it), so the suffix agrees'],
];

/** describe-cases.ts (all three tables): the selectors Annotator describes, with just enough context to be unique, anchored back in their text. */
const describeRows: Array<[name: string, text: string, exact: string, prefix: string, suffix: string]> = [
  ['no context', 'lorem ipsum dolor amet yada yada', 'dolor amet', '', ''],
  ['use prefix to complete word', 'lorem ipsum dolor amet yada yada', 'lor amet', 'do', ''],
  ['use suffix to complete word', 'lorem ipsum dolor amet yada yada', 'dolor am', '', 'et'],
  ['add context to disambiguate', 'To annotate or not to annotate', 'not', 'or ', ' to'],
  ['only prefix for end of text', 'To annotate or not to annotate', 'annotate', 'to ', ''],
  ['only suffix for start of text', 'annotate or not to annotate, yada yada', 'annotate', '', ' or'],
  ['multiple, overlapping false matches', 'a a a a a a a a a a', 'a a a', 'a a a a ', ' a a a'],
  ['across elements', 'To annotate or not to annotate', 'annota', 'to ', 'te'],
  ['minimal prefix', 'To annotate or not to annotate.', 'anno', 'to ', ''],
  ['minimal suffix', 'To annotate or not to annotate.', 'tate', '', ' '],
  ['use suffix for start of text', 'to annotate or not to annotate.', 'to', '', ' annotate '],
  ['use prefix for end of text', 'To annotate or not to annotate', 'tate', 'to anno', ''],
  ['multiple, overlapping false matches (no spaces)', 'aaaaaaaaaa', 'aaa', 'aaaa', 'aaa'],
  ['balance prefix and suffix', 'lorem ipsum dolor amet yada yada', 'dolor', 'ipsum ', ' amet'],
  ['use prefix for end of text (lorem)', 'lorem ipsum dolor amet yada yada', 'ya', 'amet yada ', 'da'],
  ['use suffix for start of text (lorem)', 'lorem ipsum dolor amet yada yada', 'r', 'lo', 'em ipsum'],
  ['too long prefix', 'Surely counterantidisintermediationism is too long to quote.', 'dia', 'disinterme', 'tionism'],
  ['too long suffix', 'Surely counterantidisintermediationism is too long to quote.', 'anti', 'counter', 'disinterme'],
  ['default should be 50', 'The chromosome is ACATATTACGTTAGATATGACACCCATATAGTTATTTATAAGATGGGACAGATATTAGTTTAAAAA', 'ACATATTAC', '', 'GTTAGATATGACACCCATATAGTTATTTATAAGATGGGACAGATATTAGT'],
];

export const annotatorCases: AnchorCase[] = [
  ...matchRows.map(([name, text, exact, prefix, suffix, want, note]): AnchorCase => ({
    source: MC, name, kind: want === null ? (name === 'no matches' ? 'gone' : 'contradicted') : 'exact',
    selectors: { quote: { exact, prefix, suffix } }, after: text, want: want && { text: want[0], nth: want[1] }, ...(note ? { note } : {}),
  })),
  ...describeRows.map(([name, text, exact, prefix, suffix]): AnchorCase => ({
    source: DC, name: `describe → match: ${name}`, kind: 'exact', selectors: { quote: { exact, prefix, suffix } }, after: text,
    want: { text: exact, nth: nthWith(text, exact, prefix, suffix) },
  })),
];

/** The occurrence of `exact` that `prefix` and `suffix` name. */
function nthWith(text: string, exact: string, prefix: string, suffix: string): number {
  let n = 0;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1), n++) {
    if (text.slice(0, i).endsWith(prefix) && text.startsWith(suffix, i + exact.length)) return n;
  }
  throw new Error(`${exact}: not described`);
}
