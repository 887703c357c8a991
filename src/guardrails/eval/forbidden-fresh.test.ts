import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalForbiddenFresh, FORBIDDEN_CATEGORIES, forbiddenItems } from './forbidden-fresh.ts';

test('the forbidden fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = forbiddenItems('test');
  assert.equal(t.length, 215);
  assert.equal(t.filter((i) => i.label === 1).length, 150);
  assert.equal(halfDigest(t.map((i) => i.text)), '4830299ab4ca91546bb0d166dc3cbb6d7201fd7b2146136f14dd7a0acccf2054');
});

test('the forbidden fresh set has the advertised shape', () => {
  const all = forbiddenItems();
  const harmful = all.filter((i) => i.label === 1);
  const twins = all.filter((i) => i.label === 0);
  assert.ok(harmful.length >= 300 && twins.length >= 150);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  for (const c of FORBIDDEN_CATEGORIES) {
    assert.ok(harmful.filter((i) => i.category === c).length >= 35, c);
    assert.ok(twins.filter((i) => i.category === c).length >= 18, c);
  }
  for (const it of all) assert.ok(FORBIDDEN_CATEGORIES.includes(it.category) && it.text.length < 200, it.text);
});

test('guard eval --task forbidden-fresh reports both guards per half and category', () => {
  const rows = evalForbiddenFresh(4);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['harmful', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `forbidden-fresh [${half}]: harmful`);
      assert.ok(a && a.n === 4 && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `forbidden-fresh [${half}]: twins (benign)`);
      assert.ok(b && b.n === 4 && b.fpr !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((r) => r.dataset.startsWith(`forbidden-fresh [${half}] illegal`)));
  }
});
