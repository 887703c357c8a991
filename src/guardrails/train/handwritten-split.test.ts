import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readHandwritten } from './handwritten.ts';
import { handwrittenHalf, handwrittenHalves } from './handwritten-split.ts';
import { halfDigest } from './dev-test.ts';

test('each hand-written set splits into two halves of about equal size per language', () => {
  for (const file of ['harmful-handwritten.jsonl', 'benign-hard-handwritten.jsonl']) {
    const items = readHandwritten(file);
    const halves = handwrittenHalves(items);
    for (const lang of new Set(items.map((i) => i.lang))) {
      const inLang = halves.filter((_, i) => items[i].lang === lang);
      const dev = inLang.filter((h) => h === 'dev').length;
      assert.ok(Math.abs(2 * dev - inLang.length) <= 1, `${file} ${lang}: ${dev} of ${inLang.length}`);
    }
  }
});

test('the split depends on the texts, not their order', () => {
  const items = readHandwritten('harmful-handwritten.jsonl');
  const test1 = new Set(handwrittenHalf(items, 'test').map((i) => i.text));
  const test2 = new Set(handwrittenHalf([...items].reverse(), 'test').map((i) => i.text));
  assert.deepEqual([...test1].sort(), [...test2].sort());
});

test('the fresh hard-benign set keeps the test half it was committed with (measured once, never tuned on)', () => {
  const items = readHandwritten('benign-hard-fresh.jsonl');
  const halves = handwrittenHalves(items);
  const held = items.filter((_, i) => halves[i] === 'test').map((i) => i.text);
  assert.equal(held.length, 152);
  // Any edit to a test item, or a change of the split, moves this digest: fix the split, do not re-pin it.
  const digest = halfDigest(held);
  assert.equal(digest, '0a8abb947056c69cbf981e65a9581a3746cafa8962894a5e3a7ae9e03f35a4e5');
});
