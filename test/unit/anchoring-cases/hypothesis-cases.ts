import type { AnchorCase } from './case-types';

/*
 * Cases of two public anchoring test suites, ported to text offsets: each page is the text a
 * browser gives for the suite's fixture, each clip its selectors. The cases are theirs; the
 * expected outcomes are theirs unless a `note` says why DocClip's differ.
 */

/** hypothesis/client src/annotator/anchoring/test/match-quote-test.js: fixtures `solitude`, `twoCities` (white space collapsed, as there). */
const solitude = 'Many years later, as he faced the firing squad, Colonel Aureliano Buendía was to remember that distant afternoon when his father took him to discover ice';
const twoCities = 'It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the season of Darkness, it was the spring of hope, it was the winter of despair, we had everything before us, we had nothing before us, we were all going direct to Heaven, we were all going direct the other way.';
const MQ = 'hypothesis/client src/annotator/anchoring/test/match-quote-test.js';

/** hypothesis/client src/annotator/anchoring/test/html-anchoring-fixture.html, its text (html-test.js rangeSpecs select in it). */
const fixture = "Pellentesque habitant morbi tristique senectus et netus et malesuada fames ac turpis egestas. Vestibulum tortor quam, feugiat vitae, ultricies eget, tempor sit amet, ante. Donec eu libero sit amet quam egestas semper. Aenean ultricies mi vitae est. Mauris placerat eleifend leo. Quisque sit amet est et sapien ullamcorper pharetra. Vestibulum erat wisi, condimentum sed, commodo vitae, ornare sit amet, wisi. Aenean fermentum, elit eget tincidunt condimentum, eros ipsum rutrum orci, sagittis tempus lacus enim ac dui. Donec non enim in turpis pulvinar facilisis. Ut felis.\n\nHeader Level 2\n\n\n  Lorem ipsum dolor sit amet, consectetuer adipiscing elit.\n  Aliquam tincidunt mauris eu risus.\n\n\nLorem sed do eiusmod tempor.\n\nHumani generisLorem sed do eiusmod tempor.Mortalium animos\n\nHumani generisLorem sed do eiusmod tempor.Mortalium animos\n\nHeader Level 2\n\n\n  Mauris lacinia ipsum nulla, id iaculis quam egestas quis.\n\n\n\n  Fusce fermentum sit amet augue sed rutrum.\n\n\n\n\n  Test\n\n";
const HT = 'hypothesis/client src/annotator/anchoring/test/html-test.js';

/** hypothesis/client src/annotator/anchoring/test/pdf-test.js `pdfPages`, joined as the PDF text layer gives them (line breaks dropped). */
const pdfPages = [
  'Pride And Prejudice And Zombies       By Jane Austen and Seth Grahame-Smith ',
  'IT IS A TRUTH universally acknowledged that a zombie in possession ofbrains must be in want of more brains. Never was this truth more plainthan during the recent attacks at Netherfield Park, in which a householdof eighteen was slaughtered and consumed by a horde of the living dead.',
  '"My dear Mr. Bennet," said his lady to him one day, "have you heard thatNetherfield Park is occupied again?" ',
  'NODE ANODE BNODE C',
].join('');
const PDF = 'hypothesis/client src/annotator/anchoring/test/pdf-test.js';

/** hypothesis/client src/annotator/anchoring/test/html-baselines/wikipedia-regression-testing.{html,json}: windows of the page's text around each annotation, positions shifted with them. */
const wikipedia = [
  { text: "усскийSvenskaTürkçeУкраїнська中文\t\t\t\t\t\n\t\t\t\tEdit links\t\t\t\n\t\t\n\t\t\t\t\n\t\t\n\t\t\n\t\t\t\t\t\t\t\n\t\t\t\t\t\t\t\t\t\t\t This page was last modified on 11 November 2016, at 05:56.\n\t\t\t\t\t\t\t\t\t\t\tText is available under the Creative Commons Attribution-ShareAlike License;\nadditional terms may apply.  By using this site, you agree to the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non", exact: "11 November 2016", prefix: " This page was last modified on ", suffix: ", at 05:56.\n\t\t\t\t\t\t\t\t\t\t\tText is a", start: 276, end: 292 },
  { text: "igned, some of the same mistakes that were made in the original implementation of the feature are made in the redesign.\nTherefore, in most software development situations, it is considered good coding practice, when a bug is located and fixed, to record a test that exposes the bug and re-run that test regularly after subsequent changes to the program.[3] Although this may be done through manual testing procedures using programming techniques, it is often done using au", exact: "Therefore, in most software development situations, it is considered good coding practice, when a bug is located and fixed, to record a test that exposes the bug and re-run that test regularly after subsequent changes to the program", prefix: "ature are made in the redesign.\n", suffix: ".[3] Although this may be done t", start: 120, end: 352 },
  { text: "iler, regression testing could track the code size, and the time it takes to compile and execute the test suite cases.\n\nAlso as a consequence of the introduction of new bugs, program maintenance requires far more system testing per statement written than any other programming. Theoretically, after each fix one must run the entire batch of test cases previously run against the system, to ensure", exact: "Also as a consequence of the introduction of new bugs, program maintenance requires far more system testing per statement written than any other programming", prefix: " execute the test suite cases.\n\n", suffix: ". Theoretically, after each fix ", start: 120, end: 276 },
  { text: "s could be affected by the proposed changes. These areas may include functional and non-functional areas of the system.\nThe purpose of regression testing is to ensure that changes such as those mentioned above have not introduced new faults.[1] One of the main reasons for regression testing is to determine whether a change in one part of the software affects", exact: "The purpose of regression testing is to ensure that changes such as those mentioned above have not introduced new faults", prefix: "functional areas of the system.\n", suffix: ".[1] One of the main reasons for", start: 120, end: 240 },
  { text: "\t\t\n\t\t\n\t\t\n\t\t\t\n\n\t\t\t\t\t\t\t\n\t\t\t\t\t\t\n\n\t\t\tRegression testing\n\t\t\t\t\t\t\t\t\t\n\t\t\t\t\t\t\t\t\tFrom Wikipedia, the free encyclopedia\n\t\t\t\t\t\t\t\t\n\t\t\t\t\t\t\t\t\t\t\t\t\n\t\t\t\t\tJump to:\t\t\t\t\tnavigation, \t\t\t\t\tsearc", exact: "Regression testing", prefix: "\t\n\t\t\n\t\t\n\t\t\t\n\n\t\t\t\t\t\t\t\n\t\t\t\t\t\t\n\n\t\t\t", suffix: "\n\t\t\t\t\t\t\t\t\t\n\t\t\t\t\t\t\t\t\tFrom Wikiped", start: 33, end: 51 },
];
const BL = 'hypothesis/client src/annotator/anchoring/test/html-baselines/';

export const hypothesisCases: AnchorCase[] = [
  { source: MQ, name: 'finds exact match', kind: 'exact', selectors: { quote: { exact: 'discover ice' } }, after: solitude, want: { text: 'discover ice' } },
  // "finds best approximate match if there is no exact match" and "scores matches based on quote
  // similarity", as revisits: the quote was saved where the page now says "Many years later".
  ...['some years later', 'Many yers later', 'Some years later'].map((old): AnchorCase => ({
    source: MQ, name: `approximate quote: ${old}`, kind: 'changed', before: solitude.replace('Many years later', old), clip: old, after: solitude, want: { text: 'Many years later' },
    note: 'Hypothesis matches the bare quote; a clip keeps its context, so the revisit is given it',
  })),
  ...([
    ['before us', 'we had everything', undefined, 'before us, we had nothing'],
    ['before us', 'we had nothing', undefined, 'before us, we were all going'],
    ['before us', 'we had every-thing', undefined, 'before us, we had nothing'],
    ['before us', 'we had nout', undefined, 'before us, we were all going'],
    ['we had', undefined, 'everything', 'we had everything'],
    ['we had', undefined, 'nothing', 'we had nothing'],
    ['we had', undefined, 'ever ting', 'we had everything'],
    ['we had', undefined, 'nutting', 'we had nothing'],
  ] as const).map(([exact, prefix, suffix, place], i): AnchorCase => ({
    source: MQ, name: `best context match (${i}): ${prefix ?? ''}|${exact}|${suffix ?? ''}`, kind: prefix?.includes('-') || prefix === 'we had nout' || suffix === 'ever ting' || suffix === 'nutting' ? 'changed' : 'exact',
    selectors: { quote: { exact, prefix, suffix } }, after: twoCities, want: { text: exact, nth: nthOf(twoCities, exact, place) },
  })),
  { source: MQ, name: 'hint breaks a tie between equal matches', kind: 'changed', selectors: { quote: { exact: 'befor us' }, position: { start: twoCities.indexOf('nothing before us') + 8, end: twoCities.indexOf('nothing before us') + 17 } }, after: twoCities, want: { text: 'before us', nth: 1 }, note: 'with no context, DocClip takes an approximate quote only when it is within a tenth of the quote' },
  { source: MQ, name: 'prefix longer than the match start', kind: 'exact', selectors: { quote: { exact: 'years later', prefix: 'It used to be many' } }, after: solitude, want: { text: 'years later' } },
  { source: MQ, name: 'match at the end of the text, suffix missing', kind: 'exact', selectors: { quote: { exact: 'text', suffix: 'missing' } }, after: 'Some document text', want: { text: 'text' } },
  { source: MQ, name: 'no acceptable approximate match', kind: 'gone', selectors: { quote: { exact: solitude } }, after: twoCities, want: null },
  { source: MQ, name: 'empty text', kind: 'gone', selectors: { quote: { exact: 'foobar' } }, after: '', want: null },

  ...([
    ['habitant morbi', 0], ['Pellentesque habitant morbi tristique', 0], ['morbi tristique senectus et', 0], ['Pellentesque habitant morbi tristique senectus et', 0],
    ['egestas semper. Aenean ultricies mi vitae est.', 0], ['Level 2\n\n\n  Lorem ipsum', 0], ['Lorem sed do eiusmod tempor.', 0], ['Lorem sed do eiusmod tempor.', 1],
    ['Lorem sed do eiusmod tempor.', 2], ['Header Level 2\n\n\n  Mauris lacinia ipsum nulla, id iaculis quam egestas quis.\n\n\n', 0], ['Test', 0],
  ] as const).map(([clip, nth]): AnchorCase => ({ source: HT, name: `rangeSpecs: ${clip.slice(0, 30)} (${nth})`, kind: 'exact', before: fixture, clip, nth, want: { text: clip, nth } })),
  { source: HT, name: 'throws if anchoring using a quote fails', kind: 'gone', selectors: { quote: { exact: 'This text does not appear in the web page' } }, after: fixture, want: null },
  { source: HT, name: 'does not throw if anchoring using a position fails', kind: 'exact', selectors: { quote: { exact: 'Lorem ipsum' }, position: { start: 0, end: 11 } }, after: fixture, want: { text: 'Lorem ipsum' } },

  ...['Netherfield Park is', 'Netherfield  Park  is', 'NetherfieldParkis', 'Netherfield Park as'].map((exact): AnchorCase => ({
    source: PDF, name: `anchors quotes to best match across all pages: ${exact}`, kind: exact === 'Netherfield Park is' ? 'exact' : 'changed',
    selectors: { quote: { exact } }, after: pdfPages, want: { text: 'Netherfield Park is' },
  })),
  ...([
    ['prefix-only', 'that', undefined, 1], ['suffix-only', undefined, ' Park is occupied', 1], ['suffix-match', 'DOES NOT MATCH', ' Park is occupied', 1],
    ['prefix-match', 'that', 'DOES NOT MATCH', 1], ['no-context', undefined, undefined, 0],
  ] as const).map(([test, prefix, suffix, nth]): AnchorCase => ({
    source: PDF, name: `prefers a context match (${test})`, kind: test.includes('match') ? 'changed' : 'exact', selectors: { quote: { exact: 'Netherfield', prefix, suffix } }, after: pdfPages, want: { text: 'Netherfield', nth },
  })),
  { source: PDF, name: 'ignores spaces: quote with a wrong end position', kind: 'exact', selectors: { quote: { exact: 'Mr. Bennet', prefix: 'My dear', suffix: '," said his lady' }, position: { start: pdfPages.indexOf('Mr. Bennet'), end: pdfPages.indexOf('Mr. Bennet') + 1 } }, after: pdfPages, want: { text: 'Mr. Bennet' } },
  { source: PDF, name: 'anchors the last text on the page', kind: 'exact', selectors: { quote: { exact: 'horde of the living dead.' } }, after: pdfPages, want: { text: 'horde of the living dead.' } },
  ...[5, pdfPages.indexOf('IT IS') + 1, pdfPages.indexOf('"My dear') + 5, -500, 100000].map((offset): AnchorCase => ({
    source: PDF, name: `quote when the position fails (${offset})`, kind: 'exact',
    selectors: { quote: { exact: 'zombie in possession', ...contextOf(pdfPages, 'zombie in possession') }, position: { start: offset, end: offset + 20 } }, after: pdfPages, want: { text: 'zombie in possession' },
  })),

  { source: `${BL}minimal.{html,json}`, name: 'minimal', kind: 'exact', selectors: { quote: { exact: 'Two', prefix: 'One ', suffix: ' Three\n' }, position: { start: 4, end: 7 } }, after: 'One Two Three\n', want: { text: 'Two' } },
  ...wikipedia.map((w, i): AnchorCase => ({
    source: `${BL}wikipedia-regression-testing.{html,json}`, name: `wikipedia annotation ${i}: ${w.exact.slice(0, 24)}`, kind: 'exact',
    selectors: { quote: { exact: w.exact, prefix: w.prefix, suffix: w.suffix }, position: { start: w.start, end: w.end } }, after: w.text, want: { text: w.exact },
  })),
];

/** Which occurrence of `exact` starts the first occurrence of `place`. */
function nthOf(text: string, exact: string, place: string): number {
  const at = text.indexOf(place);
  let n = 0;
  for (let i = text.indexOf(exact); i !== -1 && i < at; i = text.indexOf(exact, i + 1)) n++;
  return n;
}

/** The 32 characters either side of the first occurrence of `exact`, as describing it saves them. */
function contextOf(text: string, exact: string): { prefix: string; suffix: string } {
  const at = text.indexOf(exact);
  return { prefix: text.slice(Math.max(0, at - 32), at), suffix: text.slice(at + exact.length, at + exact.length + 32) };
}
