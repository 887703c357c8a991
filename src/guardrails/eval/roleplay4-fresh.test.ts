import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalRoleplay4Fresh, ROLEPLAY4_CATEGORIES, roleplay4Items } from './roleplay4-fresh.ts';

test('roleplay4-fresh keeps the test half it was committed with (measured before tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = roleplay4Items('test');
  const benign = t.filter((i) => i.label === 'benign').map((i) => i.text);
  const twins = t.filter((i) => i.label === 'attack').map((i) => i.text);
  assert.equal(benign.length, 177);
  assert.equal(halfDigest(benign), '093fc553aaa398009e07b7fe1768c71f355d1085c88fd7a461264eeb7514a893');
  assert.equal(twins.length, 57);
  assert.equal(halfDigest(twins), '8c7e0b3deda033772576b4cd2b2ff6a269e60f57c8082a3aa0c1af0a5891384b');
});

test('roleplay4-fresh has the advertised shape (every category, ~23 % de/es/fr/it, both kinds of twin)', () => {
  const all = roleplay4Items();
  const benign = all.filter((i) => i.label === 'benign');
  const twins = all.filter((i) => i.label === 'attack');
  assert.ok(benign.length >= 340 && twins.length >= 115);
  assert.equal(benign.length + twins.length, all.length);
  for (const c of ROLEPLAY4_CATEGORIES) {
    assert.ok(benign.filter((i) => i.category === c).length >= 20, c);
    assert.ok(
      twins.some((i) => i.category === c),
      c,
    );
  }
  const foreign = benign.filter((i) => i.lang !== 'en').length / benign.length;
  assert.ok(foreign >= 0.2 && foreign <= 0.3, `${foreign}`);
  for (const l of ['de', 'es', 'fr', 'it'])
    assert.ok(benign.some((i) => i.lang === l) && twins.some((i) => i.lang === l));
  assert.ok(twins.every((i) => i.concept === 'injection' || i.concept === 'harmful'));
  assert.ok(twins.filter((i) => i.concept === 'harmful').length >= 35);
  assert.ok(benign.every((i) => i.concept === undefined));
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  assert.equal(roleplay4Items('dev').length + roleplay4Items('test').length, all.length);
});

test('guard eval --task roleplay4-fresh reports benign flagged and twin recall by injection, harmful and either, per half', () => {
  const rows = evalRoleplay4Fresh(3);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const b = rows.find((r) => r.task === task && r.dataset === `roleplay4-fresh [${half}] (benign)`);
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
      const a = rows.find((r) => r.task === task && r.dataset === `roleplay4-fresh attack twins [${half}] all`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((r) => r.task === 'harmful' && r.dataset === `roleplay4-fresh attack twins [${half}] harmful`));
    assert.ok(
      rows.some((r) => r.task === 'injection' && r.dataset === `roleplay4-fresh attack twins [${half}] injection`),
    );
  }
  assert.ok(rows.some((r) => r.dataset === 'roleplay4-fresh [dev, in-sample] category=darkfic (benign)'));
  assert.ok(!rows.some((r) => r.dataset.startsWith('roleplay4-fresh [test, held out] category=')));
});
