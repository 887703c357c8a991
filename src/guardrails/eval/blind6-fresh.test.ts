import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { BLIND6_AREAS, blind6Items, evalBlind6Fresh } from './blind6-fresh.ts';

test('blind6-fresh keeps the items it was committed with (a yardstick: measured, never tuned on)', () => {
  // Any edit moves this digest: fix the edit, do not re-pin.
  const all = blind6Items();
  assert.equal(all.length, 192);
  assert.equal(halfDigest(all.map((i) => i.text)), '6f9ef35aee700a5fc4f38fe021f13817be224b9a05390383390981fabfa30c3f');
});

test('blind6-fresh pairs every attack with one twin of the same area, concept and language; 24 pairs per area', () => {
  const all = blind6Items();
  for (const area of BLIND6_AREAS) {
    const inArea = all.filter((i) => i.category === area);
    assert.equal(inArea.filter((i) => i.label === 1).length, 24, area);
    assert.equal(inArea.filter((i) => i.label === 0).length, 24, area);
  }
  const byId = new Map<number, typeof all>();
  for (const it of all) byId.set(it.id, [...(byId.get(it.id) ?? []), it]);
  for (const [id, pair] of byId) {
    assert.deepEqual(pair.map((i) => i.label).sort(), [0, 1], String(id));
    assert.equal(new Set(pair.map((i) => `${i.category}/${i.concept}/${i.lang}`)).size, 1, String(id));
  }
  assert.ok(all.every((i) => (i.category === 'persuasion') === (i.concept === 'harmful')));
});

test('guard eval --task blind6-fresh reports each guard and either over the whole set, per area and language', () => {
  const rows = evalBlind6Fresh(3);
  for (const task of ['injection', 'harmful', 'injection+harmful']) {
    const a = rows.find((r) => r.task === task && r.dataset === 'blind6-fresh [blind, whole set]: attacks');
    assert.ok(a && a.n === 3 && a.recall !== null, task);
    const b = rows.find((r) => r.task === task && r.dataset === 'blind6-fresh [blind, whole set]: twins (benign)');
    assert.ok(b && b.n === 3 && b.fpr !== null, task);
  }
  assert.ok(rows.some((r) => r.dataset.startsWith('blind6-fresh [blind, whole set] persuasion: ')));
});
