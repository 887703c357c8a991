// A compact in-memory BM25 index with Lucene's scoring (BM25Similarity since Lucene 8: idf · tf/(tf + norm),
// norm = k1·(1 − b + b·dl/avgdl), dl decoded from Lucene's one-byte length) over the content field, plus an
// optional "learned" field of weighted expansion terms that ERM writes (see ../erm/). Built in one pass from the
// store's per-chunk term counts; rebuilt (not patched) when a collection changes.
import { DECODED_LENGTHS, lengthToByte } from './lucene-norms.ts';
import { binarySearch, kthLargest, topCandidates } from './topk.ts';

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

/** Content postings with each entry's length-normalised term weight f/(f + norm) precomputed (as explain does). */
interface ContentPostings extends Postings {
  impacts: Float64Array;
  idf: number;
}

export interface ScoredDoc {
  id: string;
  score: number;
}

/** A hit with its internal document number (inside the index; the API hands out ScoredDoc). */
interface NumberedHit extends ScoredDoc {
  no: number;
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
  private readonly postings = new Map<string, ContentPostings>();
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
    this.avgdl = docs.length ? sum / docs.length : 0;
    const { k1, b } = this.params;
    this.normCache = Float64Array.from(
      this.norms,
      (n) => k1 * (1 - b + (b * (DECODED_LENGTHS[n] as number)) / this.avgdl),
    );
    for (const [t, l] of lists) {
      const freqs = Float32Array.from(l.freqs);
      const impacts = new Float64Array(freqs.length);
      for (let i = 0; i < freqs.length; i++) {
        const f = freqs[i] as number;
        impacts[i] = f / (f + (this.normCache[l.docs[i] as number] as number));
      }
      const n = l.docs.length;
      const idf = Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
      this.postings.set(t, { docs: Int32Array.from(l.docs), freqs, impacts, idf });
    }
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
    const p = this.postings.get(term);
    if (p) return p.idf;
    return Math.log(1 + (this.size + 0.5) / 0.5);
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
    const touched = new Int32Array(this.size);
    const n = this.accumulate(q, acc, touched);
    if (useLearned) this.addLearned(q, acc);
    return Array.from(touched.subarray(0, n));
  }

  /**
   * The content field's scores into `acc`; the numbers of the documents it touched into `touched` (each once);
   * returns how many. A tight loop over typed arrays: one multiply-add per posting.
   */
  private accumulate(q: QueryTerms, acc: Float64Array, touched: Int32Array): number {
    let n = 0;
    for (const [t, qw] of q) {
      const p = this.postings.get(t);
      if (!p) continue;
      const w = qw * p.idf;
      const { docs, impacts } = p;
      for (let i = 0; i < docs.length; i++) {
        const no = docs[i] as number;
        const prev = acc[no] as number;
        if (prev === 0) touched[n++] = no;
        acc[no] = prev + w * (impacts[i] as number);
      }
    }
    return n;
  }

  /** Adds the learned field's gains to documents the content field already scored. */
  private addLearned(q: QueryTerms, acc: Float64Array): void {
    if (this.learned.size === 0) return;
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
  }

  /**
   * Top-k documents; `allow` filters by document number (metadata/tenant filters). `nos`, when given, receives the
   * hits' document numbers in order (callers keep per-document data in arrays instead of maps by id).
   */
  search(
    q: QueryTerms,
    k: number,
    opts: { allow?: (id: string) => boolean; useLearned?: boolean; nos?: number[] } = {},
  ): ScoredDoc[] {
    const top = this.rankTop(q, k, opts);
    const out: ScoredDoc[] = new Array(top.length);
    for (let i = 0; i < top.length; i++) {
      const h = top[i] as NumberedHit;
      out[i] = { id: h.id, score: h.score };
      opts.nos?.push(h.no);
    }
    return out;
  }

  private rankTop(
    q: QueryTerms,
    k: number,
    opts: { allow?: (id: string) => boolean; useLearned?: boolean },
  ): NumberedHit[] {
    // One scratch accumulator and touched list per index (search is synchronous), cleared afterwards.
    if (this.scratch.length !== this.size) {
      this.scratch = new Float64Array(this.size);
      this.touched = new Int32Array(this.size);
    }
    const acc = this.scratch;
    const touched = this.touched;
    // A query whose postings cover a good share of the index (SciFact claims: 4,230 postings over 5,455 chunks) is
    // scored without tracking first touches (a branch per posting that the CPU mispredicts), and its matches are
    // then found by one sequential pass over the accumulator. Same sums in the same order, so the same scores.
    const dense = this.postingCount(q) * DENSE_SCAN_SHARE >= this.size;
    let n = 0;
    try {
      if (dense) this.accumulateAll(q, acc);
      else n = this.accumulate(q, acc, touched);
      if (opts.useLearned ?? true) this.addLearned(q, acc);
      if (!dense) return this.topK(acc, touched, n, k, opts.allow);
      if (!opts.allow) return this.topKDense(acc, k, touched);
      return this.topK(acc, touched, matched(acc, touched), k, opts.allow);
    } finally {
      if (dense) acc.fill(0);
      else for (let i = 0; i < n; i++) acc[touched[i] as number] = 0;
    }
  }

  /** How many content postings the query's terms have together. */
  private postingCount(q: QueryTerms): number {
    let n = 0;
    for (const t of q.keys()) n += this.postings.get(t)?.docs.length ?? 0;
    return n;
  }

  /** The content field's scores into `acc` (all zero before), as `accumulate` adds them, without the touched list. */
  private accumulateAll(q: QueryTerms, acc: Float64Array): void {
    for (const [t, qw] of q) {
      const p = this.postings.get(t);
      if (!p) continue;
      const w = qw * p.idf;
      const { docs, impacts } = p;
      const n = docs.length;
      let i = 0;
      // Four postings per step (distinct documents within a list, so each sum keeps its order): the CPU overlaps
      // their loads, about a quarter faster than one at a time.
      for (; i + 3 < n; i += 4) {
        const a = docs[i] as number;
        const b = docs[i + 1] as number;
        const c = docs[i + 2] as number;
        const d = docs[i + 3] as number;
        acc[a] = (acc[a] as number) + w * (impacts[i] as number);
        acc[b] = (acc[b] as number) + w * (impacts[i + 1] as number);
        acc[c] = (acc[c] as number) + w * (impacts[i + 2] as number);
        acc[d] = (acc[d] as number) + w * (impacts[i + 3] as number);
      }
      for (; i < n; i++) {
        const no = docs[i] as number;
        acc[no] = (acc[no] as number) + w * (impacts[i] as number);
      }
    }
  }

  /**
   * Top-k of a whole accumulator (no filter) in one sequential pass whose branches the CPU predicts (see
   * topCandidates), then the few candidates at or above the k-th best score. The same hits as topK over the
   * matched documents.
   */
  private topKDense(acc: Float64Array, k: number, scratch: Int32Array): NumberedHit[] {
    const { count, threshold } = topCandidates(acc, k, scratch);
    const hits: NumberedHit[] = [];
    for (let i = 0; i < count; i++) {
      const no = scratch[i] as number;
      const v = acc[no] as number;
      if (v >= threshold) hits.push({ id: this.ids[no] as string, score: v, no });
    }
    return sortHits(hits, k);
  }

  private scratch = new Float64Array(0);
  private touched = new Int32Array(0);

  private topK(
    acc: Float64Array,
    touched: Int32Array,
    count: number,
    k: number,
    allow?: (id: string) => boolean,
  ): NumberedHit[] {
    let candidates = touched.subarray(0, count);
    if (allow) candidates = candidates.filter((no) => allow(this.ids[no] as string));
    // Top-k without sorting every match: the k-th best score bounds what is kept.
    const threshold = candidates.length > k ? kthLargest(acc, candidates, k) : Number.NEGATIVE_INFINITY;
    const hits: NumberedHit[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const no = candidates[i] as number;
      if ((acc[no] as number) >= threshold) hits.push({ id: this.ids[no] as string, score: acc[no] as number, no });
    }
    return sortHits(hits, k);
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

/**
 * The dense scan pays off when the query's postings number at least a quarter of the documents: a posting costs about
 * 2.4× less without the first-touch check, and the pass over the accumulator about a third of a posting per document.
 */
const DENSE_SCAN_SHARE = 4;

/** The numbers of the documents with a score (every content posting adds a positive weight), ascending. */
function matched(acc: Float64Array, into: Int32Array): number {
  let n = 0;
  for (let no = 0; no < acc.length; no++) if ((acc[no] as number) > 0) into[n++] = no;
  return n;
}

/** Best first, ties broken by id so runs are reproducible; the first k. */
function sortHits(hits: NumberedHit[], k: number): NumberedHit[] {
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hits.slice(0, k);
}

function binarySearchUnsorted(a: Int32Array, x: number): number {
  return a.indexOf(x);
}
