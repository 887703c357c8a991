import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { CARD2_CATEGORIES, card2Items, evalCards2Fresh } from './cards2-fresh.ts';

test('cards2-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = card2Items('test');
  const attacks = t.filter((i) => i.label === 1).map((i) => i.text);
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  assert.equal(attacks.length, 59);
  assert.equal(halfDigest(attacks), 'd1c7afe5f820570c5b3bcecbdfafe6427d4769894a1bacabf5564fe37146f714');
  assert.equal(benign.length, 110);
  assert.equal(halfDigest(benign), '58d988e77d7e14917c798e819c61fb4fb56fd26acb0d19bef6d8fd458da7057a');
});

test('cards2-fresh has the advertised shape: long setups, 13 shapes, twins paired by id, ~20 % de/es/fr/it', () => {
  const all = card2Items();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  const benign = all.filter((i) => i.label === 0);
  const attacks = all.filter((i) => i.label === 1);
  assert.ok(benign.length >= 200 && attacks.length >= 100, `${benign.length} / ${attacks.length}`);
  const ids = new Set(benign.map((i) => i.id));
  assert.equal(ids.size, benign.length);
  assert.ok(attacks.every((i) => ids.has(i.id) && (i.concept === 'injection' || i.concept === 'harmful')));
  for (const c of CARD2_CATEGORIES) assert.ok(benign.filter((i) => i.category === c).length >= 12, c);
  assert.ok(all.every((i) => i.text.length >= 300 && i.text.length <= 2000));
  for (const set of [benign, attacks]) {
    const intl = set.filter((i) => i.lang !== 'en').length / set.length;
    assert.ok(intl >= 0.15 && intl <= 0.25, `${intl}`);
    for (const l of ['de', 'es', 'fr', 'it']) assert.ok(set.some((i) => i.lang === l));
  }
  assert.equal(card2Items('dev').length + card2Items('test').length, all.length);
});

test('guard eval --task cards2-fresh reports each guard per channel and half, per category on the dev half only', () => {
  const rows = evalCards2Fresh(3);
  for (const channel of ['user', 'system'])
    for (const half of ['test, held out', 'dev, in-sample'])
      for (const task of ['injection', 'harmful', 'injection+harmful']) {
        const name = `cards2-fresh ${channel} [${half}]`;
        const a = rows.find((r) => r.task === task && r.dataset === `${name}: card attacks`);
        assert.ok(a && a.n === 3 && a.recall !== null, `${name} ${task}`);
        const b = rows.find((r) => r.task === task && r.dataset === `${name}: card benign (benign)`);
        assert.ok(b && b.n === 3 && b.fpr !== null, `${name} ${task}`);
      }
  const perCategory = (half: string) =>
    rows.some((r) => CARD2_CATEGORIES.some((c) => r.dataset.startsWith(`cards2-fresh user [${half}] ${c}: `)));
  assert.ok(perCategory('dev, in-sample'));
  assert.ok(!perCategory('test, held out'));
});
