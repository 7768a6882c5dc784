/**
 * Groups recognition lines into batches run as one input: lines sorted by width, a batch takes
 * lines while it has fewer than `size` and the widest is at most `slack` × its narrowest (every
 * line of a batch is padded to the widest, so the slack bounds the padding that is computed for
 * nothing). Returns the lines' indices, each batch narrowest first; every index once.
 */
export function lineBatches(widths: readonly number[], size: number, slack: number): number[][] {
  if (!(size >= 1) || !(slack >= 1)) throw new Error(`ocr: a batch needs a size ≥ 1 and a slack ≥ 1, got ${size} and ${slack}`);
  const order = widths.map((_, i) => i).sort((a, b) => widths[a]! - widths[b]! || a - b);
  const batches: number[][] = [];
  let batch: number[] = [];
  for (const i of order) {
    if (batch.length > 0 && (batch.length >= size || widths[i]! > widths[batch[0]!]! * slack)) {
      batches.push(batch);
      batch = [];
    }
    batch.push(i);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
