import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalForbid2Fresh, forbid2Items } from './forbid2-fresh.ts';
import { FORBIDDEN_CATEGORIES } from './forbidden-fresh.ts';

test('the forbid2 fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = forbid2Items('test');
  assert.equal(t.length, 224);
  assert.equal(t.filter((i) => i.label === 1).length, 112);
  assert.equal(halfDigest(t.map((i) => i.text)), '87e387a69b03e9ac8dfeef8423591f6949cb8cade21d8c31d4974c20fb51561d');
});

test('the forbid2 fresh set pairs every harmful question with one twin of its category, in the same half', () => {
  const all = forbid2Items();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  const test = new Set(forbid2Items('test'));
  for (const c of FORBIDDEN_CATEGORIES) assert.ok(all.filter((i) => i.category === c && i.label === 1).length >= 25, c);
  const byId = new Map<number, typeof all>();
  for (const i of all) byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
  assert.ok(byId.size >= 200);
  for (const [id, pair] of byId) {
    assert.deepEqual(pair.map((i) => i.label).sort(), [0, 1], `id ${id}`);
    assert.equal(pair[0].category, pair[1].category, `id ${id}`);
    assert.equal(test.has(pair[0]), test.has(pair[1]), `id ${id}`);
  }
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign > 0.15 && foreign < 0.3, String(foreign));
});

test('guard eval --task forbid2-fresh reports the harmful guard and either per half, category and language', () => {
  const rows = evalForbid2Fresh(4);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['harmful', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `forbid2-fresh [${half}]: harmful`);
      assert.ok(a && a.n === 4 && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `forbid2-fresh [${half}]: twins (benign)`);
      assert.ok(b && b.n === 4 && b.fpr !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((r) => r.dataset.startsWith(`forbid2-fresh [${half}] illegal`)));
  }
});
