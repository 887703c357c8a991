import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalHarmbenchFresh, HARMBENCH_CATEGORIES, HARMBENCH_STYLES, harmbenchItems } from './harmbench.ts';

test('harmbench-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = harmbenchItems('test');
  const harmful = t.filter((i) => i.label === 1).map((i) => i.text);
  const twins = t.filter((i) => i.label === 0).map((i) => i.text);
  assert.equal(harmful.length, 126);
  assert.equal(halfDigest(harmful), '192c7ad28e5c8f0fdd0e6944a1574fc73d05cdb1d88ffc5f87de816b11b68b9f');
  assert.equal(twins.length, 126);
  assert.equal(halfDigest(twins), 'd15d0de42654be53f670705ebd596f7d58e6be5047cb21c294016fb65d5c30ee');
});

test('harmbench-fresh has the advertised shape: >= 220 behaviours, both styles, six categories, one twin per id', () => {
  const all = harmbenchItems();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  for (const label of [0, 1] as const) {
    const set = all.filter((i) => i.label === label);
    assert.ok(set.length >= 220, `${label}: ${set.length}`);
    for (const c of HARMBENCH_CATEGORIES) assert.ok(set.filter((i) => i.category === c).length >= 30, `${label} ${c}`);
    for (const s of HARMBENCH_STYLES) assert.ok(set.filter((i) => i.style === s).length >= 30, `${label} ${s}`);
  }
  // Every id pairs one behaviour with one twin of the same category, style and language, in one half.
  const byId = new Map<number, typeof all>();
  for (const i of all) byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
  const dev = new Set(harmbenchItems('dev').map((i) => i.text));
  for (const [id, pair] of byId) {
    assert.deepEqual(pair.map((i) => i.label).sort(), [0, 1], `id ${id}`);
    for (const k of ['category', 'style', 'lang'] as const) assert.equal(pair[0]?.[k], pair[1]?.[k], `id ${id} ${k}`);
    assert.equal(dev.has(pair[0]?.text ?? ''), dev.has(pair[1]?.text ?? ''), `id ${id} half`);
  }
  assert.equal(harmbenchItems('dev').length + harmbenchItems('test').length, all.length);
});

test('guard eval --task harmbench-fresh reports each guard per half and style, per category on the dev half only', () => {
  const rows = evalHarmbenchFresh(3);
  for (const half of ['test, held out', 'dev, in-sample'])
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `harmbench-fresh [${half}]: harmful behaviours`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
      const b = rows.find(
        (r) => r.task === task && r.dataset === `harmbench-fresh [${half}]: legitimate twins (benign)`,
      );
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
    }
  assert.ok(rows.some((r) => r.dataset.startsWith('harmbench-fresh [test, held out] standard')));
  assert.ok(rows.some((r) => r.dataset.startsWith('harmbench-fresh [dev, in-sample] cyber')));
  assert.ok(!rows.some((r) => r.dataset.startsWith('harmbench-fresh [test, held out] cyber')));
});
