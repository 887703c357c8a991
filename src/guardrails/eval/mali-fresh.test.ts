import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalMaliFresh, MALI_INTENTS, maliItems } from './mali-fresh.ts';

test('the mali fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = maliItems('test');
  assert.equal(t.length, 154);
  assert.equal(t.filter((i) => i.label === 1).length, 77);
  assert.equal(halfDigest(t.map((i) => i.text)), '13f5b6a6b449ba40a1404c14ff1b5a0db77e89e04aeefd15926f5fb1066be2f6');
});

test('the mali fresh set pairs every harmful question with one twin of its intent, in the same half', () => {
  const all = maliItems();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  const test = new Set(maliItems('test'));
  for (const c of MALI_INTENTS) assert.equal(all.filter((i) => i.category === c && i.label === 1).length, 10, c);
  const byId = new Map<number, typeof all>();
  for (const i of all) byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
  assert.equal(byId.size, 150);
  for (const [id, pair] of byId) {
    assert.deepEqual(pair.map((i) => i.label).sort(), [0, 1], `id ${id}`);
    assert.equal(pair[0].category, pair[1].category, `id ${id}`);
    assert.equal(pair[0].lang, pair[1].lang, `id ${id}`);
    assert.equal(test.has(pair[0]), test.has(pair[1]), `id ${id}`);
  }
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign > 0.12 && foreign < 0.25, String(foreign));
});

test('guard eval --task mali-fresh reports the harmful guard and either per half, intent and language', () => {
  const rows = evalMaliFresh(4);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['harmful', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `mali-fresh [${half}]: harmful`);
      assert.ok(a && a.n === 4 && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `mali-fresh [${half}]: twins (benign)`);
      assert.ok(b && b.n === 4 && b.fpr !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((r) => MALI_INTENTS.some((c) => r.dataset.startsWith(`mali-fresh [${half}] ${c}`))));
  }
});
