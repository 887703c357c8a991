import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import { applyRedactions, mergeSpans } from './apply.ts';
import { RedactionVault } from './vault.ts';

describe('RedactionVault', () => {
  it('gives typed placeholders, numbered per type, the same value the same placeholder', () => {
    const v = new RedactionVault();
    assert.equal(v.placeholder('email', 'a@x.io', false), '[EMAIL_1]');
    assert.equal(v.placeholder('phone', '555-0100', false), '[PHONE_1]');
    assert.equal(v.placeholder('email', 'b@x.io', false), '[EMAIL_2]');
    assert.equal(v.placeholder('email', 'a@x.io', false), '[EMAIL_1]');
    assert.equal(v.placeholder('openai_key', 'sk-1', false), '[OPENAI_KEY_1]');
    assert.equal(v.size, 4);
  });

  it('restores only reversible placeholders', () => {
    const v = new RedactionVault();
    const e = v.placeholder('email', 'jane@example.com', true);
    const k = v.placeholder('openai_key', 'sk-secret', false);
    assert.equal(v.restore(`Reply to ${e}, key ${k}.`), 'Reply to jane@example.com, key [OPENAI_KEY_1].');
    assert.equal(v.valueOf(k), undefined);
  });

  it('never serialises or prints values', () => {
    const v = new RedactionVault();
    v.placeholder('email', 'jane@example.com', true);
    assert.ok(!JSON.stringify({ v }).includes('jane'));
    assert.ok(!inspect(v).includes('jane'));
    assert.deepEqual(v.toJSON(), { placeholders: 1, reversible: 1 });
  });
});

describe('streaming restore', () => {
  const v = new RedactionVault();
  const ph = v.placeholder('email', 'jane@example.com', true);
  const answer = `Hi, I will write to ${ph} and to ${ph} again. [not a placeholder] [ok`;

  it('restores placeholders split across chunks at every position', () => {
    const expected = v.restore(answer);
    for (let cut = 1; cut < answer.length; cut++) {
      for (const step of [1, 3, 7]) {
        const r = v.createRestorer();
        let out = r.push(answer.slice(0, cut));
        for (let i = cut; i < answer.length; i += step) out += r.push(answer.slice(i, i + step));
        out += r.end();
        assert.equal(out, expected, `cut ${cut} step ${step}`);
      }
    }
  });

  it('does not hold back ordinary brackets for long', () => {
    const r = v.createRestorer();
    assert.equal(r.push('array[0] = 1; '), 'array[0] = 1; ');
    assert.equal(r.push('see [EMAIL'), 'see ');
    assert.equal(r.push('_1] now'), 'jane@example.com now');
  });
});

describe('applyRedactions', () => {
  it('merges overlapping spans and keeps the rest of the text', () => {
    const v = new RedactionVault();
    const text = 'mail jane@example.com or call 555-0100';
    const out = applyRedactions(
      text,
      [
        { start: 5, end: 21, type: 'email', reversible: false },
        { start: 10, end: 21, type: 'high_entropy', reversible: false },
        { start: 30, end: 38, type: 'phone', reversible: false },
      ],
      v,
    );
    assert.equal(out, 'mail [EMAIL_1] or call [PHONE_1]');
    assert.deepEqual(
      mergeSpans([
        { start: 5, end: 10, type: 'a', reversible: false },
        { start: 8, end: 20, type: 'b', reversible: true },
      ]),
      [{ start: 5, end: 20, type: 'b', reversible: true }],
    );
  });
});
