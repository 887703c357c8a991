import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalRoleplay3Fresh, ROLEPLAY3_CATEGORIES, roleplay3Items } from './roleplay3-fresh.ts';

test('roleplay3-fresh keeps the test half it was committed with (measured before tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = roleplay3Items('test');
  const benign = t.filter((i) => i.label === 'benign').map((i) => i.text);
  const twins = t.filter((i) => i.label === 'attack').map((i) => i.text);
  assert.equal(benign.length, 174);
  assert.equal(halfDigest(benign), 'dee5aa472b2ddfe53defb21837aaec7cdb47817353647e8113973e1f5a7dd13b');
  assert.equal(twins.length, 61);
  assert.equal(halfDigest(twins), '8b65045ef15a3f9a8f74d76d5c70b9b6b3cbf4e9d3387791329a254b5bfccd9c');
});

test('roleplay3-fresh has the advertised shape (every category, ~25 % de/es/fr/it, both kinds of twin)', () => {
  const all = roleplay3Items();
  const benign = all.filter((i) => i.label === 'benign');
  const twins = all.filter((i) => i.label === 'attack');
  assert.ok(benign.length >= 320 && twins.length >= 100);
  assert.equal(benign.length + twins.length, all.length);
  for (const c of ROLEPLAY3_CATEGORIES) {
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
  assert.equal(roleplay3Items('dev').length + roleplay3Items('test').length, all.length);
});

test('guard eval --task roleplay3-fresh reports benign flagged and twin recall by injection, harmful and either, per half', () => {
  const rows = evalRoleplay3Fresh(3);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const b = rows.find((r) => r.task === task && r.dataset === `roleplay3-fresh [${half}] (benign)`);
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
      const a = rows.find((r) => r.task === task && r.dataset === `roleplay3-fresh attack twins [${half}] all`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((r) => r.task === 'harmful' && r.dataset === `roleplay3-fresh attack twins [${half}] harmful`));
    assert.ok(
      rows.some((r) => r.task === 'injection' && r.dataset === `roleplay3-fresh attack twins [${half}] injection`),
    );
  }
  assert.ok(rows.some((r) => r.dataset === 'roleplay3-fresh [dev, in-sample] category=fiction (benign)'));
  assert.ok(!rows.some((r) => r.dataset.startsWith('roleplay3-fresh [test, held out] category=')));
});
