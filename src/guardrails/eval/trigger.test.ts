import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import {
  evalTriggerFresh2,
  evalTriggerFresh4,
  TRIGGER_BENIGN3_FILE,
  TRIGGER4_CATEGORIES,
  trigger4Items,
  triggerItems,
} from './trigger.ts';

const digest = halfDigest;

test('the fresh trigger-word set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const test = triggerItems('test').map((i) => i.text);
  assert.equal(test.length, 135);
  assert.equal(digest(test), 'd17975964c370238b8c328bc94ca7ceac594a9a979cfb7ffa80adb6309d4e731');
  const test3 = triggerItems('test', TRIGGER_BENIGN3_FILE).map((i) => i.text);
  assert.equal(test3.length, 61);
  assert.equal(digest(test3), '54126f8d952cfaa481dfd2bb5625bc0f5563a357d3307dcfd5c7b32a631ca0b2');
});

test('the trigger-word set has the advertised shape', () => {
  const all = triggerItems();
  assert.ok(all.length >= 240);
  assert.ok(all.filter((i) => i.lang !== 'en').length >= 90);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
});

test('guard eval --task trigger-fresh2 reports the FPR per half and language group', () => {
  const rows = evalTriggerFresh2(8);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const r = rows.find((x) => x.dataset === `trigger-fresh2 [${half}] (benign)`);
    assert.ok(r && r.n === 8 && r.fpr !== null, half);
    assert.ok(rows.some((x) => x.dataset === `trigger-fresh2 [${half}] de/es/fr/it/pt (benign)`));
  }
});

test('trigger-benign4 keeps the test half it was committed with (measured before tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = trigger4Items('test');
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  const attacks = t.filter((i) => i.label === 1).map((i) => i.text);
  assert.equal(benign.length, 199);
  assert.equal(digest(benign), 'ae9506ff08f9abf146bb4817797bcd27fab6e8f8a5b80b11b35d02d2731c069e');
  assert.equal(attacks.length, 47);
  assert.equal(digest(attacks), '98a250415e8fb7ad0ac635b9c7e5695b71625c1ee51ac2622de1048428ac9cb5');
});

test('trigger-benign4 has the advertised shape (NotInject categories, ~30 % not English, attack twins)', () => {
  const all = trigger4Items();
  const benign = all.filter((i) => i.label === 0);
  assert.equal(benign.length, 360);
  assert.equal(all.filter((i) => i.label === 1).length, 80);
  for (const c of TRIGGER4_CATEGORIES) assert.ok(benign.filter((i) => i.category === c).length >= 60, c);
  assert.ok(benign.filter((i) => i.lang !== 'en').length >= 100);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
});

test('guard eval --task trigger-fresh4 reports flagged rate per half and category and twin recall per half', () => {
  const rows = evalTriggerFresh4(4);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const r = rows.find((x) => x.dataset === `trigger-fresh4 [${half}] (benign)`);
    assert.ok(r && r.n === 4 && r.fpr !== null, half);
    for (const c of TRIGGER4_CATEGORIES)
      assert.ok(rows.some((x) => x.dataset === `trigger-fresh4 [${half}] ${c} (benign)`));
    const a = rows.find((x) => x.dataset === `trigger-fresh4 attack twins [${half}] all`);
    assert.ok(a && a.n === 4 && a.recall !== null, half);
  }
});
