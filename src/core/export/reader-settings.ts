import * as v from 'valibot';
import { MAX_TERM_LENGTH, MAX_TERMS, WATCH_TERMS_KEY, readWatchTerms } from '../../options/watch-terms';
import { CATEGORIES_KEY, CATEGORIES_MAX, parseCategories, type ReaderCategory } from '../categories';
import { CITATION_STYLES, CITATION_STYLE_KEY } from '../documents/citation-style';
import type { CitationStyle } from './cite-clip';
import { NOTE_TEMPLATE_KEY, readNoteTemplate } from './note-template';

/**
 * The reader's settings that a full backup carries beside the clips (export version 3,
 * `settings`), so that a new install that imports it has them back: their categories with
 * colours, watch terms, note template and citation style. Only what the reader set is written
 * (an absent field: DocClip's default). Pure: the caller reads and writes `storage.local`.
 */
export interface ReaderSettings {
  categories?: ReaderCategory[];
  watchTerms?: string[];
  noteTemplate?: string;
  citationStyle?: CitationStyle;
}

export type ReaderSettingName = keyof ReaderSettings;

/** The `storage.local` keys the settings live under (read them all with one `get`). */
export const SETTINGS_STORAGE_KEYS = [CATEGORIES_KEY, WATCH_TERMS_KEY, NOTE_TEMPLATE_KEY, CITATION_STYLE_KEY] as const;

/** Longest note template a file may carry (the options page's are a few hundred characters). */
export const NOTE_TEMPLATE_MAX = 20_000;

/**
 * The settings in `stored` (`storage.local.get(SETTINGS_STORAGE_KEYS)`), only those the reader
 * set and that read as valid; undefined when there are none (the file then has no `settings`).
 */
export function settingsOf(stored: Readonly<Record<string, unknown>>): ReaderSettings | undefined {
  const settings: ReaderSettings = {};
  const categories = stored[CATEGORIES_KEY] === undefined ? null : parseCategories(stored[CATEGORIES_KEY]);
  if (categories?.ok) settings.categories = categories.categories;
  const terms = readWatchTerms(stored[WATCH_TERMS_KEY]);
  if (terms.length > 0) settings.watchTerms = terms;
  const template = readNoteTemplate(stored[NOTE_TEMPLATE_KEY]);
  if (template !== null) settings.noteTemplate = template;
  const style = CITATION_STYLES.find((s) => s === stored[CITATION_STYLE_KEY]);
  if (style !== undefined) settings.citationStyle = style;
  return Object.keys(settings).length > 0 ? settings : undefined;
}

/** How an import reads `settings`: the same limits as the options page, a bad value refused with its path. */
export const ReaderSettingsSchema = v.strictObject({
  categories: v.optional(
    v.pipe(
      v.array(v.unknown()),
      v.rawCheck(({ dataset, addIssue }) => {
        if (!dataset.typed) return;
        const parsed = parseCategories(dataset.value);
        if (!parsed.ok) addIssue({ message: parsed.error });
      }),
      v.transform((items) => (parseCategories(items) as { ok: true; categories: ReaderCategory[] }).categories),
    ),
  ),
  watchTerms: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TERM_LENGTH))), v.maxLength(MAX_TERMS))),
  noteTemplate: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(NOTE_TEMPLATE_MAX))),
  citationStyle: v.optional(v.picklist(CITATION_STYLES as [CitationStyle, ...CitationStyle[]])),
});

/**
 * The `storage.local` writes that bring back `incoming` without losing what `stored` holds,
 * and which settings they restore:
 * - categories: a reader who never set their own (a new install) gets the file's list as it
 *   was; otherwise the file's categories of other names are added after theirs (their colours
 *   kept), up to CATEGORIES_MAX;
 * - watch terms: the file's terms not there yet are added after the reader's, up to MAX_TERMS;
 * - note template and citation style: taken only when the reader has none of their own.
 * Nothing is written for a setting that would not change.
 */
export function mergeSettings(
  stored: Readonly<Record<string, unknown>>,
  incoming: ReaderSettings,
): { writes: Record<string, unknown>; restored: ReaderSettingName[] } {
  const writes: Record<string, unknown> = {};
  const restored: ReaderSettingName[] = [];
  const current = settingsOf(stored) ?? {};

  // A stored list that no longer parses (hand-edited) is left for the options page to show.
  if (incoming.categories && (stored[CATEGORIES_KEY] === undefined || current.categories)) {
    const mine = current.categories;
    const next = mine
      ? [...mine, ...incoming.categories.filter((c) => !mine.some((m) => m.name === c.name))].slice(0, Math.max(mine.length, CATEGORIES_MAX))
      : incoming.categories;
    if (JSON.stringify(next) !== JSON.stringify(mine)) {
      writes[CATEGORIES_KEY] = next;
      restored.push('categories');
    }
  }
  if (incoming.watchTerms) {
    const mine = current.watchTerms ?? [];
    const added = incoming.watchTerms.filter((term) => !mine.includes(term));
    const next = [...mine, ...added].slice(0, Math.max(mine.length, MAX_TERMS));
    if (next.length > mine.length) {
      writes[WATCH_TERMS_KEY] = next;
      restored.push('watchTerms');
    }
  }
  if (incoming.noteTemplate !== undefined && current.noteTemplate === undefined) {
    writes[NOTE_TEMPLATE_KEY] = incoming.noteTemplate;
    restored.push('noteTemplate');
  }
  if (incoming.citationStyle !== undefined && stored[CITATION_STYLE_KEY] === undefined) {
    writes[CITATION_STYLE_KEY] = incoming.citationStyle;
    restored.push('citationStyle');
  }
  return { writes, restored };
}
