import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalHarmmlFresh, HARMML_CATEGORIES, HARMML_LANGS, harmmlItems } from './harmml.ts';

test('harmml-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = harmmlItems('test');
  const harmful = t.filter((i) => i.label === 1).map((i) => i.text);
  const twins = t.filter((i) => i.label === 0).map((i) => i.text);
  assert.equal(harmful.length, 179);
  assert.equal(halfDigest(harmful), '8ff203fae798fda9cdd123ca60c443c8e8dea0818b71ec110a2406bfac5c8dc7');
  assert.equal(twins.length, 166);
  assert.equal(halfDigest(twins), '06c8f5ce56f209c65555c1c6c46ad8d103c4e1e591391eaabcb27f08027e906f');
});

test('harmml-fresh has the advertised shape: >= 300 of each label, five main languages even, ten categories, twins by id', () => {
  const all = harmmlItems();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  for (const label of [0, 1] as const) {
    const set = all.filter((i) => i.label === label);
    assert.ok(set.length >= 300, `${label}: ${set.length}`);
    for (const l of ['de', 'es', 'fr', 'it', 'pt']) {
      const share = set.filter((i) => i.lang === l).length / set.length;
      assert.ok(share >= 0.17 && share <= 0.23, `${label} ${l} ${share}`);
    }
    for (const c of HARMML_CATEGORIES) assert.ok(set.filter((i) => i.category === c).length >= 25, `${label} ${c}`);
  }
  assert.ok(all.every((i) => (HARMML_LANGS as readonly string[]).includes(i.lang) && i.lang !== ('en' as string)));
  assert.ok(all.every((i) => (HARMML_CATEGORIES as readonly string[]).includes(i.category)));
  // Every id pairs one harmful request with one twin of the same category and language.
  const byId = new Map<number, typeof all>();
  for (const i of all) byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
  for (const [id, pair] of byId) {
    assert.deepEqual(pair.map((i) => i.label).sort(), [0, 1], `id ${id}`);
    assert.equal(pair[0]?.category, pair[1]?.category, `id ${id}`);
    assert.equal(pair[0]?.lang, pair[1]?.lang, `id ${id}`);
  }
  assert.equal(harmmlItems('dev').length + harmmlItems('test').length, all.length);
});

test('guard eval --task harmml-fresh reports each guard per half and language, per category on the dev half only', () => {
  const rows = evalHarmmlFresh(3);
  for (const half of ['test, held out', 'dev, in-sample'])
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `harmml-fresh [${half}]: harmful requests`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `harmml-fresh [${half}]: legitimate twins (benign)`);
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
    }
  assert.ok(rows.some((r) => r.dataset.startsWith('harmml-fresh [test, held out] de')));
  assert.ok(rows.some((r) => r.dataset.startsWith('harmml-fresh [dev, in-sample] weapons')));
  assert.ok(!rows.some((r) => r.dataset.startsWith('harmml-fresh [test, held out] weapons')));
});
