import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { CARD_CATEGORIES, cardItems, evalCardsFresh } from './cards-fresh.ts';

test('cards-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = cardItems('test');
  const attacks = t.filter((i) => i.label === 1).map((i) => i.text);
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  assert.equal(attacks.length, 89);
  assert.equal(halfDigest(attacks), 'db94c51c46f1856d9cbe6aa971eb45a5b2416be81c6a45472fcac39737ae29a1');
  assert.equal(benign.length, 141);
  assert.equal(halfDigest(benign), '35040bfc88e205b7b3245e2cd42db87c7646bdf12d0dc34b63138d5fc6fd6334');
});

test('cards-fresh has the advertised shape: long setups, 7 categories, twins paired by id, ~20 % de/es/fr/it', () => {
  const all = cardItems();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  const benign = all.filter((i) => i.label === 0);
  const attacks = all.filter((i) => i.label === 1);
  assert.ok(benign.length >= 250 && attacks.length >= 150, `${benign.length} / ${attacks.length}`);
  const ids = new Set(benign.map((i) => i.id));
  assert.equal(ids.size, benign.length);
  assert.ok(attacks.every((i) => ids.has(i.id) && (i.concept === 'injection' || i.concept === 'harmful')));
  for (const c of CARD_CATEGORIES) assert.ok(benign.filter((i) => i.category === c).length >= 20, c);
  const lengths = all.map((i) => i.text.length).sort((a, b) => a - b);
  assert.ok(lengths[Math.floor(lengths.length / 2)] >= 600 && lengths.at(-1)! <= 2500, `${lengths}`);
  for (const set of [benign, attacks]) {
    const intl = set.filter((i) => i.lang !== 'en').length / set.length;
    assert.ok(intl >= 0.15 && intl <= 0.25, `${intl}`);
    for (const l of ['de', 'es', 'fr', 'it']) assert.ok(set.some((i) => i.lang === l));
  }
  assert.equal(cardItems('dev').length + cardItems('test').length, all.length);
});

test('guard eval --task cards-fresh reports each guard per channel and half, per category on the dev half only', () => {
  const rows = evalCardsFresh(3);
  for (const channel of ['user', 'system'])
    for (const half of ['test, held out', 'dev, in-sample'])
      for (const task of ['injection', 'harmful', 'injection+harmful']) {
        const name = `cards-fresh ${channel} [${half}]`;
        const a = rows.find((r) => r.task === task && r.dataset === `${name}: card attacks`);
        assert.ok(a && a.n === 3 && a.recall !== null, `${name} ${task}`);
        const b = rows.find((r) => r.task === task && r.dataset === `${name}: card benign (benign)`);
        assert.ok(b && b.n === 3 && b.fpr !== null, `${name} ${task}`);
      }
  assert.ok(rows.some((r) => r.dataset.startsWith('cards-fresh user [dev, in-sample] card: ')));
  assert.ok(!rows.some((r) => r.dataset.startsWith('cards-fresh user [test, held out] card: ')));
});
