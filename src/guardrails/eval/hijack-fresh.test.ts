import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalHijackFresh, HIJACK_CATEGORIES, hijackItems } from './hijack-fresh.ts';
import { assertHalfRows, assertPairedInHalves } from './paired-set-asserts.ts';

test('the hijack fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = hijackItems('test');
  assert.equal(t.length, 184);
  assert.equal(t.filter((i) => i.label === 1).length, 92);
  assert.equal(halfDigest(t.map((i) => i.text)), '8ceee427d56ec0a6d9c9341ae4e09fd226b8dcf722ce22774b64d4216e783e3d');
});

test('the hijack fresh set pairs every injection with one twin of its family and language, in the same half', () => {
  const all = hijackItems();
  for (const c of HIJACK_CATEGORIES) assert.equal(all.filter((i) => i.category === c && i.label === 1).length, 62, c);
  assertPairedInHalves(all, hijackItems('test'), ['category', 'lang'], 186);
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign > 0.12 && foreign < 0.2, String(foreign));
  for (const l of ['de', 'es', 'fr', 'it'])
    assert.ok(
      all.some((i) => i.lang === l),
      l,
    );
  assert.ok(all.every((i) => i.text.length >= 40 && i.text.length <= 1500));
  // The point of the set: no override phrase in any injection.
  assert.ok(all.every((i) => !/\b(ignore|disregard|forget)\b.{0,30}\b(instructions|rules|previous)\b/i.test(i.text)));
});

test('guard eval --task hijack-fresh reports the injection guard and either per half, per family on the dev half only', () => {
  const rows = evalHijackFresh(4);
  assertHalfRows(rows, 'hijack-fresh', ['injection', 'injection+harmful'], 'injections');
  const perFamily = (half: string) =>
    rows.some((r) => HIJACK_CATEGORIES.some((c) => r.dataset.startsWith(`hijack-fresh [${half}] ${c}`)));
  assert.ok(perFamily('dev, in-sample'));
  assert.ok(!perFamily('test, held out'));
});
