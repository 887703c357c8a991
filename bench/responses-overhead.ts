// What the Responses API costs over Chat Completions on the same route: one node, the simulator as upstream,
// N sequential calls of each kind interleaved (JSON and streamed; OpenAI- and Anthropic-format targets).
// Run: node --import tsx bench/responses-overhead.ts [N]   (default 300; about 20 s)
import { simProviders, startHarness } from '../src/testing/harness.ts';

const N = Number(process.argv[2] ?? 300);
const h = await startHarness(
  (u) => `${simProviders(u)}
recording: { enabled: false }
routes:
  - model: gpt-sim
    targets: [{ provider: sim, model: sim-gpt }]
  - model: claude-sim
    targets: [{ provider: sim-anthropic, model: sim-claude }]
`,
);
const headers = { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' };
const kinds = {
  chat: (model: string, stream: boolean) => ({
    path: '/v1/chat/completions',
    body: { model, stream, messages: [{ role: 'user', content: 'Hello there' }] },
  }),
  responses: (model: string, stream: boolean) => ({
    path: '/v1/responses',
    body: { model, stream, input: 'Hello there', store: false },
  }),
};
const times: Record<string, number[]> = {};
for (let i = 0; i < N; i++) {
  for (const model of ['gpt-sim', 'claude-sim']) {
    for (const stream of [false, true]) {
      for (const [kind, make] of Object.entries(kinds)) {
        const { path, body } = make(model, stream);
        const t0 = performance.now();
        const r = await fetch(`${h.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
        await r.text();
        if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
        const key = `${kind} ${model} ${stream ? 'stream' : 'json'}`;
        times[key] = [...(times[key] ?? []), performance.now() - t0];
      }
    }
  }
}
await h.close();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [k, xs] of Object.entries(times)) console.log(`${k.padEnd(32)} median ${median(xs).toFixed(2)} ms`);
