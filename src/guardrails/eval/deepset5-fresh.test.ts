import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { DEEPSET5_BENIGN_KINDS, DEEPSET5_SHAPES, deepset5FreshItems, evalDeepset5Fresh } from './deepset5-fresh.ts';

test('the deepset5 fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = deepset5FreshItems('test');
  assert.equal(t.length, 213);
  assert.equal(t.filter((i) => i.label === 1).length, 109);
  assert.equal(halfDigest(t.map((i) => i.text)), '98a347de975eff4da5b22ab760f246394f15dd9ef9aaa2867d82c82cdc6f581e');
});

test('the deepset5 fresh set has the advertised shape', () => {
  const all = deepset5FreshItems();
  const att = all.filter((i) => i.label === 1);
  const ben = all.filter((i) => i.label === 0);
  assert.ok(att.length >= 200 && ben.length >= 200, `${att.length} / ${ben.length}`);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  const share = (set: typeof all, l: string) => set.filter((i) => i.lang === l).length / set.length;
  for (const set of [att, ben]) {
    assert.ok(share(set, 'de') >= 0.4 && share(set, 'en') >= 0.35, 'languages');
    for (const l of ['fr', 'es', 'it'])
      assert.ok(
        set.some((i) => i.lang === l),
        l,
      );
  }
  for (const s of DEEPSET5_SHAPES) assert.ok(att.filter((i) => i.kind === s).length >= 18, s);
  for (const k of DEEPSET5_BENIGN_KINDS) assert.ok(ben.filter((i) => i.kind === k).length >= 20, k);
  for (const it of all) assert.ok(it.text.length >= 10 && it.text.length <= 300, it.text);
  assert.equal(deepset5FreshItems('dev').length + deepset5FreshItems('test').length, all.length);
});

test('guard eval --task deepset5-fresh reports recall and benign flagged per half and language, shapes on dev only', () => {
  const rows = evalDeepset5Fresh(8);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const a = rows.find((r) => r.dataset === `deepset5-fresh [${half}]: injections`);
    assert.ok(a && a.n === 8 && a.recall !== null, half);
    const b = rows.find((r) => r.dataset === `deepset5-fresh [${half}]: benign twins (benign)`);
    assert.ok(b && b.n === 8 && b.fpr !== null, half);
    assert.ok(rows.some((r) => r.dataset.startsWith(`deepset5-fresh [${half}] de: `)));
  }
  assert.ok(rows.some((r) => r.dataset.startsWith('deepset5-fresh [dev, in-sample] praise: injections')));
  assert.ok(!rows.some((r) => /^deepset5-fresh \[test, held out\] (praise|forget|question):/.test(r.dataset)));
  assert.ok(rows.every((r) => r.n > 0));
});
