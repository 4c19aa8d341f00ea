/**
 * A Zipf sampler over ranks 0..n-1: rank k is drawn with probability proportional to
 * 1/(k+1)^s, as readers' visits spread over an archive (rank 0: the newest, most read piece).
 * The cumulative weights are computed once (8 bytes per rank), then each draw is a binary search.
 */
export function createZipfSampler(n: number, s: number, random: () => number): () => number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`a Zipf sampler needs at least one rank (got ${n})`);
  if (!(s >= 0)) throw new Error(`a Zipf exponent must be zero or more (got ${s})`);
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cumulative[k] = total += 1 / Math.pow(k + 1, s);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  };
}

/** The share of draws that fall on the `top` most likely ranks (what a cache of that many pages could hit at best). */
export function zipfHeadShare(n: number, s: number, top: number): number {
  let head = 0;
  let total = 0;
  for (let k = 0; k < n; k++) {
    const w = 1 / Math.pow(k + 1, s);
    total += w;
    if (k < top) head += w;
  }
  return head / total;
}
