// Shared checks for the fresh sets whose attacks each have one twin (paired by `id`, halved by pair):
// the pairing and halving every such set's eval test asserts, and the per-half rows `guard eval --task`
// must report. Each set's test keeps its own counts (categories, languages, digest).

import assert from 'node:assert/strict';
import type { EvalRow } from './report.ts';

interface PairedItem {
  id: number;
  label: 0 | 1;
  text: string;
}

/**
 * Texts are distinct, there are `pairs` ids, each id holds one attack and one twin that agree on the
 * `same` fields, and both sit in the same half (`test` holds the test half's items).
 */
export function assertPairedInHalves<T extends PairedItem>(
  all: readonly T[],
  test: readonly T[],
  same: readonly (keyof T)[],
  pairs: number,
): void {
  assert.equal(new Set(all.map((i) => i.text)).size, all.length);
  const inTest = new Set(test);
  const byId = new Map<number, T[]>();
  for (const i of all) byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
  assert.equal(byId.size, pairs);
  for (const [id, pair] of byId) {
    assert.deepEqual(pair.map((i) => i.label).sort(), [0, 1], `id ${id}`);
    for (const f of same) assert.equal(pair[0][f], pair[1][f], `id ${id}`);
    assert.equal(inTest.has(pair[0]), inTest.has(pair[1]), `id ${id}`);
  }
}

/** Each half reports the attack and twin rows for every guard task, over `n` sampled items. */
export function assertHalfRows(
  rows: readonly EvalRow[],
  set: string,
  tasks: readonly string[],
  attacks: string,
  n = 4,
): void {
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of tasks) {
      const a = rows.find((r) => r.task === task && r.dataset === `${set} [${half}]: ${attacks}`);
      assert.ok(a && a.n === n && a.recall !== null, `${half} ${task}`);
      const b = rows.find((r) => r.task === task && r.dataset === `${set} [${half}]: twins (benign)`);
      assert.ok(b && b.n === n && b.fpr !== null, `${half} ${task}`);
    }
  }
}
