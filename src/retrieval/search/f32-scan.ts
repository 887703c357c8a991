// Exact k-NN over an in-process float32 matrix with sqlite-vec's arithmetic and order, for low-dimensional
// collections. At k 100 over SciFact's 5,183 abstracts at 16 dimensions a vec0 query costs ≈ 0.75 ms of CPU, most of
// it in its top-k selection (perf: min_idx), this scan ≈ 0.27 ms; at 128 dimensions both ≈ 1.3 ms, at 256 vec0 wins.
// Scores equal sqlite-vec's bit for bit: distance_cosine_float accumulates dot and both magnitudes in float32 (each
// product and sum rounded to float32, emulated with Math.fround: float64 holds every float32 product exactly and
// rounds float32 sums correctly), then returns (float32)(1 − dot / (sqrt(aMag) · sqrt(bMag))) computed in double.
// Equal distances come in vec0's order: by chunk of 1,024 rows, later rows first within a chunk (its selection keeps
// the last of equal minima). bench/dense-equal.ts checks all of it against sqlite-vec over every SciFact claim.
import type { DenseEngine } from './dense.ts';
import type { Ranked } from './fusion.ts';

const f = Math.fround;

/** Up to this many dimensions the scan costs no more CPU than sqlite-vec (bench/dense-equal.ts --dims N). */
export const F32_SCAN_MAX_DIMS = 128;

/** Rows per vec0 chunk (its default chunk_size): ties are ordered per chunk. */
const VEC0_CHUNK = 1024;

export class F32ScanIndex implements DenseEngine {
  readonly kind = 'in-process';
  readonly dims: number;
  private readonly ids: string[] = [];
  private readonly rowOf = new Map<string, number>();
  private readonly matrix: Float32Array;
  /** Per row, the float32 sum of squares (sqlite-vec's bMag), kept as a float64 holding a float32 value. */
  private readonly mags: Float64Array;
  private topD = new Float64Array(0);
  private topR = new Int32Array(0);

  constructor(rows: { id: string; vector: ArrayLike<number> }[]) {
    this.dims = rows[0]?.vector.length ?? 0;
    const usable = rows.filter((r) => r.vector.length === this.dims);
    this.matrix = new Float32Array(usable.length * this.dims);
    this.mags = new Float64Array(usable.length);
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
    this.mags[i] = mag;
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
    const topD = this.topD;
    const topR = this.topR;
    const m = this.matrix;
    const mags = this.mags;
    let count = 0;
    const sameChunk = (a: number, b: number) => Math.floor(a / VEC0_CHUNK) === Math.floor(b / VEC0_CHUNK);
    const offer = (i: number, dot: number): void => {
      const dist = f(1 - dot / (qNorm * Math.sqrt(mags[i] as number)));
      // Kept sorted by distance; an equal distance goes before rows of its own chunk, after earlier chunks (vec0).
      if (Number.isNaN(dist)) return;
      if (count === n) {
        const worst = topD[n - 1] as number;
        if (dist > worst || (dist === worst && !sameChunk(topR[n - 1] as number, i))) return;
      }
      let p = count < n ? count++ : n - 1;
      while (
        p > 0 &&
        ((topD[p - 1] as number) > dist || (topD[p - 1] === dist && sameChunk(topR[p - 1] as number, i)))
      ) {
        topD[p] = topD[p - 1] as number;
        topR[p] = topR[p - 1] as number;
        p--;
      }
      topD[p] = dist;
      topR[p] = i;
    };
    // Four rows at a time: each row's float32 sum is a chain of dependent roundings (its order is sqlite-vec's and
    // must stay), so independent rows side by side keep the CPU busy while one chain waits.
    let i = 0;
    for (; i + 4 <= rows; i += 4) {
      const b0 = i * d;
      const b1 = b0 + d;
      const b2 = b1 + d;
      const b3 = b2 + d;
      let d0 = 0;
      let d1 = 0;
      let d2 = 0;
      let d3 = 0;
      for (let j = 0; j < d; j++) {
        const x = q[j] as number;
        d0 = f(d0 + f(x * (m[b0 + j] as number)));
        d1 = f(d1 + f(x * (m[b1 + j] as number)));
        d2 = f(d2 + f(x * (m[b2 + j] as number)));
        d3 = f(d3 + f(x * (m[b3 + j] as number)));
      }
      offer(i, d0);
      offer(i + 1, d1);
      offer(i + 2, d2);
      offer(i + 3, d3);
    }
    for (; i < rows; i++) {
      let dot = 0;
      for (let j = 0, base = i * d; j < d; j++) dot = f(dot + f((q[j] as number) * (m[base + j] as number)));
      offer(i, dot);
    }
    const out: Ranked[] = new Array(count);
    for (let p = 0; p < count; p++)
      out[p] = { id: this.ids[topR[p] as number] as string, score: 1 - (topD[p] as number) };
    return out;
  }
}
