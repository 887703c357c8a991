import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalRoleplay2Fresh, ROLEPLAY2_CATEGORIES, roleplay2Items } from './roleplay2-fresh.ts';

test('roleplay2-fresh keeps the test half it was committed with (measured before tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = roleplay2Items('test');
  const benign = t.filter((i) => i.label === 'benign').map((i) => i.text);
  const twins = t.filter((i) => i.label === 'attack').map((i) => i.text);
  assert.equal(benign.length, 196);
  assert.equal(halfDigest(benign), '4b0631efa36429b56073fae7db4727b345dd843e0df264867a873d6bdd6a1118');
  assert.equal(twins.length, 65);
  assert.equal(halfDigest(twins), '75da9d1a2fe343afd5edc687d76d24826d2df614d2b85fb4936813a8b9206e2f');
});

test('roleplay2-fresh has the advertised shape (every category, ~25 % de/es/fr, both kinds of twin)', () => {
  const all = roleplay2Items();
  const benign = all.filter((i) => i.label === 'benign');
  const twins = all.filter((i) => i.label === 'attack');
  assert.ok(benign.length >= 340 && twins.length >= 120);
  assert.equal(benign.length + twins.length, all.length);
  for (const c of ROLEPLAY2_CATEGORIES) {
    assert.ok(benign.filter((i) => i.category === c).length >= 20, c);
    assert.ok(
      twins.some((i) => i.category === c),
      c,
    );
  }
  const foreign = benign.filter((i) => i.lang !== 'en').length / benign.length;
  assert.ok(foreign >= 0.2 && foreign <= 0.3, `${foreign}`);
  for (const l of ['de', 'es', 'fr']) assert.ok(benign.some((i) => i.lang === l) && twins.some((i) => i.lang === l));
  assert.ok(twins.every((i) => i.concept === 'injection' || i.concept === 'harmful'));
  assert.ok(twins.filter((i) => i.concept === 'harmful').length >= 40);
  assert.ok(benign.every((i) => i.concept === undefined));
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  assert.equal(roleplay2Items('dev').length + roleplay2Items('test').length, all.length);
});

test('guard eval --task roleplay2-fresh reports benign flagged and twin recall by injection, harmful and either, per half', () => {
  const rows = evalRoleplay2Fresh(3);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const b = rows.find((r) => r.task === task && r.dataset === `roleplay2-fresh [${half}] (benign)`);
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
      const a = rows.find((r) => r.task === task && r.dataset === `roleplay2-fresh attack twins [${half}] all`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((r) => r.task === 'harmful' && r.dataset === `roleplay2-fresh attack twins [${half}] harmful`));
    assert.ok(
      rows.some((r) => r.task === 'injection' && r.dataset === `roleplay2-fresh attack twins [${half}] injection`),
    );
  }
  assert.ok(rows.some((r) => r.dataset === 'roleplay2-fresh [dev, in-sample] category=villain (benign)'));
  assert.ok(!rows.some((r) => r.dataset.startsWith('roleplay2-fresh [test, held out] category=')));
});
