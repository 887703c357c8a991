import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfOf, halfDigest } from '../train/dev-test.ts';
import { evalJailbreakFresh, readJailbreakFresh } from './injection.ts';

test('the fresh jailbreak set keeps the test half it was committed with (measured before and after, never read)', () => {
  const items = readJailbreakFresh();
  assert.ok(items.filter((x) => x.label === 'attack').length >= 160);
  assert.ok(items.filter((x) => x.label === 'benign').length >= 160);
  for (const lang of ['de', 'es', 'fr', 'it', 'pt'])
    assert.ok(items.some((x) => x.lang === lang && x.label === 'attack'));
  const held = items.filter((x) => halfOf(x.text) === 'test').map((x) => x.text);
  assert.equal(held.length, 193);
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin it.
  const digest = halfDigest(held);
  assert.equal(digest, '732c55cea8f4f86ae6aa13e0674fd8dd717943b19fbb99608ed7ac570c76dcd3');
});

test('guard eval --task jailbreak-fresh reports recall and benign flag rate per half', () => {
  const rows = evalJailbreakFresh(5);
  const names = rows.map((r) => r.dataset);
  assert.ok(names.includes('jailbreak-fresh [test, held out]: jailbreaks'));
  assert.ok(names.includes('jailbreak-fresh [dev, in-sample]: benign twins (benign)'));
  for (const r of rows) {
    assert.equal(r.task, 'jailbreak-fresh');
    assert.ok(r.n <= 5);
    assert.ok(r.dataset.endsWith('(benign)') ? r.fpr !== null : r.recall !== null);
  }
});
