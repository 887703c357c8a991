import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalJitw2Fresh, JITW2_SHAPES, jitw2Items } from './jitw2-fresh.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('the jitw2 fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = jitw2Items('test');
  assert.equal(t.length, 152);
  assert.equal(t.filter((i) => i.label === 1).length, 75);
  assert.equal(digest(t.map((i) => i.text)), '224b2e32642563cf60d9a65cbb59f328f21cbe41025499320dc4035e54536907');
});

test('the jitw2 fresh set has the advertised shape: every attack shape has benign twins', () => {
  const all = jitw2Items();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  for (const [att, ben] of JITW2_SHAPES) {
    assert.ok(all.filter((i) => i.kind === att && i.label === 1).length >= 10, att);
    assert.ok(all.filter((i) => i.kind === ben && i.label === 0).length >= 10, ben);
  }
  assert.equal(jitw2Items('dev').length + jitw2Items('test').length, all.length);
});

test('guard eval --task jitw2-fresh reports shipped and rules-only rows for both halves', () => {
  const rows = evalJitw2Fresh(4);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const variant of ['shipped', 'rules only']) {
      const what = variant === 'shipped' ? 'injections' : 'jailbreaks';
      const a = rows.find((r) => r.variant === variant && r.dataset === `jitw2-fresh [${half}]: ${what}`);
      assert.ok(a && a.n === 4 && a.recall !== null, `${variant} ${half}`);
    }
  }
});
