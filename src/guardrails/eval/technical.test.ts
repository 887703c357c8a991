import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalTechnicalFresh, TECHNICAL_KINDS, technicalItems } from './technical.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('technical-benign-fresh keeps the test half it was committed with (measured before tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = technicalItems('test');
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  const attacks = t.filter((i) => i.label === 1).map((i) => i.text);
  assert.equal(benign.length, 133);
  assert.equal(digest(benign), 'ec85b0f01cd07ae14e55818aa778a5264d9b9a1c27ad66de0befd93f1c185325');
  assert.equal(attacks.length, 35);
  assert.equal(digest(attacks), 'c6c48fc096ed9cff876ac08ba9e7ad5898b1bab3380926bbadb88d9228d88dfd');
});

test('technical-benign-fresh has the advertised shape (kinds, some de/es/fr, attack twins)', () => {
  const all = technicalItems();
  const benign = all.filter((i) => i.label === 0);
  assert.ok(benign.length >= 260);
  assert.ok(all.filter((i) => i.label === 1).length >= 75);
  for (const k of TECHNICAL_KINDS)
    assert.ok(
      benign.some((i) => i.kind === k),
      k,
    );
  assert.ok(all.filter((i) => i.lang !== 'en').length >= 40);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
});

test('guard eval --task technical-fresh reports flagged rate per half and kind and twin recall per half', () => {
  const rows = evalTechnicalFresh(3);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const r = rows.find((x) => x.dataset === `technical-fresh [${half}] (benign)`);
    assert.ok(r && r.n === 3 && r.fpr !== null, half);
    assert.ok(rows.some((x) => x.dataset === `technical-fresh [${half}] yaml (benign)`));
    const a = rows.find((x) => x.dataset === `technical-fresh attack twins [${half}] all`);
    assert.ok(a && a.n === 3 && a.recall !== null, half);
  }
});
