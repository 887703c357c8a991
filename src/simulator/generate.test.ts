import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerSource, applyLimits, fragmentText, replyPieces } from './generate.ts';

test('reply echoes the user text and pads with filler to outputTokens words', () => {
  const pieces = replyPieces('what is up', 8);
  assert.equal(pieces.length, 8);
  assert.equal(pieces.join(''), 'Simulated reply to: what is up lorem ipsum');
});

test('the echo is never cut by outputTokens', () => {
  assert.equal(replyPieces('one two three four', 2).join(''), 'Simulated reply to: one two three four');
});

test('max tokens caps pieces; stop sequences cut inside a piece', () => {
  const pieces = replyPieces('alpha beta', 12);
  assert.deepEqual(applyLimits(pieces, 2, []), {
    pieces: ['Simulated', ' reply'],
    finish: 'length',
    stopSequence: null,
  });
  const stopped = applyLimits(pieces, undefined, ['pha']);
  assert.equal(stopped.pieces.join(''), 'Simulated reply to: al');
  assert.equal(stopped.finish, 'stop_sequence');
  assert.equal(stopped.stopSequence, 'pha');
  assert.equal(applyLimits(pieces, undefined, ['absent']).finish, 'stop');
});

test('fragments never split a surrogate pair', () => {
  const text = '{"a":"😀😀😀"}';
  const parts = fragmentText(text, 4);
  assert.equal(parts.join(''), text);
  for (const p of parts) assert.doesNotThrow(() => encodeURIComponent(p));
});

test('wrongRate answers a repeatable share of prompts wrongly (reversed echo)', () => {
  const prompts = Array.from({ length: 400 }, (_, i) => `ping ${i}`);
  const wrong = prompts.filter((p) => answerSource(p, 'm', 0.6) !== p);
  assert.ok(wrong.length > 200 && wrong.length < 280, `${wrong.length} of 400`);
  assert.equal(answerSource('ping 1', 'm', 0), 'ping 1');
  assert.deepEqual(
    prompts.map((p) => answerSource(p, 'm', 0.6)),
    prompts.map((p) => answerSource(p, 'm', 0.6)),
  );
  assert.equal(answerSource('abc', 'm', 1), 'cba');
});
