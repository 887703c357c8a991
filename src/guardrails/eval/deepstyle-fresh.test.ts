import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEEPSTYLE_SHAPES, deepstyleItems, evalDeepstyleFresh } from './deepstyle-fresh.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('the deepstyle fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = deepstyleItems('test');
  assert.equal(t.length, 215);
  assert.equal(t.filter((i) => i.label === 1).length, 107);
  assert.equal(digest(t.map((i) => i.text)), '47a1623d477fa2bd765232449853d4280cbb7b62ec35ddce2ca80098a2ebb1e6');
});

test('the deepstyle fresh set has the advertised shape: five attack shapes, each with as many benign twins', () => {
  const all = deepstyleItems();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  for (const [att, ben] of DEEPSTYLE_SHAPES) {
    const a = all.filter((i) => i.kind === att);
    const b = all.filter((i) => i.kind === ben);
    assert.ok(a.length >= 44 && a.every((i) => i.label === 1), att);
    assert.equal(b.length, a.length, ben);
    assert.ok(
      b.every((i) => i.label === 0),
      ben,
    );
  }
  for (const label of [0, 1]) {
    const set = all.filter((i) => i.label === label);
    assert.ok(set.length >= 220);
    const de = set.filter((i) => i.lang === 'de').length / set.length;
    const en = set.filter((i) => i.lang === 'en').length / set.length;
    assert.ok(de >= 0.4 && en >= 0.4, `de ${de} en ${en}`);
    assert.ok(set.some((i) => i.lang === 'es') && set.some((i) => i.lang === 'fr'));
  }
  for (const it of all) assert.ok(it.text.length < 300, it.text);
  assert.equal(deepstyleItems('dev').length + deepstyleItems('test').length, all.length);
});

test('guard eval --task deepstyle-fresh reports recall and FPR per half, language and shape', () => {
  const rows = evalDeepstyleFresh(5);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const a = rows.find((r) => r.dataset === `deepstyle-fresh [${half}]: injections`);
    assert.ok(a && a.n === 5 && a.recall !== null, half);
    const b = rows.find((r) => r.dataset === `deepstyle-fresh [${half}]: benign twins (benign)`);
    assert.ok(b && b.n === 5 && b.fpr !== null, half);
    for (const g of ['en', 'de', 'es/fr', 'pivot_disinfo', 'coercion'])
      assert.ok(
        rows.some((r) => r.dataset === `deepstyle-fresh [${half}] ${g}: injections`),
        g,
      );
  }
});
