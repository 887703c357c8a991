import assert from 'node:assert/strict';
import { test } from 'node:test';
import { halfDigest } from '../train/dev-test.ts';
import { assertHalfRows, assertPairedInHalves } from './paired-set-asserts.ts';
import { EXTRACT2_CATEGORIES, evalExtract2Fresh, extract2Channel, extract2Items } from './extract2-fresh.ts';

test('extract2-fresh keeps the test half it was committed with (measured before and after tuning, never read)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = extract2Items('test');
  assert.equal(t.length, 194);
  assert.equal(t.filter((i) => i.label === 1).length, 97);
  assert.equal(halfDigest(t.map((i) => i.text)), 'fddf81ca61bb31228fa701f184ab07e5016917cc9b0f88591cc6f3abdabfac6d');
});

test('extract2-fresh pairs every attack with one twin of its category, channel and language, in the same half', () => {
  const all = extract2Items();
  for (const c of EXTRACT2_CATEGORIES) {
    const n = all.filter((i) => i.category === c && i.label === 1).length;
    assert.ok(n >= 12, c);
  }
  assertPairedInHalves(all, extract2Items('test'), ['category', 'channel', 'lang'], 200);
  const foreign = all.filter((i) => i.lang !== 'en').length / all.length;
  assert.ok(foreign >= 0.12 && foreign < 0.25, String(foreign));
  for (const l of ['de', 'es', 'fr', 'it'])
    assert.ok(
      all.some((i) => i.lang === l),
      l,
    );
  assert.ok(all.filter((i) => i.channel === 'tool').length >= 60);
  assert.equal(extract2Channel({ channel: 'tool' }), 'tool_result');
  assert.equal(extract2Channel({ channel: 'user' }), 'user');
});

test('guard eval --task extract2-fresh reports the injection guard and either per half, channel and (dev) category', () => {
  const rows = evalExtract2Fresh(4);
  assertHalfRows(rows, 'extract2-fresh', ['injection', 'injection+harmful'], 'attacks');
  for (const half of ['test, held out', 'dev, in-sample'])
    assert.ok(
      rows.some((r) => r.dataset.startsWith(`extract2-fresh [${half}] user`)),
      half,
    );
  const first = extract2Items('dev')[0].category;
  assert.ok(
    rows.some((r) => r.dataset.startsWith(`extract2-fresh [dev, in-sample] ${first}`)),
    first,
  );
  for (const c of EXTRACT2_CATEGORIES)
    assert.ok(!rows.some((r) => r.dataset.startsWith(`extract2-fresh [test, held out] ${c}`)), c);
});
