import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalSensitiveFresh, SENSITIVE_CATEGORIES, sensitiveItems } from './sensitive-fresh.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('the sensitive fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = sensitiveItems('test');
  assert.equal(t.length, 204);
  assert.equal(t.filter((i) => i.label === 1).length, 71);
  assert.equal(digest(t.map((i) => i.text)), '17c6265bca6937232c83d70a693ecbfd1b2e353058add20a7b913ae69a2223ec');
});

test('the sensitive fresh set has the advertised shape', () => {
  const all = sensitiveItems();
  const legit = all.filter((i) => i.label === 0);
  const harmful = all.filter((i) => i.label === 1);
  assert.ok(legit.length >= 290 && harmful.length >= 140);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  for (const set of [legit, harmful]) {
    const other = set.filter((i) => i.lang !== 'en').length / set.length;
    assert.ok(other >= 0.25 && other <= 0.35, `de/es/fr ${other}`);
    for (const c of SENSITIVE_CATEGORIES) assert.ok(set.filter((i) => i.category === c).length >= 10, c);
  }
  for (const it of all) assert.ok(SENSITIVE_CATEGORIES.includes(it.category) && it.text.length < 200, it.text);
});

test('guard eval --task sensitive-fresh reports both guards per half and category', () => {
  const rows = evalSensitiveFresh(4);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['harmful', 'injection', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `sensitive-fresh [${half}]: harmful twins`);
      assert.ok(a && a.n === 4 && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `sensitive-fresh [${half}]: legitimate (benign)`);
      assert.ok(b && b.n === 4 && b.fpr !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((r) => r.dataset.startsWith(`sensitive-fresh [${half}] medicine`)));
  }
});
