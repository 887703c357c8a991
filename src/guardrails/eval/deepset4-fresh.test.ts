import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { DEEPSET4_SHAPES, deepset4FreshItems, evalDeepset4Fresh } from './deepset4-fresh.ts';

test('the deepset4 fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = deepset4FreshItems('test');
  assert.equal(t.length, 224);
  assert.equal(t.filter((i) => i.label === 1).length, 134);
  assert.equal(halfDigest(t.map((i) => i.text)), '31763b1ebc251082cc4c186d738f95f9558f305332415127eb6b2fa806cf34bf');
});

test('the deepset4 fresh set has the advertised shape', () => {
  const all = deepset4FreshItems();
  const att = all.filter((i) => i.label === 1);
  const ben = all.filter((i) => i.label === 0);
  assert.ok(att.length >= 250 && ben.length >= 190, `${att.length} / ${ben.length}`);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  const share = (set: typeof all, l: string) => set.filter((i) => i.lang === l).length / set.length;
  assert.ok(share(att, 'en') >= 0.4 && share(att, 'de') >= 0.35, 'attack languages');
  assert.ok(share(ben, 'en') >= 0.4 && share(ben, 'de') >= 0.35, 'twin languages');
  for (const l of ['es', 'fr']) assert.ok(att.some((i) => i.lang === l) && ben.some((i) => i.lang === l), l);
  for (const s of DEEPSET4_SHAPES) assert.ok(att.filter((i) => i.kind === s).length >= 10, s);
  for (const it of all) assert.ok(it.kind && it.text.length < 300, it.text);
  assert.equal(deepset4FreshItems('dev').length + deepset4FreshItems('test').length, all.length);
});

test('guard eval --task deepset4-fresh reports recall and twins flagged per half, language and shape', () => {
  const rows = evalDeepset4Fresh(8);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const a = rows.find((r) => r.dataset === `deepset4-fresh [${half}]: injections`);
    assert.ok(a && a.n === 8 && a.recall !== null, half);
    const b = rows.find((r) => r.dataset === `deepset4-fresh [${half}]: benign twins (benign)`);
    assert.ok(b && b.n === 8 && b.fpr !== null, half);
    assert.ok(rows.some((r) => r.dataset.startsWith(`deepset4-fresh [${half}] `)));
    assert.ok(rows.some((r) => r.dataset === `deepset4-fresh [${half}] mix: injections`));
  }
  assert.ok(rows.every((r) => r.n > 0));
});
