import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalLegitTwinsFresh, LEGIT_TWIN_CATEGORIES, legitTwinItems } from './legit-twins.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('the legit-twins fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = legitTwinItems('test');
  assert.equal(t.length, 229);
  assert.equal(t.filter((i) => i.label === 1).length, 83);
  assert.equal(digest(t.map((i) => i.text)), 'f386ea7b5a0cb3bcb6a037e0828468a0c9944c6cf68882d0afc956a07f1f1d19');
});

test('the legit-twins fresh set has the advertised shape', () => {
  const all = legitTwinItems();
  const legit = all.filter((i) => i.label === 0);
  const harmful = all.filter((i) => i.label === 1);
  assert.ok(legit.length >= 290 && harmful.length >= 140);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  for (const set of [legit, harmful]) {
    const other = set.filter((i) => i.lang !== 'en').length / set.length;
    assert.ok(other >= 0.12 && other <= 0.2, `de/es/fr/it ${other}`);
    for (const c of LEGIT_TWIN_CATEGORIES) assert.ok(set.filter((i) => i.category === c).length >= 15, c);
  }
  for (const it of all) assert.ok(LEGIT_TWIN_CATEGORIES.includes(it.category) && it.text.length < 200, it.text);
});

test('guard eval --task legit-twins-fresh reports both guards per half and category', () => {
  const rows = evalLegitTwinsFresh(4);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['harmful', 'injection', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `legit-twins-fresh [${half}]: harmful twins`);
      assert.ok(a && a.n === 4 && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `legit-twins-fresh [${half}]: legitimate (benign)`);
      assert.ok(b && b.n === 4 && b.fpr !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((r) => r.dataset.startsWith(`legit-twins-fresh [${half}] harassment`)));
  }
});
