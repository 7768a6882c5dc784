import type * as v from 'valibot';
import { isIsoDateTime } from './clip-schema';

/**
 * Import refusals as data, translated by the caller. The core names WHAT is wrong (`code`,
 * `params`) and WHERE (`path`, `clip`); the words come from messages.json through the
 * `messages` function given to `formatImportProblem` (the library passes
 * `t(\`importProblem_${key}\`)`, with '-' as '_'), so this module uses no browser API.
 *
 * With the zh_CN messages the text is what it always was:
 *
 *   第 18 条摘录 (clips[17].createdAt)：不是有效的 ISO 时间
 *   导出文件 (exportedAt)：应为字符串，实际为 number
 */

/**
 * One problem of an import file.
 * `path`: JSON-path-like location (`clips[17].createdAt`); `''` for the top-level value; null when
 * the problem concerns the file as a whole (size, empty, JSON syntax) and has no location.
 * `clip`: 1-based number of the clip the path is inside (`clips[17]…` → 18), else null.
 */
export interface ImportProblem {
  code: ImportProblemCode;
  path: string | null;
  clip: number | null;
  params: string[];
}

/** Every problem code, one per message the validator can give (key `importProblem_<code>`, '-' as '_'). */
export const IMPORT_PROBLEM_CODES = [
  // The file as a whole (path null).
  'too-large', // [MB, bytes, limit MB] — File#size, before reading
  'too-large-chars', // [MB, characters, limit MB] — text read
  'empty',
  'not-json', // [engine message]
  'not-json-at', // [line, column, engine message]
  'not-json-at-offset', // [line, column, offset, engine message]
  // The envelope.
  'not-object', // [JSON type] — the top-level value is not an object
  'wrong-format', // [expected, actual JSON]
  'missing-format', // [expected]
  'bad-version', // [actual JSON]
  'missing-version',
  'newer-version', // [file version, supported version]
  'unknown-version', // [version, target]
  // Any field (valibot issues).
  'missing', // a field
  'missing-item', // an item of a tuple
  'unknown-field',
  'extra-item',
  'too-few-items',
  'expected-value', // [expected, actual JSON]
  'expected-one-of', // [actual JSON, ...options]
  'expected-string', // [actual JSON type]
  'expected-number',
  'expected-boolean',
  'expected-array',
  'expected-object',
  'expected-null',
  'bad-time',
  'not-uuid',
  'not-url',
  'not-integer',
  'not-finite',
  'negative',
  'below-min', // [minimum]
  'empty-string',
  'too-long', // [max characters]
  'too-many', // [max items]
  'too-many-tags', // [max tags]
  'start-after-end',
  'other', // [valibot's message] — a check this mapping does not know
  // Ids.
  'duplicate-id', // [first clip number, first clip's path, id]
  'duplicate-document', // [first row's path, docId]
  // Annotations of other tools (annotations-to-clips.ts).
  'linked-page', // [IRI] — a collection's first page only named, not embedded
  'not-an-annotation', // an item that is not an annotation (skipped)
  'skipped-reply', // [annotation id] — a Hypothesis reply
  'skipped-no-quote', // [annotation id] — a page note or other annotation without a text quote
  'skipped-duplicate', // [clip id] — the same annotation twice in the file
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** Messages that frame problems rather than name one. */
export const IMPORT_FRAME_KEYS = ['at-clip', 'at-file', 'at-top', 'more', 'list-separator'] as const;

/** Every message key `formatImportProblem` asks for (without the `importProblem_` prefix). */
export const IMPORT_MESSAGE_KEYS: readonly string[] = [...IMPORT_PROBLEM_CODES, ...IMPORT_FRAME_KEYS];

/** The text of message `key` (a problem code or a frame key) with `$1…$n` replaced by `params`. */
export type ImportMessages = (key: string, params: string[]) => string;

type Issue = v.BaseIssue<unknown>;

const TYPE_CODES: Record<string, ImportProblemCode> = {
  string: 'expected-string',
  number: 'expected-number',
  boolean: 'expected-boolean',
  array: 'expected-array',
  object: 'expected-object',
  strict_object: 'expected-object',
  loose_object: 'expected-object',
  tuple: 'expected-array',
  strict_tuple: 'expected-array',
  null: 'expected-null',
};

/** The JSON type of a value, in the words JSON uses (`null`, `array`, `object`, …). */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A problem with no location in the file. */
export function fileProblem(code: ImportProblemCode, params: string[] = []): ImportProblem {
  return { code, path: null, clip: null, params };
}

/** A problem at `path` of the file (`''`: the top-level value); the clip number is read from the path. */
export function problemAt(path: string, code: ImportProblemCode, params: string[] = []): ImportProblem {
  // A clip of DocClip's file, or the annotation of another tool's file that becomes one.
  const m = /^(?:clips|annotations|rows|items|first\.items)?\[(\d+)\]/.exec(path);
  return { code, path, clip: m ? Number(m[1]) + 1 : null, params };
}

/**
 * The code and params of one issue (without its path). Called once the path is complete:
 * valibot builds an issue before the parent schemas prepend their keys, so a missing tuple
 * item could not be told from a wrong value earlier.
 */
export function describeIssue(issue: Issue): { code: ImportProblemCode; params: string[] } {
  const lastKey = issue.path?.at(-1);
  if (issue.kind === 'schema' && lastKey && lastKey.value === undefined && issue.input === undefined) {
    return { code: lastKey.type === 'array' ? 'missing-item' : 'missing', params: [] };
  }
  if (issue.kind === 'schema') {
    if ((issue.type === 'strict_object' || issue.type === 'strict_tuple') && issue.expected === 'never') {
      return { code: issue.type === 'strict_object' ? 'unknown-field' : 'extra-item', params: [] };
    }
    if (issue.type === 'strict_tuple' && Array.isArray(issue.input)) return { code: 'too-few-items', params: [] };
    if (issue.type === 'literal' || issue.type === 'picklist') {
      const options = (issue.expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ');
      return issue.type === 'picklist'
        ? { code: 'expected-one-of', params: [shortJson(issue.input), ...options] }
        : { code: 'expected-value', params: [options.join(' | '), shortJson(issue.input)] };
    }
    const code = TYPE_CODES[issue.type];
    if (code) return { code, params: [jsonTypeOf(issue.input)] };
  }
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'check':
      if (requirement === isIsoDateTime) return { code: 'bad-time', params: [] };
      if (isSpan(issue.input)) return { code: 'start-after-end', params: [] };
      break;
    case 'uuid':
      return { code: 'not-uuid', params: [] };
    case 'url':
      return { code: 'not-url', params: [] };
    case 'integer':
      return { code: 'not-integer', params: [] };
    case 'finite':
      return { code: 'not-finite', params: [] };
    case 'min_value':
      return requirement === 0 ? { code: 'negative', params: [] } : { code: 'below-min', params: [String(requirement)] };
    case 'min_length':
      if (requirement === 1) return { code: 'empty-string', params: [] };
      break;
    case 'max_length':
      if (typeof issue.input === 'string') return { code: 'too-long', params: [String(requirement)] };
      return { code: lastKey?.key === 'tags' ? 'too-many-tags' : 'too-many', params: [String(requirement)] };
  }
  return { code: 'other', params: [issue.message] };
}

/** A valibot issue as an ImportProblem. */
export function issueToProblem(issue: Issue): ImportProblem {
  const { code, params } = describeIssue(issue);
  return problemAt(formatIssuePath(issue), code, params);
}

/** A JSON-path-like rendering of an issue's path: `clips[17].selectors[0].exact`. */
export function formatIssuePath(issue: Issue): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/**
 * One problem as a line of text: with the zh_CN messages
 * `第 N 条摘录 (clips[N-1].…)：message` inside a clip, `导出文件 (path)：message` elsewhere,
 * `导出文件 (顶层)：message` for the top-level value, the bare message when there is no path.
 */
export function formatImportProblem(problem: ImportProblem, messages: ImportMessages): string {
  const params =
    problem.code === 'expected-one-of'
      ? [problem.params[0] ?? '', problem.params.slice(1).join(messages('list-separator', []))]
      : problem.params;
  const text = messages(problem.code, params);
  if (problem.path === null) return text;
  if (problem.path === '') return messages('at-top', [text]);
  if (problem.clip !== null) return messages('at-clip', [String(problem.clip), problem.path, text]);
  return messages('at-file', [problem.path, text]);
}

/** The lines of a refusal: one per problem, then `……另有 N 处问题` when `more` were not listed. */
export function formatImportProblems(problems: readonly ImportProblem[], more: number, messages: ImportMessages): string[] {
  const lines = problems.map((p) => formatImportProblem(p, messages));
  return more > 0 ? [...lines, messages('more', [String(more)])] : lines;
}

function isSpan(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'start' in value && 'end' in value;
}

function shortJson(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
