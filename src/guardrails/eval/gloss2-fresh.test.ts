import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalGloss2Fresh, GLOSS2_LANGS, gloss2Items } from './gloss2-fresh.ts';
import { HARMML_CATEGORIES } from './harmml.ts';

test('gloss2-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = gloss2Items('test');
  const harmful = t.filter((i) => i.label === 1).map((i) => i.text);
  const twins = t.filter((i) => i.label === 0).map((i) => i.text);
  assert.equal(harmful.length, 76);
  assert.equal(halfDigest(harmful), 'c90359894dec64afe848efd216d534392ccd86d67857ea18a2beba46598db3df');
  assert.equal(twins.length, 51);
  assert.equal(halfDigest(twins), '1d6ae5bb6b9dc98b8d128eed55a87c3a5a507cefd079ff6615c01d2991ef4fcb');
});

test('gloss2-fresh has the advertised shape: >= 120 harmful, >= 80 twins, de/nl/pl most, twins share id, category and language', () => {
  const all = gloss2Items();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  assert.ok(all.filter((i) => i.label === 1).length >= 120);
  assert.ok(all.filter((i) => i.label === 0).length >= 80);
  assert.ok(all.every((i) => (GLOSS2_LANGS as readonly string[]).includes(i.lang)));
  assert.ok(all.every((i) => (HARMML_CATEGORIES as readonly string[]).includes(i.category)));
  for (const l of ['de', 'nl', 'pl']) assert.ok(all.filter((i) => i.lang === l && i.label === 1).length >= 25, l);
  const byId = new Map<number, typeof all>();
  for (const i of all) byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
  for (const [id, group] of byId) {
    assert.ok(group.filter((i) => i.label === 1).length === 1 && group.length <= 2, `id ${id}`);
    assert.ok(
      group.every((i) => i.category === group[0]?.category && i.lang === group[0]?.lang),
      `id ${id}`,
    );
  }
  assert.equal(gloss2Items('dev').length + gloss2Items('test').length, all.length);
});

test('guard eval --task gloss2-fresh reports each guard per half and language, per category on the dev half only', () => {
  const rows = evalGloss2Fresh(3);
  for (const half of ['test, held out', 'dev, in-sample'])
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `gloss2-fresh [${half}]: harmful requests`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `gloss2-fresh [${half}]: legitimate twins (benign)`);
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
    }
  assert.ok(rows.some((r) => r.dataset.startsWith('gloss2-fresh [test, held out] de')));
  assert.ok(rows.some((r) => r.dataset.startsWith('gloss2-fresh [dev, in-sample] weapons')));
  assert.ok(!rows.some((r) => r.dataset.startsWith('gloss2-fresh [test, held out] weapons')));
});
