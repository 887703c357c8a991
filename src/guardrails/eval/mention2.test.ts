import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalMention2Fresh, MENTION2_KINDS, mention2Items } from './mention2.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('mention2-fresh keeps the test half it was committed with (measured before tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const t = mention2Items('test');
  const benign = t.filter((i) => i.label === 0).map((i) => i.text);
  const attacks = t.filter((i) => i.label === 1).map((i) => i.text);
  assert.equal(benign.length, 135);
  assert.equal(digest(benign), 'b9839aea75c114ec3ddf43fdc1d542bce0c9a053258f2c2d1b12c10762e59660');
  assert.equal(attacks.length, 50);
  assert.equal(digest(attacks), 'abe57045fd7b10694e467e92642f9432f902f968661a3dd5f560c75a28889e04');
});

test('mention2-fresh has the advertised shape (kinds, ~15% de/es/fr, attack twins)', () => {
  const all = mention2Items();
  const benign = all.filter((i) => i.label === 0);
  assert.ok(benign.length >= 250);
  assert.ok(all.filter((i) => i.label === 1).length >= 100);
  for (const k of MENTION2_KINDS) {
    assert.ok(
      benign.some((i) => i.kind === k),
      k,
    );
    assert.ok(
      all.some((i) => i.label === 1 && i.kind === k),
      k,
    );
  }
  assert.ok(benign.filter((i) => i.lang !== 'en').length >= 0.12 * benign.length);
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
});

test('guard eval --task mention2-fresh reports flagged rate per half and kind and twin recall per half', () => {
  const rows = evalMention2Fresh(3);
  for (const half of ['test, held out', 'dev, in-sample']) {
    const r = rows.find((x) => x.dataset === `mention2-fresh [${half}] (benign)`);
    assert.ok(r && r.n === 3 && r.fpr !== null, half);
    assert.ok(rows.some((x) => x.dataset === `mention2-fresh [${half}] security (benign)`));
    const a = rows.find((x) => x.dataset === `mention2-fresh attack twins [${half}] all`);
    assert.ok(a && a.n === 3 && a.recall !== null, half);
  }
});
