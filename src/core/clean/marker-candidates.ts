/**
 * Candidates for page markers: every `k/N`, `k / N`, `第k页共N页`, `第k页 / 共N页` in a text
 * that could be a page marker by its shape alone. Whether it *is* one is decided later from
 * the sequence the candidates form (see find-page-markers.ts).
 */

export type MarkerForm = 'slash' | 'chinese';

export interface MarkerCandidate {
  start: number;
  end: number;
  /** the page number k */
  page: number;
  /** the page count N */
  count: number;
  form: MarkerForm;
}

/**
 * `k/N` with at most one space on each side of the slash. The lookarounds keep it from being
 * part of a larger number, a date (2023/10/01), a decimal, a URL path or a percentage.
 */
const SLASH_MARKER = /(?<![\d/／.:：\-A-Za-z])(\d{1,4}) ?[/／] ?(\d{1,4})(?![\d/／%％:：\-A-Za-z]|\.\d)/g;

/** `第k页共N页`, `第k页 / 共N页`, `第 1 页,共 20 页` (a converter's footer). */
const CHINESE_MARKER = /第\s{0,3}(\d{1,4})\s{0,3}页\s{0,3}[,，/／|]?\s{0,3}共\s{0,3}(\d{1,4})\s{0,3}页/g;

/**
 * Words that make a fraction a figure of the sentence ("约1/3的农户", "占2/5以上"): such a
 * candidate is never a marker, even when two of them happen to count up. A site's marker next to
 * one of these words is left in place: a stray marker is a blemish, a lost figure is lost text.
 */
const FIGURE_BEFORE = /[约占为近超达逾余仅共是]$/;
const FIGURE_AFTER = /^(?:的|以上|以下|左右|多|强|弱|之)/;

/** Largest page count believed; larger N are figures, not page counts. */
const MAX_PAGES = 5000;

/** All candidates, sorted by start, non-overlapping (a Chinese form wins over a slash inside it). */
export function collectMarkerCandidates(text: string): MarkerCandidate[] {
  const found: MarkerCandidate[] = [];
  for (const m of text.matchAll(CHINESE_MARKER)) {
    const page = Number(m[1]);
    const count = Number(m[2]);
    if (page >= 1 && page <= count && count <= MAX_PAGES) {
      found.push({ start: m.index, end: m.index + m[0].length, page, count, form: 'chinese' });
    }
  }
  const taken = found.slice();
  for (const m of text.matchAll(SLASH_MARKER)) {
    const page = Number(m[1]);
    const count = Number(m[2]);
    if (page < 1 || count < 2 || page > count || count > MAX_PAGES) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((c) => c.start < end && start < c.end)) continue;
    if (FIGURE_BEFORE.test(text.slice(Math.max(0, start - 1), start)) || FIGURE_AFTER.test(text.slice(end, end + 2))) {
      continue;
    }
    found.push({ start, end, page, count, form: 'slash' });
  }
  return found.sort((a, b) => a.start - b.start);
}
