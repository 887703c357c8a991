// The retrieval API through a real node: collections and ingestion jobs through the admin API, /v1/retrieve with
// lexical, dense (simulator embeddings through the gateway) and hybrid search, tenant isolation, ERM feedback,
// key versions and rollback, audit events, the OpenAPI document.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { call, mustCall } from '../access/testing/client.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { cliArgv } from '../testing/cli-argv.ts';

let h: Harness;
const keys: Record<string, string> = {};
const tmp = mkdtempSync(join(tmpdir(), 'lintel-retr-api-'));

function corpus(dir: string, docs: Record<string, string>) {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(docs)) writeFileSync(join(dir, name), text);
}

/** Files on the node's disk: a global key ingests them, naming the tenant (a tenant's key may not, see below). */
async function ingest(tenant: string, collection: string, path: string) {
  const { job } = await mustCall(h.url, 'POST', `/admin/retrieval/collections/${collection}/ingest`, h.key, {
    sources: [{ kind: 'files', path }],
    tenant,
  });
  for (;;) {
    const info = await mustCall(h.url, 'GET', `/admin/retrieval/jobs/${job}`, h.key);
    if (['completed', 'dead', 'cancelled'].includes(info.state)) return info;
    await new Promise((r) => setTimeout(r, 50));
  }
}

before(async () => {
  process.env.LINTEL_SECRET_KEY ??= 'retrieval-test-secret-0123456789';
  h = await startHarness(
    (u) => `${simProviders(u)}routes:
  - model: embed-sim
    targets: [{ provider: sim, model: text-embedding-3-small }]
`,
  );
  for (const t of ['a', 'b']) {
    await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: t });
    await mustCall(h.url, 'POST', `/admin/tenants/${t}/teams`, h.key, { name: 'core' });
    keys[`${t}-admin`] = (
      await mustCall(h.url, 'POST', '/admin/keys', h.key, {
        name: `${t}-admin`,
        tenant: t,
        team: 'core',
        role: 'admin',
      })
    ).key;
    keys[`${t}-dev`] = (
      await mustCall(h.url, 'POST', '/admin/keys', h.key, {
        name: `${t}-dev`,
        tenant: t,
        team: 'core',
        role: 'developer',
      })
    ).key;
  }
  corpus(join(tmp, 'a'), {
    'orbits.md': '# Orbits\n\nKepler showed that planets move in ellipses around the sun.',
    'tides.txt': 'Tides rise and fall with the pull of the moon.',
    'rust.txt': 'Iron rusts when oxygen and water attack its surface.',
  });
  corpus(join(tmp, 'b'), { 'secret.txt': 'Tenant B private plan: planets and the moon project budget.' });
  const created = await call(h.url, 'POST', '/admin/retrieval/collections', keys['a-admin'] as string, {
    name: 'kb',
    settings: { embeddingModel: 'embed-sim', embedDimensions: 256 },
  });
  assert.equal(created.status, 201, created.text);
  await mustCall(h.url, 'POST', '/admin/retrieval/collections', keys['b-admin'] as string, { name: 'kb' });
  // The same name again in one tenant is a conflict (409), not bad input; tenant B's "kb" above was not.
  const again = await call(h.url, 'POST', '/admin/retrieval/collections', keys['a-admin'] as string, { name: 'kb' });
  assert.equal(again.status, 409, again.text);
  assert.deepEqual([again.json.error.code, again.json.error.param], ['conflict', 'name']);
  const ja = await ingest('a', 'kb', join(tmp, 'a'));
  assert.equal(ja.state, 'completed', JSON.stringify(ja));
  assert.equal(ja.result.added, 3);
  const jb = await ingest('b', 'kb', join(tmp, 'b'));
  assert.equal(jb.state, 'completed', JSON.stringify(jb));
});
after(async () => {
  await h.close();
  rmSync(tmp, { recursive: true, force: true });
});

function spawnAsync(cmd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const retrieve = (key: string, body: unknown) => call(h.url, 'POST', '/v1/retrieve', key, body);

describe('POST /v1/retrieve', () => {
  test('lexical search finds the document and says which index answered', async () => {
    const r = await retrieve(keys['a-dev'] as string, {
      collection: 'kb',
      query: 'why do planets move in ellipses',
      mode: 'lexical',
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.results[0].doc_key, 'orbits.md');
    assert.equal(r.json.dense_search, null);
    assert.ok(r.json.index_version >= 1);
  });

  test('dense and hybrid search embed through the gateway (sqlite-vec; exact scan under a filter, said so)', async () => {
    // The simulator's embeddings are hash vectors: the exact text of a chunk is its own nearest neighbour.
    const lex = await retrieve(keys['a-dev'] as string, { collection: 'kb', query: 'tides', mode: 'lexical' });
    const chunkText = lex.json.results[0].text as string;
    const dense = await retrieve(keys['a-dev'] as string, { collection: 'kb', query: chunkText, mode: 'dense', k: 3 });
    assert.equal(dense.status, 200, dense.text);
    assert.equal(dense.json.dense_search, 'sqlite-vec');
    assert.equal(dense.json.results[0].doc_key, 'tides.txt');
    assert.ok(Math.abs(dense.json.results[0].score - 1) < 1e-5);
    const filtered = await retrieve(keys['a-dev'] as string, {
      collection: 'kb',
      query: chunkText,
      mode: 'dense',
      k: 3,
      filter: { doc_key: ['tides.txt', 'orbits.md'] },
    });
    assert.equal(filtered.json.dense_search, 'exact-cosine (metadata filter)');
    // The exact scan and sqlite-vec agree on the ranking and (to float rounding) the scores.
    const both = dense.json.results.filter((x: { doc_key: string }) => ['tides.txt', 'orbits.md'].includes(x.doc_key));
    assert.deepEqual(
      filtered.json.results.slice(0, both.length).map((x: { id: string }) => x.id),
      both.map((x: { id: string }) => x.id),
    );
    for (const [i, x] of both.entries())
      assert.ok(
        Math.abs(x.score - filtered.json.results[i].score) < 1e-5,
        `${x.score} vs ${filtered.json.results[i].score}`,
      );
    const hybrid = await retrieve(keys['a-dev'] as string, {
      collection: 'kb',
      query: 'moon tides',
      mode: 'hybrid',
      fusion: { method: 'rrf' },
    });
    assert.equal(hybrid.json.mode, 'hybrid');
    assert.equal(hybrid.json.results[0].doc_key, 'tides.txt');
    const embedCalls = h.records.filter((rec) => rec.route === 'embed-sim');
    const upstream = h.sim.requests.filter((r) => r.path.endsWith('/embeddings'));
    assert.ok(upstream.length > 0 && upstream.every((r) => (r.body as { dimensions?: number }).dimensions === 256));
    assert.ok(embedCalls.length > 0, 'the embeddings went through the gateway and were recorded');
  });

  test('a 16-dimension collection is searched in process and says so', async () => {
    await mustCall(h.url, 'POST', '/admin/retrieval/collections', keys['a-admin'] as string, {
      name: 'kb16',
      settings: { embeddingModel: 'embed-sim', embedDimensions: 16 },
    });
    const job = await ingest('a', 'kb16', join(tmp, 'a'));
    assert.equal(job.state, 'completed', JSON.stringify(job));
    const lex = await retrieve(keys['a-dev'] as string, { collection: 'kb16', query: 'tides', mode: 'lexical' });
    const chunkText = lex.json.results[0].text as string;
    const dense = await retrieve(keys['a-dev'] as string, { collection: 'kb16', query: chunkText, mode: 'dense' });
    assert.equal(dense.status, 200, dense.text);
    assert.equal(dense.json.dense_search, 'in-process');
    assert.equal(dense.json.results[0].doc_key, 'tides.txt');
    assert.ok(Math.abs(dense.json.results[0].score - 1) < 1e-6);
    assert.equal(dense.json.results.length, 3);
    const hybrid = await retrieve(keys['a-dev'] as string, { collection: 'kb16', query: 'moon tides' });
    assert.equal(hybrid.json.mode, 'hybrid');
    assert.equal(hybrid.json.dense_search, 'in-process');
    assert.equal(hybrid.json.results[0].doc_key, 'tides.txt');
    // Later tests list tenant A's collections.
    await mustCall(h.url, 'DELETE', '/admin/retrieval/collections/kb16', keys['a-admin'] as string);
  });

  test('tenant A never retrieves tenant B chunks', async () => {
    for (const q of ['planets moon project budget', 'tenant B private plan', 'moon']) {
      const r = await retrieve(keys['a-dev'] as string, { collection: 'kb', query: q, k: 50 });
      assert.equal(r.status, 200);
      assert.ok(!r.json.results.some((x: { text: string }) => /Tenant B/.test(x.text)), q);
    }
    const other = await retrieve(keys['a-dev'] as string, { collection: 'kb', query: 'budget', tenant: 'b' });
    assert.equal(other.status, 403);
    const b = await retrieve(keys['b-dev'] as string, { collection: 'kb', query: 'budget' });
    assert.equal(b.json.results[0].doc_key, 'secret.txt');
    assert.ok(!b.json.results.some((x: { doc_key: string }) => x.doc_key === 'orbits.md'));
  });

  test("a tenant's key may not ingest from the node itself: its files or its databases (403, nothing queued)", async () => {
    const secret = join(tmp, 'node-only');
    corpus(secret, { 'node.txt': 'A file on the node that no tenant owns.' });
    const jobs = async () => (await mustCall(h.url, 'GET', '/admin/jobs?queue=retrieval.ingest', h.key)).data.length;
    const before = await jobs();
    const local = { kind: 'postgres', url: 'postgres:///lintel?host=/var/run/postgresql', query: 'SELECT 1 AS id' };
    for (const [who, source] of [
      ['a-admin', { kind: 'files', path: secret }],
      ['b-admin', { kind: 'files', path: secret }],
      ['a-admin', local],
    ] as const) {
      const r = await call(h.url, 'POST', '/admin/retrieval/collections/kb/ingest', keys[who] as string, {
        sources: [source],
      });
      assert.equal(r.status, 403, r.text);
      assert.equal(r.json.error.code, 'permission_denied');
      assert.equal(r.json.error.param, 'sources');
    }
    assert.equal(await jobs(), before);
    const search = await retrieve(keys['a-dev'] as string, {
      collection: 'kb',
      query: 'file on the node no tenant owns',
    });
    assert.ok(!search.json.results.some((x: { doc_key: string }) => x.doc_key === 'node.txt'));
  });

  test('the live evaluation scores judged queries like the offline one (per query and overall)', async () => {
    const evaluate = (key: string, body: unknown) =>
      call(h.url, 'POST', '/admin/retrieval/collections/kb/eval', key, body);
    const r = await evaluate(keys['a-admin'] as string, {
      mode: 'lexical',
      judgments: [
        { query: 'planets ellipses', relevant: ['orbits.md'] },
        { query: 'pull of the moon', relevant: { 'tides.txt': 2, 'orbits.md': 0 } },
        { query: 'oxygen and water', relevant: ['orbits.md'] },
      ],
    });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(
      r.json.per_query.map((q: { query: string; mrr10: number; recall100: number }) => [q.query, q.mrr10, q.recall100]),
      [
        ['planets ellipses', 1, 1],
        ['pull of the moon', 1, 1],
        ['oxygen and water', 0, 0],
      ],
    );
    assert.deepEqual(r.json.per_query[2].top, ['rust.txt']);
    assert.equal(r.json.metrics.queries, 3);
    assert.ok(Math.abs(r.json.metrics.mrr10 - 2 / 3) < 1e-9);
    assert.equal(r.json.mode, 'lexical');
    // Tenant B's collection of the same name holds none of A's documents.
    const b = await evaluate(keys['b-admin'] as string, { judgments: [{ query: 'planets', relevant: ['orbits.md'] }] });
    assert.equal(b.json.metrics.recall100, 0);
    const bad = await evaluate(keys['a-admin'] as string, { judgments: [{ query: 'x', relevant: [] }] });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.param, 'judgments.0.relevant');
    const dev = await evaluate(keys['a-dev'] as string, { judgments: [{ query: 'x', relevant: ['a'] }] });
    assert.equal(dev.status, 403, 'developers lack read_config');
  });

  test('bad input answers in the OpenAI error shape naming the field', async () => {
    const r = await retrieve(keys['a-dev'] as string, { collection: 'kb', query: 'x', k: 0 });
    assert.equal(r.status, 400);
    assert.equal(r.json.error.param, 'k');
    const missing = await retrieve(keys['a-dev'] as string, { collection: 'nope', query: 'x' });
    assert.equal(missing.status, 404);
    const noKey = await call(h.url, 'POST', '/v1/retrieve', 'lk-wrong', { collection: 'kb', query: 'x' });
    assert.equal(noKey.status, 401);
    const dev = await call(h.url, 'POST', '/admin/retrieval/collections', keys['a-dev'] as string, { name: 'x' });
    assert.equal(dev.status, 403, 'developers cannot create collections');
  });
});

describe('POST /v1/retrieve in the gateway path (limits and request records)', () => {
  const recordsOf = async (keyId: string, n: number) => {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = h.records.filter((r) => r.keyId === keyId && r.endpoint === 'retrieve');
      if (found.length >= n || Date.now() > deadline) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  test('a key with rpm 2: two retrieves answer, the third is refused 429 in the OpenAI format', async () => {
    const limited = await mustCall(h.url, 'POST', '/admin/keys', h.key, {
      name: 'a-rpm2',
      tenant: 'a',
      team: 'core',
      role: 'developer',
      limits: { rpm: 2 },
    });
    const body = { collection: 'kb', query: 'why do planets move in ellipses', mode: 'lexical', k: 2 };
    const first = await retrieve(limited.key, body);
    const second = await retrieve(limited.key, body);
    assert.deepEqual([first.status, second.status], [200, 200], second.text);
    assert.equal(first.json.results[0].doc_key, 'orbits.md');
    assert.equal(first.text, JSON.stringify(first.json), 'the answer bytes are the JSON as it is');
    assert.equal(first.headers['x-ratelimit-limit-requests'], '2');
    assert.equal(second.headers['x-ratelimit-remaining-requests'], '0');
    const third = await retrieve(limited.key, body);
    assert.equal(third.status, 429, third.text);
    assert.equal(third.json.error.code, 'rate_limit_exceeded');
    assert.equal(third.json.error.type, 'requests');
    assert.match(third.json.error.message, /key "a-rpm2" allows 2 requests per minute/);
    assert.ok(Number(third.headers['retry-after']) >= 1);
    assert.equal(third.headers['x-ratelimit-limit-requests'], '2');

    // One record per call, in the request log like a model call: tags say what was searched, never the query.
    const recs = await recordsOf(limited.id, 3);
    assert.deepEqual(
      recs.map((r) => r.status),
      [200, 200, 429],
    );
    for (const r of recs) {
      assert.equal(r.tenant, 'a');
      assert.equal(r.team, 'core');
      assert.equal(r.tags['retrieval.collection'], 'kb');
      assert.equal(r.tags['retrieval.k'], '2');
      assert.equal(r.tags['retrieval.mode'], 'lexical');
      assert.ok(!JSON.stringify(r).includes('ellipses'), 'no query text in the record');
    }
    assert.equal(recs[0]?.tags['retrieval.results'], String(first.json.results.length));
    assert.equal(recs[2]?.errorType, 'rate_limit_exceeded');
    assert.equal(recs[2]?.tags['retrieval.results'], undefined, 'a refused call searched nothing');
    const metrics = await (await fetch(`${h.url}/metrics`)).text();
    assert.match(metrics, /lintel_requests_total\{endpoint="retrieve",[^}]*status="429"\} [1-9]/);
    // The request log (what the console's Requests page reads); the recorder writes in batches.
    let logged: { endpoint: string; status: number }[] = [];
    for (let i = 0; i < 100 && logged.length < 3; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 50));
      logged = (await mustCall(h.url, 'GET', `/admin/requests?key_id=${limited.id}`, h.key)).data;
    }
    assert.deepEqual(logged.map((r) => [r.endpoint, r.status]).sort(), [
      ['retrieve', 200],
      ['retrieve', 200],
      ['retrieve', 429],
    ]);
    // Each search's explanation (written with its record, off the event loop): admitted, or refused and why.
    const explain = async (id: string) => mustCall(h.url, 'GET', `/admin/requests/${id}/explain`, h.key);
    const admitted = await explain(String(first.headers['x-request-id']));
    assert.equal(admitted.status, 200);
    assert.deepEqual(admitted.decisions.checks, [{ stage: 'admission', outcome: 'admitted: requests reserved' }]);
    const refused = await explain(String(third.headers['x-request-id']));
    assert.equal(refused.status, 429);
    assert.equal(refused.error, 'rate_limit_exceeded');
    assert.match(refused.decisions.checks[0].outcome, /^refused \(rate_limit_exceeded\): .*2 requests per minute/);
  });

  test('concurrency and rpm: a dense search is one request; its query embedding rides on it (tokens only)', async () => {
    const one = await mustCall(h.url, 'POST', '/admin/keys', h.key, {
      name: 'a-conc1',
      tenant: 'a',
      team: 'core',
      role: 'developer',
      limits: { concurrency: 1 },
    });
    h.sim.setBehavior('text-embedding-3-small', { latencyMs: 600 });
    try {
      const seen = h.sim.requests.length;
      const dense = retrieve(one.key, { collection: 'kb', query: 'moon tides', mode: 'dense' });
      await h.sim.waitFor((s) => s.requests.slice(seen).some((r) => r.path.endsWith('/embeddings')), 3000);
      // The search holds the key's only slot while its embedding runs: another call waits its turn.
      const busy = await retrieve(one.key, { collection: 'kb', query: 'moon tides', mode: 'lexical' });
      assert.equal(busy.status, 429, busy.text);
      assert.equal(busy.json.error.code, 'rate_limit_exceeded');
      assert.match(busy.json.error.message, /allows 1 concurrent requests/);
      const done = await dense;
      assert.equal(done.status, 200, done.text);
    } finally {
      h.sim.setBehavior('text-embedding-3-small', undefined);
    }
    // The slot is given back when the search ends.
    const after = await retrieve(one.key, { collection: 'kb', query: 'moon tides', mode: 'hybrid' });
    assert.equal(after.status, 200, after.text);

    // rpm 2: two dense searches fit (their embeddings are not counted as requests), the third is refused.
    const rpm = await mustCall(h.url, 'POST', '/admin/keys', h.key, {
      name: 'a-rpm2-dense',
      tenant: 'a',
      team: 'core',
      role: 'developer',
      limits: { rpm: 2 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await retrieve(rpm.key, { collection: 'kb', query: `moon tides ${i}`, mode: 'dense' })).status);
    }
    assert.deepEqual(statuses, [200, 200, 429]);
    // The embeddings are still recorded model calls of the key (with their tokens).
    let recs = h.records.filter((r) => r.keyId === rpm.id && r.endpoint === 'embeddings');
    for (let i = 0; i < 100 && recs.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 20));
      recs = h.records.filter((r) => r.keyId === rpm.id && r.endpoint === 'embeddings');
    }
    assert.equal(recs.length, 2);
    assert.ok(recs.every((r) => r.status === 200 && (r.inputTokens ?? 0) > 0));
  });

  test('the sub-call marker cannot be forged by a client: its embeddings call counts as a request', async () => {
    const k = await mustCall(h.url, 'POST', '/admin/keys', h.key, {
      name: 'a-forge',
      tenant: 'a',
      team: 'core',
      role: 'developer',
      limits: { rpm: 1 },
    });
    const call = () =>
      fetch(`${h.url}/v1/embeddings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${k.key}`, 'content-type': 'application/json', 'x-lintel-subcall': 'guess' },
        body: JSON.stringify({ model: 'embed-sim', input: 'hello' }),
      });
    assert.equal((await call()).status, 200);
    assert.equal((await call()).status, 429);
  });

  test('a tenant-B key still cannot read tenant A, and the refusal is recorded under tenant B', async () => {
    const bKey = await mustCall(h.url, 'POST', '/admin/keys', h.key, {
      name: 'b-probe',
      tenant: 'b',
      team: 'core',
      role: 'admin',
    });
    const r = await retrieve(bKey.key, { collection: 'kb', query: 'planets ellipses', tenant: 'a' });
    assert.equal(r.status, 403, r.text);
    assert.equal(r.json.error.code, 'permission_denied');
    const own = await retrieve(bKey.key, { collection: 'kb', query: 'planets ellipses' });
    assert.equal(own.status, 200);
    assert.ok(!own.json.results.some((x: { doc_key: string }) => x.doc_key === 'orbits.md'));
    const recs = await recordsOf(bKey.id, 2);
    assert.deepEqual(
      recs.map((x) => [x.status, x.tenant, x.tags['retrieval.tenant'] ?? null]),
      [
        [403, 'b', null],
        [200, 'b', null],
      ],
    );
  });

  test('a global key names the tenant; the record says which one was searched', async () => {
    const r = await retrieve(h.key, { collection: 'kb', query: 'planets ellipses', tenant: 'a' });
    assert.equal(r.status, 200, r.text);
    const rec = await h.finishedAfter(0, (c) => c.id === r.headers['x-request-id']);
    assert.equal(rec.endpoint, 'retrieve');
    assert.equal(rec.tags['retrieval.tenant'], 'a');
    assert.equal(rec.tags['retrieval.mode'], 'hybrid', 'kb has embeddings: hybrid is its default');
  });
});

describe('ERM through the API', () => {
  test('feedback, commit, explain and rollback; each admin change is audited', async () => {
    const dev = keys['a-dev'] as string;
    const admin = keys['a-admin'] as string;
    const top = async (query: string) =>
      (await retrieve(dev, { collection: 'kb', query, mode: 'lexical' })).json.results[0]?.doc_key;
    const paraphrase = 'oxygen and the pull of the moon';
    assert.equal(await top(paraphrase), 'tides.txt', 'before feedback the tides text wins');
    const rust = (await retrieve(dev, { collection: 'kb', query: 'iron', mode: 'lexical' })).json.results[0];
    const fb = await call(h.url, 'POST', '/v1/retrieve/feedback', dev, {
      collection: 'kb',
      query: 'moon pull oxygen',
      chunk: rust.id,
      relevance: 1,
    });
    assert.equal(fb.status, 200, fb.text);
    assert.equal(fb.json.accepted, true);
    assert.ok(fb.json.credited.length > 0, fb.text);
    const refused = await call(h.url, 'POST', '/v1/retrieve/feedback', dev, {
      collection: 'kb',
      query: 'moon',
      chunk: rust.id,
      relevance: 0,
    });
    assert.equal(refused.json.accepted, false);
    // Feedback calls are recorded too (endpoint retrieve_feedback), with the gate's verdict and no query text.
    for (const [r, verdict] of [
      [fb, 'accepted'],
      [refused, 'rejected'],
    ] as const) {
      const rec = await h.finishedAfter(0, (c) => c.id === r.headers['x-request-id']);
      assert.equal(rec.endpoint, 'retrieve_feedback');
      assert.equal(rec.status, 200);
      assert.equal(rec.principal.tenant, 'a');
      assert.equal(rec.tags['retrieval.collection'], 'kb');
      assert.equal(rec.tags['retrieval.feedback'], verdict);
    }
    const commit = await mustCall(h.url, 'POST', '/admin/retrieval/collections/kb/keys/commit', admin, {});
    assert.equal(commit.version, 1);
    assert.equal(await top(paraphrase), 'rust.txt', 'the learned keys move the judged document up');
    const versions = await mustCall(h.url, 'GET', '/admin/retrieval/collections/kb/keys', admin);
    assert.deepEqual(
      versions.data.map((v: { version: number; active: boolean }) => [v.version, v.active]),
      [
        [0, false],
        [1, true],
      ],
    );
    const ex = await mustCall(h.url, 'POST', '/admin/retrieval/collections/kb/explain', admin, {
      query: paraphrase,
      chunk: rust.id,
    });
    assert.ok(ex.learned.length >= 2, JSON.stringify(ex));
    const rb = await mustCall(h.url, 'POST', '/admin/retrieval/collections/kb/keys/rollback', admin, { version: 0 });
    assert.deepEqual(rb, { from: 1, to: 0 });
    assert.equal(await top(paraphrase), 'tides.txt', 'rollback restores the ranking');
    const rows = await h.lintel.database.db.selectFrom('audit_events').select(['action']).execute();
    const actions = rows.map((e: { action: string }) => e.action);
    for (const a of [
      'retrieval.collection.create',
      'retrieval.ingest',
      'retrieval.keys.commit',
      'retrieval.keys.rollback',
    ])
      assert.ok(actions.includes(a), `${a} in ${actions.join(',')}`);
  });

  test('lintel retrieval CLI talks to the node', async () => {
    const run = (...args: string[]) =>
      spawnAsync(process.execPath, [
        ...cliArgv(),
        'retrieval',
        '--url',
        h.url,
        '--admin-key',
        h.key,
        '--tenant',
        'a',
        ...args,
      ]);
    const list = await run('collections');
    assert.equal(list.code, 0, list.stderr);
    assert.deepEqual(
      JSON.parse(list.stdout).data.map((c: { name: string }) => c.name),
      ['kb'],
    );
    const found = await run('search', 'kb', 'planets ellipses', '--mode', 'lexical');
    assert.equal(JSON.parse(found.stdout).results[0].doc_key, 'orbits.md');
    const missing = await run('search', 'nope', 'x');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no collection "nope"/);
  });

  test('the OpenAPI document lists the retrieval admin API', async () => {
    const doc = await mustCall(h.url, 'GET', '/admin/openapi.json', h.key);
    for (const p of [
      '/admin/retrieval/collections',
      '/admin/retrieval/collections/{name}/ingest',
      '/admin/retrieval/collections/{name}/keys/rollback',
      '/admin/retrieval/collections/{name}/eval',
    ])
      assert.ok(doc.paths[p], p);
  });
});
