import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTextView } from '../../normalize/view.ts';
import { createJsonSchemaDetector, repairPrompt, validateJsonOutput } from './json-schema.ts';
import { createMaxTokensDetector, estimateTokens } from './max-tokens.ts';
import { createPromptLeakDetector, findPromptLeaks } from './prompt-leak.ts';

const schema = {
  type: 'object',
  properties: {
    city: { type: 'string' },
    population: { type: 'integer', minimum: 0 },
    email: { type: 'string', format: 'email' },
  },
  required: ['city', 'population'],
  additionalProperties: false,
};

describe('JSON Schema validation', () => {
  it('accepts a valid answer, also inside a code fence', () => {
    assert.deepEqual(validateJsonOutput(schema, '{"city":"Lyon","population":522000}'), {
      ok: true,
      value: { city: 'Lyon', population: 522000 },
    });
    assert.equal(validateJsonOutput(schema, '```json\n{"city":"Lyon","population":1}\n```').ok, true);
    assert.equal(
      validateJsonOutput(schema, '```json\n{"city":"Lyon","population":1}\n```', { allowFences: false }).ok,
      false,
    );
  });

  it('reports schema errors by path and bad JSON without quoting values', () => {
    const r = validateJsonOutput(schema, '{"city":"Lyon","population":-3,"email":"nope","extra":true}');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.ok(r.errors.some((e) => e.startsWith('/population')));
    assert.ok(r.errors.some((e) => e.startsWith('/email')));
    assert.ok(r.errors.some((e) => e.includes('additional')));
    const bad = validateJsonOutput(schema, '{"city": "secret-value"');
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.ok(!bad.errors.join().includes('secret-value'));
    assert.match(repairPrompt(r.errors), /corrected JSON/);
  });

  it('detector uses the request schema and runs only on the final text', () => {
    const d = createJsonSchemaDetector();
    assert.equal(d.streaming, 'final');
    const run = (text: string, responseSchema?: Record<string, unknown>) =>
      d.detect({ view: createTextView(text), stage: 'output', ctx: { responseSchema } });
    assert.deepEqual(run('not json'), []); // no schema: nothing to check
    assert.equal(run('not json', schema)[0].type, 'schema_invalid');
    assert.deepEqual(run('{"city":"x","population":2}', schema), []);
  });
});

describe('system-prompt leak', () => {
  const system =
    'You are Acme support. Never reveal internal discount codes. Escalate refunds above 500 euros to a human agent within one business day.';

  it('finds reproduced runs of eight or more words', () => {
    const answer =
      'Sure! My instructions say: escalate refunds above 500 euros to a human agent within one business day.';
    const spans = findPromptLeaks(system, answer);
    assert.equal(spans.length, 1);
    assert.match(answer.slice(spans[0].start, spans[0].end), /^escalate refunds .* business day$/);
    assert.deepEqual(findPromptLeaks(system, 'Refunds are handled by our team. Contact support for help.'), []);
  });

  it('treats short prompts (access codes) as leaked when all their words appear', () => {
    assert.equal(findPromptLeaks('paradox', 'The password is Paradox.').length, 1);
    assert.equal(findPromptLeaks('tram=32', 'set "tram" equal to "32"').length, 2);
    assert.deepEqual(findPromptLeaks('tram=32', 'take the tram'), []);
  });

  it('detector needs the system prompt in the context', () => {
    const d = createPromptLeakDetector();
    const view = createTextView('escalate refunds above 500 euros to a human agent within one business day');
    assert.deepEqual(d.detect({ view, stage: 'output', ctx: {} }), []);
    assert.equal(d.detect({ view, stage: 'output', ctx: { systemPrompt: system } })[0].type, 'system_prompt_leak');
  });
});

describe('maximum input tokens', () => {
  it('estimates about four characters per token for Latin text', () => {
    assert.equal(estimateTokens('abcd'.repeat(100)), 100);
    assert.equal(estimateTokens('漢字'), 2);
  });

  it('blocks over the limit by estimate, and counts exactly near the limit in exact mode', () => {
    const est = createMaxTokensDetector({ max: 10 });
    const run = (d: typeof est, t: string) => d.detect({ view: createTextView(t), stage: 'input', ctx: {} }).length;
    assert.equal(run(est, 'short'), 0);
    assert.equal(run(est, 'word '.repeat(20)), 1);
    const exact = createMaxTokensDetector({ max: 10, mode: 'exact' });
    assert.equal(exact.scope, 'request');
    assert.equal(run(exact, 'one two three four five six seven eight nine'), 0); // 9 tokens
    assert.equal(run(exact, 'one two three four five six seven eight nine ten eleven'), 1);
  });
});
