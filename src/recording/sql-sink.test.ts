import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { getRequest, usage } from './queries.ts';
import { ROLLUP_COLUMN_TYPES, ROLLUP_TABLES } from './rollup.ts';
import { REQUEST_COLUMN_TYPES } from './rows.ts';
import { SqlRecordSink } from './sql-sink.ts';
import { syntheticRecords } from './synthetic.ts';
import { allStored, assertUsageMatches, BACKENDS, openTestStore, storedCounts, type TestStore } from './testing.ts';

const DAY = 86_400_000;

/**
 * The store's tables and their columns. On PostgreSQL only its own schema is read: Kysely's introspector reads
 * every schema, and another test file dropping its schema at that moment fails the query ("schema … does not exist").
 */
async function ownTables(store: TestStore, dialect: string): Promise<{ name: string; columns: { name: string }[] }[]> {
  if (dialect !== 'postgres') return store.database.db.introspection.getTables();
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns where table_schema = current_schema()
  `.execute(store.database.db);
  const byTable = new Map<string, { name: string }[]>();
  for (const r of rows) byTable.set(r.table_name, [...(byTable.get(r.table_name) ?? []), { name: r.column_name }]);
  return [...byTable].map(([name, columns]) => ({ name, columns }));
}
const opts = { start: Date.UTC(2025, 2, 1, 10, 30), spanMs: 3 * DAY, total: 3000, idPrefix: 'sink' };

for (const dialect of BACKENDS) {
  describe(`SqlRecordSink on ${dialect}`, () => {
    let store: TestStore;
    let sink: SqlRecordSink;
    before(async () => {
      store = await openTestStore(dialect);
      sink = new SqlRecordSink(store.database);
    });
    after(() => store.cleanup());

    test('the tables have exactly the mapped columns', async () => {
      const tables = await ownTables(store, dialect);
      const requests = tables.find((t) => t.name === 'requests');
      assert.ok(requests);
      assert.deepEqual(requests.columns.map((c) => c.name).sort(), Object.keys(REQUEST_COLUMN_TYPES).sort());
      for (const name of Object.values(ROLLUP_TABLES)) {
        const table = tables.find((t) => t.name === name);
        assert.ok(table, name);
        assert.deepEqual(table.columns.map((c) => c.name).sort(), Object.keys(ROLLUP_COLUMN_TYPES).sort());
      }
    });

    test('records and bodies read back equal, every field included', async () => {
      const records = syntheticRecords(0, 400, opts);
      await sink.writeBatch(records.map((record, i) => (i % 7 === 0 ? { record, bodies: bodyOf(i) } : { record })));
      for (const [i, r] of records.entries()) {
        if (i % 7 !== 0 && i % 10 !== 1) continue; // with bodies, and a sample without; all are compared below
        const got = await getRequest(store.database, r.id);
        assert.deepEqual(got, i % 7 === 0 ? { ...r, bodies: bodyOf(i) } : r);
      }
      assert.deepEqual(await allStored(store.database), records);
    });

    test('a batch bigger than one statement (SQLite variable limit) is written whole', async () => {
      await sink.writeBatch(syntheticRecords(400, 3000, opts).map((record) => ({ record })));
      const counts = await storedCounts(store.database);
      assert.deepEqual(counts, { rows: 3000, distinct: 3000, hourly: 3000, daily: 3000 });
    });

    test('replayed and overlapping batches are stored and rolled up once', async () => {
      const again = syntheticRecords(2500, 3200, opts).map((record) => ({ record }));
      await sink.writeBatch(again);
      await sink.writeBatch([...again, ...again]); // duplicate ids inside one batch too
      const counts = await storedCounts(store.database);
      assert.deepEqual(counts, { rows: 3200, distinct: 3200, hourly: 3200, daily: 3200 });
      const all = syntheticRecords(0, 3200, opts);
      for (const groupBy of ['model', 'key', 'team', 'tenant', 'provider', 'route'] as const) {
        for (const granularity of ['hour', 'day'] as const) {
          const rows = await usage(store.database, {
            groupBy,
            granularity,
            from: opts.start,
            to: opts.start + 4 * DAY,
          });
          assertUsageMatches(rows, all, groupBy, granularity);
        }
      }
    });

    test('bodies of a replayed record are not duplicated or replaced', async () => {
      const [record] = syntheticRecords(0, 1, opts);
      await sink.writeBatch([{ record, bodies: { request: 'changed', response: 'changed' } }]);
      assert.deepEqual((await getRequest(store.database, record.id))?.bodies, bodyOf(0));
    });
  });
}

function bodyOf(i: number) {
  return i % 2 === 0
    ? { request: `{"messages":[{"role":"user","content":"hi ${i} ✓ \\"q\\""}]}`, response: `{"id":"r${i}"}` }
    : { request: `{"input":"only request ${i}"}` };
}
