import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { probeHalf, probeHalves, readProbe } from '../eval/harmful-probe.ts';

const FILE = new URL('./harmful-fresh2.jsonl', import.meta.url).pathname;

// The test half of harmful-fresh2.jsonl, pinned before any detector was tuned: an edit to a test item
// (or a new item that lands in the test half) changes this digest and must be a deliberate decision.
const TEST_HALF_SHA256 = 'ca5e14202bc7146ce12980cc3544c9ed5604a1e511592b2cc3de55907d8e93ff';

test('harmful-fresh2: pairs stay in one half, both halves hold harmful items and twins', () => {
  const items = readProbe(FILE);
  const halves = probeHalves(items);
  const byId = new Map<number, Set<string>>();
  for (const [i, it] of items.entries()) byId.set(it.id, (byId.get(it.id) ?? new Set()).add(halves[i]));
  for (const s of byId.values()) assert.equal(s.size, 1);
  const test = probeHalf(items, 'test');
  assert.ok(test.filter((x) => x.label === 1).length >= 60);
  assert.ok(test.filter((x) => x.label === 0).length >= 60);
  assert.ok(items.filter((x) => x.label === 1).length >= 150);
});

test('harmful-fresh2: the test half is the pinned one', () => {
  const texts = probeHalf(readProbe(FILE), 'test')
    .map((x) => `${x.label}\t${x.text}`)
    .sort();
  assert.equal(createHash('sha256').update(texts.join('\n')).digest('hex'), TEST_HALF_SHA256);
});
