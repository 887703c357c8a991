import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalWildFresh, WILD_TACTICS, wildItems } from './wild.ts';

test('wild-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = wildItems('test');
  const harmful = t.filter((i) => i.label === 1).map((i) => i.text);
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  assert.equal(harmful.length, 132);
  assert.equal(halfDigest(harmful), '7c611bb4059db55155052e7a15b49e2083aa0c89c893aa79e80f3ecacd7842d2');
  assert.equal(benign.length, 122);
  assert.equal(halfDigest(benign), '8f718771447b85318001c3334712c756ccd722b05f1b831d21ae4c6e7752bea4');
});

test('wild-fresh has the advertised shape: 220+ of each label, 2-4 tactics, ten harm categories, ~15 % de/es/fr/it', () => {
  const all = wildItems();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  for (const label of [0, 1] as const) {
    const set = all.filter((i) => i.label === label);
    assert.ok(set.length >= 220, `${label}: ${set.length}`);
    assert.ok(set.every((i) => i.tactics.length >= 2 && i.tactics.length <= 4));
    for (const t of WILD_TACTICS)
      assert.ok(
        set.some((i) => i.tactics.some((x) => x.startsWith(t))),
        `${label} ${t}`,
      );
    const intl = set.filter((i) => i.lang !== 'en').length / set.length;
    assert.ok(intl >= 0.12 && intl <= 0.25, `${intl}`);
    for (const l of ['de', 'es', 'fr', 'it']) assert.ok(set.some((i) => i.lang === l));
  }
  assert.equal(new Set(all.filter((i) => i.label === 1).map((i) => i.category)).size, 10);
  assert.equal(wildItems('dev').length + wildItems('test').length, all.length);
});

test('guard eval --task wild-fresh reports each guard per half, per tactic on the dev half only', () => {
  const rows = evalWildFresh(3);
  for (const half of ['test, held out', 'dev, in-sample'])
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `wild-fresh [${half}]: adversarial harmful`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `wild-fresh [${half}]: adversarial benign (benign)`);
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
    }
  assert.ok(rows.some((r) => r.dataset.startsWith('wild-fresh [dev, in-sample] fiction')));
  assert.ok(!rows.some((r) => r.dataset.startsWith('wild-fresh [test, held out] fiction')));
});
