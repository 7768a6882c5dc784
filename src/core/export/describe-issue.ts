import type * as v from 'valibot';

/**
 * Turns valibot issues into the messages a reader sees: Chinese text, English path.
 *
 *   第 18 条摘录 (clips[17].createdAt)：不是有效的 ISO 时间
 *   导出文件 (exportedAt)：应为字符串，实际为 number
 *
 * Messages written on a schema's actions (clip-schema.ts) are kept; `describeIssue` supplies
 * the message for type mismatches, missing and unknown fields. Pass it as the parse
 * config's `message` so that every issue that has no message of its own gets one, and
 * format with `formatImportIssue` (which sees the complete path).
 */

type Issue = v.BaseIssue<unknown>;

const TYPE_NAMES: Record<string, string> = {
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  array: '数组',
  object: '对象',
  strict_object: '对象',
  loose_object: '对象',
  tuple: '数组',
  strict_tuple: '数组',
  null: 'null',
};

/** The JSON type of a value, in the words JSON uses (`null`, `array`, `object`, …). */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The Chinese message for one issue (without its path). */
export function describeIssue(issue: Issue): string {
  const lastKey = issue.path?.at(-1);
  if (issue.kind === 'schema' && lastKey && lastKey.value === undefined && issue.input === undefined) {
    return lastKey.type === 'array' ? '缺少此项' : '缺少此字段';
  }
  if ((issue.type === 'strict_object' || issue.type === 'strict_tuple') && issue.expected === 'never') {
    return issue.type === 'strict_object' ? '不允许的字段' : '数组项过多';
  }
  if (issue.type === 'strict_tuple' && Array.isArray(issue.input)) return '数组项过少';
  if (issue.type === 'literal' || issue.type === 'picklist') {
    const expected = (issue.expected ?? '').replace(/^\((.*)\)$/, '$1').replaceAll(' | ', '、');
    return `应为 ${expected}${issue.type === 'picklist' ? ' 之一' : ''}，实际为 ${shortJson(issue.input)}`;
  }
  const name = TYPE_NAMES[issue.type];
  if (issue.kind === 'schema' && name) return `应为${name}，实际为 ${jsonTypeOf(issue.input)}`;
  return issue.message;
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
 * `第 N 条摘录 (clips[N-1].…)：message` for an issue inside `clips[i]`,
 * `导出文件 (path)：message` for any other.
 */
export function formatImportIssue(issue: Issue): string {
  const path = formatIssuePath(issue);
  const first = issue.path?.[0];
  const second = issue.path?.[1];
  const where =
    first?.key === 'clips' && typeof second?.key === 'number'
      ? `第 ${second.key + 1} 条摘录 (${path})`
      : `导出文件 (${path || '顶层'})`;
  // describeIssue runs again now that the path is complete: valibot calls a message
  // function before the parent schemas prepend their keys, so a missing tuple item could
  // not be told from a wrong value then.
  return `${where}：${issue.kind === 'schema' ? describeIssue(issue) : issue.message}`;
}

function shortJson(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
