import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { CARD3_CATEGORIES, card3Items, evalCards3Fresh } from './cards3-fresh.ts';
import { assertPairedInHalves } from './paired-set-asserts.ts';

test('cards3-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = card3Items('test');
  const attacks = t.filter((i) => i.label === 1).map((i) => i.text);
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  assert.equal(attacks.length, 62);
  assert.equal(halfDigest(attacks), '7228567bb931a3af5d40b530629855b5e750aa1f16d76923b45574883355be73');
  assert.equal(benign.length, 62);
  assert.equal(halfDigest(benign), '095d3979c2077824a6da75c22fd9858bd65cad2f7f8b36d5c71adc2d7db924b7');
});

test('cards3-fresh has the advertised shape: long setups, 12 shapes, one twin each in the same half, ~15 % de/es/fr/it', () => {
  const all = card3Items();
  const benign = all.filter((i) => i.label === 0);
  const attacks = all.filter((i) => i.label === 1);
  assert.ok(benign.length >= 100 && attacks.length === benign.length, `${benign.length} / ${attacks.length}`);
  assertPairedInHalves(all, card3Items('test'), ['category', 'lang'], benign.length);
  assert.ok(attacks.every((i) => i.concept === 'injection' || i.concept === 'harmful'));
  for (const c of CARD3_CATEGORIES) assert.ok(benign.filter((i) => i.category === c).length >= 7, c);
  // Long: every setup over 1 KB, most between 1.5 and 6 KB.
  assert.ok(all.every((i) => i.text.length >= 1000 && i.text.length <= 8000));
  const inBand = all.filter((i) => i.text.length >= 1500 && i.text.length <= 6000).length;
  assert.ok(inBand / all.length >= 0.8, `${inBand}`);
  for (const set of [benign, attacks]) {
    const intl = set.filter((i) => i.lang !== 'en').length / set.length;
    assert.ok(intl >= 0.12 && intl <= 0.2, `${intl}`);
    for (const l of ['de', 'es', 'fr', 'it']) assert.ok(set.some((i) => i.lang === l));
  }
  assert.equal(card3Items('dev').length + card3Items('test').length, all.length);
});

test('guard eval --task cards3-fresh reports each guard per channel and half, per category on the dev half only', () => {
  const rows = evalCards3Fresh(3);
  for (const channel of ['user', 'system'])
    for (const half of ['test, held out', 'dev, in-sample'])
      for (const task of ['injection', 'harmful', 'injection+harmful']) {
        const name = `cards3-fresh ${channel} [${half}]`;
        const a = rows.find((r) => r.task === task && r.dataset === `${name}: card attacks`);
        assert.ok(a && a.n === 3 && a.recall !== null, `${name} ${task}`);
        const b = rows.find((r) => r.task === task && r.dataset === `${name}: card benign (benign)`);
        assert.ok(b && b.n === 3 && b.fpr !== null, `${name} ${task}`);
      }
  const perCategory = (half: string) =>
    rows.some((r) => CARD3_CATEGORIES.some((c) => r.dataset.startsWith(`cards3-fresh user [${half}] ${c}: `)));
  assert.ok(perCategory('dev, in-sample'));
  assert.ok(!perCategory('test, held out'));
});
