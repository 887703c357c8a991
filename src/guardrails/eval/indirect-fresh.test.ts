import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalIndirectFresh, INDIRECT_GOALS, INDIRECT_KINDS, indirectItems } from './indirect-fresh.ts';

test('indirect-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = indirectItems('test');
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  const attacks = t.filter((i) => i.label === 1).map((i) => i.text);
  assert.equal(benign.length, 147);
  assert.equal(halfDigest(benign), 'e0f49579f1f8eb08db29230f4e8f7e27283413581dc222f4e116d29d5b8278ec');
  assert.equal(attacks.length, 128);
  assert.equal(halfDigest(attacks), '7d69b1b2be8cff6ffdd41cefd1617e1df2c0e7351d2e15bbde934f5acddcfdc8');
});

test('indirect-fresh has the advertised shape (every kind and goal, ≥ 20 % de/es/fr/it on both sides)', () => {
  const all = indirectItems();
  const benign = all.filter((i) => i.label === 0);
  const attacks = all.filter((i) => i.label === 1);
  assert.ok(attacks.length >= 245 && benign.length >= 295);
  for (const k of INDIRECT_KINDS) {
    assert.ok(attacks.filter((i) => i.kind === k).length >= 10, k);
    assert.ok(benign.filter((i) => i.kind === k).length >= 10, k);
  }
  for (const g of INDIRECT_GOALS) assert.ok(attacks.filter((i) => i.goal === g).length >= 10, g);
  assert.ok(benign.every((i) => i.goal === undefined));
  for (const s of [benign, attacks]) assert.ok(s.filter((i) => i.lang !== 'en').length / s.length >= 0.2);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
});

test('guard eval --task indirect-fresh reports benign flagged and attack recall per half, goal and kind', () => {
  const rows = evalIndirectFresh(3);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const r = rows.find((x) => x.dataset === `indirect-fresh [${half}] (benign)`);
    assert.ok(r && r.n === 3 && r.fpr !== null, half);
    const a = rows.find((x) => x.dataset === `indirect-fresh attack twins [${half}] all`);
    assert.ok(a && a.n === 3 && a.recall !== null, half);
    for (const k of INDIRECT_KINDS) assert.ok(rows.some((x) => x.dataset === `indirect-fresh [${half}] ${k} (benign)`));
    for (const g of INDIRECT_GOALS)
      assert.ok(rows.some((x) => x.dataset === `indirect-fresh attack twins [${half}] goal ${g}`));
  }
});
