// The in-process float32 scan answers exactly as sqlite-vec does: same ids, scores bit for bit and order, also for
// equal distances across and within vec0's 1,024-row chunks, after a vector update and with k beyond the rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { F32ScanIndex } from './f32-scan.ts';
import { openVecDatabase, SqliteVecIndex } from './sqlite-vec.ts';

/** Deterministic vectors; `levels` small means many exact duplicates (equal distances). */
function vectors(count: number, dims: number, levels: number, seed: number): number[][] {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return s / 2 ** 32;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: dims }, () => Math.fround(Math.floor(next() * levels) / levels - 0.5)),
  );
}

function engines(rows: { id: string; vector: number[] }[]) {
  const opened = openVecDatabase();
  if (!('db' in opened)) throw new Error(opened.error);
  return { vec: new SqliteVecIndex(opened.db, rows), scan: new F32ScanIndex(rows) };
}

test('equal to sqlite-vec: ids, scores and order, ties included, at every k', () => {
  for (const [dims, levels] of [
    [16, 1000],
    [8, 3],
    [48, 7],
  ] as const) {
    const rows = vectors(2600, dims, levels, dims).map((vector, i) => ({ id: `r${i}`, vector }));
    const { vec, scan } = engines(rows);
    assert.equal(scan.kind, 'in-process');
    for (const [qi, q] of vectors(40, dims, levels, 99).entries())
      for (const k of [1, 10, 100, 1500, 5000]) {
        const want = vec.search(q, k);
        assert.deepEqual(scan.search(q, k), want, `dims ${dims}, levels ${levels}, query ${qi}, k ${k}`);
      }
    vec.close();
  }
});

test('a replaced vector is searched as sqlite-vec searches it', () => {
  const rows = vectors(1200, 16, 5, 7).map((vector, i) => ({ id: `r${i}`, vector }));
  const { vec, scan } = engines(rows);
  const q = vectors(1, 16, 5, 3)[0] as number[];
  vec.setVector('r1100', q);
  scan.setVector('r1100', q);
  const got = scan.search(q, 20);
  assert.equal(got[0]?.id, 'r1100');
  assert.deepEqual(got, vec.search(q, 20));
  assert.throws(() => scan.search([1, 2], 3), RangeError);
  vec.close();
});
