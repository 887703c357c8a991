import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalTechniqueFresh, TECHNIQUES, techniqueItems } from './technique.ts';

test('technique-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = techniqueItems('test');
  const harmful = t.filter((i) => i.label === 1).map((i) => i.text);
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  assert.equal(harmful.length, 121);
  assert.equal(halfDigest(harmful), 'adc7d5b40157039f003e294483337978705de41ed164acc24de003d5303a977e');
  assert.equal(benign.length, 129);
  assert.equal(halfDigest(benign), 'bd77a01ac3f667828a9c05f65ea42d08ad6bb6c5ae54da7a470234acb7f84ab4');
});

test('technique-fresh has the advertised shape: 12 techniques, ~20 of each label each, ~20 % de/es/fr/it', () => {
  const all = techniqueItems();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  for (const label of [0, 1] as const) {
    const set = all.filter((i) => i.label === label);
    assert.ok(set.length >= 240, `${label}: ${set.length}`);
    for (const t of TECHNIQUES) assert.ok(set.filter((i) => i.technique === t).length >= 19, `${label} ${t}`);
    const intl = set.filter((i) => i.lang !== 'en').length / set.length;
    assert.ok(intl >= 0.15 && intl <= 0.25, `${intl}`);
    for (const l of ['de', 'es', 'fr', 'it']) assert.ok(set.some((i) => i.lang === l));
  }
  assert.ok(all.every((i) => (TECHNIQUES as readonly string[]).includes(i.technique)));
  assert.equal(techniqueItems('dev').length + techniqueItems('test').length, all.length);
});

test('guard eval --task technique-fresh reports each guard per half, per technique on the dev half only', () => {
  const rows = evalTechniqueFresh(3);
  for (const half of ['test, held out', 'dev, in-sample'])
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `technique-fresh [${half}]: technique harmful`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
      const b = rows.find(
        (r) => r.task === task && r.dataset === `technique-fresh [${half}]: technique benign (benign)`,
      );
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
    }
  assert.ok(rows.some((r) => r.dataset.startsWith('technique-fresh [dev, in-sample] policy')));
  assert.ok(!rows.some((r) => r.dataset.startsWith('technique-fresh [test, held out] policy')));
});
