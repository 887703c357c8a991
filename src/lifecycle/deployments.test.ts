// Deployments through the real server and the simulator: canary split, stickiness, shadow, progressive rollout
// rolling back a bad version by itself and taking a good one to 100% (lifecycle clock moved, no real waiting).
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { readAuditEvents } from '../governance/audit/read.ts';
import type { Harness } from '../testing/harness.ts';
import { lifecycleClock } from './index.ts';
import { type Admin, adminClient, startLifecycleHarness, upstream } from './testing/fixture.ts';

let h: Harness;
let admin: Admin;
let openai: OpenAI;
let now = Date.now();

before(async () => {
  h = await startLifecycleHarness();
  admin = adminClient(h);
  openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  lifecycleClock.now = () => now;
  lifecycleClock.autoAnalyze = false; // tests below drive the analysis step by step
  await admin('POST', '/admin/models', { name: 'support' });
  await admin('POST', '/admin/models/support/versions', upstream('sum-good')); // v1 baseline
  await admin('POST', '/admin/models/support/versions', upstream('sum-good2')); // v2 good candidate
  await admin('POST', '/admin/models/support/versions', upstream('sum-bad')); // v3 bad candidate
  await admin('POST', '/admin/models/support/versions', upstream('sum-good3')); // v4 good candidate
  await admin('PUT', '/admin/models/support/aliases/champion', { version: 1 });
});
// A failed test must not leave its deployment active for the next one.
afterEach(async () => {
  const active = (await admin('GET', '/admin/deployments?route=support')).json.data.filter(
    (d: { state: string }) => d.state === 'active',
  );
  for (const d of active) await admin('POST', `/admin/deployments/${d.id}/rollback`, { reason: 'test cleanup' });
});
after(async () => {
  lifecycleClock.now = () => Date.now();
  lifecycleClock.autoAnalyze = true;
  await h.close();
});

/** Sends n chat requests (bounded concurrency); returns the target of each (or the error status). */
async function send(n: number, opts: { user?: (i: number) => string; concurrency?: number } = {}): Promise<string[]> {
  const out: string[] = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      try {
        const r = await openai.chat.completions
          .create({ model: 'support', messages: [{ role: 'user', content: `ping ${i}` }], user: opts.user?.(i) })
          .withResponse();
        out[i] = r.response.headers.get('x-lintel-target') ?? '?';
      } catch (e) {
        out[i] = `error ${(e as { status?: number }).status}`;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency ?? 16 }, worker));
  return out;
}

async function deploy(body: Record<string, unknown>): Promise<string> {
  const r = await admin('POST', '/admin/deployments', { route: 'support', ...body });
  assert.equal(r.status, 201, r.text);
  return r.json.id;
}

describe('deployments', () => {
  test('canary at 10% over 2,000 requests lands in the binomial 99.9% interval; explanations name the arm', async () => {
    const id = await deploy({ candidate: 2, strategy: 'canary', weight: 0.1 });
    const targets = await send(2000);
    const canary = targets.filter((t) => t === 'sim/sum-good2').length;
    const baseline = targets.filter((t) => t === 'sim/sum-good').length;
    assert.equal(canary + baseline, 2000);
    // n = 2000, p = 0.1: mean 200, sd 13.4; z(99.9%, two-sided) = 3.29 → [156, 244].
    assert.ok(canary >= 156 && canary <= 244, `canary got ${canary} of 2000`);
    const status = await admin('GET', `/admin/deployments/${id}`);
    assert.equal(status.json.arms.candidate.requests + status.json.arms.baseline.requests, 2000);
    const rec = h.records.find((r) => r.tags['lintel.arm'] === 'candidate');
    assert.equal(rec?.tags['lintel.deployment'], id);
    assert.match(JSON.stringify(rec?.explanation), new RegExp(`deployment ${id} \\(canary.*arm candidate → v2`));
    const rb = await admin('POST', `/admin/deployments/${id}/rollback`, { reason: 'canary done' });
    assert.equal(rb.json.state, 'rolled_back');
    assert.deepEqual(
      new Set(await send(20)),
      new Set(['sim/sum-good']),
      'after rollback all traffic is on the baseline',
    );
  });

  test('sticky by end user: each user stays on one arm', async () => {
    const id = await deploy({ candidate: 2, strategy: 'canary', weight: 0.5, sticky: 'end_user' });
    const users = Array.from({ length: 12 }, (_, i) => `user-${i}`);
    const targets = await send(120, { user: (i) => users[i % 12] });
    const armOf = new Map<string, Set<string>>();
    targets.forEach((t, i) => {
      const u = users[i % 12];
      armOf.set(u, (armOf.get(u) ?? new Set()).add(t));
    });
    for (const [u, set] of armOf) assert.equal(set.size, 1, `${u} saw ${[...set].join(', ')}`);
    const arms = new Set([...armOf.values()].map((s) => [...s][0]));
    assert.equal(arms.size, 2, 'both arms got some users');
    await admin('POST', `/admin/deployments/${id}/rollback`, { reason: 'done' });
  });

  test('sticky by API key: each key stays on one arm over many requests; keys split within the binomial interval', async () => {
    assert.equal((await admin('POST', '/admin/tenants', { name: 'sticky' })).status < 300, true);
    const keys: string[] = [];
    for (let i = 0; i < 60; i++) {
      const k = await admin('POST', '/admin/keys', { name: `sticky-${i}`, tenant: 'sticky' });
      assert.equal(k.status, 201, k.text);
      keys.push(k.json.key);
    }
    const id = await deploy({ candidate: 2, strategy: 'canary', weight: 0.3, sticky: 'key' });
    const armsOf = keys.map(() => new Set<string>());
    let next = 0;
    const perKey = 8;
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        while (next < keys.length * perKey) {
          const i = next++;
          const client = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: keys[i % keys.length], maxRetries: 0 });
          const r = await client.chat.completions
            .create({ model: 'support', messages: [{ role: 'user', content: `k ${i}` }] })
            .withResponse();
          armsOf[i % keys.length].add(r.response.headers.get('x-lintel-target') ?? '?');
        }
      }),
    );
    for (const [i, set] of armsOf.entries()) assert.equal(set.size, 1, `key ${i} saw ${[...set].join(', ')}`);
    const onCandidate = armsOf.filter((set) => set.has('sim/sum-good2')).length;
    // 60 keys, p = 0.3: mean 18, sd 3.55; z(99.9%, two-sided) = 3.29 → [7, 29].
    assert.ok(onCandidate >= 7 && onCandidate <= 29, `${onCandidate} of 60 keys on the candidate`);
    // The arm log is written after each answer: wait for all of it, then every request of a key is on its arm.
    let arms = (await admin('POST', `/admin/deployments/${id}/analyze`)).json.detail;
    for (let i = 0; i < 200 && arms.candidate.requests + arms.baseline.requests < keys.length * perKey; i++) {
      await new Promise((r) => setTimeout(r, 20));
      arms = (await admin('POST', `/admin/deployments/${id}/analyze`)).json.detail;
    }
    assert.equal(arms.candidate.requests, onCandidate * perKey);
    assert.equal(arms.baseline.requests, (keys.length - onCandidate) * perKey);
    await admin('POST', `/admin/deployments/${id}/rollback`, { reason: 'done' });
  });

  test('shadow: the client gets the baseline; the candidate answers afterwards, both stored and scored', async () => {
    const id = await deploy({
      candidate: 3,
      strategy: 'shadow',
      sample_rate: 1,
      scorers: [{ type: 'regex', pattern: 'ping \\d+' }],
    });
    const targets = await send(10, { concurrency: 2 });
    assert.deepEqual(new Set(targets), new Set(['sim/sum-good']));
    let shadows: { data: Record<string, unknown>[] } = { data: [] };
    for (let i = 0; i < 200 && shadows.data.length < 10; i++) {
      shadows = (await admin('GET', `/admin/deployments/${id}/shadow`)).json;
      if (shadows.data.length < 10) await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal(shadows.data.length, 10);
    const ok = shadows.data.filter((s) => s.shadowStatus === 200);
    assert.ok(ok.length > 0, `shadow statuses: ${shadows.data.map((s) => s.shadowStatus).join(', ')}`);
    for (const s of ok) {
      assert.match(String(s.primaryOutput), /ping \d+/);
      assert.equal(typeof s.shadowOutput, 'string');
      assert.equal((s.primaryScores as Record<string, number>).regex, 1);
      assert.ok('agreement_rouge_l' in (s.shadowScores as object));
    }
    // The bad candidate reverses most prompts: its regex score is lower than the baseline's.
    const st = await admin('GET', `/admin/deployments/${id}`);
    assert.ok(st.json.shadow.shadow_scores.regex < st.json.shadow.primary_scores.regex, JSON.stringify(st.json.shadow));
    assert.ok(st.json.shadow.shadow_cost_usd > 0, 'shadow cost accounted separately');
    const shadowRecords = h.records.filter((r) => r.tags.shadow_deployment === id);
    assert.equal(shadowRecords.length, 10, 'one shadow call per sampled request, tagged');
    assert.ok(shadowRecords.every((r) => r.tags['lintel.model_version'] === 'support/3'));
    await admin('POST', `/admin/deployments/${id}/rollback`, { reason: 'done' });
  });

  test('a progressive rollout of a bad version rolls back by itself and audits it', async () => {
    lifecycleClock.autoAnalyze = true; // the analysis jobs on the runner decide; nobody calls analyze
    const id = await deploy({
      candidate: 3,
      strategy: 'progressive',
      steps: [0.2, 0.5, 1],
      bake_ms: 60_000,
      analysis_interval_ms: 100,
      analysis: { min_requests: 20, max_error_rate_increase: 0.05 },
    });
    await send(200);
    let st = (await admin('GET', `/admin/deployments/${id}`)).json;
    for (let i = 0; i < 1500 && st.deployment.state === 'active'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      st = (await admin('GET', `/admin/deployments/${id}`)).json;
    }
    lifecycleClock.autoAnalyze = false;
    assert.equal(st.deployment.state, 'rolled_back');
    assert.deepEqual(
      st.history.map((e: { kind: string }) => e.kind),
      ['created', 'rolled_back'],
    );
    assert.match(JSON.stringify(st.history[1].detail), /error rate|p95 latency/);
    const events = await readAuditEvents(h.lintel.database, { actionPrefix: 'deployment.rollback' });
    assert.equal(events.at(-1)?.actor, 'system:rollout');
    const alerts = await readAuditEvents(h.lintel.database, { actionPrefix: 'alert.deployment' });
    assert.equal(alerts.at(-1)?.resource, `deployment:${id}`);
    assert.deepEqual(new Set(await send(20)), new Set(['sim/sum-good']));
    const again = await admin('POST', `/admin/deployments/${id}/analyze`);
    assert.equal(again.json.decision, 'rolled_back', 'analysing a finished deployment changes nothing');
  });

  test('a progressive rollout of a good version reaches 100% and moves the alias', async () => {
    const id = await deploy({
      candidate: 4,
      strategy: 'progressive',
      steps: [0.2, 0.5, 1],
      bake_ms: 60_000,
      analysis: { min_requests: 15, max_p95_latency_ratio: 5 },
    });
    const decisions: string[] = [];
    for (let step = 0; step < 3; step++) {
      await send(120);
      const early = await admin('POST', `/admin/deployments/${id}/analyze`);
      assert.equal(early.json.decision, 'wait', 'bake time not over');
      now += 61_000;
      const r = await admin('POST', `/admin/deployments/${id}/analyze`);
      decisions.push(r.json.decision);
    }
    assert.deepEqual(decisions, ['advanced', 'advanced', 'promoted']);
    const m = await admin('GET', '/admin/models/support');
    assert.equal(m.json.aliases.find((a: { alias: string }) => a.alias === 'champion').version, 4);
    assert.deepEqual(new Set(await send(20)), new Set(['sim/sum-good3']));
    const st = await admin('GET', `/admin/deployments/${id}`);
    assert.deepEqual(
      st.json.history.map((e: { kind: string }) => e.kind),
      ['created', 'advanced', 'advanced', 'promoted'],
    );
  });

  test('progressive analysis with an online quality score: waits for scores, rolls back when the candidate scores worse', async () => {
    await admin('POST', '/admin/tenants', { name: 'quality' });
    const k = await admin('POST', '/admin/keys', { name: 'quality', tenant: 'quality' });
    const client = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: k.json.key, maxRetries: 0 });
    /** Sends n requests and gives each a "helpful" score by arm (thumbs through POST /v1/feedback). */
    const trafficWithFeedback = async (n: number, score: (arm: 'baseline' | 'candidate') => boolean | null) => {
      for (let i = 0; i < n; i++) {
        const r = await client.chat.completions
          .create({ model: 'support', messages: [{ role: 'user', content: `q ${i}` }] })
          .withResponse();
        const arm = r.response.headers.get('x-lintel-target') === 'sim/sum-good2' ? 'candidate' : 'baseline';
        const thumbs = score(arm);
        if (thumbs === null) continue;
        const body = { request_id: r.response.headers.get('x-request-id'), name: 'helpful', thumbs };
        // The request reaches the store just after its answer: retry the 404 until it is there.
        for (let t = 0; ; t++) {
          const f = await fetch(`${h.url}/v1/feedback`, {
            method: 'POST',
            headers: { authorization: `Bearer ${k.json.key}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          if (f.status < 300) break;
          assert.ok(f.status === 404 && t < 250, `feedback ${f.status}`);
          await new Promise((res) => setTimeout(res, 20));
        }
      }
    };
    const quality = { feedback: 'helpful', min_samples: 5, max_drop: 0.1 };
    const analysis = { min_requests: 5, max_p95_latency_ratio: 50, max_cost_ratio: 50, quality };
    const bad = await deploy({ candidate: 2, strategy: 'progressive', steps: [0.5, 1], bake_ms: 0, analysis });
    await trafficWithFeedback(40, () => null);
    const waiting = await admin('POST', `/admin/deployments/${bad}/analyze`);
    assert.equal(waiting.json.decision, 'wait');
    assert.match(waiting.json.detail, /not enough "helpful" scores/);
    await trafficWithFeedback(40, (arm) => arm === 'baseline');
    const rolled = await admin('POST', `/admin/deployments/${bad}/analyze`);
    assert.equal(rolled.json.decision, 'rolled_back', rolled.text);
    assert.match(rolled.json.detail.join('; '), /quality "helpful" 0 vs baseline 1/);

    const good = await deploy({ candidate: 2, strategy: 'progressive', steps: [0.5, 1], bake_ms: 0, analysis });
    await trafficWithFeedback(40, () => true);
    const advanced = await admin('POST', `/admin/deployments/${good}/analyze`);
    assert.equal(advanced.json.decision, 'advanced', advanced.text);
    assert.match(advanced.json.detail, /helpful 1/);
  });

  test('bad deployment input: unknown route, missing version, weights that never reach 100%', async () => {
    const noRoute = await admin('POST', '/admin/deployments', {
      route: 'nope',
      candidate: 2,
      strategy: 'canary',
      weight: 0.1,
    });
    assert.equal(noRoute.status, 400);
    assert.equal(noRoute.json.error.param, 'route');
    const missing = await admin('POST', '/admin/deployments', {
      route: 'support',
      candidate: 42,
      strategy: 'canary',
      weight: 0.1,
    });
    assert.equal(missing.status, 404);
    const steps = await admin('POST', '/admin/deployments', {
      route: 'support',
      candidate: 2,
      strategy: 'progressive',
      steps: [0.1, 0.5],
    });
    assert.equal(steps.status, 400);
    assert.match(steps.json.error.message, /must end at 1/);
    assert.equal(
      (await admin('GET', '/admin/deployments?route=support')).json.data.filter(
        (d: { state: string }) => d.state === 'active',
      ).length,
      0,
    );
  });
});
