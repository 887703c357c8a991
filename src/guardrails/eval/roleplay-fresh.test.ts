import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROLEPLAY_CATEGORIES, ROLEPLAY_STYLES, roleplayFreshItems } from '../train/generate/roleplay-fresh.ts';
import { evalRoleplayFresh, roleplayItems } from './roleplay-fresh.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('roleplay-fresh keeps the test half it was committed with (measured before tuning, never read)', () => {
  // Any edit to a pool-B fragment, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = roleplayItems('test');
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  const attacks = t.filter((i) => i.label === 1).map((i) => i.text);
  assert.equal(benign.length, 150);
  assert.equal(digest(benign), '970f6adc12a77fbfd3fa277081d207f7daa3b84f3ffe85b28711142f6d8ffc12');
  assert.equal(attacks.length, 50);
  assert.equal(digest(attacks), '7be1a78837439fba4b161e241886116ae26d565c04eae7faaebc8a003e56a782');
});

test('roleplay-fresh is the generator output and has the advertised shape', () => {
  const all = roleplayItems();
  assert.deepEqual(
    all.map(({ kind: _k, ...it }) => it),
    roleplayFreshItems(),
  );
  const benign = all.filter((i) => i.label === 0);
  assert.equal(benign.length, 300);
  for (const l of ['de', 'es', 'fr']) assert.ok(benign.filter((i) => i.lang === l).length >= 30, l);
  for (const s of ROLEPLAY_STYLES) assert.ok(benign.filter((i) => i.style === s).length >= 30, s);
  for (const c of ROLEPLAY_CATEGORIES) assert.ok(all.filter((i) => i.category === c).length >= 20, c);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
});

test('guard eval --task roleplay-fresh reports both halves, per style and language', () => {
  const rows = evalRoleplayFresh(4);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const b = rows.find((x) => x.dataset === `roleplay-fresh [${half}]: benign twins (benign)`);
    assert.ok(b && b.n === 4 && b.fpr !== null, half);
    const a = rows.find((x) => x.dataset === `roleplay-fresh [${half}]: injections`);
    assert.ok(a && a.n === 4 && a.recall !== null, half);
    assert.ok(rows.some((x) => x.dataset === `roleplay-fresh [${half}] style=game: benign twins (benign)`));
    assert.ok(rows.some((x) => x.task === 'injection+harmful' && x.dataset === `roleplay-fresh [${half}] (benign)`));
  }
});
