import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { ACTAS2_CATEGORIES, actas2Items, evalActas2Fresh } from './actas2-fresh.ts';

test('actas2-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = actas2Items('test');
  const attacks = t.filter((i) => i.label === 1).map((i) => i.text);
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  assert.equal(attacks.length, 127);
  assert.equal(halfDigest(attacks), '46b8b196c02373bd54f4269af55a7e70857d078a207956eeace162c94a4e7c93');
  assert.equal(benign.length, 127);
  assert.equal(halfDigest(benign), '403bbe7f9f8e1bcd3f8daaa27d06f1053b4e118e9cb2ce4fc45ea29df9149a7d');
});

test('actas2-fresh has the advertised shape: 14 shapes, one twin per prompt in the same half, ~¼ de/es/fr/it', () => {
  const all = actas2Items();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  const benign = all.filter((i) => i.label === 0);
  const attacks = all.filter((i) => i.label === 1);
  assert.ok(benign.length >= 200 && attacks.length === benign.length, `${benign.length} / ${attacks.length}`);
  assert.equal(new Set(benign.map((i) => i.id)).size, benign.length);
  for (const a of attacks) {
    const b = benign.find((i) => i.id === a.id);
    assert.ok(b && b.category === a.category && (a.concept === 'injection' || a.concept === 'harmful'), `${a.id}`);
  }
  for (const c of ACTAS2_CATEGORIES) assert.ok(benign.filter((i) => i.category === c).length >= 15, c);
  for (const set of [benign, attacks]) {
    const intl = set.filter((i) => i.lang !== 'en').length / set.length;
    assert.ok(intl >= 0.2 && intl <= 0.3, `${intl}`);
    for (const l of ['de', 'es', 'fr', 'it']) assert.ok(set.some((i) => i.lang === l));
  }
  // Pairs stay together: a benign prompt read on the dev half never has its twin held out.
  const testIds = new Set(actas2Items('test').map((i) => i.id));
  for (const it of actas2Items('dev')) assert.ok(!testIds.has(it.id), `${it.id}`);
  assert.equal(actas2Items('dev').length + actas2Items('test').length, all.length);
});

test('guard eval --task actas2-fresh reports each guard per channel and half, per category on the dev half only', () => {
  const rows = evalActas2Fresh(3);
  for (const channel of ['user', 'system'])
    for (const half of ['test, held out', 'dev, in-sample'])
      for (const task of ['injection', 'harmful', 'injection+harmful']) {
        const name = `actas2-fresh ${channel} [${half}]`;
        const a = rows.find((r) => r.task === task && r.dataset === `${name}: card attacks`);
        assert.ok(a && a.n === 3 && a.recall !== null, `${name} ${task}`);
        const b = rows.find((r) => r.task === task && r.dataset === `${name}: card benign (benign)`);
        assert.ok(b && b.n === 3 && b.fpr !== null, `${name} ${task}`);
      }
  const perCategory = (half: string) =>
    rows.some((r) => ACTAS2_CATEGORIES.some((c) => r.dataset.startsWith(`actas2-fresh user [${half}] ${c}: `)));
  assert.ok(perCategory('dev, in-sample'));
  assert.ok(!perCategory('test, held out'));
});
