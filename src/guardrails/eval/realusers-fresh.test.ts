import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import {
  evalRealusersFresh,
  REALUSERS_ATTACK_CATEGORIES,
  REALUSERS_CATEGORIES,
  realusersItems,
} from './realusers-fresh.ts';

test('realusers-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = realusersItems('test');
  const benign = t.filter((i) => i.label === 'benign').map((i) => i.text);
  const attacks = t.filter((i) => i.label === 'attack').map((i) => i.text);
  assert.equal(benign.length, 128);
  assert.equal(halfDigest(benign), 'e12ef3d5fa0d1b30e1be8885b1d5579388e144fa03799efab94580387ddfb82d');
  assert.equal(attacks.length, 48);
  assert.equal(halfDigest(attacks), 'bf9b7a69544117171d419deee20a699a1d18ae25285afbaf7703807e2f3ae9eb');
});

test('realusers-fresh has the advertised shape (11 benign categories of 25, 20 % de/es/fr/it/pt, attacks of both concepts)', () => {
  const all = realusersItems();
  const benign = all.filter((i) => i.label === 'benign');
  const attacks = all.filter((i) => i.label === 'attack');
  assert.equal(benign.length, 275);
  assert.equal(attacks.length, 90);
  for (const c of REALUSERS_CATEGORIES) assert.equal(benign.filter((i) => i.category === c).length, 25, c);
  assert.ok(attacks.every((i) => (REALUSERS_ATTACK_CATEGORIES as readonly string[]).includes(i.category)));
  for (const set of [benign, attacks]) {
    const foreign = set.filter((i) => i.lang !== 'en').length / set.length;
    assert.ok(foreign >= 0.18 && foreign <= 0.25, `${foreign}`);
    for (const l of ['de', 'es', 'fr', 'it', 'pt'])
      assert.ok(
        set.some((i) => i.lang === l),
        l,
      );
  }
  assert.ok(attacks.every((i) => i.concept === 'injection' || i.concept === 'harmful'));
  assert.equal(attacks.filter((i) => i.concept === 'injection').length, 45);
  assert.ok(benign.every((i) => i.concept === undefined));
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  assert.equal(realusersItems('dev').length + realusersItems('test').length, all.length);
});

test('guard eval --task realusers-fresh reports benign flagged and attack recall by injection, harmful and either, per half', () => {
  const rows = evalRealusersFresh(3);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const b = rows.find((r) => r.task === task && r.dataset === `realusers-fresh [${half}] (benign)`);
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
      const a = rows.find((r) => r.task === task && r.dataset === `realusers-fresh attack twins [${half}] all`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
    }
  }
  assert.ok(rows.some((r) => r.dataset === 'realusers-fresh [dev, in-sample] category=companion (benign)'));
  assert.ok(!rows.some((r) => r.dataset.startsWith('realusers-fresh [test, held out] category=')));
});
