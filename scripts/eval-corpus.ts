/**
 * `npm run eval:corpus`: runs `docclip analyze` (the same `analyze` the command line runs, on
 * each page's text with the page's URL) over the real-page corpus and writes QUALITY.md:
 * clutter removed, content kept, joins repaired, figure recall / precision / kind / value and
 * targets found — overall, per site and per clutter family, with the misses listed. A section
 * on the public recogniser suite follows when its data is present (scripts/eval-public-suite.ts),
 * and one on the W3C's Web Annotation tests when their copy is (scripts/eval-wpt-annotations.ts).
 *
 * The page texts are not in git (corpus/README.md says how to rebuild them): without them this
 * says so and exits 0, since CI cannot reach their source.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/cli/analyze';
import { loadCorpus, type CorpusPage } from './corpus/load-corpus';
import { addTally, ratio, scorePage, tally, type PageScore, type Tally } from './corpus/score-page';

const root = resolve('.');
const COMMAND = 'npm run eval:corpus';

interface Scored {
  page: CorpusPage;
  score: PageScore;
}

const METRICS = [
  ['clutter removed', (s: PageScore) => s.clutter, 0.95],
  ['content kept', (s: PageScore) => s.content, 1],
  ['joins repaired', (s: PageScore) => s.joins, 0.9],
  ['figure recall', (s: PageScore) => s.figureRecall, 0.95],
  ['figure precision', (s: PageScore) => s.figurePrecision, 0.95],
  ['figure kind', (s: PageScore) => s.figureKind, 0.97],
  ['figure value', (s: PageScore) => s.figureValue, 0.95],
  ['targets found', (s: PageScore) => s.targets, 0.9],
] as const;

function sum(scores: PageScore[], pick: (s: PageScore) => Tally): Tally {
  return scores.map(pick).reduce(addTally, tally(0, 0));
}

function fmt(t: Tally): string {
  const r = ratio(t);
  return r === null ? '—' : `${r.toFixed(3)} (${t.hit}/${t.of})`;
}

/** corpus/baseline.json: the same eval at an earlier commit, shown beside today's figures. */
function loadBaseline(): { commit: string; rows: Record<string, string> } | null {
  const path = join(root, 'corpus', 'baseline.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { commit: string; rows: Record<string, string> }) : null;
}

function summary(scored: Scored[]): string[] {
  const scores = scored.map((s) => s.score);
  const base = loadBaseline();
  const rows = METRICS.map(([name, pick, target]) => {
    const t = sum(scores, pick);
    const r = ratio(t);
    const met = r === null ? '—' : r >= target ? 'met' : 'missed';
    return `| ${name} | ${fmt(t)} | ≥ ${target} | ${met} |${base ? ` ${base.rows[name] ?? '—'} |` : ''}`;
  });
  const notFigures = scores.reduce((n, s) => n + s.notFigureHits.length, 0);
  const head = base ? `| measure | on the corpus | target | | at ${base.commit} |` : '| measure | on the corpus | target | |';
  return [head, base ? '|---|---|---|---|---|' : '|---|---|---|---|', ...rows, `| identifiers highlighted (not_figures) | ${notFigures} | 0 | ${notFigures === 0 ? 'met' : 'missed'} |${base ? ' |' : ''}`];
}

function perSite(scored: Scored[]): string[] {
  const bySite = new Map<string, Scored[]>();
  for (const s of scored) bySite.set(s.page.row.site, [...(bySite.get(s.page.row.site) ?? []), s]);
  const head = ['site', 'pages', ...METRICS.map(([n]) => n)];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const [site, list] of [...bySite].sort((a, b) => a[0].localeCompare(b[0]))) {
    const scores = list.map((s) => s.score);
    const cells = METRICS.map(([, pick]) => {
      const t = sum(scores, pick);
      const r = ratio(t);
      return r === null ? '—' : `${r.toFixed(2)} (${t.hit}/${t.of})`;
    });
    lines.push(`| ${site} | ${list.length} | ${cells.join(' | ')} |`);
  }
  return lines;
}

function perFamily(scored: Scored[]): string[] {
  const families = new Map<string, Tally>();
  for (const { score } of scored) {
    for (const [f, t] of Object.entries(score.families)) families.set(f, addTally(families.get(f) ?? tally(0, 0), t));
  }
  return [
    '| clutter family | removed |',
    '|---|---|',
    ...[...families].sort((a, b) => b[1].of - a[1].of).map(([f, t]) => `| ${f} | ${fmt(t)} |`),
  ];
}

const clip = (s: string, n = 60): string => {
  const one = s.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  return one.length > n ? `${one.slice(0, n)}…` : one;
};

function misses(scored: Scored[]): string[] {
  const out: string[] = [];
  for (const { page, score } of scored) {
    const m = score.misses;
    const items = [
      ...m.clutter.map((c) => `clutter kept (${c.family}): «${clip(c.text)}»`),
      ...m.content.map((c) => `CONTENT LOST: «${clip(c)}»`),
      ...m.joins.map((j) => `join not repaired: «${clip(j)}»`),
      ...m.figures.map((f) => `figure missed: «${clip(f)}»`),
      ...m.falseFigures.map((f) => `not a labelled figure: «${clip(f)}»`),
      ...m.kinds.map((k) => `kind: ${clip(k)}`),
      ...m.values.map((v) => `value: ${clip(v)}`),
      ...m.targets.map((t) => `target missed: «${clip(t)}»`),
      ...score.notFigureHits.map((f) => `identifier highlighted: «${clip(f)}»`),
    ];
    if (items.length === 0) continue;
    out.push(`- **${page.row.file}** (${page.row.site})`);
    for (const i of items) out.push(`  - ${i}`);
  }
  return out.length > 0 ? out : ['None.'];
}

async function publicSuite(): Promise<string | null> {
  const path = join(root, 'scripts', 'eval-public-suite.ts');
  if (!existsSync(path)) return null;
  const mod = (await import(pathToFileURL(path).href)) as { evalPublicSuite(root: string): Promise<string | null> };
  return mod.evalPublicSuite(root);
}

async function wptAnnotations(): Promise<string | null> {
  const path = join(root, 'scripts', 'eval-wpt-annotations.ts');
  if (!existsSync(path)) return null;
  const mod = (await import(pathToFileURL(path).href)) as { evalWptAnnotations(root: string): Promise<{ section: string } | null> };
  return (await mod.evalWptAnnotations(root))?.section ?? null;
}

async function run(): Promise<void> {
  const pages = loadCorpus(root);
  const present = pages.filter((p) => p.text !== null);
  if (present.length === 0) {
    console.log(`eval:corpus: none of the ${pages.length} page texts is in corpus/pages/ (they are not in git; corpus/README.md says how to rebuild them). Nothing measured; QUALITY.md left as it is.`);
    return;
  }
  const scored: Scored[] = present.map((page) => ({
    page,
    score: scorePage(page.labels, analyze(page.text!, { url: page.row.url, html: false }), page.text!),
  }));
  const sites = new Set(present.map((p) => p.row.site));
  const drawn = present.filter((p) => p.labels.layout === 'drawn').length;
  const absent = pages.filter((p) => p.problem === 'absent').length;
  const changed = pages.filter((p) => p.problem === 'changed').length;
  const date = new Date().toISOString().slice(0, 10);
  const pub = await publicSuite();
  const wpt = await wptAnnotations();
  const report = [
    '# DocClip quality on real pages',
    '',
    `Produced by \`${COMMAND}\` on ${date}. Do not edit by hand.`,
    '',
    `**Pages:** ${present.length} real pages from ${sites.size} sites, written by nobody on this project: the visible`,
    `text of each page as stored by the search tool's \`pages\` corpus, labelled by hand (corpus/README.md). ${drawn} of them are`,
    'drawn-document pages (the text is only the site around the drawing), scored for clutter and content only.',
    absent + changed > 0 ? `${absent} texts absent and ${changed} changed since labelling were left out.` : 'Every text listed in the manifest was present and unchanged.',
    '',
    'Each page is run through `analyze` (the function behind `docclip analyze FILE.txt --url URL`), as text.',
    'Labels are compared with white space removed on both sides. Figures are paired by text in reading order',
    '(scripts/corpus/score-page.ts says how).',
    '',
    '## Overall',
    '',
    ...summary(scored),
    '',
    '## Per clutter family',
    '',
    ...perFamily(scored),
    '',
    '## Per site',
    '',
    ...perSite(scored),
    '',
    ...(pub ? [pub, ''] : []),
    ...(wpt ? [wpt, ''] : []),
    '## Misses, page by page',
    '',
    ...misses(scored),
    '',
  ].join('\n');
  writeFileSync(join(root, 'QUALITY.md'), report);
  console.log(summary(scored).join('\n'));
  console.log(`QUALITY.md written (${present.length} pages, ${sites.size} sites).`);
}

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
