import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalNearfpFresh, NEARFP_CATEGORIES, nearfpItems } from './nearfp-fresh.ts';

test('nearfp-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = nearfpItems('test');
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  const twins = t.filter((i) => i.label === 1).map((i) => i.text);
  assert.equal(benign.length, 71);
  assert.equal(halfDigest(benign), 'aefaf5ff4f38fed71f284f9b82cbc82433c48810ea92bc33e19171108ad3f0bc');
  assert.equal(twins.length, 34);
  assert.equal(halfDigest(twins), 'e6e0fd042cb8935af2ffc9f2984c9aac48953f7646754719d026ab475e87e356');
});

test('nearfp-fresh has the advertised shape: >= 160 benign, >= 80 twins, ~20 % de/es/fr/it, paired twins', () => {
  const all = nearfpItems();
  const benign = all.filter((i) => i.label === 0);
  const twins = all.filter((i) => i.label === 1);
  assert.ok(benign.length >= 160 && twins.length >= 80, `${benign.length} ${twins.length}`);
  for (const set of [benign, twins]) {
    const other = set.filter((i) => i.lang !== 'en').length / set.length;
    assert.ok(other >= 0.15 && other <= 0.3, `de/es/fr/it ${other}`);
  }
  for (const c of NEARFP_CATEGORIES) assert.ok(benign.filter((i) => i.category === c).length >= 15, c);
  assert.ok(all.every((i) => (NEARFP_CATEGORIES as readonly string[]).includes(i.category)));
  for (const h of twins) {
    const mates = benign.filter((b) => b.id === h.id);
    assert.ok(mates.length > 0 && mates.every((b) => b.category === h.category), h.text);
  }
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  // A pair never straddles the halves.
  const dev = new Set(nearfpItems('dev').map((i) => i.id));
  assert.ok(nearfpItems('test').every((i) => !dev.has(i.id)));
});

test('guard eval --task nearfp-fresh reports each guard per half and category', () => {
  const rows = evalNearfpFresh(3);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['harmful', 'injection', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `nearfp-fresh [${half}]: harmful twins`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `nearfp-fresh [${half}]: legitimate (benign)`);
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((r) => r.dataset.startsWith(`nearfp-fresh [${half}] medicine`)));
  }
});
