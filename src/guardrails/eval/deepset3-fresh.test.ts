import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { DEEPSET3_SHAPES, deepset3FreshItems, evalDeepset3Fresh } from './deepset3-fresh.ts';

test('the deepset3 fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = deepset3FreshItems('test');
  assert.equal(t.length, 219);
  assert.equal(t.filter((i) => i.label === 1).length, 134);
  assert.equal(halfDigest(t.map((i) => i.text)), 'cc9cfaa02f8c040036994b7da43e972be8e1e1bbad08cb5936068d3d8d6720e8');
});

test('the deepset3 fresh set has the advertised shape', () => {
  const all = deepset3FreshItems();
  const att = all.filter((i) => i.label === 1);
  const ben = all.filter((i) => i.label === 0);
  assert.ok(att.length >= 220 && ben.length >= 160, `${att.length} / ${ben.length}`);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  const share = (set: typeof all, l: string) => set.filter((i) => i.lang === l).length / set.length;
  assert.ok(share(att, 'en') >= 0.4 && share(att, 'de') >= 0.35, 'attack languages');
  assert.ok(share(ben, 'en') >= 0.4 && share(ben, 'de') >= 0.35, 'twin languages');
  for (const l of ['es', 'fr', 'it']) assert.ok(att.some((i) => i.lang === l) && ben.some((i) => i.lang === l), l);
  for (const s of DEEPSET3_SHAPES) assert.ok(att.filter((i) => i.kind === s).length >= 10, s);
  for (const it of all) assert.ok(it.kind && it.text.length < 300, it.text);
  assert.equal(deepset3FreshItems('dev').length + deepset3FreshItems('test').length, all.length);
});

test('guard eval --task deepset3-fresh reports recall and twins flagged per half, language and shape', () => {
  const rows = evalDeepset3Fresh(8);
  // (The first 8 items of each half are English: the other language rows appear without a sample.)
  for (const half of ['test, held out', 'dev, in-sample']) {
    const a = rows.find((r) => r.dataset === `deepset3-fresh [${half}]: injections`);
    assert.ok(a && a.n === 8 && a.recall !== null, half);
    const b = rows.find((r) => r.dataset === `deepset3-fresh [${half}]: benign twins (benign)`);
    assert.ok(b && b.n === 8 && b.fpr !== null, half);
    assert.ok(rows.some((r) => r.dataset === `deepset3-fresh [${half}] en: injections`));
    assert.ok(rows.some((r) => r.dataset === `deepset3-fresh [${half}] forget: injections`));
  }
  assert.ok(rows.every((r) => r.n > 0));
});
