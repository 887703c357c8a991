// The retrieval area on a PostgreSQL node: ingestion runs as a pg-boss job, search and ERM versions work the same.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { call, mustCall } from '../access/testing/client.ts';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

const schema = testSchemaName('lintel_retr_api');
const tmp = mkdtempSync(join(tmpdir(), 'lintel-retr-pg-'));
let h: Harness;

before(async () => {
  h = await startHarness(
    (u) =>
      `${simProviders(u)}routes:\n  - model: m\n    targets: [{ provider: sim, model: sim-gpt }]\n` +
      '  - model: embed\n    targets: [{ provider: sim, model: text-embedding-3-small }]\n',
    {
      runtime: { databaseUrl: TEST_POSTGRES_URL, databaseSchema: schema },
    },
  );
});
after(async () => {
  await h?.close();
  rmSync(tmp, { recursive: true, force: true });
  const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
  await c.end();
});

test('PostgreSQL node: ingestion job, search, feedback and key versions', async () => {
  const dir = join(tmp, 'docs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a.txt'), 'Penguins huddle together to survive Antarctic storms.');
  writeFileSync(join(dir, 'b.txt'), 'Camels store fat in their humps for desert travel.');
  await mustCall(h.url, 'POST', '/admin/retrieval/collections', h.key, {
    name: 'zoo',
    settings: { embeddingModel: 'embed' },
  });
  const { job } = await mustCall(h.url, 'POST', '/admin/retrieval/collections/zoo/ingest', h.key, {
    sources: [{ kind: 'files', path: dir }],
  });
  let info: { state: string; result: { added: number } } | undefined;
  for (let i = 0; i < 600; i++) {
    info = await mustCall(h.url, 'GET', `/admin/retrieval/jobs/${job}`, h.key);
    if (info && ['completed', 'dead', 'cancelled'].includes(info.state)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.equal(info?.state, 'completed', JSON.stringify(info));
  assert.equal(info?.result.added, 2);
  const r = await call(h.url, 'POST', '/v1/retrieve', h.key, { collection: 'zoo', query: 'desert humps' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.results[0].doc_key, 'b.txt');
  // Dense search: pgvector when this PostgreSQL has it, else the exact scan — and the answer says which.
  const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await c.connect();
  const hasVector = (await c.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'vector'`)).rowCount === 1;
  await c.end();
  const d = await call(h.url, 'POST', '/v1/retrieve', h.key, {
    collection: 'zoo',
    query: 'Camels store fat in their humps for desert travel.',
    mode: 'dense',
  });
  assert.equal(d.status, 200, d.text);
  assert.equal(d.json.dense_search, hasVector ? 'pgvector' : 'exact-cosine (pgvector not installed in PostgreSQL)');
  assert.equal(d.json.results[0].doc_key, 'b.txt');
  assert.ok(Math.abs(d.json.results[0].score - 1) < 1e-5);
  const fb = await mustCall(h.url, 'POST', '/v1/retrieve/feedback', h.key, {
    collection: 'zoo',
    query: 'antarctic desert storms',
    doc_key: 'b.txt',
    relevance: 1,
  });
  assert.equal(fb.accepted, true);
  const v = await mustCall(h.url, 'POST', '/admin/retrieval/collections/zoo/keys/commit', h.key, {});
  assert.equal(v.version, 1);
  const rows = await h.lintel.database.db.selectFrom('retrieval_key_versions').select(['version']).execute();
  assert.deepEqual(rows.map((x: { version: number }) => Number(x.version)).sort(), [0, 1]);
});
