import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { EXTRACT_CATEGORIES, evalExtractFresh, extractChannel, extractItems } from './extract-fresh.ts';

test('extract-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = extractItems('test');
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  const attacks = t.filter((i) => i.label === 1).map((i) => i.text);
  assert.equal(benign.length, 128);
  assert.equal(halfDigest(benign), '436da4567a27f5d7ff4996beaae1a21694db1f9716030bae4e42566ec5d4db49');
  assert.equal(attacks.length, 126);
  assert.equal(halfDigest(attacks), '622d65e1a5a6af17efc73578a14f07e84e3251fce690a3c5b470af85e59c4355');
});

test('extract-fresh has the advertised shape: every category twinned, ≥ 20 % de/es/fr/it, planted scanned as tool results', () => {
  const all = extractItems();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  const benign = all.filter((i) => i.label === 0);
  const attacks = all.filter((i) => i.label === 1);
  assert.ok(attacks.length >= 250 && benign.length >= 250);
  for (const c of EXTRACT_CATEGORIES) {
    const a = attacks.filter((i) => i.category === c);
    const b = benign.filter((i) => i.category === c);
    assert.ok(a.length >= 20 && a.length === b.length, c);
    // Twins: every attack id has exactly one benign item of the same category.
    for (const x of a) assert.equal(b.filter((y) => y.id === x.id).length, 1, `${c} ${x.id}`);
  }
  assert.ok(attacks.every((i) => i.category !== 'general'));
  for (const s of [benign, attacks]) {
    const intl = s.filter((i) => i.lang !== 'en').length / s.length;
    assert.ok(intl >= 0.2 && intl <= 0.3, `${intl}`);
    for (const l of ['de', 'es', 'fr', 'it'])
      assert.ok(
        s.some((i) => i.lang === l),
        l,
      );
  }
  assert.equal(extractChannel({ category: 'planted' }), 'tool_result');
  assert.equal(extractChannel({ category: 'repeat' }), 'user');
});

test('guard eval --task extract-fresh reports benign flagged and attack recall per half and category', () => {
  const rows = evalExtractFresh(3);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const r = rows.find((x) => x.dataset === `extract-fresh [${half}] (benign)`);
    assert.ok(r && r.n === 3 && r.fpr !== null, half);
    const a = rows.find((x) => x.dataset === `extract-fresh attack twins [${half}] all`);
    assert.ok(a && a.n === 3 && a.recall !== null, half);
    for (const c of EXTRACT_CATEGORIES)
      assert.ok(
        rows.some((x) => x.dataset === `extract-fresh attack twins [${half}] ${c}`),
        c,
      );
  }
});
