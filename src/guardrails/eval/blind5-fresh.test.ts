import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { BLIND5_CATEGORIES, blind5Items, evalBlind5Fresh } from './blind5-fresh.ts';
import { assertHalfRows, assertPairedInHalves } from './paired-set-asserts.ts';

test('the blind5 fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = blind5Items('test');
  assert.equal(t.length, 152);
  assert.equal(t.filter((i) => i.label === 1).length, 76);
  assert.equal(halfDigest(t.map((i) => i.text)), 'd6df2b66f4f5be417fc59ed180a114335d2b3c17dd8350015c8247ac044e17dd');
});

test('the blind5 fresh set pairs every harmful request with one twin of its category, in the same half', () => {
  const all = blind5Items();
  const counts = Object.fromEntries(
    BLIND5_CATEGORIES.map((c) => [c, all.filter((i) => i.category === c && i.label === 1).length]),
  );
  assert.deepEqual(counts, {
    'covert-harm': 11,
    harassment: 11,
    scams: 14,
    defamation: 10,
    sabotage: 11,
    'safety-bypass': 11,
    cheating: 11,
    'workplace-forgery': 11,
    'crime-violence': 13,
    hate: 11,
    'self-harm-medical': 12,
    'privacy-cyber': 13,
    evasion: 11,
  });
  assertPairedInHalves(all, blind5Items('test'), ['category', 'lang'], 150);
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign > 0.12 && foreign < 0.2, String(foreign));
});

test('guard eval --task blind5-fresh reports the harmful guard and either per half, category and language', () => {
  const rows = evalBlind5Fresh(4);
  assertHalfRows(rows, 'blind5-fresh', ['harmful', 'injection+harmful'], 'harmful');
  for (const half of ['test, held out', 'dev, in-sample'])
    assert.ok(rows.some((r) => BLIND5_CATEGORIES.some((c) => r.dataset.startsWith(`blind5-fresh [${half}] ${c}`))));
});
