// A client that disconnects mid-stream makes Lintel close the upstream request.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { request } from 'undici';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}
routes:
  - model: slow
    targets: [{ provider: sim, model: slow }]
  - model: slow-claude
    targets: [{ provider: sim-anthropic, model: slow }]
`,
    { sim: { models: { slow: { tokensPerSecond: 20, outputTokens: 200 } } } },
  );
});
after(() => h.close());

for (const model of ['slow', 'slow-claude']) {
  test(`aborting mid-stream closes the upstream request (${model})`, async () => {
    h.sim.reset();
    const seen = h.finished.length; // only records of this request count, never an earlier test's
    const ac = new AbortController();
    const res = await request(`${h.url}/v1/chat/completions`, {
      method: 'POST',
      signal: ac.signal,
      headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model, stream: true, messages: [{ role: 'user', content: 'long story' }] }),
    });
    assert.equal(res.statusCode, 200);
    let got = '';
    for await (const chunk of res.body) {
      got += chunk.toString();
      if (got.split('\n\n').length > 4) break; // a few events in, the client leaves
    }
    ac.abort();
    await h.sim.waitFor((s) => s.stats.aborted >= 1, 3000);
    assert.equal(h.sim.requests[0].aborted, true);
    assert.equal(h.sim.requests[0].completed, false);
    // The gateway recorded the abort as a client close, not an upstream failure: wait for this request's record.
    const mine = () => h.finished.slice(seen).filter((c) => c.modelRequested === model);
    const deadline = Date.now() + 3000;
    while (mine().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    assert.equal(mine().length, 1, 'exactly one record for the aborted request');
    assert.equal(mine()[0].errorType, 'client_closed');
    assert.equal(mine()[0].status, 499);
  });
}
