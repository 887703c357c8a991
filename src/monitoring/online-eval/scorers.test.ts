// Online evaluation runs the evaluation scorers themselves (src/lifecycle/evals/scorers): the online field
// names map onto them, errors stay errors, and a bad pattern or schema is refused when the evaluation is defined.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onlineEvalSchema } from '../definitions.ts';
import { compileOnlineScorers, runScorer, type ScorerDeps } from './scorers.ts';

const deps: ScorerDeps = {
  tags: {},
  gateway: async () => ({ status: 200, headers: {}, body: '', json: { choices: [{ message: { content: 'fine' } }] } }),
};

async function score(spec: Record<string, unknown>, answer: string) {
  const parsed = onlineEvalSchema.parse({ name: 'e', route: 'm', sampling_rate: 1, scorers: [spec] });
  const [s] = compileOnlineScorers(parsed.scorers);
  return runScorer(s, { prompt: 'q', answer }, deps);
}

describe('online scorers (the evaluation scorers)', () => {
  it('json_valid accepts a fenced answer; json_schema checks the schema', async () => {
    assert.deepEqual(await score({ type: 'json_valid' }, '```json\n{"a":1}\n```'), {
      ok: true,
      score: 1,
      reason: 'pass',
    });
    const invalid = await score({ type: 'json_valid' }, '{a:1}');
    assert.ok(invalid.ok && invalid.score === 0 && /not JSON/.test(invalid.reason), JSON.stringify(invalid));
    const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] };
    const good = await score({ type: 'json_schema', schema }, '{"n":3}');
    const bad = await score({ type: 'json_schema', schema }, '{"n":"x"}');
    assert.ok(good.ok && good.score === 1);
    assert.ok(bad.ok && bad.score === 0 && /integer/.test(bad.reason), JSON.stringify(bad));
  });

  it('rule and similarity without a model', async () => {
    const r = await score({ type: 'rule', name: 'r', contains: ['Paris'], max_chars: 20 }, 'It is Berlin, not Rome.');
    assert.deepEqual(r, { ok: true, score: 0, reason: 'missing "Paris"; longer than 20' });
    const s = await score(
      { type: 'similarity', name: 's', references: ['the cat sat on the mat', 'dogs bark'] },
      'the cat sat on the mat',
    );
    assert.ok(s.ok && Math.abs(s.score - 1) < 1e-12 && /reference #1/.test(s.reason), JSON.stringify(s));
  });

  it('a judge reply without a score is an error, never a pass', async () => {
    const out = await score({ type: 'judge', name: 'j', judge_route: 'judge', criteria: 'Helpful answers.' }, 'x');
    assert.equal(out.ok, false);
    assert.match((out as { error: string }).error, /no score/);
  });

  it('a bad pattern or schema is refused at definition time, naming the online field', () => {
    const r = onlineEvalSchema.safeParse({
      name: 'e',
      route: 'm',
      sampling_rate: 1,
      scorers: [{ type: 'json_valid' }, { type: 'rule', name: 'r', regex: '(' }],
    });
    assert.equal(r.success, false);
    assert.deepEqual(r.error?.issues[0].path, ['scorers', 1, 'regex']);
    const j = onlineEvalSchema.safeParse({
      name: 'e',
      route: 'm',
      sampling_rate: 1,
      scorers: [{ type: 'json_schema', schema: { type: 'nonsense' } }],
    });
    assert.equal(j.success, false);
    assert.deepEqual(j.error?.issues[0].path, ['scorers', 0, 'schema']);
  });
});
