// The columns of an exported request log: one per `requests` column (rows.ts), typed for warehouses —
// timestamps as timestamps, 0/1 flags as booleans, the JSON columns (attempts, guardrails, tags) as JSON.
import type { RequestRecord } from '../../spec/record.ts';
import { REQUEST_COLUMN_TYPES, type RequestRow, toRow } from '../rows.ts';

export type ExportType = 'STRING' | 'TIMESTAMP' | 'INT64' | 'INT32' | 'DOUBLE' | 'BOOLEAN' | 'JSON';

export interface ExportColumn {
  name: keyof RequestRow;
  type: ExportType;
}

const TIMESTAMPS = new Set<keyof RequestRow>(['received_at', 'first_byte_at', 'done_at']);
const FLAGS = new Set<keyof RequestRow>(['tokens_estimated', 'stream', 'cache_hit']);
const JSON_SOURCE = {
  attempts: (r: RequestRecord) => r.attempts ?? [],
  guardrails: (r: RequestRecord) => r.guardrails ?? [],
  tags: (r: RequestRecord) => r.tags ?? {},
};
const JSON_COLUMNS = new Set<keyof RequestRow>(Object.keys(JSON_SOURCE) as (keyof RequestRow)[]);

export const EXPORT_COLUMNS: readonly ExportColumn[] = (
  Object.entries(REQUEST_COLUMN_TYPES) as [keyof RequestRow, string][]
).map(([name, sqlType]) => {
  if (TIMESTAMPS.has(name)) return { name, type: 'TIMESTAMP' };
  if (FLAGS.has(name)) return { name, type: 'BOOLEAN' };
  if (JSON_COLUMNS.has(name)) return { name, type: 'JSON' };
  if (sqlType === 'bigint') return { name, type: 'INT64' };
  if (sqlType === 'integer') return { name, type: 'INT32' };
  if (sqlType === 'double precision') return { name, type: 'DOUBLE' };
  return { name, type: 'STRING' };
});

/** A record's export values, by column: Date, boolean, parsed JSON, number, string or null. */
export function exportValues(r: RequestRecord): Record<keyof RequestRow, unknown> {
  const row = toRow(r) as unknown as Record<keyof RequestRow, unknown>;
  const out = {} as Record<keyof RequestRow, unknown>;
  for (const { name, type } of EXPORT_COLUMNS) {
    const v = row[name];
    if (v === null || v === undefined) out[name] = null;
    else if (type === 'TIMESTAMP') out[name] = new Date(Number(v));
    else if (type === 'BOOLEAN') out[name] = Boolean(v);
    else if (type === 'JSON')
      out[name] = JSON_SOURCE[name as keyof typeof JSON_SOURCE](r); // not the row's text
    else out[name] = v;
  }
  return out;
}
