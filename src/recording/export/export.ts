// `lintel export`: the request log of a time range (optionally one tenant or model) to a Parquet or CSV file for
// a warehouse. Records are read a page at a time through the admin read path (listRequests, newest first) and
// written a row group at a time, so memory stays bounded by `rowGroupSize` whatever the range. The file is
// written beside its destination and renamed into place at the end: a failed export leaves no partial file.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { ColumnSource } from 'hyparquet-writer';
import { fileWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import type { Database } from '../../storage/database.ts';
import { listRequests, type TimeInput } from '../queries.ts';
import { EXPORT_COLUMNS, exportValues } from './columns.ts';
import { csvHeader, csvRow } from './csv.ts';

export type ExportFormat = 'parquet' | 'csv';

export interface ExportOptions {
  from: TimeInput;
  to: TimeInput;
  out: string;
  format: ExportFormat;
  tenant?: string;
  model?: string;
  /** Rows per Parquet row group (and the most rows held in memory); default 10,000. */
  rowGroupSize?: number;
}

export interface ExportResult {
  rows: number;
  file: string;
  format: ExportFormat;
}

/** Pages of export rows, newest first. */
async function* pages(database: Database, o: ExportOptions): AsyncGenerator<Record<string, unknown>[]> {
  let cursor: string | undefined;
  do {
    const page = await listRequests(database, {
      from: o.from,
      to: o.to,
      tenant: o.tenant,
      model: o.model,
      limit: 500,
      cursor,
    });
    if (page.data.length > 0) yield page.data.map(exportValues);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
}

function columnData(rows: readonly Record<string, unknown>[]): ColumnSource[] {
  return EXPORT_COLUMNS.map((c) => ({
    name: c.name,
    type: c.type,
    nullable: true,
    data: rows.map((r) => {
      const v = r[c.name];
      return c.type === 'INT64' && v !== null ? BigInt(v as number) : v;
    }),
  }));
}

async function writeParquet(database: Database, o: ExportOptions, tmp: string): Promise<number> {
  const rowGroupSize = o.rowGroupSize ?? 10_000;
  const writer = new ParquetWriter({
    writer: fileWriter(tmp),
    schema: schemaFromColumnData({ columnData: columnData([]) }),
    kvMetadata: [
      { key: 'lintel.export', value: JSON.stringify({ from: o.from, to: o.to, tenant: o.tenant, model: o.model }) },
    ],
    createdBy: 'lintel export (hyparquet-writer)',
  });
  let group: Record<string, unknown>[] = [];
  let rows = 0;
  const write = async (batch: Record<string, unknown>[]) => {
    await writer.write({ columnData: columnData(batch), rowGroupSize: batch.length });
    rows += batch.length;
  };
  for await (const page of pages(database, o)) {
    group.push(...page);
    while (group.length >= rowGroupSize) {
      await write(group.slice(0, rowGroupSize));
      group = group.slice(rowGroupSize);
    }
  }
  if (group.length > 0) await write(group);
  await writer.finish();
  return rows;
}

async function writeCsv(database: Database, o: ExportOptions, tmp: string): Promise<number> {
  const out = createWriteStream(tmp, { encoding: 'utf8' });
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  let rows = 0;
  try {
    await write(csvHeader(EXPORT_COLUMNS));
    for await (const page of pages(database, o)) {
      let chunk = '';
      for (const r of page) chunk += csvRow(EXPORT_COLUMNS, r);
      await write(chunk);
      rows += page.length;
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return rows;
}

export async function exportRequests(database: Database, o: ExportOptions): Promise<ExportResult> {
  const tmp = `${o.out}.partial-${process.pid}`;
  try {
    const rows = o.format === 'parquet' ? await writeParquet(database, o, tmp) : await writeCsv(database, o, tmp);
    await rename(tmp, o.out);
    return { rows, file: o.out, format: o.format };
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
