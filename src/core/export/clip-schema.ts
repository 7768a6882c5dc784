import * as v from 'valibot';
import type { Clip } from '../types';

/**
 * The runtime schema of a stored `Clip` (src/core/types.ts), shared by import
 * (parse-clips-import.ts) and the message protocol (src/messages.ts, which derives the
 * draft schema with `v.omit`, so `ClipSchema` itself stays a plain object schema: every
 * check lives on a field, none on the object).
 *
 * Objects are strict: an unknown field is refused, so nothing unexpected reaches IndexedDB.
 * Messages of actions are written here in Chinese; messages of type mismatches come from
 * `describeIssue` (describe-issue.ts), passed as the parse config's `message`.
 *
 * Output normalisation (the only transforms): `id` is lower-cased, timestamps are rewritten
 * as `Date#toISOString()` (UTC, milliseconds) so that string order is time order in the
 * `createdAt` index.
 */

/** Limits of one clip. A file that breaks one is refused, not truncated. */
export const CLIP_LIMITS = {
  text: 100_000,
  note: 20_000,
  url: 8_192,
  title: 2_000,
  short: 200,
  tag: 100,
  tags: 200,
  figures: 10_000,
  targets: 2_000,
} as const;

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * True for an ISO 8601 date-time with a zone (`Z` or `±hh:mm`) naming a real instant:
 * `2026-02-30T00:00:00Z` is refused (Date.parse would roll it over to March).
 */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((s) => Number(s ?? 0));
  if (month! < 1 || month! > 12 || hour! > 23 || minute! > 59 || second! > 59) return false;
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return day! >= 1 && day! <= daysInMonth && !Number.isNaN(Date.parse(value));
}

export const IsoTimestampSchema = v.pipe(
  v.string(),
  v.check(isIsoDateTime, '不是有效的 ISO 时间（应如 2026-11-29T08:00:00.000Z）'),
  v.transform((s) => new Date(s).toISOString()),
);

export const UuidSchema = v.pipe(
  v.string(),
  v.uuid('不是有效的 UUID'),
  v.transform((s) => s.toLowerCase()),
);

const offset = v.pipe(v.number(), v.integer('应为整数'), v.minValue(0, '不能为负数'));
const boundedString = (max: number) => v.pipe(v.string(), v.maxLength(max, `过长（上限 ${max} 个字符）`));
const nonEmpty = (max: number) =>
  v.pipe(v.string(), v.minLength(1, '不能为空'), v.maxLength(max, `过长（上限 ${max} 个字符）`));
const finiteOrNull = v.nullable(v.pipe(v.number(), v.finite('应为有限数')));
const startNotAfterEnd = <T extends { start: number; end: number }>() =>
  v.check<T, string>((span) => span.start <= span.end, 'start 大于 end');

export const FigureSchema = v.pipe(
  v.strictObject({
    text: nonEmpty(CLIP_LIMITS.short),
    start: offset,
    end: offset,
    kind: v.picklist(['date', 'money', 'percent', 'measure', 'count']),
    value: finiteOrNull,
    unit: v.nullable(boundedString(CLIP_LIMITS.short)),
    approx: v.optional(boundedString(CLIP_LIMITS.short)),
    range: v.optional(v.strictObject({ from: finiteOrNull, to: finiteOrNull })),
  }),
  startNotAfterEnd(),
);

export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: nonEmpty(CLIP_LIMITS.text),
  prefix: boundedString(CLIP_LIMITS.text),
  suffix: boundedString(CLIP_LIMITS.text),
});

export const TextPositionSelectorSchema = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  startNotAfterEnd(),
);

export const ClipTargetSchema = v.strictObject({
  statement: nonEmpty(CLIP_LIMITS.text),
  figures: v.pipe(v.array(FigureSchema), v.maxLength(CLIP_LIMITS.figures, `过多（上限 ${CLIP_LIMITS.figures} 项）`)),
  deadline: v.nullable(boundedString(CLIP_LIMITS.short)),
});

export const ClipSchema = v.strictObject({
  id: UuidSchema,
  text: nonEmpty(CLIP_LIMITS.text),
  url: v.pipe(v.string(), v.maxLength(CLIP_LIMITS.url, `过长（上限 ${CLIP_LIMITS.url} 个字符）`), v.url('不是有效的网址')),
  site: nonEmpty(CLIP_LIMITS.short),
  docId: nonEmpty(CLIP_LIMITS.url),
  docTitle: boundedString(CLIP_LIMITS.title),
  page: v.nullable(v.pipe(v.number(), v.integer('应为整数'), v.minValue(1, '应不小于 1'))),
  selectors: v.strictTuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]),
  figures: v.pipe(v.array(FigureSchema), v.maxLength(CLIP_LIMITS.figures, `过多（上限 ${CLIP_LIMITS.figures} 项）`)),
  targets: v.pipe(v.array(ClipTargetSchema), v.maxLength(CLIP_LIMITS.targets, `过多（上限 ${CLIP_LIMITS.targets} 项）`)),
  tags: v.pipe(
    v.array(nonEmpty(CLIP_LIMITS.tag)),
    v.maxLength(CLIP_LIMITS.tags, `过多（上限 ${CLIP_LIMITS.tags} 个）`),
  ),
  note: boundedString(CLIP_LIMITS.note),
  category: v.optional(nonEmpty(CLIP_LIMITS.short)),
  source: v.optional(v.picklist(['ocr', 'canvas'])),
  confidence: v.optional(v.pipe(v.number(), v.minValue(0, '应不小于 0'), v.maxValue(1, '应不大于 1'))),
  createdAt: IsoTimestampSchema,
  updatedAt: IsoTimestampSchema,
});

/* Compile-time guard: the schema's output and `Clip` must stay the same shape both ways. */
type Output = v.InferOutput<typeof ClipSchema>;
const _clipFitsSchema = (c: Clip): Output => c;
const _schemaFitsClip = (c: Output): Clip => c;
void _clipFitsSchema;
void _schemaFitsClip;
