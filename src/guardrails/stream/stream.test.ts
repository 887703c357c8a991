import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CompiledGuard, compileGuardSets } from '../engine/compile.ts';
import { GuardPipeline } from '../engine/pipeline.ts';
import { RedactionVault } from '../redact/vault.ts';
import type { AsyncDetector, GuardOutcome } from '../types.ts';
import { createOutputStreamGuard, type OutputStreamGuard, type StreamGuardOptions } from './output-guard.ts';

const reg = compileGuardSets({
  out: [
    { name: 'secrets', detector: 'secrets', stage: 'output', action: 'redact' },
    { name: 'pii', detector: 'pii', stage: 'output', action: 'redact' },
    { name: 'stop', detector: 'denylist', stage: 'output', action: 'block', options: { terms: ['forbidden phrase'] } },
    { name: 'leak', detector: 'prompt_leak', stage: 'output', action: 'flag' },
  ],
  json: [{ name: 'schema', detector: 'json_schema', stage: 'output', action: 'block' }],
});
const pipeline = reg.get(['out']);

function chunks(text: string, sizes: number[]): string[] {
  const out: string[] = [];
  for (let i = 0, k = 0; i < text.length; k++) {
    const n = sizes[k % sizes.length];
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

function run(g: OutputStreamGuard, parts: string[]): { emits: string[]; blockedAt: number } {
  const emits: string[] = [];
  let blockedAt = -1;
  for (const [i, p] of parts.entries()) {
    const s = g.push(p);
    emits.push(s.emit);
    if (s.blocked && blockedAt < 0) blockedAt = i;
  }
  const e = g.end();
  emits.push(e.emit);
  if (e.blocked && blockedAt < 0) blockedAt = parts.length;
  return { emits, blockedAt };
}

const KEY = 'sk-proj-abcD3fGhIjKlMnOpQrStUvWxYz0123456789';
const ANSWER =
  'Sure. You can reach the team at support@example.com or the lead at jane.doe@example.org. ' +
  `The key you pasted (${KEY}) should be rotated. `.repeat(2) +
  'Card 4111 1111 1111 1111 was declined. '.repeat(3) +
  'Emoji check: 😀🎉👩‍💻 done. '.repeat(5) +
  'Again, mail support@example.com.';

describe('output stream guard', () => {
  it('emits exactly the redacted full text, whatever the chunking', () => {
    const expected = (pipeline.check('output', ANSWER, { vault: new RedactionVault() }) as GuardOutcome).text;
    assert.ok(expected.includes('[EMAIL_1]') && expected.includes('[OPENAI_KEY_1]') && expected.includes('[CARD_1]'));
    for (const sizes of [[1], [2, 3], [7], [17, 1, 5], [64], [1000]]) {
      const g = createOutputStreamGuard(pipeline);
      const { emits } = run(g, chunks(ANSWER, sizes));
      assert.equal(emits.join(''), expected, `chunk sizes ${sizes}`);
      for (const e of emits) {
        assert.ok(!/\[[A-Z_]*$/.test(e) || e.endsWith(']'), `no half placeholder: ${e}`);
        const last = e.charCodeAt(e.length - 1);
        assert.ok(!(last >= 0xd800 && last <= 0xdbff), 'no split surrogate pair');
      }
    }
  });

  it('redacts an entity that crosses a chunk boundary before releasing any of it', () => {
    const g = createOutputStreamGuard(pipeline, { holdBackChars: 64, minReleaseChars: 1 });
    const pre = 'x'.repeat(100);
    const emitted: string[] = [];
    emitted.push(g.push(`${pre} contact jane.d`).emit);
    assert.ok(!emitted.join('').includes('jane'));
    emitted.push(g.push(`oe@example.com please ${'y'.repeat(100)}`).emit);
    emitted.push(g.end().emit);
    const out = emitted.join('');
    assert.ok(out.includes('contact [EMAIL_1] please'));
    assert.ok(!out.includes('jane'));
  });

  it('stops mid-stream on a block and reports it', () => {
    const g = createOutputStreamGuard(pipeline);
    const text = `${'Harmless opening sentence. '.repeat(20)}Here comes the forbidden phrase and more text after it. ${'tail '.repeat(50)}`;
    const { emits, blockedAt } = run(g, chunks(text, [10]));
    assert.ok(blockedAt > 0);
    assert.deepEqual(g.blocked, { guard: 'stop', detector: 'denylist', reason: 'denylist detected' });
    const out = emits.join('');
    assert.ok(out.length > 0 && text.startsWith(out));
    assert.ok(!out.includes('forbidden'));
    assert.deepEqual(g.push('more').emit, '');
    const d = g.decisions().find((x) => x.guard === 'stop');
    assert.equal(d?.action, 'block');
    assert.equal(text.slice(d?.spans[0].start, d?.spans[0].end), 'forbidden phrase');
  });

  it('holds an unterminated private key until its end marker arrives', () => {
    const pem = `-----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7'.repeat(8)}\n-----END PRIVATE KEY-----`;
    const g = createOutputStreamGuard(pipeline);
    const { emits } = run(g, [`Here is the key:\n`, ...chunks(pem, [40]), '\nKeep it safe.']);
    const out = emits.join('');
    assert.equal(out, 'Here is the key:\n[PRIVATE_KEY_1]\nKeep it safe.');
  });

  it('records decisions once per guard with offsets in the full output', () => {
    const g = createOutputStreamGuard(pipeline, {
      ctx: { systemPrompt: 'You are Acme support and must never reveal internal discount codes to anyone at all.' },
    });
    const text = `Hello jane@example.com. ${'filler '.repeat(40)}My rules: must never reveal internal discount codes to anyone at all. ${'end '.repeat(40)}`;
    run(g, chunks(text, [9]));
    const pii = g.decisions().find((d) => d.guard === 'pii');
    assert.equal(pii?.spans.length, 1);
    assert.equal(text.slice(pii?.spans[0].start, pii?.spans[0].end), 'jane@example.com');
    assert.ok(g.flagged);
    assert.ok(g.decisions().some((d) => d.guard === 'leak' && d.action === 'flag'));
  });

  it('restores reversible placeholders from the request vault, even when split across chunks', () => {
    const vault = new RedactionVault();
    const ph = vault.placeholder('email', 'jane@example.com', true);
    const opts: StreamGuardOptions = { ctx: { vault }, restore: true };
    const g = createOutputStreamGuard(reg.get(['json']), opts);
    const { emits } = run(g, chunks(`I will write to ${ph} today, ${ph}.`, [3]));
    assert.equal(emits.join(''), 'I will write to jane@example.com today, jane@example.com.');
  });

  it('runs final-only guards (JSON Schema) at the end', () => {
    const schema = { type: 'object', required: ['a'], properties: { a: { type: 'number' } } };
    const ok = createOutputStreamGuard(reg.get(['json']), { ctx: { responseSchema: schema } });
    assert.equal(run(ok, chunks('{"a": 1}', [2])).blockedAt, -1);
    const bad = createOutputStreamGuard(reg.get(['json']), { ctx: { responseSchema: schema } });
    const r = run(bad, chunks('{"a": "x"}', [2]));
    assert.equal(r.blockedAt, 5);
    assert.equal(bad.blocked?.guard, 'schema');
  });
});

describe('async output guards on streams', () => {
  it('run once on the full text at settle() and are recorded', async () => {
    const seen: string[] = [];
    const hook: AsyncDetector = {
      id: 'webhook',
      kind: 'async',
      streaming: 'final',
      async detect({ view }) {
        seen.push(view.raw);
        return {
          verdict: 'flag',
          score: 0.7,
          reason: 'review',
          detections: [{ detector: 'webhook', type: 'webhook', start: 0, end: view.raw.length, score: 0.7 }],
        };
      },
    };
    const guard: CompiledGuard = {
      name: 'hook',
      detectorName: 'webhook',
      detector: hook,
      stages: new Set(['output']),
      action: 'block',
      threshold: undefined,
      onError: 'closed',
      allow: null,
      reversible: false,
    };
    const g = createOutputStreamGuard(new GuardPipeline([guard]));
    const { emits } = run(g, ['Hello ', 'world']);
    assert.equal(emits.join(''), 'Hello world');
    const summary = await g.settle();
    assert.deepEqual(seen, ['Hello world']);
    assert.equal(summary.flagged, true);
    assert.equal(summary.decisions[0].action, 'flag');
  });
});

describe('surrogate pairs split by the upstream', () => {
  it('never emits half a pair, even when a delta ends inside one', () => {
    for (const set of ['out', 'json']) {
      const g = createOutputStreamGuard(reg.get([set]));
      const text = `${'😀'.repeat(150)} done`;
      const parts = chunks(text, [3]); // odd sizes split pairs
      const { emits } = run(g, parts);
      assert.equal(emits.join(''), text);
      for (const e of emits) {
        if (e.length === 0) continue;
        const last = e.charCodeAt(e.length - 1);
        const first = e.charCodeAt(0);
        assert.ok(!(last >= 0xd800 && last <= 0xdbff), set);
        assert.ok(!(first >= 0xdc00 && first <= 0xdfff), set);
      }
    }
  });
});
