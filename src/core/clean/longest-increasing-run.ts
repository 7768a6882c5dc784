/**
 * Longest strictly increasing subsequence, in O(n log n) (patience sorting).
 * Returns the indices (into `values`) of one longest subsequence, in order; [] for [].
 * Among subsequences of equal length it returns the one that ends earliest in value,
 * which keeps a page-marker sequence from jumping to a stray larger figure.
 */
export function longestIncreasingRun(values: readonly number[]): number[] {
  const tails: number[] = []; // tails[len-1] = index of the smallest tail of a run of length len
  const previous: number[] = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const run: number[] = [];
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (k !== -1) {
    run.push(k);
    k = previous[k]!;
  }
  return run.reverse();
}
