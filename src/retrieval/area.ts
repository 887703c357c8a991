// The retrieval area: collections, ingestion jobs, search and ERM, plugged into the node through AREAS.
import { LintelError } from '../errors/lintel-error.ts';
import type { Area } from '../server/areas.ts';
import { urlPolicyOf } from './config.ts';
import type { Embedder } from './ingest/pipeline.ts';
import { INGEST_QUEUE, type IngestJob } from './ingest-job.ts';
import { retrievalMigrations } from './migrations.ts';
import { registerRetrievalOpenApi } from './openapi.ts';
import { retrievalRoutes } from './routes.ts';
import { RetrievalService } from './service.ts';
import { decodeVector, RetrievalStore } from './store.ts';

/** The node's retrieval service, for other parts of the node (RAG on routes). */
let current: RetrievalService | null = null;
export function retrievalService(): RetrievalService | null {
  return current;
}

export const retrievalArea: Area = {
  name: 'retrieval',
  migrations: retrievalMigrations,
  async start(ctx) {
    const embed: Embedder = async (model, inputs, key, dimensions) => {
      // base64 float32: a quarter of the bytes of a JSON number array and no float parsing.
      const r = await ctx.gateway(
        '/v1/embeddings',
        { model, input: inputs, encoding_format: 'base64', ...(dimensions ? { dimensions } : {}) },
        // With a key, the embedding serves a search, feedback or RAG request that was admitted already.
        { key, tags: { area: 'retrieval' }, subcall: key !== undefined },
      );
      const data = (r.json as { data?: { index: number; embedding: number[] | string }[] } | undefined)?.data;
      if (r.status !== 200 || !Array.isArray(data)) {
        const msg = (r.json as { error?: { message?: string } } | undefined)?.error?.message ?? `status ${r.status}`;
        // The caller's own limits refused the query embedding: a 429 to retry, not a bad request.
        if (r.status === 429) {
          const retry = r.headers['retry-after'];
          throw new LintelError('rate_limit_exceeded', `The query embedding was refused: ${msg}`, {
            headers: typeof retry === 'string' ? { 'retry-after': retry } : undefined,
          });
        }
        throw new LintelError('invalid_request', `embeddings route "${model}" failed: ${msg}`, {
          param: 'embeddingModel',
        });
      }
      return [...data]
        .sort((a, b) => a.index - b.index)
        .map((d) => (typeof d.embedding === 'string' ? decodeVector(d.embedding) : d.embedding));
    };
    const service = new RetrievalService(new RetrievalStore(ctx.database), {
      urlPolicy: urlPolicyOf(ctx.config().config.retrieval),
      embed,
    });
    current = service;
    ctx.jobs.handle<IngestJob>(
      INGEST_QUEUE,
      async (job) => {
        const d = job.job.data;
        return service.ingest(d.tenant, d.collection, d.sources, {
          runId: job.job.id,
          signal: job.signal,
          onProgress: (done, detail) => job.progress({ done, detail }),
        });
      },
      { concurrency: 1, maxAttempts: 3, leaseMs: 120_000 },
    );
    registerRetrievalOpenApi();
    return {
      plugin: retrievalRoutes(ctx, service),
      async close() {
        if (current === service) current = null;
      },
    };
  },
};
