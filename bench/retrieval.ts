// Retrieval bench: ingest the SciFact corpus into an embedded (SQLite) node through an ingestion job — with
// embeddings through the gateway's embeddings route (the simulator) — then drive POST /v1/retrieve from 32
// concurrent clients and report p50/p99 and memory. The client runs in the node's process (one event loop), so
// latencies include the client's share. Data read in place from ../shared/data/retrieval/scifact.
// Usage: npx tsx bench/retrieval.ts [--requests 3000] [--concurrency 32] [--no-embed] [--modes lexical,hybrid]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'undici';
import { sharedDataDir } from '../src/guardrails/data-path.ts';
import { simProviders, startHarness } from '../src/testing/harness.ts';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? def) : def;
};
const requests = Number(arg('requests', '3000'));
const concurrency = Number(arg('concurrency', '32'));
const embed = !process.argv.includes('--no-embed');
const dir = join(sharedDataDir(), 'retrieval', 'scifact');
if (!existsSync(join(dir, 'corpus.jsonl'))) {
  console.error(`SciFact not found at ${dir}; skipping`);
  process.exit(0);
}
const queries = readFileSync(join(dir, 'queries.train.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] as number;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

const h = await startHarness(
  (u) =>
    `${simProviders(u)}routes:\n  - model: embed-sim\n    targets: [{ provider: sim, model: text-embedding-3-small }]\n`,
);
const pool = new Pool(h.url, { connections: concurrency });
const post = async (path: string, body: unknown) => {
  const r = await pool.request({
    method: 'POST',
    path,
    headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await r.body.text();
  if (r.statusCode >= 300) throw new Error(`${path} → ${r.statusCode}: ${text}`);
  return JSON.parse(text);
};
const get = async (path: string) => {
  const r = await pool.request({ method: 'GET', path, headers: { authorization: `Bearer ${h.key}` } });
  return JSON.parse(await r.body.text());
};
try {
  const rss0 = process.memoryUsage().rss;
  await post('/admin/retrieval/collections', {
    name: 'scifact',
    settings: {
      ...(embed ? { embeddingModel: 'embed-sim', embedBatch: 128 } : {}),
      chunking: { maxTokens: 512, overlapTokens: 32 },
    },
  });
  const t0 = performance.now();
  const { job } = await post('/admin/retrieval/collections/scifact/ingest', {
    sources: [{ kind: 'files', path: join(dir, 'corpus.jsonl') }],
  });
  let info: { state: string; result: Record<string, unknown> };
  for (;;) {
    info = await get(`/admin/retrieval/jobs/${job}`);
    if (['completed', 'dead', 'cancelled'].includes(info.state)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const ingestS = (performance.now() - t0) / 1000;
  console.log(
    `ingest: ${info.state} in ${ingestS.toFixed(1)} s (embeddings ${embed ? 'on' : 'off'}): ${JSON.stringify(info.result)}`,
  );
  const t1 = performance.now();
  await post('/v1/retrieve', { collection: 'scifact', query: 'warm-up', mode: 'lexical' });
  console.log(`first query (loads postings): ${(performance.now() - t1).toFixed(0)} ms`);
  const modes = arg('modes', embed ? 'lexical,hybrid' : 'lexical').split(',');
  for (const mode of modes) {
    const lat: number[] = [];
    let next = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          const q = queries[next++ % queries.length] as string;
          const s = performance.now();
          await post('/v1/retrieve', { collection: 'scifact', query: q, k: 10, mode });
          lat.push(performance.now() - s);
        }
      }),
    );
    const secs = (performance.now() - start) / 1000;
    lat.sort((a, b) => a - b);
    console.log(
      `${mode}: ${lat.length} requests, ${concurrency} concurrent: ${(lat.length / secs).toFixed(0)} req/s, p50 ${pct(lat, 50).toFixed(2)} ms, p99 ${pct(lat, 99).toFixed(2)} ms`,
    );
  }
  const m = process.memoryUsage();
  console.log(
    `memory (node + simulator + client in one process): rss ${mb(m.rss)} (start ${mb(rss0)}), heap used ${mb(m.heapUsed)}`,
  );
} finally {
  await pool.close();
  await h.close();
}
