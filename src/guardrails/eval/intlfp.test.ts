import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalIntlfpFresh, INTLFP_CATEGORIES, INTLFP_LANGS, intlfpItems } from './intlfp.ts';

test('intlfp-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = intlfpItems('test');
  const safe = t.filter((i) => i.label === 0).map((i) => i.text);
  const twins = t.filter((i) => i.label === 1).map((i) => i.text);
  assert.equal(safe.length, 162);
  assert.equal(halfDigest(safe), 'e2feca4e77ea4f6829f669659d8ab919d3e692c9e0bdecadda67b3ce3d691ec7');
  assert.equal(twins.length, 54);
  assert.equal(halfDigest(twins), '63639b3018d7250235cdabe2fa85de30a6ad01a29d0076ccc142118ad99ffaed');
});

test('intlfp-fresh has the advertised shape: >= 300 safe, >= 100 twins, five languages evenly, paired twins', () => {
  const all = intlfpItems();
  const safe = all.filter((i) => i.label === 0);
  const twins = all.filter((i) => i.label === 1);
  assert.ok(safe.length >= 300 && twins.length >= 100, `${safe.length} ${twins.length}`);
  for (const l of INTLFP_LANGS) {
    const n = safe.filter((i) => i.lang === l).length;
    assert.ok(n >= 55 && n <= 75, `${l} ${n}`);
    assert.ok(twins.filter((i) => i.lang === l).length >= 18, l);
  }
  assert.ok(all.every((i) => i.lang !== 'en'));
  for (const c of INTLFP_CATEGORIES) assert.ok(safe.filter((i) => i.category === c).length >= 25, c);
  assert.ok(all.every((i) => (INTLFP_CATEGORIES as readonly string[]).includes(i.category)));
  assert.ok(twins.every((i) => i.concept === 'harmful') && safe.every((i) => i.concept === undefined));
  const byId = new Map(safe.map((i) => [i.id, i]));
  for (const t of twins) {
    const s = byId.get(t.id);
    assert.ok(s && s.category === t.category && s.lang === t.lang, t.text);
  }
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  assert.equal(intlfpItems('dev').length + intlfpItems('test').length, all.length);
});

test('guard eval --task intlfp-fresh reports each guard per half and language, per category on dev only', () => {
  const rows = evalIntlfpFresh(3);
  for (const half of ['test, held out', 'dev, in-sample'])
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `intlfp-fresh [${half}]: harmful twins`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `intlfp-fresh [${half}]: safe prompts (benign)`);
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
    }
  assert.ok(rows.some((r) => r.dataset.startsWith('intlfp-fresh [dev, in-sample] category=')));
  assert.ok(!rows.some((r) => r.dataset.startsWith('intlfp-fresh [test, held out] category=')));
});
