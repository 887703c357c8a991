import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { assertHalfRows, assertPairedInHalves } from './paired-set-asserts.ts';
import { evalPair2Fresh, PAIR2_CATEGORIES, PAIR2_TECHNIQUES, pair2FreshItems } from './pair2-fresh.ts';

test('the pair2 fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = pair2FreshItems('test');
  assert.equal(t.length, 180);
  assert.equal(t.filter((i) => i.label === 1).length, 90);
  assert.equal(halfDigest(t.map((i) => i.text)), '46214ac61545770483a5268c5b4a1da57f5050f9ac5deafcd49e4fb8754a40f2');
});

test('the pair2 fresh set pairs every attack with one twin of its category, technique and language, in the same half', () => {
  const all = pair2FreshItems();
  for (const c of PAIR2_CATEGORIES) assert.ok(all.filter((i) => i.category === c && i.label === 1).length >= 11, c);
  for (const t of PAIR2_TECHNIQUES) assert.ok(all.filter((i) => i.technique === t && i.label === 1).length >= 10, t);
  assertPairedInHalves(all, pair2FreshItems('test'), ['category', 'technique', 'lang'], 166);
  for (const i of all) assert.ok(i.text.length >= 300 && i.text.length <= 1500, `id ${i.id}`);
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign > 0.12 && foreign < 0.22, String(foreign));
});

test('guard eval --task pair2-fresh reports every guard per half, and categories on the dev half only', () => {
  const rows = evalPair2Fresh(4);
  assertHalfRows(rows, 'pair2-fresh', ['injection', 'harmful', 'injection+harmful'], 'attacks');
  assert.ok(rows.some((r) => r.dataset.startsWith('pair2-fresh [dev, in-sample] cyber')));
  assert.ok(!rows.some((r) => r.dataset.startsWith('pair2-fresh [test, held out] cyber')));
});
