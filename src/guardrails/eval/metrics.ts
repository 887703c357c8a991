// Classification and span metrics used by `lintel guard eval`.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Rates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  fpr: number | null;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function rates(c: Counts): Rates {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : null;
  return { precision, recall, f1, fpr: ratio(c.fp, c.fp + c.tn) };
}

/** Counts at a threshold: positives and negatives are scores (≥ threshold = flagged). */
export function countsAt(pos: readonly number[], neg: readonly number[], threshold: number): Counts {
  const tp = pos.filter((s) => s >= threshold).length;
  const fp = neg.filter((s) => s >= threshold).length;
  return { tp, fp, fn: pos.length - tp, tn: neg.length - fp };
}

/** The lowest threshold whose false-positive rate on `neg` is ≤ `fpr` (ties count as flagged). */
export function thresholdAtFpr(neg: readonly number[], fpr: number): number {
  const sorted = [...neg].sort((a, b) => b - a);
  const allowed = Math.floor(fpr * sorted.length);
  // Everything strictly above the (allowed+1)-th highest negative score.
  const t = sorted[allowed];
  return t === undefined ? 0 : t + 1e-9;
}

export function recallAtFpr(pos: readonly number[], neg: readonly number[], fpr: number): number | null {
  if (pos.length === 0 || neg.length === 0) return null;
  const t = thresholdAtFpr(neg, fpr);
  return pos.filter((s) => s >= t).length / pos.length;
}

export interface SpanLike {
  start: number;
  end: number;
}

export const overlaps = (a: SpanLike, b: SpanLike): boolean => a.start < b.end && b.start < a.end;
