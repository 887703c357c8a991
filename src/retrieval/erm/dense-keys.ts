// Dense ERM: additive key updates of chunk vectors. A judged-relevant query adds its (unit) vector, weighted by the
// relevance, to the chunk's pending update; a commit adds eta × the mean pending vector to the chunk's delta and
// clips the delta to a norm bound, and the searched key becomes normalise(ingested vector + delta). Each key
// version holds every active delta, so a rollback writes the versions' keys — or the ingested vectors — back exactly.
import { decodeVector, encodeVector } from '../store.ts';

/** Where dense keys live (the loaded collection's DenseSearch). */
export interface DenseKeyTarget {
  readonly dims: number;
  /** The chunk's vector as ingested (normalised). */
  original(id: string): Float32Array | undefined;
  /** Sets the searched key; null puts the ingested vector back. */
  setVector(id: string, vector: ArrayLike<number> | null): Promise<void> | void;
}

export interface DenseKeyConfig {
  /** Step: the share of the mean judged query vector added per commit. */
  denseEta: number;
  /** Norm bound of a chunk's total delta (keys are unit vectors: 0.5 turns one by at most 30°). */
  denseMaxNorm: number;
}

export class DenseKeys {
  private active = new Map<string, Float32Array>();
  private readonly pending = new Map<string, { sum: Float64Array; weight: number }>();

  constructor(
    private readonly target: DenseKeyTarget,
    private readonly config: DenseKeyConfig,
  ) {}

  /** Records a judged-relevant query vector for a chunk (applied at the next commit). */
  observe(doc: string, query: ArrayLike<number>, relevance: number): boolean {
    if (query.length !== this.target.dims || !this.target.original(doc)) return false;
    let sq = 0;
    for (let j = 0; j < query.length; j++) sq += (query[j] as number) ** 2;
    const norm = Math.sqrt(sq);
    if (!(norm > 0)) return false;
    const p = this.pending.get(doc) ?? { sum: new Float64Array(query.length), weight: 0 };
    for (let j = 0; j < query.length; j++) p.sum[j] = (p.sum[j] as number) + (relevance * (query[j] as number)) / norm;
    p.weight += relevance;
    this.pending.set(doc, p);
    return true;
  }

  /** Folds the pending updates into the deltas; returns the new snapshot (chunk → base64 delta). */
  commit(): Record<string, string> {
    for (const [doc, p] of this.pending) {
      const prev = this.active.get(doc) ?? new Float32Array(p.sum.length);
      const next = new Float32Array(p.sum.length);
      for (let j = 0; j < next.length; j++)
        next[j] = (prev[j] as number) + (this.config.denseEta * (p.sum[j] as number)) / p.weight;
      let sq = 0;
      for (const x of next) sq += x * x;
      const n = Math.sqrt(sq);
      if (n > this.config.denseMaxNorm)
        for (let j = 0; j < next.length; j++) next[j] = (next[j] as number) * (this.config.denseMaxNorm / n);
      this.active.set(doc, next);
    }
    this.pending.clear();
    return this.snapshot();
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries([...this.active].map(([d, v]) => [d, encodeVector(v)]));
  }

  /** Makes a version's deltas the searched keys (chunks without one get their ingested vector back). */
  async apply(snapshot: Record<string, string> | undefined): Promise<void> {
    const next = new Map(Object.entries(snapshot ?? {}).map(([d, b]) => [d, decodeVector(b)]));
    const touched = new Set([...this.active.keys(), ...next.keys()]);
    this.active = next;
    this.pending.clear();
    for (const doc of touched) {
      const delta = next.get(doc);
      const base = delta ? this.target.original(doc) : undefined;
      if (!delta || !base || delta.length !== base.length) {
        await this.target.setVector(doc, null);
        continue;
      }
      await this.target.setVector(
        doc,
        Float32Array.from(base, (x, j) => x + (delta[j] as number)),
      );
    }
  }

  /** Chunks with a learned dense key, and the norm of each delta. */
  norms(): Record<string, number> {
    return Object.fromEntries([...this.active].map(([d, v]) => [d, Math.hypot(...v)]));
  }
}
