import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { JBB_KINDS, jbbItems } from '../train/generate/jbb.ts';
import { evalJbbFresh, jbbFreshItems } from './jbb.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('the JailbreakBench-style fresh set keeps the test half it was committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves this digest: fix the edit, do not re-pin.
  const t = jbbFreshItems('test');
  assert.equal(t.length, 294);
  assert.equal(t.filter((i) => i.label === 1).length, 147);
  assert.equal(digest(t.map((i) => i.text)), 'ca1461a596ff013f5bbe4e8f964e74f5550d316a4896981df0d8eb03c93d83db');
});

test('the committed file is what the seeded generator writes', () => {
  const lines = readFileSync(new URL('../train/jbb-fresh.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.includes('"text"'));
  assert.deepEqual(
    lines,
    jbbItems().map((x) => JSON.stringify(x)),
  );
});

test('the set has the advertised shape: 200+ attacks and twins, every kind, ten categories, ~15 % de/es/fr', () => {
  const all = jbbFreshItems();
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  for (const label of [0, 1]) {
    const set = all.filter((i) => i.label === label);
    assert.ok(set.length >= 200, `${label}: ${set.length}`);
    for (const k of JBB_KINDS)
      assert.ok(
        set.some((i) => i.kind === k),
        k,
      );
    assert.equal(new Set(set.map((i) => i.category)).size, 10);
    const intl = set.filter((i) => i.lang !== 'en').length / set.length;
    assert.ok(intl >= 0.1 && intl <= 0.25, `${intl}`);
  }
});

test('guard eval --task jbb-fresh reports each guard per half and kind', () => {
  const rows = evalJbbFresh(4);
  for (const half of ['test, held out', 'dev, in-sample'])
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const a = rows.find((r) => r.task === task && r.dataset === `jbb-fresh [${half}]: attacks`);
      assert.ok(a && a.n === 4 && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `jbb-fresh [${half}]: benign twins (benign)`);
      assert.ok(b && b.n === 4 && b.fpr !== null, `${half} ${task}`);
    }
  assert.ok(rows.some((r) => r.dataset.startsWith('jbb-fresh [dev, in-sample] past-tense')));
});
