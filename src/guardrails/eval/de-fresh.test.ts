import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DE_FRESH_SHAPES, deFreshItems, evalDeFresh } from './de-fresh.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('the German fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = deFreshItems('test');
  assert.equal(t.length, 221);
  assert.equal(t.filter((i) => i.label === 1).length, 115);
  assert.equal(digest(t.map((i) => i.text)), '4268b3d7c349723d6016dd437fe87c34583931b0a97edd7f6af48c7edec7a86c');
});

test('the German fresh set has the advertised shape: ≥ 200 injections, ≥ 200 twins, every shape twinned', () => {
  const all = deFreshItems();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  assert.ok(all.filter((i) => i.label === 1).length >= 200);
  assert.ok(all.filter((i) => i.label === 0).length >= 200);
  for (const [att, ben] of DE_FRESH_SHAPES) {
    const a = all.filter((i) => i.kind === att);
    const b = all.filter((i) => i.kind === ben);
    assert.ok(a.length >= 10 && a.every((i) => i.label === 1), att);
    assert.ok(b.length >= a.length - 2 && b.every((i) => i.label === 0), ben);
  }
  for (const it of all) assert.ok(it.lang === 'de' && it.text.length < 300, it.text);
  assert.equal(deFreshItems('dev').length + deFreshItems('test').length, all.length);
});

test('guard eval --task de-fresh reports recall and twins flagged for both halves and per shape', () => {
  const rows = evalDeFresh(4);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const a = rows.find((r) => r.dataset === `de-fresh [${half}]: injections`);
    assert.ok(a && a.n === 4 && a.recall !== null, half);
    const b = rows.find((r) => r.dataset === `de-fresh [${half}]: benign twins (benign)`);
    assert.ok(b && b.n === 4 && b.fpr !== null, half);
  }
});
