// Evolving Retrieval Memory for a lexical index (arXiv 2602.05152, adapted to BM25): judged feedback passes a
// correctness gate; candidate expansion units (the query's own terms, PRF terms) are attributed to the judged
// document by their marginal gain; each document keeps a bounded memory of scored units; keys (a separate learned
// field, weights bounded by maxWeight) are rewritten in batches once gains saturate, each commit a new version
// that can be rolled back to. Query time is unchanged: no expansion runs per query.
import type { Bm25Index, LearnedKeys, QueryTerms, TermExplanation } from '../lexical/bm25.ts';
import { type Attribution, attribute, type Candidate } from './attribution.ts';
import { type DenseKeyTarget, DenseKeys } from './dense-keys.ts';
import { DocumentMemory, type MemoryEviction, type MemoryUnit } from './memory.ts';
import { DEFAULT_ERM, type ErmConfig, type Feedback, type GateResult } from './types.ts';

export interface KeyVersion {
  version: number;
  createdAt: number;
  note: string;
  feedback: number;
  /** doc → term → weight */
  keys: Record<string, Record<string, number>>;
  memory: Record<string, MemoryUnit[]>;
  /** Dense keys: chunk → base64 float32 delta added to its ingested vector (absent: no dense keys). */
  dense?: Record<string, string>;
}

export interface ObserveResult {
  accepted: boolean;
  reason?: string;
  credited: Attribution[];
  evictions: MemoryEviction[];
  committed?: number;
  /** The query vector was recorded for the chunk's dense key. */
  dense?: boolean;
}

export interface ErmDeps {
  index: Bm25Index;
  analyze(text: string): string[];
  /** The document's content terms (for PRF). */
  docTerms(id: string): Map<string, number> | undefined;
  toQuery(terms: string[]): QueryTerms;
  now?: () => number;
  /** The dense index, when the collection has vectors (dense ERM). */
  dense?: DenseKeyTarget;
}

export class ErmEngine {
  readonly config: ErmConfig;
  private memory: DocumentMemory;
  private readonly history: KeyVersion[] = [];
  private active = 0;
  private pending = 0;
  private batches = 0;
  private massAtBatchStart = 0;
  private feedbackCount = 0;
  private readonly denseKeys: DenseKeys | null;
  private applying: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: ErmDeps,
    config: Partial<ErmConfig> = {},
  ) {
    this.config = { ...DEFAULT_ERM, ...config };
    this.memory = new DocumentMemory(this.config.memoryCapacity);
    this.denseKeys = deps.dense ? new DenseKeys(deps.dense, this.config) : null;
    this.history.push(this.snapshot(0, 'initial (no learned keys)'));
    this.deps.index.learnedBoost = this.config.learnedBoost;
    this.deps.index.minLearnedMatches = this.config.minLearnedMatches;
    this.deps.index.coveragePower = this.config.coveragePower;
    this.deps.index.setLearned(new Map());
  }

  /** Only positive judgements of documents that exist, for queries that analyse to at least one term, pass. */
  gate(fb: Feedback): GateResult {
    if (!(fb.relevance >= this.config.minRelevance)) return { ok: false, reason: 'not judged relevant' };
    if (!this.deps.index.has(fb.doc)) return { ok: false, reason: 'unknown document' };
    if (this.deps.analyze(fb.query).length === 0) return { ok: false, reason: 'query has no indexable terms' };
    return { ok: true };
  }

  observe(fb: Feedback): ObserveResult {
    const g = this.gate(fb);
    if (!g.ok) return { accepted: false, reason: g.reason, credited: [], evictions: [] };
    const { index } = this.deps;
    const q = this.deps.toQuery(this.deps.analyze(fb.query));
    const docNo = index.docNo(fb.doc);
    const unitWeight = this.config.maxWeight;
    const from = fb.queryId ?? fb.query.slice(0, 80);
    const credited: Attribution[] = [];
    const evictions: MemoryEviction[] = [];
    const keep = (a: Attribution) => {
      credited.push(a);
      const ev = this.memory.credit(fb.doc, a.term, a.gain * fb.relevance, a.source, from);
      if (ev) evictions.push(ev);
    };
    // 1. The query's own terms, measured against the original query.
    const own: Candidate[] = [...q.keys()].map((term) => ({ term, source: 'query' }));
    for (const a of attribute(index, q, fb.doc, docNo, own, unitWeight)) keep(a);
    // 2. PRF terms, measured against the query expanded with them (query/key expansion equivalence).
    const prf = this.prfTerms(q);
    if (prf.length > 0) {
      const expanded: QueryTerms = new Map(q);
      for (const t of prf) expanded.set(t, (expanded.get(t) ?? 0) + this.config.prfWeight);
      const cands: Candidate[] = prf.map((term) => ({ term, source: 'prf' }));
      for (const a of attribute(index, expanded, fb.doc, docNo, cands, unitWeight)) keep(a);
    }
    const dense = fb.vector && this.denseKeys ? this.denseKeys.observe(fb.doc, fb.vector, fb.relevance) : false;
    this.feedbackCount++;
    this.pending++;
    const committed = this.maybeCommit();
    return { accepted: true, credited, evictions, dense, ...(committed !== null ? { committed } : {}) };
  }

  /** Top terms (Σ tf·idf) of the top documents of the current ranking, excluding the query's terms. */
  private prfTerms(q: QueryTerms): string[] {
    const { prfDocs, prfTerms } = this.config;
    if (prfDocs <= 0 || prfTerms <= 0) return [];
    const top = this.deps.index.search(q, prfDocs);
    const weights = new Map<string, number>();
    for (const h of top) {
      for (const [t, f] of this.deps.docTerms(h.id) ?? []) {
        if (q.has(t)) continue;
        weights.set(t, (weights.get(t) ?? 0) + f * this.deps.index.idf(t));
      }
    }
    return [...weights.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, prfTerms)
      .map(([t]) => t);
  }

  /** Batch boundary: commit when the batch barely grew the memory (saturation) or after 4 batches. */
  private maybeCommit(): number | null {
    if (this.pending < this.config.batchSize) return null;
    this.pending = 0;
    this.batches++;
    const mass = this.memory.mass();
    const growth = mass > 0 ? (mass - this.massAtBatchStart) / mass : 0;
    this.massAtBatchStart = mass;
    if (growth < this.config.saturation || this.batches >= 4) return this.commit('batch').version;
    return null;
  }

  /** Writes the memory into the learned key field as a new version. */
  commit(note = 'manual'): KeyVersion {
    this.batches = 0;
    this.pending = 0;
    const dense = this.denseKeys?.commit();
    const v = this.snapshot(this.history.length, note, dense);
    this.history.push(v);
    this.active = v.version;
    this.deps.index.setLearned(toLearned(v.keys));
    this.applyDense(v.dense);
    return v;
  }

  /** Dense keys are written asynchronously (pgvector): `settled()` resolves once the active version is searched. */
  private applyDense(snapshot: Record<string, string> | undefined): void {
    const keys = this.denseKeys;
    if (!keys) return;
    this.applying = this.applying.then(() => keys.apply(snapshot));
  }

  settled(): Promise<void> {
    return this.applying;
  }

  private snapshot(version: number, note: string, dense?: Record<string, string>): KeyVersion {
    const keys: KeyVersion['keys'] = {};
    const { eta, maxWeight } = this.config;
    for (const doc of this.memory.documents()) {
      const entry: Record<string, number> = {};
      for (const u of this.memory.units(doc)) entry[u.term] = Math.min(maxWeight, eta * u.score);
      keys[doc] = entry;
    }
    return {
      version,
      createdAt: (this.deps.now ?? Date.now)(),
      note,
      feedback: this.feedbackCount,
      keys,
      memory: this.memory.toJSON(),
      ...(dense && Object.keys(dense).length ? { dense } : {}),
    };
  }

  /** Makes `version` the active keys (and memory) again; later versions stay available. */
  rollback(version: number): KeyVersion {
    const v = this.history[version];
    if (!v) throw new RangeError(`no key version ${version}`);
    this.active = version;
    this.memory = DocumentMemory.fromJSON(this.config.memoryCapacity, v.memory);
    this.massAtBatchStart = this.memory.mass();
    this.pending = 0;
    this.deps.index.setLearned(toLearned(v.keys));
    this.applyDense(v.dense);
    return v;
  }

  /** Norms of the active dense key updates (chunk → ‖delta‖). */
  denseNorms(): Record<string, number> {
    return this.denseKeys?.norms() ?? {};
  }

  /** Loads persisted versions (the store) and activates `active`. */
  restore(versions: KeyVersion[], active: number): void {
    this.history.length = 0;
    this.history.push(...versions.sort((a, b) => a.version - b.version));
    if (this.history.length === 0) this.history.push(this.snapshot(0, 'initial (no learned keys)'));
    this.rollback(Math.min(active, this.history.length - 1));
  }

  activeVersion(): number {
    return this.active;
  }

  versions(): KeyVersion[] {
    return [...this.history];
  }

  units(doc: string): MemoryUnit[] {
    return this.memory.units(doc);
  }

  /** Why `doc` scores what it does for `query`: content terms and the learned units (with their provenance). */
  explain(
    query: string,
    doc: string,
  ): { version: number; terms: TermExplanation[]; learned: (TermExplanation & { unit?: MemoryUnit })[] } {
    const q = this.deps.toQuery(this.deps.analyze(query));
    const terms = this.deps.index.explain(q, doc);
    const units = new Map(this.memory.units(doc).map((u) => [u.term, u]));
    const learned = terms.filter((t) => t.field === 'learned').map((t) => ({ ...t, unit: units.get(t.term) }));
    return { version: this.active, terms, learned };
  }
}

export function toLearned(keys: KeyVersion['keys']): LearnedKeys {
  return new Map(Object.entries(keys).map(([d, units]) => [d, new Map(Object.entries(units))]));
}
