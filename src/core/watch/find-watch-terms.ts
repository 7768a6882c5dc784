/**
 * Occurrences of the reader's watch terms in a text: sorted by start, non-overlapping (at one
 * place the longest term wins). Latin letters match case-insensitively; Chinese needs no
 * segmentation (plain substring). Empty and whitespace-only terms are ignored.
 */
export function findWatchTerms(text: string, terms: string[]): Array<{ start: number; end: number; term: string }> {
  const unique = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))];
  if (unique.length === 0) return [];
  unique.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(unique.map(escapeRegExp).join('|'), 'gi');
  const found: Array<{ start: number; end: number; term: string }> = [];
  for (const m of text.matchAll(pattern)) {
    const term = unique.find((t) => t.toLowerCase() === m[0].toLowerCase()) ?? m[0];
    found.push({ start: m.index, end: m.index + m[0].length, term });
  }
  return found;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
