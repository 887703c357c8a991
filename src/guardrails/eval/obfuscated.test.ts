import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { obfuscatedItems } from '../train/generate/obfuscated.ts';
import { evalObfuscatedFresh, OBFUSCATED_FORMS, readObfuscatedFresh } from './obfuscated.ts';
import { halfDigest } from '../train/dev-test.ts';

test('the obfuscated set keeps the test half it was committed with (measured before and after, never read)', () => {
  const items = readObfuscatedFresh();
  assert.ok(items.filter((x) => x.label === 'attack').length >= 230);
  assert.ok(items.filter((x) => x.label === 'benign').length >= 190);
  for (const f of OBFUSCATED_FORMS) assert.ok(items.some((x) => x.form === f));
  const held = readObfuscatedFresh('test').map((x) => x.text);
  assert.equal(held.length, 222);
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin it.
  const digest = halfDigest(held);
  assert.equal(digest, '022cadeb29d8fd981e7eac697d26f15c88c4bf90ad26d023f42fafd393e11f2f');
});

test('the committed file is what the seeded generator writes', () => {
  const lines = readFileSync(new URL('../train/obfuscated-fresh.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.includes('"text"'));
  assert.deepEqual(
    lines,
    obfuscatedItems().map((x) => JSON.stringify(x)),
  );
});

test('guard eval --task obfuscated-fresh reports recall and benign flag rate per half and form', () => {
  const rows = evalObfuscatedFresh(3);
  const names = rows.map((r) => r.dataset);
  assert.ok(names.includes('obfuscated-fresh [test, held out]: attacks'));
  assert.ok(names.includes('obfuscated-fresh [dev, in-sample] suffix: benign twins (benign)'));
  for (const r of rows) {
    assert.ok(r.n <= 3);
    assert.ok(r.dataset.endsWith('(benign)') ? r.fpr !== null : r.recall !== null);
  }
});
