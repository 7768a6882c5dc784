/**
 * Tags as a reader types them: separated by commas (`,` `，`), the enumeration comma `、`,
 * semicolons (`;` `；`) or any whitespace (including the full-width space). Pure, so it is
 * shared by the popup and the library and tested in Node.
 */

/** The limits of ClipSchema (src/core/export/clip-schema.ts): longer input is cut, not refused. */
export const MAX_TAG_LENGTH = 100;
export const MAX_TAGS = 200;

const SEPARATORS = /[,，、;；\s]+/u;

/** The tags in `input`, trimmed, in the order typed, each once (first spelling kept); [] for blank input. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of input.split(SEPARATORS)) {
    const tag = [...part].slice(0, MAX_TAG_LENGTH).join('');
    if (tag === '' || seen.has(tag)) continue;
    seen.add(tag);
    tags.push(tag);
    if (tags.length === MAX_TAGS) break;
  }
  return tags;
}

/** Tags as the editable text of an input; `parseTags(formatTags(tags))` gives `tags` back when no tag holds a separator. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

/** True when two tag lists are the same, in the same order. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}
