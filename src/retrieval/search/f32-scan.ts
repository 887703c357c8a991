// Exact k-NN over an in-process float32 matrix with sqlite-vec's arithmetic and order, for low-dimensional
// collections. At k 100 over SciFact's 5,183 abstracts at 16 dimensions a vec0 query costs ≈ 0.75 ms of CPU, most of
// it in its top-k selection (perf: min_idx), this scan ≈ 0.21 ms; at 128 dimensions 1.0 against 1.4 ms.
// Scores equal sqlite-vec's bit for bit: distance_cosine_float accumulates dot and both magnitudes in float32 (each
// product and sum rounded to float32, emulated with Math.fround: float64 holds every float32 product exactly and
// rounds float32 sums correctly), then returns (float32)(1 − dot / (sqrt(aMag) · sqrt(bMag))) computed in double.
// Equal distances come in vec0's order: by chunk of 1,024 rows, later rows first within a chunk (its selection keeps
// the last of equal minima, as observed). bench/dense-equal.ts checks it all against sqlite-vec over SciFact claims.
import type { DenseEngine } from './dense.ts';
import type { Ranked } from './fusion.ts';

const f = Math.fround;

/** Up to this many dimensions the scan is measured faster than sqlite-vec (bench/dense-equal.ts --dims N). */
export const F32_SCAN_MAX_DIMS = 128;

/** Rows per vec0 chunk (its default chunk_size): ties are ordered per chunk. */
const VEC0_CHUNK = 1024;

export class F32ScanIndex implements DenseEngine {
  readonly kind = 'in-process';
  readonly dims: number;
  private readonly ids: string[] = [];
  private readonly rowOf = new Map<string, number>();
  private readonly matrix: Float32Array;
  /** Per row, sqrt of the float32 sum of squares (sqlite-vec's sqrt(bMag), taken in double as it does). */
  private readonly norms: Float64Array;
  private topD = new Float64Array(0);
  private topR = new Int32Array(0);
  private readonly sums = new Float64Array(4);

  constructor(rows: { id: string; vector: ArrayLike<number> }[]) {
    this.dims = rows[0]?.vector.length ?? 0;
    const usable = rows.filter((r) => r.vector.length === this.dims);
    this.matrix = new Float32Array(usable.length * this.dims);
    this.norms = new Float64Array(usable.length);
    for (const r of usable) {
      const i = this.ids.length;
      this.ids.push(r.id);
      this.rowOf.set(r.id, i);
      this.write(i, r.vector);
    }
  }

  get size(): number {
    return this.ids.length;
  }

  private write(i: number, vector: ArrayLike<number>): void {
    const d = this.dims;
    this.matrix.set(Float32Array.from(vector), i * d);
    let mag = 0;
    for (let j = 0; j < d; j++) {
      const x = this.matrix[i * d + j] as number;
      mag = f(mag + f(x * x));
    }
    this.norms[i] = Math.sqrt(mag);
  }

  setVector(id: string, vector: ArrayLike<number>): void {
    const i = this.rowOf.get(id);
    if (i !== undefined && vector.length === this.dims) this.write(i, vector);
  }

  search(query: ArrayLike<number>, k: number): Ranked[] {
    const d = this.dims;
    if (query.length !== d) throw new RangeError(`query vector has ${query.length} dimensions, the index ${d}`);
    const rows = this.ids.length;
    const n = Math.min(k, rows);
    if (n <= 0) return [];
    const q = Float32Array.from(query);
    let aMag = 0;
    for (let j = 0; j < d; j++) aMag = f(aMag + f((q[j] as number) * (q[j] as number)));
    const qNorm = Math.sqrt(aMag);
    if (this.topD.length < n) {
      this.topD = new Float64Array(n);
      this.topR = new Int32Array(n);
    }
    const m = this.matrix;
    const norms = this.norms;
    const sums = this.sums;
    // The float32 sum of a row is a chain of dependent roundings (slow); a float64 dot product differs from it by at
    // most γ_d·Σ|q·m| ≤ (d+1)·2⁻²⁴·‖q‖‖m‖ (Higham, inner products), so a row whose float64 distance is farther than
    // the k-th by more than four times that bound (plus float32 rounding of the distance) cannot enter and is
    // skipped; every other row gets sqlite-vec's exact float32 distance.
    const margin = 4 * (d + 1) * 2 ** -24 + 2 ** -21;
    let count = 0;
    let worst = Number.POSITIVE_INFINITY;
    for (let i = 0; i < rows; i += 4) {
      const block = Math.min(4, rows - i);
      const b0 = i * d;
      if (block === 4) {
        // Four rows side by side: independent sums keep the CPU busy.
        const b1 = b0 + d;
        const b2 = b1 + d;
        const b3 = b2 + d;
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let j = 0; j < d; j++) {
          const x = q[j] as number;
          s0 += x * (m[b0 + j] as number);
          s1 += x * (m[b1 + j] as number);
          s2 += x * (m[b2 + j] as number);
          s3 += x * (m[b3 + j] as number);
        }
        sums[0] = s0;
        sums[1] = s1;
        sums[2] = s2;
        sums[3] = s3;
      } else
        for (let r = 0; r < block; r++) {
          let s = 0;
          for (let j = 0, base = b0 + r * d; j < d; j++) s += (q[j] as number) * (m[base + j] as number);
          sums[r] = s;
        }
      for (let r = 0; r < block; r++) {
        const row = i + r;
        const norm = qNorm * (norms[row] as number);
        if (count === n && 1 - (sums[r] as number) / norm - margin > worst) continue;
        let dot = 0;
        for (let j = 0, base = row * d; j < d; j++) dot = f(dot + f((q[j] as number) * (m[base + j] as number)));
        const dist = f(1 - dot / norm);
        if (Number.isNaN(dist)) continue;
        if (count < n) count++;
        else if (dist > worst || (dist === worst && !sameChunk(this.topR[n - 1] as number, row))) continue;
        this.insert(count, dist, row);
        worst = count === n ? (this.topD[n - 1] as number) : Number.POSITIVE_INFINITY;
      }
    }
    const out: Ranked[] = new Array(count);
    for (let p = 0; p < count; p++)
      out[p] = { id: this.ids[this.topR[p] as number] as string, score: 1 - (this.topD[p] as number) };
    return out;
  }

  /**
   * Puts a row into the first `count` places of the sorted top list (its last place is free or being replaced): an
   * equal distance goes before rows of its own vec0 chunk and after those of earlier chunks, as vec0 orders them.
   */
  private insert(count: number, dist: number, row: number): void {
    const topD = this.topD;
    const topR = this.topR;
    let p = count - 1;
    while (p > 0) {
      const prev = topD[p - 1] as number;
      if (!(prev > dist || (prev === dist && sameChunk(topR[p - 1] as number, row)))) break;
      topD[p] = prev;
      topR[p] = topR[p - 1] as number;
      p--;
    }
    topD[p] = dist;
    topR[p] = row;
  }
}

function sameChunk(a: number, b: number): boolean {
  return Math.floor(a / VEC0_CHUNK) === Math.floor(b / VEC0_CHUNK);
}
