// A compact in-memory BM25 index with Lucene's scoring (BM25Similarity since Lucene 8: idf · tf/(tf + norm),
// norm = k1·(1 − b + b·dl/avgdl), dl decoded from Lucene's one-byte length) over the content field, plus an
// optional "learned" field of weighted expansion terms that ERM writes (see ../erm/). Built in one pass from the
// store's per-chunk term counts; rebuilt (not patched) when a collection changes.
import { DECODED_LENGTHS, lengthToByte } from './lucene-norms.ts';

export interface Bm25Params {
  k1: number;
  b: number;
}

/** Pyserini's BEIR defaults (Lucene's own are 1.2 / 0.75). */
export const PYSERINI_BM25: Bm25Params = { k1: 0.9, b: 0.4 };

export function validateBm25(p: Bm25Params): Bm25Params {
  if (!Number.isFinite(p.k1) || p.k1 < 0) throw new RangeError(`k1 must be a finite number ≥ 0, got ${p.k1}`);
  if (!Number.isFinite(p.b) || p.b < 0 || p.b > 1) throw new RangeError(`b must be in [0, 1], got ${p.b}`);
  return p;
}

export interface IndexedDoc {
  id: string;
  /** term → frequency in the content field. */
  terms: Map<string, number>;
  /** Number of indexed tokens (stop words excluded), as Lucene counts the field length. */
  length: number;
}

interface Postings {
  docs: Int32Array;
  freqs: Float32Array;
}

export interface ScoredDoc {
  id: string;
  score: number;
}

/** Query terms with their weights (a repeated term weighs its count, as Pyserini's bag-of-words query). */
export type QueryTerms = Map<string, number>;

export function queryTerms(terms: string[]): QueryTerms {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Learned key field: per document, expansion term → weight (bounded by ERM). */
export type LearnedKeys = Map<string, Map<string, number>>;

export interface TermExplanation {
  term: string;
  field: 'content' | 'learned';
  queryWeight: number;
  idf: number;
  /** content: term frequency; learned: the learned weight. */
  freq: number;
  score: number;
}

export class Bm25Index {
  readonly params: Bm25Params;
  readonly ids: string[];
  private readonly idToNo = new Map<string, number>();
  private readonly norms: Uint8Array;
  private readonly normCache: Float64Array;
  private readonly postings = new Map<string, Postings>();
  private readonly learned = new Map<string, Postings>();
  readonly avgdl: number;
  /** Multiplier of the learned field's contribution (ERM sets it). */
  learnedBoost: number;
  /** Learned terms of a document that must match a query before they count (ERM sets it). */
  minLearnedMatches = 1;
  /** Exponent of the query-coverage factor of learned scores (0 = no scaling; ERM sets it). */
  coveragePower = 0;

  private coverage(matched: number, mass: number): number {
    return this.coveragePower === 0 || mass <= 0 ? 1 : Math.min(1, matched / mass) ** this.coveragePower;
  }

  constructor(docs: IndexedDoc[], params: Bm25Params = PYSERINI_BM25, learned?: LearnedKeys, learnedBoost = 1) {
    this.params = validateBm25(params);
    this.learnedBoost = learnedBoost;
    this.ids = docs.map((d) => d.id);
    this.norms = new Uint8Array(docs.length);
    const lists = new Map<string, { docs: number[]; freqs: number[] }>();
    let sum = 0;
    docs.forEach((d, no) => {
      this.idToNo.set(d.id, no);
      this.norms[no] = lengthToByte(d.length);
      sum += d.length;
      for (const [t, f] of d.terms) {
        let l = lists.get(t);
        if (!l) {
          l = { docs: [], freqs: [] };
          lists.set(t, l);
        }
        l.docs.push(no);
        l.freqs.push(f);
      }
    });
    for (const [t, l] of lists)
      this.postings.set(t, { docs: Int32Array.from(l.docs), freqs: Float32Array.from(l.freqs) });
    this.avgdl = docs.length ? sum / docs.length : 0;
    const { k1, b } = this.params;
    this.normCache = Float64Array.from(
      this.norms,
      (n) => k1 * (1 - b + (b * (DECODED_LENGTHS[n] as number)) / this.avgdl),
    );
    if (learned) this.setLearned(learned);
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.idToNo.has(id);
  }

  /** The internal number of a document, or -1. */
  docNo(id: string): number {
    return this.idToNo.get(id) ?? -1;
  }

  /** Replaces the learned field (a new key version). */
  setLearned(keys: LearnedKeys): void {
    this.learned.clear();
    const lists = new Map<string, { docs: number[]; freqs: number[] }>();
    for (const [id, units] of keys) {
      const no = this.idToNo.get(id);
      if (no === undefined) continue;
      for (const [t, w] of units) {
        if (!(w > 0)) continue;
        let l = lists.get(t);
        if (!l) {
          l = { docs: [], freqs: [] };
          lists.set(t, l);
        }
        l.docs.push(no);
        l.freqs.push(w);
      }
    }
    for (const [t, l] of lists)
      this.learned.set(t, { docs: Int32Array.from(l.docs), freqs: Float32Array.from(l.freqs) });
  }

  docFreq(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** Lucene's idf: ln(1 + (N − n + 0.5)/(n + 0.5)). */
  idf(term: string): number {
    const n = this.docFreq(term);
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /** Lucene's length normaliser for document `no`. */
  private norm(no: number): number {
    return this.normCache[no] as number;
  }

  /** Learned weights saturate like term frequencies (w/(w + k1)) so no key can dominate a document. */
  private learnedScore(w: number): number {
    return this.learnedBoost * (w / (w + Math.max(this.params.k1, 0.1)));
  }

  /** Scores every matching document into `acc`; returns the touched document numbers. */
  scoreAll(q: QueryTerms, acc: Float64Array, useLearned = true): number[] {
    const touched: number[] = [];
    const norms = this.normCache;
    for (const [t, qw] of q) {
      const p = this.postings.get(t);
      if (!p) continue;
      const w = qw * this.idf(t);
      const { docs, freqs } = p;
      for (let i = 0; i < docs.length; i++) {
        const no = docs[i] as number;
        const f = freqs[i] as number;
        const prev = acc[no] as number;
        if (prev === 0) touched.push(no);
        acc[no] = prev + (w * f) / (f + (norms[no] as number));
      }
    }
    if (!useLearned || this.learned.size === 0) return touched;
    // Learned keys re-rank documents the query already matches on content; they never pull in a document
    // on learned terms alone (that is where drift would hurt queries the feedback never concerned).
    // A document's learned keys count only when at least minLearnedMatches of them match the query: a unit learned
    // from one claim should fire for its paraphrases, not for every query sharing one common word.
    const gain = new Map<number, { s: number; n: number; m: number }>();
    for (const [t, qw] of q) {
      const idf = this.idf(t);
      const l = this.learned.get(t);
      if (!l || idf <= 0) continue;
      for (let i = 0; i < l.docs.length; i++) {
        const no = l.docs[i] as number;
        if (!((acc[no] as number) > 0)) continue;
        const g = gain.get(no) ?? { s: 0, n: 0, m: 0 };
        g.s += qw * idf * this.learnedScore(l.freqs[i] as number);
        g.n++;
        g.m += qw * idf;
        gain.set(no, g);
      }
    }
    // Scaled by the share of the query's idf mass the learned terms cover, raised to coveragePower: a paraphrase
    // of a judged query covers most of it, an unrelated query sharing a few terms very little.
    let mass = 0;
    for (const [t, qw] of q) mass += qw * Math.max(0, this.idf(t));
    for (const [no, g] of gain)
      if (g.n >= this.minLearnedMatches) acc[no] = (acc[no] as number) + g.s * this.coverage(g.m, mass);
    return touched;
  }

  /** Top-k documents; `allow` filters by document number (metadata/tenant filters). */
  search(q: QueryTerms, k: number, opts: { allow?: (id: string) => boolean; useLearned?: boolean } = {}): ScoredDoc[] {
    // One scratch accumulator per index (search is synchronous), cleared through the touched list afterwards.
    if (!this.scratch || this.scratch.length !== this.size) this.scratch = new Float64Array(this.size);
    const acc = this.scratch;
    const touched = this.scoreAll(q, acc, opts.useLearned ?? true);
    try {
      return this.topK(acc, touched, k, opts.allow);
    } finally {
      for (const no of touched) acc[no] = 0;
    }
  }

  private scratch: Float64Array | null = null;

  private topK(acc: Float64Array, touched: number[], k: number, allow?: (id: string) => boolean): ScoredDoc[] {
    let candidates = touched;
    if (allow) candidates = touched.filter((no) => allow(this.ids[no] as string));
    // Top-k without sorting every match: the k-th best score (a native numeric sort) bounds what is kept.
    const threshold = candidates.length > k ? kthLargest(acc, candidates, k) : Number.NEGATIVE_INFINITY;
    const hits: ScoredDoc[] = [];
    for (const no of candidates)
      if ((acc[no] as number) >= threshold) hits.push({ id: this.ids[no] as string, score: acc[no] as number });
    // Ties broken by id so runs are reproducible.
    hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return hits.slice(0, k);
  }

  /** The score of one document for a query. */
  scoreDoc(q: QueryTerms, id: string, extra?: Map<string, number>, minLearnedMatches = this.minLearnedMatches): number {
    return this.explain(q, id, extra, minLearnedMatches).reduce((s, e) => s + e.score, 0);
  }

  /** Per-term factors of a document's score; `extra` adds hypothetical learned units (ERM attribution). */
  explain(
    q: QueryTerms,
    id: string,
    extra?: Map<string, number>,
    minLearnedMatches = this.minLearnedMatches,
  ): TermExplanation[] {
    const no = this.idToNo.get(id);
    if (no === undefined) return [];
    const out: TermExplanation[] = [];
    for (const [t, qw] of q) {
      const idf = this.idf(t);
      const p = this.postings.get(t);
      const i = p ? binarySearch(p.docs, no) : -1;
      if (p && i >= 0) {
        const f = p.freqs[i] as number;
        out.push({
          term: t,
          field: 'content',
          queryWeight: qw,
          idf,
          freq: f,
          score: qw * idf * (f / (f + this.norm(no))),
        });
      }
    }
    // As in scoreAll: learned keys only count for documents the query matches on content, and only when enough match.
    if (out.length === 0) return out;
    const learned: TermExplanation[] = [];
    for (const [t, qw] of q) {
      const idf = this.idf(t);
      const l = this.learned.get(t);
      const j = l ? binarySearchUnsorted(l.docs, no) : -1;
      const w = (l && j >= 0 ? (l.freqs[j] as number) : 0) + (extra?.get(t) ?? 0);
      if (w > 0 && idf > 0)
        learned.push({
          term: t,
          field: 'learned',
          queryWeight: qw,
          idf,
          freq: w,
          score: qw * idf * this.learnedScore(w),
        });
    }
    if (learned.length >= minLearnedMatches) {
      let mass = 0;
      for (const [t, qw] of q) mass += qw * Math.max(0, this.idf(t));
      const f = this.coverage(
        learned.reduce((m, e) => m + e.queryWeight * e.idf, 0),
        mass,
      );
      for (const e of learned) out.push({ ...e, score: e.score * f });
    }
    return out;
  }
}

/** The k-th largest score among `nos` with a size-k min-heap (O(n log k)). */
function kthLargest(acc: Float64Array, nos: number[], k: number): number {
  const heap = new Float64Array(k);
  let size = 0;
  for (const no of nos) {
    const v = acc[no] as number;
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

function binarySearch(a: Int32Array, x: number): number {
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

function binarySearchUnsorted(a: Int32Array, x: number): number {
  return a.indexOf(x);
}
