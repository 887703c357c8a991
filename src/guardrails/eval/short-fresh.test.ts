import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalShortFresh, shortFreshItems } from './short-fresh.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('the short-injection fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = shortFreshItems('test');
  assert.equal(t.length, 255);
  assert.equal(t.filter((i) => i.label === 1).length, 114);
  assert.equal(digest(t.map((i) => i.text)), 'b4d7ed92af75d84643fba2009a1a4ade38e44a401d3a797abee20123a6b3336d');
});

test('the short-injection fresh set has the advertised shape', () => {
  const all = shortFreshItems();
  const att = all.filter((i) => i.label === 1);
  const ben = all.filter((i) => i.label === 0);
  assert.ok(att.length >= 240 && ben.length >= 240);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  for (const set of [att, ben]) {
    const de = set.filter((i) => i.lang === 'de').length / set.length;
    const en = set.filter((i) => i.lang === 'en').length / set.length;
    assert.ok(de >= 0.35 && en >= 0.5, `de ${de} en ${en}`);
    assert.ok(set.some((i) => i.lang === 'es') && set.some((i) => i.lang === 'fr'));
  }
  for (const it of all) assert.ok(it.kind && it.text.length < 300, it.text);
  assert.equal(shortFreshItems('dev').length + shortFreshItems('test').length, all.length);
});

test('guard eval --task short-fresh reports recall and FPR for both halves and per language', () => {
  const rows = evalShortFresh(6);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const a = rows.find((r) => r.dataset === `short-fresh [${half}]: injections`);
    assert.ok(a && a.n === 6 && a.recall !== null, half);
    const b = rows.find((r) => r.dataset === `short-fresh [${half}]: benign twins (benign)`);
    assert.ok(b && b.n === 6 && b.fpr !== null, half);
    for (const l of ['en', 'de', 'es/fr'])
      assert.ok(rows.some((r) => r.dataset === `short-fresh [${half}] ${l}: injections`));
  }
});
