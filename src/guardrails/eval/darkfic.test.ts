import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DARKFIC_KINDS, darkficItems, evalDarkficFresh } from './darkfic.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('darkfic-fresh keeps the test half it was committed with (measured before tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = darkficItems('test');
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  const twins = t.filter((i) => i.label === 1).map((i) => i.text);
  assert.equal(benign.length, 155);
  assert.equal(digest(benign), '00e5d69d60357e02cc48c8764e432b6416c35771fb298b88aa6ed8bb78606d87');
  assert.equal(twins.length, 52);
  assert.equal(digest(twins), 'd0841e742c172c514662a55881b6f52b39134971bf3f047eeddf10590ae8cbaf');
});

test('darkfic-fresh has the advertised shape (every theme, ~15 % de/es/fr, both kinds of twin)', () => {
  const all = darkficItems();
  const benign = all.filter((i) => i.label === 0);
  const twins = all.filter((i) => i.label === 1);
  assert.ok(benign.length >= 300 && twins.length >= 100);
  for (const k of DARKFIC_KINDS)
    assert.ok(
      benign.some((i) => i.kind === k),
      k,
    );
  const foreign = benign.filter((i) => i.lang !== 'en').length / benign.length;
  assert.ok(foreign >= 0.12 && foreign <= 0.25, `${foreign}`);
  for (const l of ['de', 'es', 'fr']) assert.ok(benign.some((i) => i.lang === l) && twins.some((i) => i.lang === l));
  assert.ok(twins.filter((i) => i.category === 'harmful').length >= 50);
  assert.ok(twins.filter((i) => i.category === 'override').length >= 35);
  assert.ok(benign.every((i) => i.category === undefined));
  assert.ok(
    benign.some((i) => i.text.split(/\s+/).length >= 100),
    'has long scene briefs',
  );
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  assert.equal(darkficItems('dev').length + darkficItems('test').length, all.length);
});

test('guard eval --task darkfic-fresh reports benign flagged and twin recall by injection, harmful and either, per half', () => {
  const rows = evalDarkficFresh(3);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const b = rows.find((r) => r.task === task && r.dataset === `darkfic-fresh [${half}] (benign)`);
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
      const a = rows.find((r) => r.task === task && r.dataset === `darkfic-fresh attack twins [${half}] all`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((r) => r.dataset === `darkfic-fresh [${half}] kind=villain (benign)`));
    assert.ok(rows.some((r) => r.task === 'harmful' && r.dataset === `darkfic-fresh attack twins [${half}] harmful`));
    assert.ok(
      rows.some((r) => r.task === 'injection' && r.dataset === `darkfic-fresh attack twins [${half}] override`),
    );
  }
});
