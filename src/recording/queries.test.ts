import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { RequestRecord } from '../spec/record.ts';
import { getRequest, listRequests, QueryValidationError, usage } from './queries.ts';
import { SqlRecordSink } from './sql-sink.ts';
import { syntheticRecords } from './synthetic.ts';
import { assertUsageMatches, BACKENDS, openTestStore, type TestStore } from './testing.ts';

const HOUR = 3_600_000;
const opts = { start: Date.UTC(2025, 4, 10, 22, 15), spanMs: 30 * HOUR, total: 1200, idPrefix: 'q' };
const records = syntheticRecords(0, 1200, opts);
const newestFirst = (rs: RequestRecord[]) =>
  [...rs].sort((a, b) => b.receivedAt - a.receivedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));

for (const dialect of BACKENDS) {
  describe(`queries on ${dialect}`, () => {
    let store: TestStore;
    let sink: SqlRecordSink;
    before(async () => {
      store = await openTestStore(dialect);
      sink = new SqlRecordSink(store.database);
      // Several records per millisecond, so the cursor's id tie-break matters.
      const dense = records.map((r, i) => ({ ...r, receivedAt: r.receivedAt - (r.receivedAt % 1000) + (i % 3) }));
      records.splice(0, records.length, ...dense);
      await sink.writeBatch(records.map((record) => ({ record })));
    });
    after(() => store.cleanup());

    test('cursor pagination returns every record exactly once, newest first', async () => {
      const seen: RequestRecord[] = [];
      let cursor: string | undefined;
      do {
        const page = await listRequests(store.database, { limit: 97, cursor });
        assert.ok(page.data.length <= 97);
        seen.push(...page.data);
        cursor = page.next_cursor ?? undefined;
      } while (cursor);
      assert.deepEqual(seen, newestFirst(records));
    });

    test('pages are stable while newer records arrive', async () => {
      const first = await listRequests(store.database, { limit: 100, tenant: 'tenant-1' });
      const newer = syntheticRecords(5000, 5050, { ...opts, start: opts.start + 40 * HOUR, idPrefix: 'q-new' });
      await sink.writeBatch(newer.map((record) => ({ record })));
      const rest: RequestRecord[] = [];
      let cursor = first.next_cursor;
      while (cursor) {
        const page = await listRequests(store.database, { limit: '500', tenant: 'tenant-1', cursor });
        rest.push(...page.data);
        cursor = page.next_cursor;
      }
      assert.deepEqual([...first.data, ...rest], newestFirst(records.filter((r) => r.tenant === 'tenant-1')));
      await sql`DELETE FROM requests WHERE id LIKE 'q-new-%'`.execute(store.database.db);
    });

    test('the model filter pages through every record of the model, newest first', async () => {
      const all: RequestRecord[] = [];
      let cursor: string | null = null;
      do {
        const page = await listRequests(store.database, { model: 'gpt-4o', limit: 300, ...(cursor ? { cursor } : {}) });
        all.push(...page.data);
        cursor = page.next_cursor;
      } while (cursor);
      const keep = (r: RequestRecord) => r.modelRequested === 'gpt-4o' || r.modelServed === 'gpt-4o';
      assert.deepEqual(all, newestFirst(records.filter(keep)));
    });

    test('filters match the records they name', async () => {
      const from = opts.start + 5 * HOUR;
      const to = opts.start + 20 * HOUR;
      const cases: [Parameters<typeof listRequests>[1], (r: RequestRecord) => boolean][] = [
        [{ tenant: 'tenant-2' }, (r) => r.tenant === 'tenant-2'],
        [{ keyId: 'key-7' }, (r) => r.keyId === 'key-7'],
        [{ model: 'gpt-4o' }, (r) => r.modelRequested === 'gpt-4o' || r.modelServed === 'gpt-4o'],
        [{ model: 'o3-mini-2025-01-01' }, (r) => r.modelServed === 'o3-mini-2025-01-01'],
        [{ status: '5xx' }, (r) => r.status >= 500],
        [{ status: 429 }, (r) => r.status === 429],
        [{ from: new Date(from).toISOString(), to: String(to) }, (r) => r.receivedAt >= from && r.receivedAt < to],
        [
          { tenant: 'tenant-0', status: '2xx', from },
          (r) => r.tenant === 'tenant-0' && r.status < 300 && r.receivedAt >= from,
        ],
        [{ route: 'gpt-4o' }, (r) => r.route === 'gpt-4o'],
        [{ guard: 'redact' }, (r) => r.guardrails.some((g) => g.action === 'redact')],
        [{ guard: 'any' }, (r) => r.guardrails.length > 0],
        [{ guard: 'none', status: '5xx' }, (r) => r.guardrails.length === 0 && r.status >= 500],
        [{ tag: 'env=prod' }, (r) => r.tags.env === 'prod'],
        [{ tag: 'feature/x=ünïcode "quoted",env' }, (r) => r.tags['feature/x'] === 'ünïcode "quoted"'],
        [{ q: records[7].id.slice(2, 6) }, (r) => r.id.includes(records[7].id.slice(2, 6))],
        [{ q: records[7].id }, (r) => r.id === records[7].id],
        [
          { route: 'gpt-4o', guard: 'redact', tag: 'env=prod', model: 'gpt-4o' },
          (r) => r.route === 'gpt-4o' && r.guardrails.length > 0 && r.tags.env === 'prod',
        ],
      ];
      for (const [params, none] of [
        [{ guard: 'block' }, 'no block decisions'],
        [{ tag: 'env=staging' }, 'no such tag value'],
        [{ q: 'zz-not-an-id' }, 'no such id'],
      ] as const) {
        assert.deepEqual((await listRequests(store.database, params)).data, [], none);
      }
      for (const [params, keep] of cases) {
        const page = await listRequests(store.database, { ...params, limit: 500 });
        const expected = newestFirst(records.filter(keep));
        assert.ok(expected.length > 0, `case ${JSON.stringify(params)} selects something`);
        assert.deepEqual(page.data, expected.slice(0, 500), JSON.stringify(params));
      }
    });

    test('getRequest scopes by tenant and returns null when absent', async () => {
      const r = records[10];
      assert.deepEqual(await getRequest(store.database, r.id, { tenant: r.tenant ?? undefined }), r);
      assert.equal(await getRequest(store.database, r.id, { tenant: 'someone-else' }), null);
      assert.equal(await getRequest(store.database, 'no-such-id'), null);
    });

    test('usage equals the sums of the records, for every grouping and granularity', async () => {
      for (const groupBy of ['model', 'key', 'team', 'tenant', 'provider'] as const) {
        for (const granularity of ['hour', 'day'] as const) {
          const rows = await usage(store.database, {
            groupBy,
            granularity,
            from: opts.start,
            to: opts.start + 31 * HOUR,
          });
          assertUsageMatches(rows, records, groupBy, granularity);
        }
      }
      const from = opts.start + 3 * HOUR;
      const to = opts.start + 9 * HOUR; // buckets starting before `to` count whole
      const rows = await usage(store.database, { groupBy: 'model', granularity: 'hour', from, to, tenant: 'tenant-3' });
      const hourOf = (t: number) => t - (t % HOUR);
      assertUsageMatches(
        rows,
        records.filter(
          (r) => r.tenant === 'tenant-3' && hourOf(r.receivedAt) >= hourOf(from) && hourOf(r.receivedAt) < to,
        ),
        'model',
        'hour',
      );
    });

    test('usage reads the rollups only, never the raw records', async () => {
      const params = { groupBy: 'key', granularity: 'day', from: opts.start, to: opts.start + 31 * HOUR } as const;
      const before = await usage(store.database, params);
      await sql`DELETE FROM requests`.execute(store.database.db);
      assert.deepEqual(await usage(store.database, params), before);
    });

    test('bad inputs throw QueryValidationError naming the field', async () => {
      const cases: [() => Promise<unknown>, string][] = [
        [() => listRequests(store.database, { limit: 501 }), 'limit'],
        [() => listRequests(store.database, { limit: 'ten' }), 'limit'],
        [() => listRequests(store.database, { cursor: 'bm9wZQ' }), 'cursor'],
        [() => listRequests(store.database, { status: 'teapot' }), 'status'],
        [() => listRequests(store.database, { from: 'yesterday-ish' }), 'from'],
        [() => listRequests(store.database, { tenant: '' }), 'tenant'],
        [() => listRequests(store.database, { guard: 'blocked' }), 'guard'],
        [() => listRequests(store.database, { tag: '=x' }), 'tag'],
        [() => listRequests(store.database, { route: '' }), 'route'],
        [() => listRequests(store.database, { tag: ['a', 'b'] as unknown as string }), 'tag'],
        [() => listRequests(store.database, { q: ['a'] as unknown as string }), 'q'],
        [() => getRequest(store.database, ''), 'id'],
        [() => usage(store.database, { groupBy: 'user', from: 0, to: 1 }), 'group_by'],
        [() => usage(store.database, { groupBy: 'model', granularity: 'week', from: 0, to: 1 }), 'granularity'],
        [() => usage(store.database, { groupBy: 'model', from: 10, to: 5 }), 'to'],
        [() => usage(store.database, { groupBy: 'model', from: 'x', to: 5 }), 'from'],
      ];
      for (const [call, field] of cases) {
        await assert.rejects(call, (err: unknown) => err instanceof QueryValidationError && err.field === field, field);
      }
    });
  });
}
