import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { assertHalfRows, assertPairedInHalves } from './paired-set-asserts.ts';
import { evalPairFresh, PAIR_CATEGORIES, pairFreshItems } from './pair-fresh.ts';

test('the pair fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = pairFreshItems('test');
  assert.equal(t.length, 144);
  assert.equal(t.filter((i) => i.label === 1).length, 72);
  assert.equal(halfDigest(t.map((i) => i.text)), '6f162fe2972985d5c87b6526eac91fc053193e30062c61acf1506f908346e9d2');
});

test('the pair fresh set pairs every attack with one twin of its category and style, in the same half', () => {
  const all = pairFreshItems();
  for (const c of PAIR_CATEGORIES) assert.ok(all.filter((i) => i.category === c && i.label === 1).length >= 12, c);
  assertPairedInHalves(all, pairFreshItems('test'), ['category', 'style'], 130);
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign > 0.15 && foreign < 0.3, String(foreign));
});

test('guard eval --task pair-fresh reports the harmful guard and either per half, category and language', () => {
  const rows = evalPairFresh(4);
  assertHalfRows(rows, 'pair-fresh', ['harmful', 'injection+harmful'], 'attacks');
  for (const half of ['test, held out', 'dev, in-sample'])
    assert.ok(rows.some((r) => r.dataset.startsWith(`pair-fresh [${half}] cyber`)));
});
