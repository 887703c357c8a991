// The packed hand-over to the writer thread: the same values toRow gives, the same rollups rollUp gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestRecord } from '../spec/record.ts';
import {
  EXPLANATION_CELL,
  packBatch,
  RECEIVED_AT_CELL,
  REQUEST_BODY_CELL,
  RESPONSE_BODY_CELL,
  ROW_CELLS,
  rollupFactsAt,
  STRIDE,
} from './record-pack.ts';
import { DAY_MS, HOUR_MS, rollUp, rollUpSizes } from './rollup.ts';
import { REQUEST_COLUMNS, toRow } from './rows.ts';
import { syntheticRecords } from './synthetic.ts';

const opts = { start: Date.UTC(2026, 1, 27, 20), spanMs: 3 * DAY_MS, total: 600, idPrefix: 'pack' };

function records(): RequestRecord[] {
  const rs = syntheticRecords(0, opts.total, opts);
  rs[3] = { ...(rs[3] as RequestRecord), attempts: [], guardrails: [], tags: {} };
  // A record replayed from an old spool file may lack the list columns: they read as empty, as in toRow.
  rs[5] = { ...(rs[5] as RequestRecord), attempts: undefined as never, guardrails: undefined as never };
  rs[7] = {
    ...(rs[7] as RequestRecord),
    explanation: { route: { requested: 'a', matched: null }, steps: [], checks: [], notes: ['ü "q"'] },
  };
  return rs;
}

test('each packed row holds toRow(record) in column order, then explanation and bodies', () => {
  const rs = records();
  const items = rs.map((record, i) => ({ record, bodies: i === 7 ? { request: 'q', response: 'a' } : undefined }));
  const { n, cells } = packBatch(items, true);
  assert.equal(n, rs.length);
  assert.equal(cells.length, n * STRIDE);
  assert.equal(REQUEST_COLUMNS[RECEIVED_AT_CELL], 'received_at');
  for (const [i, r] of rs.entries()) {
    const base = i * STRIDE;
    const row = toRow(r);
    assert.deepEqual(
      cells.slice(base, base + ROW_CELLS),
      REQUEST_COLUMNS.map((c) => row[c]),
    );
    assert.equal(cells[base + EXPLANATION_CELL], r.explanation ? JSON.stringify(r.explanation) : null);
    assert.equal(cells[base + REQUEST_BODY_CELL], i === 7 ? 'q' : null);
    assert.equal(cells[base + RESPONSE_BODY_CELL], i === 7 ? 'a' : null);
  }
  assert.equal(packBatch(items, false).cells[7 * STRIDE + EXPLANATION_CELL], null, 'explanations only when asked');
});

test('rollups of packed rows equal rollUp of the records, hour and day in one pass', () => {
  const rs = records();
  const { n, cells } = packBatch(
    rs.map((record) => ({ record })),
    false,
  );
  const facts = Array.from({ length: n }, (_, i) => rollupFactsAt(cells, i * STRIDE));
  const [hour, day] = rollUpSizes(facts, [HOUR_MS, DAY_MS]);
  assert.deepEqual(hour, rollUp(rs, HOUR_MS));
  assert.deepEqual(day, rollUp(rs, DAY_MS));
  assert.ok((day?.length ?? 0) < (hour?.length ?? 0) && (day?.length ?? 0) > 0);
  // The day rows sum the hour rows (the shared first pass must not add a record twice).
  const total = (rows: typeof hour, m: 'requests' | 'input_tokens') =>
    (rows ?? []).filter((r) => r.dimension === 'model').reduce((s, r) => s + r[m], 0);
  assert.equal(total(day, 'requests'), rs.length);
  assert.equal(total(hour, 'requests'), rs.length);
  assert.equal(total(day, 'input_tokens'), total(hour, 'input_tokens'));
});
