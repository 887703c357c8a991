// GET /metrics behind a bearer token when server.metrics_token is set; open (as before) when it is not.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call } from '../access/testing/client.ts';
import { type Harness, simProviders, startHarness, TEST_KEY } from '../testing/harness.ts';

const TOKEN = 'metrics-token-0123456789';
let h: Harness;
before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}server: { metrics_token: ${TOKEN} }
routes:
  - model: demo
    targets: [{ provider: sim, model: sim-small }]
`,
  );
});
after(() => h?.close());

test('/metrics needs the configured bearer token; a wrong one or the master key is refused', async () => {
  for (const key of [null, 'wrong-token-0123456789', TEST_KEY]) {
    const r = await call(h.url, 'GET', '/metrics', key);
    assert.equal(r.status, 401, `${key}: ${r.text.slice(0, 200)}`);
    assert.equal(r.json.error.code, 'invalid_api_key');
    assert.doesNotMatch(r.text, /lintel_requests_total/);
  }
  const ok = await call(h.url, 'GET', '/metrics', TOKEN);
  assert.equal(ok.status, 200);
  assert.match(ok.text, /# TYPE lintel_requests_total counter/);
});
