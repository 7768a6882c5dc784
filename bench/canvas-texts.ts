/**
 * The known texts the canvas-text benchmark draws (bench/canvas-text.ts), each a list of
 * paragraphs, and where each comes from:
 *
 * - the sample page: the document text of the project's sample 三七文档 page
 *   (test/fixtures/seed/777doc-seed-page.txt, the text of a real document as a reader's browser
 *   shows it; demo/777doc is the same page as HTML), cleaned by DocClip's own text cleaner, so
 *   that the canvas shows the document and not the site's clutter around it;
 * - our demo pages: texts we wrote — the work report the OCR benchmark draws
 *   (bench/ocr-texts/work-report.txt) and the document sentences of the site fixture pages
 *   (the `content` strings of test/fixtures/<site>/expected.json);
 * - the recogniser's case sentences: every case text of the figure and target tables in
 *   test/unit (read from their source with the TypeScript parser: the `text` of each object in
 *   an array typed `FigureCase[]` or `TargetCase[]`), a sentence a paragraph.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { analyze } from '../src/cli/analyze';

export interface TextSet {
  name: string;
  /** Who wrote the text: a real document's, or ours. */
  origin: string;
  paragraphs: string[];
}

const SAMPLE = 'test/fixtures/seed/777doc-seed-page.txt';
const WORK_REPORT = 'bench/ocr-texts/work-report.txt';
const FIXTURES = 'test/fixtures';
const UNIT_TESTS = 'test/unit';
const CASE_TABLE_TYPES = new Set(['FigureCase[]', 'TargetCase[]']);

const paragraphsOf = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);

export function sampleText(): TextSet {
  return { name: 'sample page', origin: 'a real 三七文档 document (the project\'s sample page), cleaned', paragraphs: paragraphsOf(analyze(readFileSync(SAMPLE, 'utf8')).text) };
}

export function demoTexts(): TextSet {
  const fixtureSentences = readdirSync(FIXTURES)
    .sort()
    .map((dir) => join(FIXTURES, dir, 'expected.json'))
    .filter((file) => existsSync(file))
    .flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { content?: string[] }).content ?? []);
  return { name: 'demo pages', origin: 'ours: the OCR bench\'s work report + the site fixtures\' document sentences', paragraphs: [...paragraphsOf(readFileSync(WORK_REPORT, 'utf8')), ...fixtureSentences] };
}

/** The case texts of the figure and target tables, in file order (duplicates once). */
export function caseSentences(dir = UNIT_TESTS): TextSet {
  const files = readdirSync(dir).filter((f) => /^(figures-.*|targets)\.test\.ts$/.test(f)).sort();
  const seen = new Set<string>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && node.type && CASE_TABLE_TYPES.has(node.type.getText(source)) && node.initializer && ts.isArrayLiteralExpression(node.initializer)) {
        for (const element of node.initializer.elements) {
          if (!ts.isObjectLiteralExpression(element)) continue;
          for (const property of element.properties) {
            if (ts.isPropertyAssignment(property) && property.name.getText(source) === 'text' && ts.isStringLiteralLike(property.initializer)) {
              const text = property.initializer.text.trim();
              if (text && !text.includes('\n')) seen.add(text);
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  if (seen.size === 0) throw new Error(`no case tables found in ${dir}`);
  return { name: 'case sentences', origin: 'ours: the recogniser\'s unit-test cases (figures-*.test.ts, targets.test.ts)', paragraphs: [...seen] };
}
