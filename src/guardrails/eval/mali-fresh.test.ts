import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { assertHalfRows, assertPairedInHalves } from './paired-set-asserts.ts';
import { evalMaliFresh, MALI_INTENTS, maliItems } from './mali-fresh.ts';

test('the mali fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = maliItems('test');
  assert.equal(t.length, 154);
  assert.equal(t.filter((i) => i.label === 1).length, 77);
  assert.equal(halfDigest(t.map((i) => i.text)), '13f5b6a6b449ba40a1404c14ff1b5a0db77e89e04aeefd15926f5fb1066be2f6');
});

test('the mali fresh set pairs every harmful question with one twin of its intent, in the same half', () => {
  const all = maliItems();
  for (const c of MALI_INTENTS) assert.equal(all.filter((i) => i.category === c && i.label === 1).length, 10, c);
  assertPairedInHalves(all, maliItems('test'), ['category', 'lang'], 150);
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign > 0.12 && foreign < 0.25, String(foreign));
});

test('guard eval --task mali-fresh reports the harmful guard and either per half, intent and language', () => {
  const rows = evalMaliFresh(4);
  assertHalfRows(rows, 'mali-fresh', ['harmful', 'injection+harmful'], 'harmful');
  for (const half of ['test, held out', 'dev, in-sample'])
    assert.ok(rows.some((r) => MALI_INTENTS.some((c) => r.dataset.startsWith(`mali-fresh [${half}] ${c}`))));
});
