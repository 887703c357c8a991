import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { DAILY_CATEGORIES, dailyItems, evalDailyFresh } from './daily-fresh.ts';
import { assertHalfRows, assertPairedInHalves } from './paired-set-asserts.ts';

test('the daily fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = dailyItems('test');
  assert.equal(t.length, 174);
  assert.equal(t.filter((i) => i.label === 1).length, 87);
  assert.equal(halfDigest(t.map((i) => i.text)), 'ce790953b81d1975d5f559e3f18b77ddfb011408a78ca2be43516ca7e721e71a');
});

test('the daily fresh set pairs every harmful request with one twin of its category, in the same half', () => {
  const all = dailyItems();
  for (const c of DAILY_CATEGORIES) assert.equal(all.filter((i) => i.category === c && i.label === 1).length, 14, c);
  assertPairedInHalves(all, dailyItems('test'), ['category', 'lang'], 168);
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign > 0.12 && foreign < 0.2, String(foreign));
});

test('guard eval --task daily-fresh reports the harmful guard and either per half, category and language', () => {
  const rows = evalDailyFresh(4);
  assertHalfRows(rows, 'daily-fresh', ['harmful', 'injection+harmful'], 'harmful');
  for (const half of ['test, held out', 'dev, in-sample'])
    assert.ok(rows.some((r) => DAILY_CATEGORIES.some((c) => r.dataset.startsWith(`daily-fresh [${half}] ${c}`))));
});
