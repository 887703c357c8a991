import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { LEGIT6_CATEGORIES, type Legit6Item, evalLegit6Fresh, legit6Items } from './legit6-fresh.ts';
import { assertHalfRows } from './paired-set-asserts.ts';

test('the legit6 fresh set keeps the test half it was committed with (measured before and after, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = legit6Items('test');
  assert.equal(t.length, 177);
  assert.equal(t.filter((i) => i.label === 1).length, 59);
  assert.equal(halfDigest(t.map((i) => i.text)), '332d2718797b37bdb82531d6ecf2772c092ed424265b0fc93b46b50af13cd627');
});

test('each id holds one harmful request and two legitimate ones of its voice and language, in one half', () => {
  const all = legit6Items();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  const inTest = new Set(legit6Items('test'));
  const byId = new Map<number, Legit6Item[]>();
  for (const i of all) byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
  assert.equal(byId.size, 108);
  for (const [id, group] of byId) {
    assert.deepEqual(group.map((i) => i.label).sort(), [0, 0, 1], `id ${id}`);
    assert.equal(new Set(group.map((i) => `${i.category} ${i.lang}`)).size, 1, `id ${id}`);
    assert.equal(new Set(group.map((i) => inTest.has(i))).size, 1, `id ${id}`);
  }
  const counts = Object.fromEntries(
    LEGIT6_CATEGORIES.map((c) => [c, all.filter((i) => i.category === c && i.label === 1).length]),
  );
  assert.deepEqual(counts, {
    professional: 13,
    'parents-carers': 9,
    victims: 11,
    hobbyists: 11,
    students: 9,
    novelists: 8,
    detection: 9,
    'harm-reduction': 9,
    'first-aid': 9,
    'own-account': 9,
    'violent-words': 11,
  });
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign > 0.12 && foreign < 0.2, String(foreign));
});

test('guard eval --task legit6-fresh reports the harmful guard and either per half, voice and language', () => {
  const rows = evalLegit6Fresh(4);
  assertHalfRows(rows, 'legit6-fresh', ['harmful', 'injection+harmful'], 'harmful');
  for (const half of ['test, held out', 'dev, in-sample'])
    assert.ok(rows.some((r) => LEGIT6_CATEGORIES.some((c) => r.dataset.startsWith(`legit6-fresh [${half}] ${c}`))));
});
