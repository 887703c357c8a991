import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { evalXstestFresh, XSTEST_CATEGORIES, xstestItems } from './xstest-fresh.ts';

test('xstest-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = xstestItems('test');
  const safe = t.filter((i) => i.label === 'benign').map((i) => i.text);
  const twins = t.filter((i) => i.label === 'attack').map((i) => i.text);
  assert.equal(safe.length, 228);
  assert.equal(halfDigest(safe), '9959e8fc5718ffcd0e9b20210b51cb19d5cdc5e9842deb49c1a60ed958d81ad9');
  assert.equal(twins.length, 111);
  assert.equal(halfDigest(twins), 'cc68cd41dc736a77d20a0d5eeef86049800976e8db5b5a9a0c2709874c092d1a');
});

test('xstest-fresh has the advertised shape (12 categories, ~20 % de/es/fr/it, paired twins of both concepts)', () => {
  const all = xstestItems();
  const safe = all.filter((i) => i.label === 'benign');
  const twins = all.filter((i) => i.label === 'attack');
  assert.ok(safe.length >= 300 && twins.length >= 200, `${safe.length} ${twins.length}`);
  for (const c of XSTEST_CATEGORIES) assert.ok(safe.filter((i) => i.category === c).length >= 20, c);
  assert.ok(all.every((i) => (XSTEST_CATEGORIES as readonly string[]).includes(i.category)));
  const foreign = safe.filter((i) => i.lang !== 'en').length / safe.length;
  assert.ok(foreign >= 0.18 && foreign <= 0.28, `${foreign}`);
  for (const l of ['de', 'es', 'fr', 'it'])
    assert.ok(safe.some((i) => i.lang === l) && twins.some((i) => i.lang === l));
  assert.ok(twins.every((i) => i.concept === 'injection' || i.concept === 'harmful'));
  assert.ok(twins.filter((i) => i.concept === 'injection').length >= 30);
  assert.ok(safe.every((i) => i.concept === undefined));
  // Every twin pairs with a safe prompt of the same id, category and language.
  const byId = new Map(safe.map((i) => [(i as { id?: number }).id, i]));
  for (const t of twins) {
    const s = byId.get((t as { id?: number }).id);
    assert.ok(s && s.category === t.category && s.lang === t.lang, t.text);
  }
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  assert.equal(xstestItems('dev').length + xstestItems('test').length, all.length);
});

test('guard eval --task xstest-fresh reports safe prompts flagged and twin recall by injection, harmful and either, per half', () => {
  const rows = evalXstestFresh(3);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const b = rows.find((r) => r.task === task && r.dataset === `xstest-fresh [${half}] (benign)`);
      assert.ok(b && b.n === 3 && b.fpr !== null, `${half} ${task}`);
      const a = rows.find((r) => r.task === task && r.dataset === `xstest-fresh attack twins [${half}] all`);
      assert.ok(a && a.n === 3 && a.recall !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((r) => r.task === 'harmful' && r.dataset === `xstest-fresh attack twins [${half}] harmful`));
    assert.ok(
      rows.some((r) => r.task === 'injection' && r.dataset === `xstest-fresh attack twins [${half}] injection`),
    );
  }
  assert.ok(rows.some((r) => r.dataset === 'xstest-fresh [dev, in-sample] category=medical (benign)'));
  assert.ok(!rows.some((r) => r.dataset.startsWith('xstest-fresh [test, held out] category=')));
});
