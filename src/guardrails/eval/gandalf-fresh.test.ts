import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { assertHalfRows, assertPairedInHalves } from './paired-set-asserts.ts';
import { evalGandalfFresh, GANDALF_CATEGORIES, gandalfItems } from './gandalf-fresh.ts';

test('the gandalf fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = gandalfItems('test');
  assert.equal(t.length, 146);
  assert.equal(t.filter((i) => i.label === 1).length, 73);
  assert.equal(halfDigest(t.map((i) => i.text)), '4eb1f23da6690742c773a8cbd41849e44a93b0a4483790363ce7f2378596d739');
});

test('the gandalf fresh set pairs every attack with one twin of its category and language, in the same half', () => {
  const all = gandalfItems();
  for (const c of GANDALF_CATEGORIES) assert.equal(all.filter((i) => i.category === c && i.label === 1).length, 10, c);
  assertPairedInHalves(all, gandalfItems('test'), ['category', 'lang'], 140);
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign >= 0.18 && foreign < 0.3, String(foreign));
});

test('guard eval --task gandalf-fresh reports the injection guard and either per half, family and category', () => {
  const rows = evalGandalfFresh(4);
  assertHalfRows(rows, 'gandalf-fresh', ['injection', 'injection+harmful'], 'attacks');
  for (const half of ['test, held out', 'dev, in-sample'])
    assert.ok(rows.some((r) => r.dataset.startsWith(`gandalf-fresh [${half}] secret`)));
});
