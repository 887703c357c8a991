// Query plans of the request list (GET /admin/requests): each filter the admin API offers pages through the index
// made for it, on both stores. Guards the write-path trims of the indexes (recording_0003: the model and route
// indexes hold only records that have a model / route): a filter that could no longer use its index would read and
// sort every record instead. The SQL is the one listRequests runs, captured and EXPLAINed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompiledQuery, type KyselyPlugin, type RootOperationNode } from 'kysely';
import type { Database } from '../storage/database.ts';
import { type ListRequestsParams, listRequests } from './queries.ts';
import { SqlRecordSink } from './sql-sink.ts';
import { syntheticRecords } from './synthetic.ts';
import { BACKENDS, openTestStore, type TestStore } from './testing.ts';

/** The compiled SELECTs listRequests runs for `params` (its database handle wrapped to capture them). */
async function listSql(database: Database, params: ListRequestsParams): Promise<CompiledQuery[]> {
  const nodes: RootOperationNode[] = [];
  const capture: KyselyPlugin = {
    transformQuery: (args) => {
      nodes.push(args.node);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const db = database.db.withPlugin(capture);
  await listRequests({ ...database, db }, params);
  const executor = database.db.getExecutor();
  // Subqueries pass the plugin too: the statement run is the longest (it holds them).
  const compiled = nodes.map((n) => executor.compileQuery(n, { queryId: 'plan' }));
  return compiled.sort((a, b) => b.sql.length - a.sql.length).slice(0, 1);
}

/** The plan as text: SQLite's EXPLAIN QUERY PLAN details, PostgreSQL's EXPLAIN with sequential scans disfavoured
 * (a table this small would be scanned whole; the question is whether the index can serve the filter). */
async function plan(database: Database, q: CompiledQuery): Promise<string> {
  if (database.sqlite) {
    const rows = database.sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.parameters) as { detail: string }[];
    return rows.map((r) => r.detail).join('\n');
  }
  return database.db.transaction().execute(async (trx) => {
    await trx.executeQuery(CompiledQuery.raw('SET LOCAL enable_seqscan = off'));
    const r = await trx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`EXPLAIN ${q.sql}`, [...q.parameters]),
    );
    return r.rows.map((x) => x['QUERY PLAN']).join('\n');
  });
}

const opts = { start: Date.UTC(2026, 0, 5), spanMs: 48 * 3_600_000, total: 2000, idPrefix: 'plan' };

/** Filter → the indexes its plan must use. */
const CASES: [string, ListRequestsParams, string[]][] = [
  ['no filter', {}, ['requests_received_idx']],
  ['tenant', { tenant: 'tenant-rare' }, ['requests_tenant_received_idx']],
  ['key', { keyId: 'key-rare' }, ['requests_key_received_idx']],
  ['model', { model: 'model-rare' }, ['requests_model_requested_idx', 'requests_model_served_idx']],
  ['route', { route: 'route-rare' }, ['requests_route_received_idx']],
  ['guard', { guard: 'block' }, ['requests_guarded_idx']],
  ['tag', { tag: 'env=prod' }, ['requests_tagged_idx']],
];

for (const dialect of BACKENDS) {
  describe(`request list plans on ${dialect}`, () => {
    let store: TestStore;
    before(async () => {
      store = await openTestStore(dialect);
      const records = syntheticRecords(0, opts.total, opts);
      // Records without a model or route (like searches) and with a route, so both kinds are in the table; a few
      // with rare values, so PostgreSQL's planner prefers a selective index to walking the time index.
      records.forEach((r, i) => {
        if (i % 3 === 0)
          Object.assign(r, { modelRequested: null, modelServed: null, route: null, endpoint: 'retrieve' });
        else r.route = `route-${i % 4}`;
        if (i % 250 === 1) Object.assign(r, { tenant: 'tenant-rare', keyId: 'key-rare', route: 'route-rare' });
        if (i % 250 === 2) r.modelRequested = 'model-rare';
        if (i % 250 === 4) r.modelServed = 'model-rare';
      });
      await new SqlRecordSink(store.database).writeBatch(records.map((record) => ({ record })));
      if (dialect === 'postgres') await store.database.db.executeQuery(CompiledQuery.raw('ANALYZE requests'));
    });
    after(() => store?.cleanup());

    for (const [name, params, indexes] of CASES) {
      test(`${name}: through ${indexes.join(' and ')}`, async () => {
        const queries = await listSql(store.database, { ...params, limit: 50 });
        assert.equal(queries.length, 1, 'one SELECT');
        const text = await plan(store.database, queries[0] as CompiledQuery);
        if (process.env.SHOW_PLANS) console.log(name, dialect, text);
        for (const index of indexes) assert.ok(text.includes(index), `${name} uses ${index}:\n${text}`);
        // SQLite: no sort of the whole filtered set for the newest page (the index gives the order).
        if (dialect === 'sqlite' && name !== 'model')
          assert.ok(!/USE TEMP B-TREE FOR ORDER BY/.test(text), `${name} sorts:\n${text}`);
      });
    }

    test('the model and route indexes hold only records that have one (recording_0003)', async () => {
      const names = ['requests_model_requested_idx', 'requests_model_served_idx', 'requests_route_received_idx'];
      const defs = store.database.sqlite
        ? (store.database.sqlite
            .prepare(`SELECT sql AS def FROM sqlite_master WHERE type = 'index' AND name IN (?, ?, ?)`)
            .all(...names) as { def: string }[])
        : (
            await store.database.db.executeQuery<{ def: string }>(
              CompiledQuery.raw(
                'SELECT indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ANY($1)',
                [names],
              ),
            )
          ).rows;
      assert.equal(defs.length, 3);
      for (const { def } of defs)
        assert.match(def, /WHERE \(?"?(model_requested|model_served|route)"? IS NOT NULL\)?/i);
    });

    test('a model filter still finds only records of that model (rows without a model are not in the index)', async () => {
      const page = await listRequests(store.database, { model: 'model-rare', limit: 500 });
      assert.equal(page.data.length, 16);
      for (const r of page.data) assert.ok(r.modelRequested === 'model-rare' || r.modelServed === 'model-rare');
      const routed = await listRequests(store.database, { route: 'route-1', limit: 500 });
      assert.ok(routed.data.length > 0);
      for (const r of routed.data) assert.equal(r.route, 'route-1');
    });
  });
}
