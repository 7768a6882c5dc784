import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FigureKind } from '../../src/core/types';
import { IMPORT_MESSAGE_KEYS } from '../../src/core/export/describe-issue';
import { DOWNLOAD_FAILURE_KINDS } from '../../src/core/backup/download-failure';
import type { ReaderSettingName } from '../../src/core/export/reader-settings';
import type { ClipsImportFormat } from '../../src/core/export/parse-clips-import';
import { HighlightCategorySchema } from '../../src/messages';
import { EXPORT_KINDS } from '../../src/ui/export-files';

/**
 * The interface's text lives in public/_locales/{zh_CN,en}/messages.json and reaches the
 * screen through `t()` (src/browser.ts). These checks keep the two languages in step with each
 * other and with the source: a key missing in one language would show as the bare key there.
 */

type ClipsImportFormatKey = ClipsImportFormat extends infer F ? (F extends string ? (F extends 'web-annotation' ? 'web_annotation' : F) : never) : never;
type Messages = Record<string, { message: string; description?: string }>;
const LOCALES = ['zh_CN', 'en'] as const;
const messages = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Messages]),
) as Record<(typeof LOCALES)[number], Messages>;

/** `$1`…`$9` and named `$NAME$` placeholders of a message, sorted; `$$` is a literal dollar sign. */
function placeholders(message: string): string[] {
  return [...message.replaceAll('$$', '').matchAll(/\$(?:[1-9]|[A-Za-z_]\w*\$)/g)].map((m) => m[0]).sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Source without comments (line comments only where `//` does not follow a `:`, so URLs survive). */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

const files = sourceFiles('src').map((path) => ({ path: relative('.', path), code: stripComments(readFileSync(path, 'utf8')) }));

/** The first argument of every `t(…)` call, as written (balanced brackets, up to a top-level `,` or `)`). */
function tArguments(code: string): string[] {
  const args: string[] = [];
  for (const match of code.matchAll(/(?<![\w$.])(?<!function )t\(/g)) {
    let depth = 0;
    let i = match.index + 2;
    const start = i;
    for (; i < code.length; i++) {
      const c = code[i]!;
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    const arg = code.slice(start, i).trim();
    if (arg) args.push(arg);
  }
  return args;
}

/**
 * Keys built at run time (`t(\`figureKind_${kind}\`)`), with every value the variable part
 * takes. The `satisfies Record<…>` lists fail to type-check when a kind is added or removed.
 */
const figureKinds = Object.keys({ date: 1, money: 1, percent: 1, measure: 1, count: 1 } satisfies Record<FigureKind, 1>);
const DYNAMIC_FAMILIES: Record<string, readonly string[]> = {
  figureKind_: figureKinds,
  legend_: HighlightCategorySchema.options,
  exportKind_: EXPORT_KINDS.map((k) => k.replace('-', '_')),
  // src/library/StorageStatus.tsx `State`, with '-' as '_'.
  storage_: ['unknown', 'persistent', 'best_effort', 'unsupported'],
  // src/library/ImportButton.tsx `importMessages`: the problem codes and frames of describe-issue.ts, '-' as '_'.
  importProblem_: IMPORT_MESSAGE_KEYS.map((k) => k.replaceAll('-', '_')),
  // src/library/ImportButton.tsx: the `format` of parseClipsImport, '-' as '_'.
  importFormat_: ['docclip', 'hypothesis', 'web_annotation'] satisfies ClipsImportFormatKey[],
  // src/background/backup-download.ts: what a download's interrupt code means.
  backupDownload_: DOWNLOAD_FAILURE_KINDS,
  // src/library/ImportButton.tsx: the settings a backup restored (restoreSettings).
  importSetting_: ['categories', 'watchTerms', 'noteTemplate', 'citationStyle'] satisfies ReaderSettingName[],
};

/** Keys passed to a helper that calls `t(key)` for them: `setDocumentLanguage(document, 'optionsTitle')`. */
const INDIRECT_CALLS = [/setDocumentLanguage\(\s*\w+\s*,\s*'(\w+)'/g];

/** `tCount('exportDone', n)` (src/browser.ts) reads the key and, for a count of 1, its `_one` twin. */
const COUNT_CALL = /(?<![\w$.])tCount\(\s*'(\w+)'/g;

interface Usage {
  keys: Map<string, string>;
  families: Map<string, string>;
  unresolved: string[];
}

function collectUsage(): Usage {
  const usage: Usage = { keys: new Map(), families: new Map(), unresolved: [] };
  for (const { path, code } of files) {
    for (const arg of tArguments(code)) {
      const template = /^`(\w+)\$\{[^`]*`$/.exec(arg);
      // In `t(a === 'x' ? 'keyA' : 'keyB')` the keys are the branches, not the compared value.
      const branches = arg.includes('?') ? arg.slice(arg.indexOf('?') + 1) : arg;
      const literals = [...branches.matchAll(/'([^'\\]*)'|"([^"\\]*)"/g)].map((m) => m[1] ?? m[2]!);
      if (template) usage.families.set(template[1]!, path);
      else if (literals.length > 0) literals.forEach((key) => usage.keys.set(key, path));
      else if (!(path === join('src', 'ui', 'document-language.ts') && arg === 'titleKey')) usage.unresolved.push(`${path}: t(${arg})`);
    }
    for (const pattern of INDIRECT_CALLS) for (const m of code.matchAll(pattern)) usage.keys.set(m[1]!, path);
    for (const m of code.matchAll(COUNT_CALL)) {
      usage.keys.set(m[1]!, path);
      usage.keys.set(`${m[1]!}_one`, path);
    }
  }
  const manifest = readFileSync('manifest.json', 'utf8');
  for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) usage.keys.set(m[1]!, 'manifest.json');
  return usage;
}

describe('messages.json in zh_CN and en', () => {
  it('have the same keys', () => {
    const zh = Object.keys(messages.zh_CN).sort();
    const en = Object.keys(messages.en).sort();
    expect(zh.filter((k) => !en.includes(k)), 'only in zh_CN').toEqual([]);
    expect(en.filter((k) => !zh.includes(k)), 'only in en').toEqual([]);
  });

  it('have the same placeholders in every message, and no empty message', () => {
    const differ = Object.keys(messages.zh_CN)
      .filter((key) => key in messages.en)
      .filter((key) => placeholders(messages.zh_CN[key]!.message).join() !== placeholders(messages.en[key]!.message).join())
      .map((key) => `${key}: zh_CN ${placeholders(messages.zh_CN[key]!.message).join()} / en ${placeholders(messages.en[key]!.message).join()}`);
    expect(differ).toEqual([]);
    for (const locale of LOCALES) {
      expect(Object.entries(messages[locale]).filter(([, m]) => !m.message.trim()).map(([k]) => `${locale}: ${k}`)).toEqual([]);
    }
  });
});

describe('keys the source uses', () => {
  const usage = collectUsage();

  it('finds the calls (the scan works)', () => {
    expect(usage.keys.size).toBeGreaterThan(50);
    expect(usage.keys.get('extName')).toBeDefined();
    expect(usage.keys.get('exportDone_one')).toBeDefined();
  });

  it('exist in both languages', () => {
    const missing = LOCALES.flatMap((locale) =>
      [...usage.keys].filter(([key]) => !(key in messages[locale])).map(([key, path]) => `${locale}: ${key} (${path})`),
    );
    expect(missing).toEqual([]);
  });

  it('are all literal or of a known family built at run time', () => {
    expect(usage.unresolved).toEqual([]);
    const unknown = [...usage.families].filter(([prefix]) => !(prefix in DYNAMIC_FAMILIES)).map(([p, path]) => `${p}… (${path})`);
    expect(unknown, 'add the family and its values to DYNAMIC_FAMILIES').toEqual([]);
    const missing = LOCALES.flatMap((locale) =>
      Object.entries(DYNAMIC_FAMILIES).flatMap(([prefix, values]) =>
        values.map((v) => prefix + v).filter((key) => !(key in messages[locale])).map((key) => `${locale}: ${key}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('leave no message unused', () => {
    const used = new Set([
      ...usage.keys.keys(),
      ...Object.entries(DYNAMIC_FAMILIES).flatMap(([prefix, values]) => values.map((v) => prefix + v)),
      'htmlLang',
    ]);
    expect(Object.keys(messages.zh_CN).filter((key) => !used.has(key))).toEqual([]);
  });
});

describe('no interface text outside messages.json', () => {
  const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
  const uiFiles = files.filter(({ path }) => !/^src[\\/](core|cli)[\\/]/.test(path));

  it('no Chinese in a string literal, template or JSX text of the pages, content script or worker', () => {
    const found = uiFiles.flatMap(({ path, code }) =>
      code.split('\n').flatMap((line, i) => {
        const quoted = [...line.matchAll(/'[^']*'|"[^"]*"|`[^`]*`/g)].map((m) => m[0]);
        const jsxText = path.endsWith('.tsx') ? [...line.matchAll(/>([^<>{}]*)</g)].map((m) => m[1]!) : [];
        return [...quoted, ...jsxText].some((s) => CJK.test(s)) ? [`${path}:${i + 1}: ${line.trim()}`] : [];
      }),
    );
    expect(found).toEqual([]);
  });

  it('no English words as JSX text or in a labelling attribute of a .tsx file', () => {
    const allowed = /^(DocClip|JSON|CSV)$/;
    const found = uiFiles
      .filter(({ path }) => path.endsWith('.tsx'))
      .flatMap(({ path, code }) => {
        // Text between a tag's `>` and the next `<`; code that happens to sit between `>` and `<`
        // (`a > b && <p>`, a generic's `<T>`) has operators or punctuation prose does not.
        const jsxText = [...code.matchAll(/>([^<>{}]*)</g)].map((m) => m[1]!.trim()).filter((text) => !/[;=&|()]/.test(text));
        const attributes = [...code.matchAll(/\b(?:title|placeholder|aria-label|alt|label)="([^"]*)"/g)].map((m) => m[1]!.trim());
        return [...jsxText, ...attributes]
          .filter((text) => /[A-Za-z]{2,}/.test(text) && !text.split(/\W+/).filter(Boolean).every((w) => allowed.test(w)))
          .map((text) => `${path}: ${text}`);
      });
    expect(found).toEqual([]);
  });
});
