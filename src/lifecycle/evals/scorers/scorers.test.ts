// Each scorer on hand-checked inputs; the model-graded ones through the real server and simulator.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, simProviders, startHarness } from '../../../testing/harness.ts';
import type { DatasetItem } from '../dataset.ts';
import { compileScorers, type ScorerDeps } from './index.ts';
import { parseJudgement } from './model-graded.ts';
import { bleu, rougeL } from './overlap.ts';

const item = (reference: unknown): DatasetItem => ({ messages: [{ role: 'user', content: 'q' }], reference });
const noDeps = {} as ScorerDeps;
async function score(
  spec: Record<string, unknown>,
  output: string,
  reference?: unknown,
  toolCalls: { name: string; arguments: unknown }[] = [],
) {
  const [s] = compileScorers([spec]);
  return s.score({ output, toolCalls, item: item(reference), prompt: 'q' }, noDeps);
}

describe('scorers', () => {
  test('exact, contains, regex', async () => {
    assert.equal((await score({ type: 'exact' }, ' Paris ', 'Paris')).pass, true);
    assert.equal((await score({ type: 'exact' }, 'paris', 'Paris')).pass, false);
    assert.equal((await score({ type: 'exact', case_insensitive: true }, 'paris', 'Paris')).pass, true);
    assert.equal((await score({ type: 'contains' }, 'It is Paris.', 'Paris')).score, 1);
    assert.equal((await score({ type: 'regex', pattern: '^\\d{3}$' }, '123')).pass, true);
    assert.throws(() => compileScorers([{ type: 'regex', pattern: '(' }]), /invalid pattern/);
  });

  test('json_valid and json_schema (errors are reasons, never passes)', async () => {
    assert.equal((await score({ type: 'json_valid' }, '{"a":1}')).pass, true);
    const bad = await score({ type: 'json_valid' }, '{a:1}');
    assert.equal(bad.pass, false);
    assert.match(bad.reason ?? '', /not JSON/);
    const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] };
    assert.equal((await score({ type: 'json_schema', schema }, '{"n":3}')).pass, true);
    const wrong = await score({ type: 'json_schema', schema }, '{"n":"x"}');
    assert.equal(wrong.pass, false);
    assert.match(wrong.reason ?? '', /must be integer/);
    assert.throws(
      () => compileScorers([{ type: 'json_schema' }]),
      (e: { param?: string }) => e.param === 'scorers.0.schema',
    );
  });

  test('json_valid with allow_fences takes a ```json fenced answer (off by default)', async () => {
    const fenced = '```json\n{"a":1}\n```';
    assert.equal((await score({ type: 'json_valid' }, fenced)).pass, false);
    assert.equal((await score({ type: 'json_valid', allow_fences: true }, fenced)).pass, true);
  });

  test('rule: contains, not_contains, regex, length range', async () => {
    const spec = {
      type: 'rule',
      contains: ['Paris'],
      not_contains: ['Berlin'],
      regex: '^It',
      min_chars: 5,
      max_chars: 40,
    };
    assert.equal((await score(spec, 'It is Paris.')).pass, true);
    const bad = await score(spec, 'Berlin');
    assert.equal(bad.score, 0);
    assert.equal(bad.reason, 'missing "Paris"; contains "Berlin"; does not match /^It/');
    assert.throws(
      () => compileScorers([{ type: 'rule', regex: '(' }]),
      (e: { param?: string }) => e.param === 'scorers.0.regex',
    );
    assert.throws(
      () => compileScorers([{ type: 'rule', min_chars: -1 }]),
      (e: { param?: string }) => e.param === 'scorers.0.min_chars',
    );
  });

  test('similarity without a route: hashed word n-grams, best of the references or the item reference', async () => {
    // Unigrams+bigrams of "a b c" = {a, b, c, a b, b c} and of "a b d" = {a, b, d, a b, b d}: 3 shared of 5 and 5.
    const s = await score({ type: 'similarity', references: ['x y', 'a b d'] }, 'a b c');
    assert.ok(Math.abs(s.score - 3 / 5) < 1e-12, String(s.score));
    assert.match(s.reason ?? '', /reference #2/);
    assert.equal((await score({ type: 'similarity' }, 'same words here', 'same words here')).score, 1);
    assert.throws(
      () => compileScorers([{ type: 'similarity', references: [] }]),
      (e: { param?: string }) => e.param === 'scorers.0.references',
    );
  });

  test('numeric tolerance', async () => {
    assert.equal((await score({ type: 'numeric', tolerance: 0.01 }, 'about 3.14159', 3.14)).pass, true);
    assert.equal((await score({ type: 'numeric', tolerance: 0.001 }, 'about 3.15', 3.14)).pass, false);
    assert.equal((await score({ type: 'numeric', relative: 0.1 }, '105', 100)).pass, true);
    assert.equal((await score({ type: 'numeric' }, 'none', 1)).pass, false);
  });

  test('ROUGE-L and BLEU', () => {
    assert.equal(rougeL('the cat sat on the mat', 'the cat sat on the mat'), 1);
    // LCS("the cat on mat", "the cat sat on the mat") = 4 → P = 1, R = 4/6 → F = 0.8.
    assert.ok(Math.abs(rougeL('the cat on mat', 'the cat sat on the mat') - 0.8) < 1e-9);
    assert.equal(rougeL('dog', 'cat'), 0);
    assert.ok(Math.abs(bleu('the cat sat on the mat', 'the cat sat on the mat') - 1) < 1e-9);
    const partial = bleu('the cat sat on a mat', 'the cat sat on the mat');
    assert.ok(partial > 0.3 && partial < 0.9, String(partial));
    assert.equal(bleu('', 'x'), 0);
  });

  test('tool_call: name and arguments must match', async () => {
    const ref = { name: 'get_weather', arguments: { city: 'Paris' } };
    assert.equal(
      (await score({ type: 'tool_call' }, '', ref, [{ name: 'get_weather', arguments: { city: 'Paris' } }])).pass,
      true,
    );
    const wrongArgs = await score({ type: 'tool_call' }, '', ref, [
      { name: 'get_weather', arguments: { city: 'Rome' } },
    ]);
    assert.equal(wrongArgs.pass, false);
    assert.match(wrongArgs.reason ?? '', /missing: get_weather; unexpected: get_weather/);
    assert.equal(
      (await score({ type: 'tool_call', names_only: true }, '', ref, [{ name: 'get_weather', arguments: {} }])).pass,
      true,
    );
  });

  test('judge replies: JSON or a score line; anything else is an error', () => {
    assert.deepEqual(parseJudgement('{"score": 4, "reason": "good"}'), { score: 4, reason: 'good' });
    assert.equal(parseJudgement('Reasoning... Score: 3').score, 3);
    assert.throws(() => parseJudgement('I like it'), /no score/);
  });

  test('unknown types and duplicate names are refused', () => {
    assert.throws(() => compileScorers([{ type: 'nope' }]), /unknown scorer "nope"/);
    assert.throws(() => compileScorers([{ type: 'exact' }, { type: 'exact' }]), /two scorers named "exact"/);
    assert.throws(() => compileScorers([]), /at least one scorer/);
  });
});

describe('model-graded scorers through the gateway', () => {
  let h: Harness;
  let deps: ScorerDeps;
  before(async () => {
    h = await startHarness(
      (u) => `${simProviders(u)}
routes:
  - model: embed
    targets: [{ provider: sim, model: sim-embed }]
  - model: judge
    targets: [{ provider: sim, model: sim-judge }]
`,
    );
    deps = {
      tags: { eval_run: 'scorer-test' },
      async gateway(path, body, opts) {
        const res = await fetch(`${h.url}${path}`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${h.key}`,
            'content-type': 'application/json',
            'x-lintel-tags': Object.entries(opts?.tags ?? {})
              .map(([k, v]) => `${k}=${v}`)
              .join(','),
          },
          body: JSON.stringify(body),
        });
        const text = await res.text();
        return { status: res.status, headers: Object.fromEntries(res.headers), json: JSON.parse(text), body: text };
      },
    };
  });
  after(() => h.close());

  test('embedding similarity: identical texts score 1; the call is tagged with the run', async () => {
    const [s] = compileScorers([{ type: 'embedding', route: 'embed', threshold: 0.99 }]);
    const same = await s.score({ output: 'hello world', toolCalls: [], item: item('hello world'), prompt: '' }, deps);
    assert.ok(Math.abs(same.score - 1) < 1e-9);
    assert.equal(same.pass, true);
    assert.ok(h.records.some((r) => r.endpoint === 'embeddings' && r.tags.scorer === 'embedding'));
  });

  test('judge: the rubric goes to the chat route, the score is parsed and the reason kept', async () => {
    const [s] = compileScorers([{ type: 'judge', route: 'judge', rubric: 'Is it correct?', min: 1, max: 5 }]);
    const r = await s.score(
      { output: 'Paris', toolCalls: [], item: item('Paris'), prompt: 'Capital of France?' },
      deps,
    );
    assert.equal(r.score, 0); // the simulator's schema example answers score 1 (the minimum)
    assert.equal(r.reason, 'example');
    const sent = h.sim.requests.find((x) => x.model === 'sim-judge')?.body as { messages: { content: string }[] };
    assert.match(sent.messages[0].content, /Rubric: Is it correct\?/);
    assert.match(sent.messages[1].content, /Answer to grade:\nParis/);
  });
});
