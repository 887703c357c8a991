import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { assertHalfRows, assertPairedInHalves } from './paired-set-asserts.ts';
import { evalSorryFresh, SORRY_MUTATIONS, sorryItems } from './sorry-fresh.ts';

test('the sorry fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = sorryItems('test');
  assert.equal(t.length, 158);
  assert.equal(t.filter((i) => i.label === 1).length, 79);
  assert.equal(halfDigest(t.map((i) => i.text)), '6c9886b69a95b404a14236ecab6b7747f94db761bdc77dec6889b986f08cb2eb');
});

test('the sorry fresh set pairs every harmful request with one twin of its mutation and category, in the same half', () => {
  const all = sorryItems();
  for (const m of SORRY_MUTATIONS) assert.equal(all.filter((i) => i.mutation === m && i.label === 1).length, 10, m);
  assertPairedInHalves(all, sorryItems('test'), ['category', 'mutation'], 150);
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign > 0.12 && foreign < 0.25, String(foreign));
});

test('guard eval --task sorry-fresh reports the harmful guard and either per half, mutation and language', () => {
  const rows = evalSorryFresh(4);
  assertHalfRows(rows, 'sorry-fresh', ['harmful', 'injection+harmful'], 'harmful');
  for (const half of ['test, held out', 'dev, in-sample'])
    assert.ok(rows.some((r) => SORRY_MUTATIONS.some((m) => r.dataset.startsWith(`sorry-fresh [${half}] ${m}`))));
});
