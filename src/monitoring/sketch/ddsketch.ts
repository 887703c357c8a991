// DDSketch (Masson, Rim & Lee, VLDB 2019): a quantile sketch with a relative-accuracy guarantee. Every
// positive value x falls in bin i = ceil(log_γ x) with γ = (1+α)/(1−α); the bin's representative
// 2γ^i/(γ+1) is within α·x of every value in it, so any quantile is returned within relative error α.
// Bins are plain counts, so two sketches with the same α merge exactly by adding bins — across minute
// windows and across nodes — and the merge equals the sketch of the union.
export const DEFAULT_ALPHA = 0.01;
/** Values at or below this count in the zero bin (latencies, lengths and tokens are never negative). */
const MIN_INDEXABLE = 1e-9;

export interface SketchJson {
  a: number; // relative accuracy α
  n: number; // count
  z: number; // zero-bin count (values ≤ MIN_INDEXABLE, negatives clamped)
  s: number; // sum
  lo: number; // min
  hi: number; // max
  o: number; // index of b[0]
  b: number[]; // bin counts
}

export class DDSketch {
  readonly alpha: number;
  private readonly gamma: number;
  private readonly logGamma: number;
  count = 0;
  zeroCount = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  private offset = 0;
  private bins: number[] = [];

  constructor(alpha = DEFAULT_ALPHA) {
    if (!(alpha > 0 && alpha < 1)) throw new RangeError('alpha must be in (0, 1)');
    this.alpha = alpha;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.logGamma = Math.log(this.gamma);
  }

  /** Bin index of a positive value. */
  index(x: number): number {
    return Math.ceil(Math.log(x) / this.logGamma);
  }

  /** The value reported for bin i: within α of every value in the bin. */
  value(i: number): number {
    return (2 * this.gamma ** i) / (this.gamma + 1);
  }

  add(x: number, weight = 1): void {
    this.count += weight;
    this.sum += x * weight;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    if (!(x > MIN_INDEXABLE)) {
      this.zeroCount += weight;
      return;
    }
    this.addToBin(this.index(x), weight);
  }

  private addToBin(i: number, weight: number): void {
    const bins = this.bins;
    if (bins.length === 0) {
      this.offset = i;
      bins.push(weight);
      return;
    }
    if (i < this.offset) {
      const grow = this.offset - i;
      this.bins = new Array<number>(grow).fill(0).concat(bins);
      this.offset = i;
      this.bins[0] += weight;
      return;
    }
    const k = i - this.offset;
    while (bins.length <= k) bins.push(0);
    bins[k] += weight;
  }

  /** Adds another sketch's bins (same α): the exact sketch of the union. */
  merge(other: DDSketch | SketchJson): void {
    const o = other instanceof DDSketch ? other.toJSON() : other;
    if (Math.abs(o.a - this.alpha) > 1e-12) throw new Error('cannot merge sketches of different accuracy');
    if (o.n === 0) return;
    this.count += o.n;
    this.zeroCount += o.z;
    this.sum += o.s;
    if (o.lo < this.min) this.min = o.lo;
    if (o.hi > this.max) this.max = o.hi;
    for (let k = 0; k < o.b.length; k++) if (o.b[k] !== 0) this.addToBin(o.o + k, o.b[k]);
  }

  /** The value at quantile q (lower quantile: rank ⌊q·(n−1)⌋), within relative error α; null when empty. */
  quantile(q: number): number | null {
    if (this.count === 0) return null;
    if (q <= 0) return this.min;
    if (q >= 1) return this.max;
    const rank = Math.floor(q * (this.count - 1));
    let seen = this.zeroCount;
    if (rank < seen) return Math.max(this.min, 0);
    for (let k = 0; k < this.bins.length; k++) {
      seen += this.bins[k];
      if (rank < seen) return Math.min(Math.max(this.value(this.offset + k), this.min), this.max);
    }
    return this.max;
  }

  /** Approximate count of values ≤ x (the bins at or below x's bin). */
  countAtOrBelow(x: number): number {
    if (!(x > MIN_INDEXABLE)) return x >= 0 ? this.zeroCount : 0;
    const last = this.index(x) - this.offset;
    let n = this.zeroCount;
    for (let k = 0; k <= last && k < this.bins.length; k++) n += this.bins[k];
    return n;
  }

  /** Weighted points (representative value, count), ascending: a binned sample for the drift tests. */
  points(): { value: number; weight: number }[] {
    const out: { value: number; weight: number }[] = [];
    if (this.zeroCount > 0) out.push({ value: 0, weight: this.zeroCount });
    for (let k = 0; k < this.bins.length; k++) {
      if (this.bins[k] > 0) out.push({ value: this.value(this.offset + k), weight: this.bins[k] });
    }
    return out;
  }

  mean(): number | null {
    return this.count === 0 ? null : this.sum / this.count;
  }

  toJSON(): SketchJson {
    return {
      a: this.alpha,
      n: this.count,
      z: this.zeroCount,
      s: this.sum,
      lo: this.count === 0 ? 0 : this.min,
      hi: this.count === 0 ? 0 : this.max,
      o: this.offset,
      b: this.bins.slice(),
    };
  }

  static fromJSON(j: SketchJson): DDSketch {
    const s = new DDSketch(j.a);
    s.merge(j);
    return s;
  }
}
