import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { evalTriggerFresh2, TRIGGER_BENIGN3_FILE, triggerItems } from './trigger.ts';

const digest = (texts: string[]): string => createHash('sha256').update(texts.sort().join('\n')).digest('hex');

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
