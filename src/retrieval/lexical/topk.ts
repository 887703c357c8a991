// Selection helpers of the BM25 top-k.

/** The k-th largest score among `nos` with a size-k min-heap (O(n log k)). */
export function kthLargest(acc: Float64Array, nos: Int32Array, k: number): number {
  const heap = new Float64Array(k);
  let size = 0;
  for (let n = 0; n < nos.length; n++) {
    const v = acc[nos[n] as number] as number;
    if (size < k) {
      let i = size++;
      heap[i] = v;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if ((heap[parent] as number) <= (heap[i] as number)) break;
        [heap[parent], heap[i]] = [heap[i] as number, heap[parent] as number];
        i = parent;
      }
    } else if (v > (heap[0] as number)) {
      heap[0] = v;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < k && (heap[l] as number) < (heap[m] as number)) m = l;
        if (r < k && (heap[r] as number) < (heap[m] as number)) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i] as number, heap[m] as number];
        i = m;
      }
    }
  }
  return heap[0] as number;
}

/**
 * The top k positive scores of a whole accumulator in one pass: a size-k min-heap that starts full of zeros gives
 * the k-th best value (most values lose to its minimum on one compare), and every document at or above the heap's
 * minimum when it was read goes into `into` as a candidate. The minimum only rises, so every document at or above
 * the final k-th value is a candidate, ties included. Returns the candidate count; `threshold` the k-th best value
 * (0 when fewer than k scores are positive).
 */
export function topCandidates(acc: Float64Array, k: number, into: Int32Array): { count: number; threshold: number } {
  const heap = new Float64Array(k);
  let min = 0;
  let count = 0;
  for (let no = 0; no < acc.length; no++) {
    const v = acc[no] as number;
    if (!(v >= min && v > 0)) continue;
    into[count++] = no;
    if (v === min) continue;
    heap[0] = v;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < k && (heap[l] as number) < (heap[m] as number)) m = l;
      if (r < k && (heap[r] as number) < (heap[m] as number)) m = r;
      if (m === i) break;
      const t = heap[m] as number;
      heap[m] = heap[i] as number;
      heap[i] = t;
      i = m;
    }
    min = heap[0] as number;
  }
  return { count, threshold: min };
}

/** The position of `x` in the ascending `a`, or -1. */
export function binarySearch(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = a[mid] as number;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
