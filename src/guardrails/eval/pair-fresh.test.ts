import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
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
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  const test = new Set(pairFreshItems('test'));
  for (const c of PAIR_CATEGORIES) assert.ok(all.filter((i) => i.category === c && i.label === 1).length >= 12, c);
  const byId = new Map<number, typeof all>();
  for (const i of all) byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
  assert.equal(byId.size, 130);
  for (const [id, pair] of byId) {
    assert.deepEqual(pair.map((i) => i.label).sort(), [0, 1], `id ${id}`);
    assert.equal(pair[0].category, pair[1].category, `id ${id}`);
    assert.equal(pair[0].style, pair[1].style, `id ${id}`);
    assert.equal(test.has(pair[0]), test.has(pair[1]), `id ${id}`);
  }
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign > 0.15 && foreign < 0.3, String(foreign));
});

test('guard eval --task pair-fresh reports the harmful guard and either per half, category and language', () => {
  const rows = evalPairFresh(4);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['harmful', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `pair-fresh [${half}]: attacks`);
      assert.ok(a && a.n === 4 && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `pair-fresh [${half}]: twins (benign)`);
      assert.ok(b && b.n === 4 && b.fpr !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((r) => r.dataset.startsWith(`pair-fresh [${half}] cyber`)));
  }
});
