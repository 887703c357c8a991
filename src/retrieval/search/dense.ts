// Exact cosine search over an in-process Float32 matrix (normalised rows, so cosine = dot product). This is an
// exact scan, not an approximate index: fine for tens of thousands of chunks; `kind` says so in every answer.

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
      n++;
    }
  }

  get size(): number {
    return this.ids.length;
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
