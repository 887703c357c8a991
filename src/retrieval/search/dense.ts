// Dense search of a loaded collection. DenseIndex is the exact cosine scan over an in-process Float32 matrix
// (normalised rows, so cosine = dot product); DenseSearch puts an engine in front of it when one is available —
// sqlite-vec embedded, pgvector in PostgreSQL — and says in every answer (`kind`) which one ran and why.
import type { Ranked } from './fusion.ts';

/** An engine that answers k-NN queries itself (sqlite-vec, pgvector). */
export interface DenseEngine {
  readonly kind: string;
  search(query: ArrayLike<number>, k: number): Ranked[] | Promise<Ranked[]>;
  setVector(id: string, vector: ArrayLike<number>): void | Promise<void>;
  close?(): void;
}

export class DenseSearch {
  constructor(
    readonly exact: DenseIndex,
    private readonly engine: DenseEngine | null,
    /** Why there is no engine (e.g. "pgvector not installed"); shown in answers. */
    private readonly fallbackReason: string | null,
  ) {}

  get dims(): number {
    return this.exact.dims;
  }

  original(id: string): Float32Array | undefined {
    return this.exact.original(id);
  }

  /** What answers a query: the engine, or the exact scan (with filters, which the engines do not apply). */
  kindFor(filtered: boolean): string {
    if (this.engine && !filtered) return this.engine.kind;
    const why = this.engine ? 'metadata filter' : this.fallbackReason;
    return why ? `exact-cosine (${why})` : 'exact-cosine';
  }

  async search(query: ArrayLike<number>, k: number, allow?: (id: string) => boolean): Promise<Ranked[]> {
    if (this.engine && !allow) return this.engine.search(query, k);
    return this.exact.search(query, k, allow);
  }

  /** Replaces a chunk's vector everywhere it is searched (ERM's dense key update); null puts the ingested one back. */
  async setVector(id: string, vector: ArrayLike<number> | null): Promise<void> {
    if (vector === null) this.exact.reset(id);
    else this.exact.setVector(id, vector);
    const now = this.exact.vector(id);
    if (now) await this.engine?.setVector(id, now);
  }

  close(): void {
    this.engine?.close?.();
  }
}

export class DenseIndex {
  readonly kind = 'exact-cosine';
  readonly dims: number;
  private readonly ids: string[] = [];
  private readonly matrix: Float32Array;

  constructor(rows: { id: string; vector: ArrayLike<number> }[]) {
    const usable = rows.filter((r) => r.vector.length > 0);
    this.dims = usable[0]?.vector.length ?? 0;
    this.matrix = new Float32Array(usable.length * this.dims);
    let n = 0;
    for (const r of usable) {
      if (r.vector.length !== this.dims) continue;
      let sq = 0;
      for (let j = 0; j < this.dims; j++) sq += (r.vector[j] as number) ** 2;
      const norm = Math.sqrt(sq) || 1;
      for (let j = 0; j < this.dims; j++) this.matrix[n * this.dims + j] = (r.vector[j] as number) / norm;
      this.ids.push(r.id);
      this.rowOf.set(r.id, n);
      n++;
    }
  }

  get size(): number {
    return this.ids.length;
  }

  private readonly rowOf = new Map<string, number>();

  /** The stored (normalised) vector of a chunk. */
  vector(id: string): Float32Array | undefined {
    const i = this.rowOf.get(id);
    return i === undefined ? undefined : this.matrix.slice(i * this.dims, (i + 1) * this.dims);
  }

  private readonly originals = new Map<number, Float32Array>();

  /** Puts a chunk's ingested vector back, bit for bit (ERM rollback). */
  reset(id: string): void {
    const i = this.rowOf.get(id);
    const o = i === undefined ? undefined : this.originals.get(i);
    if (i === undefined || !o) return;
    this.matrix.set(o, i * this.dims);
    this.originals.delete(i);
  }

  /** The vector as ingested (normalised), also after setVector. */
  original(id: string): Float32Array | undefined {
    const i = this.rowOf.get(id);
    if (i === undefined) return undefined;
    return this.originals.get(i)?.slice() ?? this.vector(id);
  }

  setVector(id: string, vector: ArrayLike<number>): void {
    const i = this.rowOf.get(id);
    if (i === undefined || vector.length !== this.dims) return;
    if (!this.originals.has(i)) this.originals.set(i, this.matrix.slice(i * this.dims, (i + 1) * this.dims));
    let sq = 0;
    for (let j = 0; j < this.dims; j++) sq += (vector[j] as number) ** 2;
    const norm = Math.sqrt(sq) || 1;
    for (let j = 0; j < this.dims; j++) this.matrix[i * this.dims + j] = (vector[j] as number) / norm;
  }

  search(query: ArrayLike<number>, k: number, allow?: (id: string) => boolean): { id: string; score: number }[] {
    if (query.length !== this.dims)
      throw new RangeError(`query vector has ${query.length} dimensions, the index ${this.dims}`);
    let sq = 0;
    for (let j = 0; j < query.length; j++) sq += (query[j] as number) ** 2;
    const norm = Math.sqrt(sq) || 1;
    const q = Float32Array.from(query, (x) => x / norm);
    const out: { id: string; score: number }[] = [];
    for (let i = 0; i < this.ids.length; i++) {
      const id = this.ids[i] as string;
      if (allow && !allow(id)) continue;
      let s = 0;
      const base = i * this.dims;
      for (let j = 0; j < this.dims; j++) s += (q[j] as number) * (this.matrix[base + j] as number);
      out.push({ id, score: s });
    }
    out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return out.slice(0, k);
  }
}
