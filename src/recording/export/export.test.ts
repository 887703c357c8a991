// `lintel export` on SQLite and PostgreSQL: the Parquet file read back with hyparquet, and the CSV parsed as
// RFC 4180, equal the stored records of the range (and filters), across several pages and row groups.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Command } from 'commander';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import type { RequestRecord } from '../../spec/record.ts';
import { openDatabase } from '../../storage/database.ts';
import { SqlRecordSink } from '../sql-sink.ts';
import { syntheticRecords } from '../synthetic.ts';
import { BACKENDS, openTestStore, type TestStore } from '../testing.ts';
import { registerExportCommand } from './cli.ts';
import { EXPORT_COLUMNS, exportValues } from './columns.ts';
import { csvField } from './csv.ts';
import { exportRequests } from './export.ts';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 2, 1);
const records = syntheticRecords(0, 2600, { start, spanMs: 48 * HOUR, total: 2600, idPrefix: 'x' });
const from = start + 6 * HOUR;
const to = start + 40 * HOUR;
const newestFirst = (rs: RequestRecord[]) =>
  [...rs].sort((a, b) => b.receivedAt - a.receivedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
const inRange = (r: RequestRecord) => r.receivedAt >= from && r.receivedAt < to;

/** A strict RFC 4180 parser (quoted fields, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}

/** What a Parquet reader gives back for a record (hyparquet: Date, bigint, parsed JSON). */
function asRead(r: RequestRecord): Record<string, unknown> {
  const v = exportValues(r) as Record<string, unknown>;
  for (const c of EXPORT_COLUMNS) if (c.type === 'INT64' && v[c.name] !== null) v[c.name] = BigInt(v[c.name] as number);
  return v;
}

for (const dialect of BACKENDS) {
  describe(`lintel export on ${dialect}`, () => {
    let store: TestStore;
    let dir: string;
    before(async () => {
      store = await openTestStore(dialect);
      dir = mkdtempSync(join(tmpdir(), 'lintel-export-'));
      const sink = new SqlRecordSink(store.database);
      for (let i = 0; i < records.length; i += 500) {
        await sink.writeBatch(records.slice(i, i + 500).map((record) => ({ record })));
      }
    });
    after(async () => {
      await store.cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    test('Parquet: read back with hyparquet, equal to the stored records of the range, in row groups', async () => {
      const out = join(dir, 'range.parquet');
      const r = await exportRequests(store.database, { from, to, out, format: 'parquet', rowGroupSize: 700 });
      const expected = newestFirst(records.filter(inRange));
      assert.ok(expected.length > 1500, 'several pages and row groups');
      assert.equal(r.rows, expected.length);
      const file = await asyncBufferFromFile(out);
      const meta = await parquetMetadataAsync(file);
      assert.equal(Number(meta.num_rows), expected.length);
      assert.ok(meta.row_groups.length >= 3, `row groups: ${meta.row_groups.length}`);
      const rows = await parquetReadObjects({ file });
      assert.deepEqual(rows, expected.map(asRead));
      assert.deepEqual(
        readdirSync(dir).filter((f) => f.includes('.partial-')),
        [],
      );
    });

    test('filters: one tenant, one model; an empty range writes a valid empty file', async () => {
      const out = join(dir, 'tenant.parquet');
      await exportRequests(store.database, { from, to, out, format: 'parquet', tenant: 'tenant-2', model: 'gpt-4o' });
      const want = newestFirst(
        records.filter(
          (x) => inRange(x) && x.tenant === 'tenant-2' && (x.modelRequested === 'gpt-4o' || x.modelServed === 'gpt-4o'),
        ),
      );
      assert.ok(want.length > 10);
      assert.deepEqual(await parquetReadObjects({ file: await asyncBufferFromFile(out) }), want.map(asRead));
      const empty = join(dir, 'empty.parquet');
      const r = await exportRequests(store.database, { from: 0, to: 1, out: empty, format: 'parquet' });
      assert.equal(r.rows, 0);
      assert.deepEqual(await parquetReadObjects({ file: await asyncBufferFromFile(empty) }), []);
    });

    test('CSV: RFC 4180 (quotes, commas, unicode in tags), header, one row per stored record', async () => {
      const out = join(dir, 'range.csv');
      const r = await exportRequests(store.database, { from, to, out, format: 'csv' });
      const text = readFileSync(out, 'utf8');
      const rows = parseCsv(text);
      const expected = newestFirst(records.filter(inRange));
      assert.equal(r.rows, expected.length);
      assert.deepEqual(
        rows[0],
        EXPORT_COLUMNS.map((c) => c.name),
      );
      assert.equal(rows.length, expected.length + 1);
      const tags = EXPORT_COLUMNS.findIndex((c) => c.name === 'tags');
      const quoted = rows.find((row) => row[tags].includes('quoted'));
      assert.ok(quoted, 'a tag value with quotes survives');
      assert.deepEqual(JSON.parse(quoted[tags]), { env: 'prod', 'feature/x': 'ünïcode "quoted"' });
      rows.slice(1).forEach((row, i) => {
        const v = exportValues(expected[i]) as Record<string, unknown>;
        EXPORT_COLUMNS.forEach((c, k) => {
          const want = v[c.name];
          const got = row[k];
          if (want === null) assert.equal(got, '', `${c.name} null`);
          else if (want instanceof Date) assert.equal(got, want.toISOString());
          else if (typeof want === 'object') assert.deepEqual(JSON.parse(got), want);
          else assert.equal(got, String(want), `${c.name} of ${expected[i].id}`);
        });
      });
    });
  });
}

test('csv fields: quoting per RFC 4180', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('line\nbreak'), '"line\nbreak"');
  assert.equal(csvField('cr\r'), '"cr\r"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(false), 'false');
});

test('the CLI writes the file named by --out and refuses bad input with exit code 2, writing nothing', async () => {
  const store = await openTestStore('sqlite');
  const dir = mkdtempSync(join(tmpdir(), 'lintel-export-cli-'));
  try {
    await new SqlRecordSink(store.database).writeBatch(records.slice(0, 300).map((record) => ({ record })));
    const lines: string[] = [];
    let code = 0;
    const run = async (...args: string[]) => {
      const program = new Command().exitOverride();
      registerExportCommand(program, () => openDatabase({ dataDir: store.dataDir }), {
        out: (l) => lines.push(l),
        setExitCode: (c) => {
          code = c;
        },
      });
      await program.parseAsync(['node', 'lintel', 'export', ...args]);
    };
    const out = join(dir, 'all.csv');
    await run('--from', '2026-03-01', '--to', '2026-03-04T00:00:00Z', '--out', out);
    assert.equal(code, 0);
    assert.match(lines[0], /^wrote 300 records to .*all\.csv \(csv, \d+ ms\)$/);
    assert.equal(parseCsv(readFileSync(out, 'utf8')).length, 301);
    await run('--from', 'yesterday-ish', '--to', '2026-03-04', '--out', join(dir, 'bad.parquet'));
    assert.equal(code, 2);
    assert.match(lines.at(-1) ?? '', /--from: expected epoch ms or an ISO 8601 time/);
    code = 0;
    await run('--from', '0', '--to', '1', '--out', join(dir, 'x.json'));
    assert.equal(code, 2);
    assert.match(lines.at(-1) ?? '', /--format: expected parquet or csv/);
    assert.deepEqual(readdirSync(dir).sort(), ['all.csv']);
  } finally {
    await store.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
});
