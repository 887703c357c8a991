import assert from 'node:assert/strict';
import { test } from 'node:test';
import { probeHalf, readProbe } from '../eval/harmful-probe.ts';
import { halfOf, halfDigest } from './dev-test.ts';
import { readHandwritten } from './handwritten.ts';

const TWINS = new URL('./benign-hard3-twins.jsonl', import.meta.url).pathname;

// The test halves of benign-hard3.jsonl and its harmful twins, pinned before any detector output was
// read: an edit to a test item (or a new item landing in the test half) moves these digests, and
// re-pinning them must be a deliberate decision, never a way to tune on the test half.
const BENIGN_TEST_SHA256 = '5c6894d5d0d4328c7ad6eb3b41f6c39b596ad8c3cd730711fc8908471159b4b7';
const TWINS_TEST_SHA256 = 'eb6602af8fd9f409bcf58cc3ee371f01ce76fa3d243d61c7b8a10789be840e0e';

const sha = halfDigest;

test('benign-hard3: size, languages, the test half is the pinned one', () => {
  const items = readHandwritten('benign-hard3.jsonl');
  assert.ok(items.length >= 240);
  const test = items.filter((i) => halfOf(i.text) === 'test').map((i) => i.text);
  assert.ok(test.length >= 100 && items.length - test.length >= 100);
  assert.equal(sha(test), BENIGN_TEST_SHA256);
});

test('benign-hard3 twins: all harmful, the test half is the pinned one', () => {
  const items = readProbe(TWINS);
  assert.ok(items.length >= 60 && items.every((x) => x.label === 1));
  assert.equal(sha(probeHalf(items, 'test').map((x) => `${x.label}\t${x.text}`)), TWINS_TEST_SHA256);
});
