import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyLimits, fragmentText, replyPieces } from './generate.ts';

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
