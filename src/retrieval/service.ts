// The retrieval service: collections, ingestion runs, search (lexical, dense, hybrid), ERM feedback and key
// versions. Every call names a tenant; a collection is only ever found within its own tenant.
import { LintelError } from '../errors/lintel-error.ts';
import type { KeyVersion } from './erm/engine.ts';
import type { Feedback } from './erm/types.ts';
import { type Embedder, type IngestStats, runIngest } from './ingest/pipeline.ts';
import type { SourceSpec } from './ingest/types.ts';
import type { UrlPolicy } from './ingest/url-guard.ts';
import { analyze, analyzeQuery } from './lexical/analyzer.ts';
import { queryTerms } from './lexical/bm25.ts';
import { type LoadedCollection, loadCollection } from './loaded.ts';
import { type Ranked, rrf, weightedFusion } from './search/fusion.ts';
import { type AnswerHead, chunkFields, retrieveResponseBytes } from './response-json.ts';
import type { RetrievalStore } from './store.ts';
import { type Collection, type CollectionSettings, DEFAULT_COLLECTION_SETTINGS, type FusionSetting } from './types.ts';

export type SearchMode = 'lexical' | 'dense' | 'hybrid';

export interface RetrieveRequest {
  tenant: string;
  collection: string;
  query: string;
  k?: number;
  mode?: SearchMode;
  /** Default: the collection's `fusion` setting, else RRF with equal weights. */
  fusion?: FusionSetting;
  /** Exact match on document metadata (or doc_key / source); an array means any of. */
  filter?: Record<string, string | number | boolean | (string | number | boolean)[]>;
  explain?: boolean;
  /** Bearer key for the query embedding call (the caller's own). */
  key?: string;
}

export interface RetrievedChunk {
  id: string;
  doc_key: string;
  title: string;
  text: string;
  score: number;
  metadata: Record<string, unknown>;
  explain?: unknown;
}

export interface RetrieveResponse {
  collection: string;
  mode: SearchMode;
  /** What ran the dense search: 'in-process', 'sqlite-vec', 'pgvector' or 'exact-cosine (why)'; null for lexical. */
  dense_search: string | null;
  index_version: number;
  key_version: number;
  results: RetrievedChunk[];
}

/** Frees a replaced index's sqlite-vec database once searches that started on it have surely finished. */
function retire(lc: LoadedCollection): void {
  setTimeout(() => lc.dense?.close(), 60_000).unref();
}

const NAME = /^[a-z0-9][a-z0-9_.-]{0,62}$/;

export class RetrievalService {
  private readonly cache = new Map<string, { loaded: LoadedCollection; checkedAt: number }>();
  private readonly loading = new Map<string, Promise<LoadedCollection>>();

  constructor(
    private readonly store: RetrievalStore,
    private readonly opts: { urlPolicy: UrlPolicy; embed?: Embedder; now?: () => number; recheckMs?: number },
  ) {}

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  async create(tenant: string, name: string, settings: Partial<CollectionSettings> = {}): Promise<Collection> {
    if (!NAME.test(name))
      throw new LintelError(
        'invalid_request',
        'name: lowercase letters, digits, "_", "." and "-", at most 63 characters',
        { param: 'name' },
      );
    if (await this.store.getCollection(tenant, name))
      throw new LintelError('conflict', `name: a collection named "${name}" already exists`, { param: 'name' });
    const merged: CollectionSettings = {
      ...DEFAULT_COLLECTION_SETTINGS,
      ...settings,
      bm25: { ...DEFAULT_COLLECTION_SETTINGS.bm25, ...settings.bm25 },
      chunking: { ...DEFAULT_COLLECTION_SETTINGS.chunking, ...settings.chunking },
      erm: { ...settings.erm },
    };
    return this.store.createCollection(tenant, name, merged, this.now());
  }

  async get(tenant: string, name: string): Promise<Collection> {
    const c = await this.store.getCollection(tenant, name);
    if (!c)
      throw new LintelError('not_found', `no collection "${name}" in tenant "${tenant}"`, { param: 'collection' });
    return c;
  }

  list(tenant: string | null): Promise<Collection[]> {
    return this.store.listCollections(tenant ?? undefined);
  }

  async remove(tenant: string, name: string): Promise<Collection> {
    const c = await this.get(tenant, name);
    await this.store.deleteCollection(c.id);
    const old = this.cache.get(c.id)?.loaded;
    if (old) retire(old);
    this.cache.delete(c.id);
    return c;
  }

  async documents(tenant: string, name: string) {
    return this.store.documents((await this.get(tenant, name)).id);
  }

  async indexVersions(tenant: string, name: string) {
    return this.store.indexVersions((await this.get(tenant, name)).id);
  }

  /** Runs one ingestion now (the job handler and the CLI call this). */
  async ingest(
    tenant: string,
    name: string,
    sources: SourceSpec[],
    o: {
      runId?: string;
      signal?: AbortSignal;
      onProgress?(done: number, d: Record<string, unknown>): Promise<void> | void;
    } = {},
  ): Promise<IngestStats> {
    const collection = await this.get(tenant, name);
    const stats = await runIngest({
      store: this.store,
      collection,
      sources,
      urlPolicy: this.opts.urlPolicy,
      embed: this.opts.embed,
      ...o,
      now: this.opts.now,
    });
    this.cache.delete(collection.id);
    return stats;
  }

  private cached(tenant: string, name: string): { loaded: LoadedCollection; checkedAt: number } | undefined {
    for (const e of this.cache.values())
      if (e.loaded.collection.tenant === tenant && e.loaded.collection.name === name) return e;
    return undefined;
  }

  /** The loaded collection when its versions were checked within the recheck interval (no await on the hot path). */
  private fresh(tenant: string, name: string): LoadedCollection | undefined {
    const hit = this.cached(tenant, name);
    return hit && this.now() - hit.checkedAt < (this.opts.recheckMs ?? 1000) ? hit.loaded : undefined;
  }

  /**
   * The searchable state of a collection, reloaded when its index version or active key version moved (another
   * run, another node); concurrent first uses share one load.
   */
  async loaded(tenant: string, name: string): Promise<LoadedCollection> {
    const hit = this.cached(tenant, name);
    if (hit && this.now() - hit.checkedAt < (this.opts.recheckMs ?? 1000)) return hit.loaded;
    const c = await this.get(tenant, name);
    if (
      hit &&
      hit.loaded.collection.id === c.id &&
      hit.loaded.indexVersion === c.indexVersion &&
      hit.loaded.erm.activeVersion() === c.keyVersion
    ) {
      hit.checkedAt = this.now();
      return hit.loaded;
    }
    const key = `${c.id}@${c.indexVersion}/${c.keyVersion}`;
    let p = this.loading.get(key);
    if (!p) {
      p = loadCollection(this.store, c).finally(() => this.loading.delete(key));
      this.loading.set(key, p);
    }
    const loaded = await p;
    const previous = this.cache.get(c.id)?.loaded;
    this.cache.set(c.id, { loaded, checkedAt: this.now() });
    if (previous && previous !== loaded) retire(previous);
    return loaded;
  }

  async retrieve(r: RetrieveRequest): Promise<RetrieveResponse> {
    const { lc, head, hits } = await this.rank(r);
    const results = hits.map((h) => {
      const out: RetrievedChunk = { ...chunkFields(lc, h.id), score: h.score };
      if (r.explain) out.explain = lc.erm.explain(r.query, h.id);
      return out;
    });
    return { ...head, results };
  }

  /**
   * The answer as UTF-8 JSON (the HTTP route), equal to JSON.stringify of `retrieve`'s: chunk texts are serialised
   * once per loaded index, not per query, and no result objects are built.
   */
  async retrieveJson(r: RetrieveRequest, seen?: { mode?: SearchMode; results?: number }): Promise<Buffer> {
    const { lc, head, hits, nos } = await this.rank(r);
    if (seen) {
      // For the request record.
      seen.mode = head.mode;
      seen.results = hits.length;
    }
    return retrieveResponseBytes(lc, head, hits, r.explain ? (id) => lc.erm.explain(r.query, id) : undefined, nos);
  }

  /** The best k chunks for a request and the answer's envelope. */
  private async rank(
    r: RetrieveRequest,
  ): Promise<{ lc: LoadedCollection; head: AnswerHead; hits: Ranked[]; nos?: number[] }> {
    const k = r.k ?? 10;
    if (!Number.isInteger(k) || k < 1 || k > 1000)
      throw new LintelError('invalid_request', 'k must be an integer in 1..1000', { param: 'k' });
    if (typeof r.query !== 'string' || !r.query.trim())
      throw new LintelError('invalid_request', 'query must be a non-empty string', { param: 'query' });
    const lc = this.fresh(r.tenant, r.collection) ?? (await this.loaded(r.tenant, r.collection));
    const mode: SearchMode = r.mode ?? (lc.dense ? 'hybrid' : 'lexical');
    if (mode !== 'lexical' && !lc.dense)
      throw new LintelError(
        'invalid_request',
        `collection "${r.collection}" has no embeddings (set embeddingModel and re-ingest) — use mode "lexical"`,
        { param: 'mode' },
      );
    const allow = r.filter ? this.filterFn(lc, r.filter) : undefined;
    const depth = Math.max(k, 100);
    const lists: Ranked[][] = [];
    // A lexical answer is the BM25 hits as they are: their index numbers find the cached answer fragments.
    const nos: number[] | undefined = mode === 'lexical' ? [] : undefined;
    if (mode !== 'dense')
      lists.push(lc.bm25.search(queryTerms(analyzeQuery(r.query)), mode === 'lexical' ? k : depth, { allow, nos }));
    if (mode !== 'lexical' && lc.dense) {
      const model = lc.collection.settings.embeddingModel;
      if (!model || !this.opts.embed)
        throw new LintelError('invalid_request', 'dense search needs an embeddings route', { param: 'mode' });
      const [vec] = await this.opts.embed(model, [r.query], r.key, lc.collection.settings.embedDimensions ?? undefined);
      lists.push(await lc.dense.search(vec ?? [], mode === 'dense' ? k : depth, allow));
    }
    let ranked = lists[0] ?? [];
    if (mode === 'hybrid') {
      const f: FusionSetting = r.fusion ?? lc.collection.settings.fusion ?? { method: 'rrf' };
      ranked =
        f.method === 'rrf'
          ? rrf(lists, f.k ?? 60, [1, f.dense_weight ?? 1])
          : weightedFusion(lists, [f.lexical, f.dense]);
    }
    const head: AnswerHead = {
      collection: r.collection,
      mode,
      dense_search: mode === 'lexical' ? null : (lc.dense?.kindFor(allow !== undefined) ?? null),
      index_version: lc.indexVersion,
      key_version: lc.erm.activeVersion(),
    };
    return { lc, head, hits: ranked.length > k ? ranked.slice(0, k) : ranked, nos };
  }

  private filterFn(lc: LoadedCollection, filter: NonNullable<RetrieveRequest['filter']>): (id: string) => boolean {
    const entries = Object.entries(filter);
    return (id) => {
      const ch = lc.chunks.get(id);
      const doc = ch ? lc.documents.get(ch.docKey) : undefined;
      if (!ch || !doc) return false;
      return entries.every(([key, want]) => {
        const have = key === 'doc_key' ? doc.docKey : key === 'source' ? doc.source : doc.metadata[key];
        return Array.isArray(want) ? want.some((w) => w === have) : want === have;
      });
    };
  }

  /** ERM feedback: a relevance judgement for (query, chunk). Returns what the gate and attribution did. */
  async feedback(
    tenant: string,
    name: string,
    fb: Omit<Feedback, 'doc' | 'vector'> & { chunk?: string; doc_key?: string; key?: string },
  ) {
    const lc = await this.loaded(tenant, name);
    let chunk = fb.chunk;
    if (!chunk && fb.doc_key) {
      // A document-level judgement credits the document's best-matching chunk for this query.
      const ids = [...lc.chunks.values()].filter((c) => c.docKey === fb.doc_key).map((c) => c.id);
      const q = queryTerms(analyze(fb.query));
      chunk = ids.sort((a, b) => lc.bm25.scoreDoc(q, b) - lc.bm25.scoreDoc(q, a))[0];
    }
    if (!chunk)
      throw new LintelError('invalid_request', 'feedback needs chunk (a result id) or doc_key', { param: 'chunk' });
    // Dense ERM: the query's embedding (the caller's key pays for it, as for a dense search).
    const model = lc.collection.settings.embeddingModel;
    const vector =
      lc.dense && model && this.opts.embed && fb.relevance >= lc.erm.config.minRelevance
        ? (await this.opts.embed(model, [fb.query], fb.key, lc.collection.settings.embedDimensions ?? undefined))[0]
        : undefined;
    const before = lc.erm.activeVersion();
    const result = lc.erm.observe({
      query: fb.query,
      queryId: fb.queryId,
      doc: chunk,
      relevance: fb.relevance,
      source: fb.source,
      ...(vector ? { vector } : {}),
    });
    await lc.erm.settled();
    if (lc.erm.activeVersion() !== before) await this.persistKeys(lc);
    return { chunk, ...result, key_version: lc.erm.activeVersion() };
  }

  async commitKeys(tenant: string, name: string, note = 'manual'): Promise<KeyVersion> {
    const lc = await this.loaded(tenant, name);
    const v = lc.erm.commit(note);
    await lc.erm.settled();
    await this.persistKeys(lc);
    return v;
  }

  private async persistKeys(lc: LoadedCollection): Promise<void> {
    const stored = new Set((await this.store.keyVersions(lc.collection.id)).map((v) => v.version));
    for (const v of lc.erm.versions()) if (!stored.has(v.version)) await this.store.saveKeyVersion(lc.collection.id, v);
    await this.store.setKeyVersion(lc.collection.id, lc.erm.activeVersion());
    lc.collection.keyVersion = lc.erm.activeVersion();
  }

  async keyVersions(tenant: string, name: string) {
    const lc = await this.loaded(tenant, name);
    return lc.erm.versions().map((v) => ({
      version: v.version,
      note: v.note,
      feedback: v.feedback,
      created_at: v.createdAt,
      documents: Object.keys(v.keys).length,
      units: Object.values(v.keys).reduce((n, k) => n + Object.keys(k).length, 0),
      dense_keys: Object.keys(v.dense ?? {}).length,
      active: v.version === lc.erm.activeVersion(),
    }));
  }

  async rollback(tenant: string, name: string, version: number): Promise<{ from: number; to: number }> {
    const lc = await this.loaded(tenant, name);
    const from = lc.erm.activeVersion();
    if (!lc.erm.versions().some((v) => v.version === version))
      throw new LintelError('not_found', `no key version ${version}`, { param: 'version' });
    lc.erm.rollback(version);
    await lc.erm.settled();
    await this.persistKeys(lc);
    return { from, to: version };
  }

  async explain(tenant: string, name: string, query: string, chunk: string) {
    const lc = await this.loaded(tenant, name);
    if (!lc.chunks.has(chunk)) throw new LintelError('not_found', `no chunk ${chunk}`, { param: 'chunk' });
    return {
      ...lc.erm.explain(query, chunk),
      memory: lc.erm.units(chunk),
      dense_key: { update_norm: lc.erm.denseNorms()[chunk] ?? 0, bound: lc.erm.config.denseMaxNorm },
    };
  }
}
