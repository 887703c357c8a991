import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalJbbbenFresh, JBBBEN_CATEGORIES, jbbbenItems } from './jbbben.ts';

test('jbbben-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = jbbbenItems('test');
  const harmful = t.filter((i) => i.label === 1).map((i) => i.text);
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  assert.equal(harmful.length, 54);
  assert.equal(halfDigest(harmful), 'edc6eef0ce4c4a086d52ab0f10916241b1758b801c32e2005fc36c7e8bd3a00a');
  assert.equal(benign.length, 98);
  assert.equal(halfDigest(benign), 'd72007f3d2ed42df3cbc4dca71f8737046325e99752fbc867f4993b4960de1dd');
});

test('jbbben-fresh has the advertised shape: 200 benign, 100 harmful, ten categories, pairs in one half', () => {
  const all = jbbbenItems();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  assert.equal(all.filter((i) => i.label === 0).length, 200);
  assert.equal(all.filter((i) => i.label === 1).length, 100);
  for (const c of JBBBEN_CATEGORIES) {
    assert.equal(all.filter((i) => i.category === c && i.label === 0).length, 20, c);
    assert.equal(all.filter((i) => i.category === c && i.label === 1).length, 10, c);
  }
  const dev = new Set(jbbbenItems('dev').map((i) => i.text));
  for (const h of all.filter((i) => i.label === 1)) {
    const twin = all.filter((i) => i.id === h.id && i.label === 0);
    assert.equal(twin.length, 1, `id ${h.id}`);
    assert.equal(twin[0]?.category, h.category, `id ${h.id}`);
    assert.equal(dev.has(twin[0]?.text ?? ''), dev.has(h.text), `id ${h.id} half`);
  }
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign > 0.12 && foreign < 0.25, String(foreign));
  assert.equal(jbbbenItems('dev').length + jbbbenItems('test').length, all.length);
});

test('guard eval --task jbbben-fresh reports each guard per half and language, per category on the dev half only', () => {
  const rows = evalJbbbenFresh(3);
  for (const half of ['test, held out', 'dev, in-sample'])
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const b = rows.find((r) => r.task === task && r.dataset === `jbbben-fresh [${half}]: benign behaviours (benign)`);
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
    }
  for (const half of ['test, held out', 'dev, in-sample'])
    for (const task of ['harmful', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `jbbben-fresh [${half}]: harmful behaviours`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
    }
  assert.ok(rows.some((r) => r.dataset.startsWith('jbbben-fresh [test, held out] en')));
  assert.ok(rows.some((r) => r.dataset.startsWith('jbbben-fresh [dev, in-sample] malware')));
  assert.ok(!rows.some((r) => r.dataset.startsWith('jbbben-fresh [test, held out] malware')));
});
