import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACTAS_STYLES, actasItems, evalActasFresh } from './actas.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('actas-fresh keeps the test half it was committed with (measured before tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = actasItems('test');
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  const attacks = t.filter((i) => i.label === 1).map((i) => i.text);
  assert.equal(benign.length, 141);
  assert.equal(digest(benign), '5304d300ecb77e07b78f9f6c7be65d96b6d3157d86a051c48303dc723e8e6f9e');
  assert.equal(attacks.length, 32);
  assert.equal(digest(attacks), '0c941dd0feb6820885d3b4dfa49e48afaf56cabc81dee7d2d36d383b3a7a1654');
});

test('actas-fresh has the advertised shape (~300 benign act-as prompts, 80 twins, five other languages)', () => {
  const all = actasItems();
  const benign = all.filter((i) => i.label === 0);
  assert.equal(benign.length, 287);
  assert.equal(all.filter((i) => i.label === 1).length, 80);
  for (const l of ['de', 'es', 'fr', 'it', 'pt']) assert.ok(benign.filter((i) => i.lang === l).length >= 10, l);
  for (const s of ACTAS_STYLES)
    assert.ok(
      benign.some((i) => i.style === s),
      s,
    );
  for (const c of ['override', 'exfil', 'harmful'])
    assert.ok(all.filter((i) => i.label === 1 && i.category === c).length >= 20, c);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
});

test('guard eval --task actas-fresh reports flagged rate per half, style and language and twin recall', () => {
  const rows = evalActasFresh(4);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const r = rows.find((x) => x.task === task && x.dataset === `actas-fresh [${half}] (benign)`);
      assert.ok(r && r.n === 4 && r.fpr !== null, `${half} ${task}`);
    }
    assert.ok(rows.some((x) => x.dataset === `actas-fresh [${half}] style=terminal (benign)`));
    assert.ok(rows.some((x) => x.dataset === `actas-fresh [${half}] de/es/fr/it/pt (benign)`));
    const a = rows.find((x) => x.dataset === `actas-fresh attack twins [${half}] all`);
    assert.ok(a && a.n === 4 && a.recall !== null, half);
  }
});
