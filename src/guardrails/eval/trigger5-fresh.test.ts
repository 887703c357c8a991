import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalTriggerFresh5, trigger5Items } from './trigger5-fresh.ts';

test('trigger5-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = trigger5Items('test');
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  const twins = t.filter((i) => i.label === 1).map((i) => i.text);
  assert.equal(benign.length, 207);
  assert.equal(halfDigest(benign), '1de83e63cd5c518138de9077e486afe520f2666f5a13498ec8f08acccdeceb2d');
  assert.equal(twins.length, 47);
  assert.equal(halfDigest(twins), 'f92aaab1ac5932c26dc555bce6c7f31f2940f797ec9addfbdc405087b99d7cb4');
});

test('trigger5-fresh has the advertised shape (1–3 triggers, many domains, ~20 % de/es/fr/it, both twin kinds)', () => {
  const all = trigger5Items();
  const benign = all.filter((i) => i.label === 0);
  const twins = all.filter((i) => i.label === 1);
  assert.ok(benign.length >= 390 && twins.length >= 95);
  for (const n of [1, 2, 3]) assert.ok(benign.filter((i) => i.triggers === n).length >= 30, String(n));
  assert.ok(new Set(benign.map((i) => i.domain)).size >= 20);
  assert.ok(benign.filter((i) => i.lang !== 'en').length / benign.length >= 0.2);
  for (const c of ['override', 'exfil']) assert.ok(twins.filter((i) => i.category === c).length >= 30, c);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
});

test('guard eval --task trigger-fresh5 reports flagged rate per half and trigger count and twin recall per half', () => {
  const rows = evalTriggerFresh5(4);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const r = rows.find((x) => x.dataset === `trigger-fresh5 [${half}] (benign)`);
    assert.ok(r && r.n === 4 && r.fpr !== null, half);
    for (const s of ['1 trigger', '2 triggers', '3 triggers'])
      assert.ok(rows.some((x) => x.dataset === `trigger-fresh5 [${half}] ${s} (benign)`));
    const a = rows.find((x) => x.dataset === `trigger-fresh5 attack twins [${half}] all`);
    assert.ok(a && a.n === 4 && a.recall !== null, half);
  }
});
