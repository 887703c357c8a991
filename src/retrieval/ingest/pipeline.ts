// One ingestion run over a collection: fetch → parse → normalise → (redact) → chunk → dedupe → embed → index.
// Incremental by content hash: unchanged documents are skipped, changed ones replaced, documents of the run's
// sources that were not seen again are deleted. Each document is written in one transaction with its hash, so a
// run killed at any point resumes (the job runner retries it) without duplicate chunks.
import { analyze } from '../lexical/analyzer.ts';
import type { RetrievalStore } from '../store.ts';
import type { Collection, StoredChunk, StoredDocument } from '../types.ts';
import { chunkText } from './chunk.ts';
import { connectorFor } from './connectors.ts';
import { DuplicateFilter, simhash, simhashFromHex, simhashToHex } from './dedupe.ts';
import { normalise, sha256 } from './normalise.ts';
import { parseItem } from './parse.ts';
import { redactPii } from './redact.ts';
import type { ParsedDoc, SourceSpec } from './types.ts';
import type { UrlPolicy } from './url-guard.ts';

export type Embedder = (
  model: string,
  inputs: string[],
  key?: string,
  dimensions?: number,
) => Promise<(number[] | Float32Array)[]>;

export interface IngestStats {
  documents: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  chunks: number;
  duplicates: { exact: number; near: number };
  redactions: number;
  errors: string[];
  indexVersion: number;
}

export interface IngestOptions {
  store: RetrievalStore;
  collection: Collection;
  sources: SourceSpec[];
  urlPolicy: UrlPolicy;
  embed?: Embedder;
  runId?: string;
  signal?: AbortSignal;
  onProgress?(done: number, detail: Record<string, unknown>): Promise<void> | void;
  now?: () => number;
}

interface Pending {
  doc: StoredDocument;
  chunks: StoredChunk[];
}

// Bump when chunking/normalising changes, so every document is re-processed once.
const PIPELINE_VERSION = 'p1';

export async function runIngest(o: IngestOptions): Promise<IngestStats> {
  const { store, collection } = o;
  const s = collection.settings;
  const signal = o.signal ?? new AbortController().signal;
  const now = o.now ?? Date.now;
  const stats: IngestStats = {
    documents: 0,
    added: 0,
    changed: 0,
    unchanged: 0,
    removed: 0,
    chunks: 0,
    duplicates: { exact: 0, near: 0 },
    redactions: 0,
    errors: [],
    indexVersion: collection.indexVersion,
  };
  const existing = new Map((await store.documents(collection.id)).map((d) => [d.docKey, d]));
  const dup = new DuplicateFilter(s.nearDuplicateBits);
  const chunkDoc = new Map<string, string>();
  for (const c of await store.chunks(collection.id)) {
    dup.add(c.id, c.contentHash, simhashFromHex(c.simhash));
    chunkDoc.set(c.id, c.docKey);
  }
  const nextVersion = collection.indexVersion + 1;
  const seen = new Set<string>();
  const sourcesSeen = new Set<string>();
  const settingsHash = sha256(
    JSON.stringify([PIPELINE_VERSION, s.chunking, s.redactPii, s.embeddingModel, s.embedDimensions ?? null]),
  );
  let pending: Pending[] = [];
  let pendingChunks = 0;
  let resumed = 0;

  const flush = async () => {
    if (pending.length === 0) return;
    const all = pending.flatMap((p) => p.chunks);
    if (s.embeddingModel && o.embed && all.length) {
      for (let i = 0; i < all.length; i += s.embedBatch) {
        const batch = all.slice(i, i + s.embedBatch);
        const texts = batch.map((c) => c.text);
        const vectors = await o.embed(s.embeddingModel, texts, undefined, s.embedDimensions ?? undefined);
        batch.forEach((c, j) => {
          c.embedding = vectors[j] ?? null;
        });
      }
    }
    // Cancelled while embedding: write nothing more (what is written is whole documents, each in one transaction).
    signal.throwIfAborted();
    await store.replaceDocuments(pending);
    pending = [];
    pendingChunks = 0;
  };

  const processDoc = async (source: string, d: ParsedDoc) => {
    seen.add(d.key);
    stats.documents++;
    let text = normalise(d.text);
    let title = normalise(d.title);
    if (s.redactPii) {
      const rt = redactPii(text);
      const rh = redactPii(title);
      text = rt.text;
      title = rh.text;
      stats.redactions +=
        Object.values(rt.redactions).reduce((a, b) => a + b, 0) +
        Object.values(rh.redactions).reduce((a, b) => a + b, 0);
    }
    const contentHash = sha256(`${settingsHash}\n${title}\n${text}\n${JSON.stringify(d.metadata)}`);
    const prev = existing.get(d.key);
    if (prev && prev.contentHash === contentHash) {
      stats.unchanged++;
      // Written by an earlier attempt of this run that died before it recorded the index version.
      if (prev.indexVersion === nextVersion) resumed++;
      return;
    }
    if (prev) stats.changed++;
    else stats.added++;
    const version = (prev?.version ?? 0) + 1;
    const chunks: StoredChunk[] = [];
    chunkText(text, title, s.chunking).forEach((body, ordinal) => {
      const h = sha256(normalise(body).toLowerCase());
      const sh = simhash(body);
      const hit = dup.check(h, sh);
      // A match inside the document being replaced does not count (its old chunks are about to go).
      if (hit && chunkDoc.get(hit.of) !== d.key) {
        stats.duplicates[hit.kind]++;
        return;
      }
      const id = sha256(`${collection.id}\n${d.key}\n${contentHash}\n${ordinal}`).slice(0, 32);
      dup.add(id, h, sh);
      chunkDoc.set(id, d.key);
      const terms = analyze(ordinal === 0 && title && !body.startsWith(title) ? `${title}\n${body}` : body);
      const tf: Record<string, number> = {};
      for (const t of terms) tf[t] = (tf[t] ?? 0) + 1;
      chunks.push({
        id,
        collectionId: collection.id,
        docKey: d.key,
        docVersion: version,
        ordinal,
        text: body,
        contentHash: h,
        simhash: simhashToHex(sh),
        terms: tf,
        length: terms.length,
        embedding: null,
        indexVersion: nextVersion,
      });
    });
    stats.chunks += chunks.length;
    pending.push({
      doc: {
        collectionId: collection.id,
        docKey: d.key,
        source,
        version,
        contentHash,
        title,
        metadata: d.metadata,
        indexVersion: nextVersion,
        updatedAt: now(),
      },
      chunks,
    });
    pendingChunks += chunks.length;
    if (pendingChunks >= Math.max(s.embedBatch, 64) || pending.length >= 256) await flush();
  };

  for (const spec of o.sources) {
    const connector = connectorFor(spec, o.urlPolicy);
    sourcesSeen.add(connector.describe);
    for await (const item of connector.items(signal)) {
      signal.throwIfAborted();
      let docs: ParsedDoc[];
      try {
        docs = await parseItem(item);
      } catch (err) {
        stats.errors.push((err as Error).message);
        // A file that fails to parse keeps its previous version (not deleted as "removed").
        for (const k of existing.keys()) if (k === item.key || k.startsWith(`${item.key}#`)) seen.add(k);
        continue;
      }
      for (const d of docs) await processDoc(connector.describe, d);
      await flush();
      await o.onProgress?.(stats.documents, {
        added: stats.added,
        changed: stats.changed,
        unchanged: stats.unchanged,
        chunks: stats.chunks,
      });
    }
  }
  await flush();
  for (const [key, d] of existing) {
    if (seen.has(key) || !sourcesSeen.has(d.source)) continue;
    signal.throwIfAborted();
    await store.deleteDocument(collection.id, key);
    stats.removed++;
  }
  if (stats.added + stats.changed + stats.removed + resumed > 0) {
    stats.indexVersion = await store.bumpIndexVersion(collection.id, o.runId ?? null, {
      ...stats,
      errors: stats.errors.length,
    });
  }
  return stats;
}
