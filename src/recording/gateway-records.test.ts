// Through the real server, on both stores: OpenAI-SDK traffic (streaming and not) becomes one record per
// request with the right tokens and cost, readable through /admin/requests and /admin/usage.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import OpenAI from 'openai';
import pg from 'pg';
import { request } from 'undici';
import { createPriceBook } from '../cost/price-book.ts';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

const stores = [
  { name: 'SQLite', runtime: {} },
  { name: 'PostgreSQL', runtime: { databaseUrl: TEST_POSTGRES_URL, databaseSchema: testSchemaName('lintel_rec') } },
];

for (const store of stores) {
  describe(`request records on ${store.name}`, () => {
    let h: Harness;
    after(async () => {
      await h?.close();
      if (store.runtime.databaseSchema) {
        const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${store.runtime.databaseSchema} CASCADE`);
        await c.end();
      }
    });

    test('every call has one record with tokens and cost; admin API reads them', async () => {
      h = await startHarness(
        (u) => `${simProviders(u)}
recording: { flush_interval_ms: 50 }
routes:
  - model: mini
    targets: [{ provider: sim, model: gpt-4o-mini }]
  - model: claude
    targets: [{ provider: sim-anthropic, model: claude-sonnet-4-20250514 }]
`,
        { runtime: store.runtime },
      );
      const openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
      const json = await openai.chat.completions.create({
        model: 'mini',
        messages: [{ role: 'user', content: 'count me' }],
      });
      const stream = await openai.chat.completions.create({
        model: 'claude',
        stream: true,
        messages: [{ role: 'user', content: 'stream me' }],
      });
      for await (const _ of stream) {
        /* drain */
      }
      await openai.chat.completions
        .create({ model: 'nope', messages: [{ role: 'user', content: 'x' }] })
        .catch(() => {});
      await h.lintel.recorder!.flush();

      const admin = async (path: string) => {
        const r = await request(`${h.url}${path}`, { headers: { authorization: `Bearer ${h.key}` } });
        return { status: r.statusCode, body: JSON.parse(await r.body.text()) };
      };
      const list = await admin('/admin/requests?limit=10');
      assert.equal(list.status, 200);
      assert.equal(list.body.data.length, 3, 'one record per request, failures included');

      const prices = createPriceBook();
      const jsonRec = (await admin(`/admin/requests/${json._request_id ?? ''}`)).body;
      const recs = list.body.data as Array<Record<string, unknown>>;
      const mini = recs.find((r) => r.route === 'mini')!;
      assert.equal(mini.status, 200);
      assert.equal(mini.inputTokens, json.usage!.prompt_tokens);
      assert.equal(mini.outputTokens, json.usage!.completion_tokens);
      assert.equal(mini.stream, false);
      const expected = prices.cost('gpt-4o-mini', {
        inputTokens: json.usage!.prompt_tokens,
        outputTokens: json.usage!.completion_tokens,
      }).costUsd!;
      assert.ok(expected > 0);
      assert.ok(Math.abs((mini.costUsd as number) - expected) < 1e-12, `cost ${mini.costUsd} vs ${expected}`);
      void jsonRec;

      const claude = recs.find((r) => r.route === 'claude')!;
      assert.equal(claude.stream, true);
      assert.equal(claude.provider, 'sim-anthropic');
      assert.ok((claude.outputTokens as number) > 0 && (claude.inputTokens as number) > 0);
      assert.equal(claude.tokensEstimated, false, 'usage came from the upstream stream');
      assert.ok((claude.costUsd as number) > 0);
      assert.ok(typeof claude.ttftMs === 'number');

      const missing = recs.find((r) => r.modelRequested === 'nope')!;
      assert.equal(missing.status, 404);
      assert.equal(missing.errorType, 'model_not_found');

      const one = await admin(`/admin/requests/${mini.id}`);
      assert.equal(one.status, 200);
      assert.equal(one.body.id, mini.id);
      assert.equal((await admin('/admin/requests/does-not-exist')).status, 404);

      const usage = await admin('/admin/usage?group_by=model&granularity=day');
      assert.equal(usage.status, 200);
      const total = (usage.body.data as Array<{ requests: number }>).reduce((s, r) => s + r.requests, 0);
      assert.equal(total, 3);
      const bad = await admin('/admin/usage?group_by=colour');
      assert.equal(bad.status, 400);
      // The error names the query parameter the caller sent.
      assert.equal(bad.body.error.param, 'group_by');
      assert.match(bad.body.error.message, /^group_by: expected one of model, key/);
      const unauth = await request(`${h.url}/admin/requests`);
      assert.equal(unauth.statusCode, 401);
      await unauth.body.text();
    });
  });
}
