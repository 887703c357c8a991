// The embedded store's writer thread: a batch lands with its explanations, a replayed batch counts once, and a
// thread that cannot open the store rejects (so the recorder spools the batch) instead of leaving it hanging.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { explanationMigrations, getExplanation } from '../governance/explain/store.ts';
import { runMigrations } from '../storage/database.ts';
import type { RecordItem } from './sink.ts';
import { SqliteThreadSink } from './sqlite-thread-sink.ts';
import { getRequest, usage } from './queries.ts';
import { syntheticRecord, syntheticRecords } from './synthetic.ts';
import { allStored, assertUsageMatches, openTestStore, storedCounts } from './testing.ts';

const synth = { start: Date.UTC(2026, 0, 1), spanMs: 3_600_000, total: 300, idPrefix: 'thr' };

function items(from: number, to: number): RecordItem[] {
  const out: RecordItem[] = [];
  for (let i = from; i < to; i++) {
    const record = syntheticRecord(i, synth);
    record.explanation = {
      route: { requested: null, matched: null },
      steps: [],
      checks: [{ stage: 'admission', outcome: `admitted: requests reserved (${i})` }],
      notes: [],
    };
    out.push({ record, bodies: i === 0 ? { request: '{"q":1}', response: '{"a":2}' } : undefined });
  }
  return out;
}

test('batches land with their explanations; a batch written again counts once', async () => {
  const store = await openTestStore('sqlite');
  const sink = new SqliteThreadSink({ file: join(store.dataDir, 'lintel.db') });
  try {
    await runMigrations(store.database, explanationMigrations);
    const first = items(0, 200);
    await sink.writeBatch(first);
    await sink.writeBatch(items(200, 300));
    await sink.writeBatch(first); // a replay after a timeout: idempotent by id
    assert.deepEqual(await storedCounts(store.database), { rows: 300, distinct: 300, hourly: 300, daily: 300 });
    const n = await sql<{ n: number }>`SELECT count(*) AS n FROM request_explanations`.execute(store.database.db);
    assert.equal(Number(n.rows[0]?.n), 300);
    const ex = await getExplanation(store.database, first[7]?.record.id as string);
    assert.deepEqual(ex?.checks, [{ stage: 'admission', outcome: 'admitted: requests reserved (7)' }]);
    const bodies = await sql<{ kind: string }>`SELECT kind FROM request_bodies ORDER BY kind`.execute(
      store.database.db,
    );
    assert.deepEqual(
      bodies.rows.map((r) => r.kind),
      ['request', 'response'],
    );
  } finally {
    await sink.close();
    await store.cleanup();
  }
});

test('what the thread stores reads back equal: every field, bodies, explanations, usage', async () => {
  const store = await openTestStore('sqlite');
  const sink = new SqliteThreadSink({ file: join(store.dataDir, 'lintel.db') });
  const opts = { start: Date.UTC(2026, 2, 1, 21), spanMs: 2 * 86_400_000, total: 900, idPrefix: 'back' };
  try {
    await runMigrations(store.database, explanationMigrations);
    const records = syntheticRecords(0, opts.total, opts);
    const explained = (i: number) => ({
      route: { requested: `m${i}`, matched: i % 2 ? 'r' : null, strategy: 'fallback' },
      steps: [{ target: 'p/m', why: 'first', circuit: 'closed', outcome: `ok "${i}" ✓` }],
      checks: [{ stage: 'admission', outcome: 'admitted' }],
      notes: [],
    });
    const items = records.map((record, i) => ({
      record: i % 3 === 0 ? { ...record, explanation: explained(i) } : record,
      bodies: i % 5 === 0 ? { request: `{"q":"${i} ü"}`, ...(i % 10 === 0 ? { response: '{"a":1}' } : {}) } : undefined,
    }));
    for (let i = 0; i < items.length; i += 500) await sink.writeBatch(items.slice(i, i + 500));
    assert.deepEqual(await allStored(store.database), records);
    for (const i of [0, 3, 5, 10, 899]) {
      const got = await getRequest(store.database, records[i]?.id as string);
      const bodies = items[i]?.bodies;
      assert.deepEqual(got, bodies ? { ...records[i], bodies } : records[i]);
      assert.deepEqual(
        await getExplanation(store.database, records[i]?.id as string),
        i % 3 === 0 ? JSON.parse(JSON.stringify(explained(i))) : null,
      );
    }
    for (const groupBy of ['model', 'key', 'team', 'tenant', 'provider', 'route'] as const) {
      for (const granularity of ['hour', 'day'] as const) {
        const rows = await usage(store.database, {
          groupBy,
          granularity,
          from: opts.start,
          to: opts.start + 3 * 86_400_000,
        });
        assertUsageMatches(rows, records, groupBy, granularity);
      }
    }
  } finally {
    await sink.close();
    await store.cleanup();
  }
});

test('a thread that cannot open the store rejects the batch; after close() writes reject at once', async () => {
  const store = await openTestStore('sqlite');
  const sink = new SqliteThreadSink({ file: join(store.dataDir, 'missing', 'lintel.db') });
  try {
    await assert.rejects(sink.writeBatch(items(0, 3)));
    await assert.rejects(sink.writeBatch(items(3, 4)), 'a new thread is started and fails the same way');
    await sink.close();
    await assert.rejects(sink.writeBatch(items(4, 5)), /closed/);
  } finally {
    await sink.close();
    await store.cleanup();
  }
});
