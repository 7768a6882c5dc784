/**
 * Checks DocClip's W3C Web Annotation export against the W3C's own tests: web-platform-tests'
 * annotation-model suite (its JSON Schemas and `.test` lists), copied into the git-ignored
 * corpus/public/wpt-annotation-model/ (scripts/wpt-annotation/fetch-notes.md says how).
 *
 *   npm run eval:wpt-annotations     (= tsx scripts/eval-wpt-annotations.ts: prints the section)
 *
 * The clips of scripts/wpt-annotation/sample-clips.ts go through the real export
 * (clipsToWebAnnotation); each Annotation of the collection is run through the MUST test
 * (annotations/annotationMusts.test) and the SHOULD/MAY tests (annotations/annotationOptionals.test,
 * bodiesTargets/bodyOptionals.test),
 * and the collection itself through the page MUST test (collections/pages/pageMusts.test, which
 * takes "an Annotation Collection with an embedded Page"). An assertion file the copy lacks is
 * listed as not run.
 * Exit status: 1 when the suite folder is absent or any MUST assertion fails on any annotation.
 *
 * `evalWptAnnotations(root)` returns the Markdown section (for QUALITY.md) and the MUST failure
 * count, or null when the suite folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { ClipSchema } from '../src/core/export/clip-schema';
import { clipsToWebAnnotation } from '../src/core/export/clips-to-web-annotation';
import { JsonTestSuite, type AssertionResult } from './wpt-annotation/jsontest';
import { SAMPLE_CLIPS } from './wpt-annotation/sample-clips';

export const SUITE_DIR = 'corpus/public/wpt-annotation-model';
const MUST_TEST = 'annotations/annotationMusts.test';
const OPTIONAL_TEST = 'annotations/annotationOptionals.test';
const PAGE_TEST = 'collections/pages/pageMusts.test';
const BODY_OPTIONAL_TEST = 'bodiesTargets/bodyOptionals.test';

interface Row {
  file: string;
  title: string;
  type: AssertionResult['type'];
  met: number;
  absent: boolean;
  misses: { id: string; why: string }[];
}

function tally(suite: JsonTestSuite, testFile: string, instances: readonly { id: string }[]): Row[] {
  const test = suite.loadTest(testFile);
  const rows = new Map<string, Row>();
  for (const a of instances) {
    for (const r of suite.run(test, a)) {
      const row = rows.get(r.file) ?? { file: r.file, title: r.title, type: r.type, met: 0, absent: r.absent === true, misses: [] };
      if (r.met) row.met += 1;
      else row.misses.push({ id: a.id, why: r.why ?? '' });
      rows.set(r.file, row);
    }
  }
  return [...rows.values()];
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

function shortName(file: string): string {
  return file.replace(/^(annotations|collections\/pages|bodiesTargets)\//, '').replace(/\.json$/, '');
}

/** The rows that ran, then one line naming the assertion files the local copy lacks. */
function table(rows: readonly Row[], total: number, verdict: (row: Row) => string, what = 'annotations'): string[] {
  const lines = [`| assertion | type | ${what} meeting it | result |`, '|---|---|---:|---|'];
  for (const row of rows.filter((r) => !r.absent)) {
    lines.push(`| ${cell(shortName(row.file))}: ${cell(row.title)} | ${row.type} | ${row.met}/${total} | ${verdict(row)} |`);
  }
  const absent = rows.filter((r) => r.absent).map((r) => shortName(r.file));
  if (absent.length > 0) lines.push('', `Not run, not in the local copy (scripts/wpt-annotation/fetch-notes.md says which): ${absent.join(', ')}.`);
  return lines;
}

function sourceLine(root: string): string {
  const path = join(root, SUITE_DIR, 'SOURCE.json');
  if (!existsSync(path)) return 'Source commits not recorded (SOURCE.json absent).';
  const source = JSON.parse(readFileSync(path, 'utf8')) as { repository: string; commits: Record<string, string[]> };
  const parts = Object.entries(source.commits).map(([commit, files]) => `${commit.slice(0, 12)} (${files.length} file${files.length === 1 ? '' : 's'})`);
  return `Files from https://github.com/${source.repository} (folder annotation-model/) as stored at commits ${parts.join(', ')}.`;
}

function optionalVerdict(r: Row): string {
  return r.misses.length === 0 ? 'met' : r.met === 0 ? 'not met' : 'met by some';
}

export async function evalWptAnnotations(root: string): Promise<{ section: string; mustFailures: number } | null> {
  if (!existsSync(join(root, SUITE_DIR, 'definitions'))) return null;
  for (const c of SAMPLE_CLIPS) {
    const checked = v.safeParse(ClipSchema, c);
    if (!checked.success) throw new Error(`sample clip ${c.id} is not a valid clip: ${checked.issues[0]?.message}`);
  }
  const suite = new JsonTestSuite(join(root, SUITE_DIR));
  const annotations = clipsToWebAnnotation(SAMPLE_CLIPS).first.items;
  const total = annotations.length;
  const must = tally(suite, MUST_TEST, annotations);
  const optional = tally(suite, OPTIONAL_TEST, annotations);
  const bodyOptional = tally(suite, BODY_OPTIONAL_TEST, annotations);
  const collection = clipsToWebAnnotation(SAMPLE_CLIPS);
  const page = tally(suite, PAGE_TEST, [collection]);
  const ran = [...must, ...page].filter((r) => !r.absent);
  const mustFailures = ran.reduce((n, r) => n + r.misses.length, 0);
  const notRun = [...must, ...page].filter((r) => r.absent).length;
  const lines = [
    "## W3C Web Annotation export: web-platform-tests annotation-model",
    '',
    `The W3C's own tests for the Web Annotation Data Model: web-platform-tests' \`annotation-model\` suite (its JSON Schemas, draft-04, run with ajv-draft-04 and ajv-formats). ${sourceLine(root)}`,
    `Input: the ${total} clips of scripts/wpt-annotation/sample-clips.ts (written here: notes, tags, categories, pages, OCR and canvas text, a title-less page) through the real export, \`clipsToWebAnnotation\`; each Annotation is checked on its own. Produced by \`npm run eval:wpt-annotations\`.`,
    '',
    `MUST: ${mustFailures === 0 ? 'every assertion run is met' : `${mustFailures} failures`}${notRun > 0 ? ` (${notRun} assertion file${notRun === 1 ? '' : 's'} not in the copy, not run)` : ''}.`,
    '',
    `### MUST, each Annotation (${MUST_TEST})`,
    '',
    ...table(must, total, (r) => (r.misses.length === 0 ? 'pass' : 'FAIL')),
    '',
    `### MUST, the exported AnnotationCollection with its embedded page (${PAGE_TEST})`,
    '',
    ...table(page, 1, (r) => (r.misses.length === 0 ? 'pass' : 'FAIL'), 'collections'),
    '',
    `### SHOULD and MAY (${OPTIONAL_TEST})`,
    '',
    'The W3C runner counts an unmet SHOULD or MAY as a pass with a message; here "not met" says which recommended or optional keys the export leaves out.',
    '',
    ...table(optional, total, optionalVerdict),
    '',
    `### SHOULD and MAY on the bodies (${BODY_OPTIONAL_TEST}; an annotation without a body meets them)`,
    '',
    ...table(bodyOptional, total, optionalVerdict),
  ];
  const failures = [...ran, ...[...optional, ...bodyOptional].filter((r) => r.type === 'should' && !r.absent)].filter((r) => r.misses.length > 0);
  if (failures.length > 0) {
    lines.push('', '### Why not met (MUST and SHOULD)', '');
    for (const r of failures) {
      const first = r.misses[0]!;
      lines.push(`- ${r.type.toUpperCase()} ${cell(r.file)}: ${r.misses.length} of ${total}, e.g. ${first.id}: ${cell(first.why)}`);
    }
  }
  return { section: lines.join('\n'), mustFailures };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const result = await evalWptAnnotations(root);
  if (result === null) {
    console.error(`eval:wpt-annotations: ${SUITE_DIR}/ is absent. It is not in git (third-party files); rebuild it as scripts/wpt-annotation/fetch-notes.md says, then run again.`);
    process.exit(1);
  }
  console.log(result.section);
  if (result.mustFailures > 0) {
    console.error(`eval:wpt-annotations: ${result.mustFailures} MUST failures.`);
    process.exit(1);
  }
}
