import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { RequestRecord } from '../spec/record.ts';
import { usage } from './queries.ts';
import { RequestRecorder } from './recorder.ts';
import type { RecordItem, RecordSink } from './sink.ts';
import { Spool } from './spool.ts';
import { SqlRecordSink } from './sql-sink.ts';
import { syntheticRecord, syntheticRecords } from './synthetic.ts';
import {
  allStored,
  assertUsageMatches,
  BACKENDS,
  openTestStore,
  sleep,
  storedCounts,
  type TestStore,
  waitFor,
} from './testing.ts';

const DAY = 86_400_000;
const opts = (idPrefix: string, total = 10_000) => ({ start: Date.UTC(2025, 5, 1), spanMs: DAY, total, idPrefix });

/**
 * An in-memory store whose availability and speed the test controls. It does not drop duplicates: `writes` counts
 * every successful write of each id, so a test can prove the recorder itself wrote nothing twice.
 */
class MemorySink implements RecordSink {
  stored = new Map<string, RequestRecord>();
  writes = new Map<string, number>();
  batches: number[] = [];
  down = false;
  delayMs = 0;
  /** While set, writes wait for it (a store that hangs until the test lets it go). */
  gate: Promise<void> | null = null;
  async writeBatch(items: readonly RecordItem[]): Promise<void> {
    this.batches.push(items.length);
    if (this.gate) await this.gate;
    if (this.delayMs) await sleep(this.delayMs);
    if (this.down) throw new Error('store down');
    for (const it of items) {
      this.writes.set(it.record.id, (this.writes.get(it.record.id) ?? 0) + 1);
      if (!this.stored.has(it.record.id)) this.stored.set(it.record.id, it.record);
    }
  }
  /** The most times any one record was written. */
  maxWrites(): number {
    return Math.max(0, ...this.writes.values());
  }
}

const dirs: string[] = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'lintel-recorder-'));
  dirs.push(d);
  return d;
}

describe('RequestRecorder with a memory sink', () => {
  test('flushes by batch size and by interval', async () => {
    const sink = new MemorySink();
    const rec = new RequestRecorder({ sink, dataDir: await tempDir(), batchSize: 100, flushIntervalMs: 30 });
    await rec.start();
    for (const r of syntheticRecords(0, 250, opts('size'))) rec.record(r);
    await waitFor(() => sink.stored.size === 250, 2000, 'all 250 written');
    assert.ok(Math.max(...sink.batches) <= 100, 'no batch over batchSize');
    rec.record(syntheticRecord(250, opts('size')));
    await waitFor(() => sink.stored.size === 251, 1000, 'a lone record written by the interval');
    const s = rec.stats();
    assert.equal(s.writtenTotal, 251);
    assert.equal(s.queueDepth, 0);
    assert.equal(s.degraded, false);
    await rec.close();
  });

  test('a failing store sends batches to the spool; they are replayed when it is back', async () => {
    const sink = new MemorySink();
    const rec = new RequestRecorder({
      sink,
      dataDir: await tempDir(),
      batchSize: 50,
      flushIntervalMs: 10,
      retryMinMs: 20,
      retryMaxMs: 80,
    });
    await rec.start();
    sink.down = true;
    const records = syntheticRecords(0, 600, opts('down'));
    for (const r of records.slice(0, 300)) rec.record(r);
    await waitFor(() => rec.stats().spooledRecords === 300, 2000, 'batches spooled');
    assert.ok(rec.stats().failedFlushes > 0);
    assert.equal(rec.stats().degraded, true);
    for (const r of records.slice(300)) rec.record(r);
    await sleep(100);
    sink.down = false;
    await waitFor(() => sink.stored.size === 600 && !rec.stats().degraded, 3000, 'spool replayed');
    assert.equal(rec.stats().spooledRecords, 0);
    assert.ok(rec.stats().lastWriteLagMs >= 100, 'lag includes the time spent in the spool');
    assert.equal(sink.maxWrites(), 1, 'no record written twice');
    await rec.close();
  });

  test('queue overflow spills to the spool instead of dropping', async () => {
    const sink = new MemorySink();
    let release = () => {};
    sink.gate = new Promise<void>((r) => {
      release = r;
    }); // the store hangs: the queue fills behind the write in flight
    const dataDir = await tempDir();
    const rec = new RequestRecorder({
      sink,
      dataDir,
      batchSize: 100,
      maxQueue: 200,
      flushIntervalMs: 10,
      retryMinMs: 20,
      writeTimeoutMs: 60_000,
    });
    await rec.start();
    const records = syntheticRecords(0, 2000, opts('overflow'));
    for (const r of records) rec.record(r);
    assert.ok(rec.stats().queueDepth < 200, 'queue stays within its bound');
    // Nothing can reach the store yet, so whatever left the queue is in the spool, on disk.
    await waitFor(() => rec.stats().spooledRecords >= 1700, 3000, 'the overflow spooled');
    assert.equal(sink.stored.size, 0);
    const files = (await readdir(join(dataDir, 'spool'))).filter((n) => n.endsWith('.jsonl'));
    assert.ok(files.length > 0, 'spool files exist');
    const ids = (await Promise.all(files.map((f) => readFile(join(dataDir, 'spool', f), 'utf8'))))
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { r: RequestRecord }).r.id); // the spool line format (spool.ts)
    assert.ok(ids.length >= 1700, `${ids.length} records on disk`);
    assert.equal(new Set(ids).size, ids.length, 'each spilled record is on disk once');
    const sent = new Set(records.map((r) => r.id));
    assert.ok(
      ids.every((id) => sent.has(id)),
      'the spool holds the spilled records',
    );
    sink.gate = null;
    release();
    await waitFor(() => sink.stored.size === 2000 && rec.stats().spooledRecords === 0, 5000, 'all written');
    assert.equal(sink.maxWrites(), 1, 'no record written twice');
    await rec.close();
  });

  test('record() after close goes to the spool for the next start, and never throws', async () => {
    const dataDir = await tempDir();
    const sink = new MemorySink();
    const rec = new RequestRecorder({ sink, dataDir });
    await rec.start();
    await rec.close();
    const late = syntheticRecord(1, opts('late'));
    assert.doesNotThrow(() => rec.record(late, { request: 'q' }));
    assert.equal(rec.stats().spooledRecords, 1);
    const next = new RequestRecorder({ sink, dataDir, retryMinMs: 10 });
    await next.start();
    await waitFor(() => sink.stored.has(late.id), 2000, 'late record replayed');
    await next.close();
  });
});

for (const dialect of BACKENDS) {
  describe(`RequestRecorder with the SQL sink on ${dialect}`, () => {
    const stores: TestStore[] = [];
    after(() => Promise.all(stores.map((s) => s.cleanup())));
    const open = async () => {
      const s = await openTestStore(dialect);
      stores.push(s);
      return s;
    };

    test('a write slower than writeTimeoutMs is spooled; the late write landing too loses and duplicates nothing', async () => {
      const store = await open();
      const sqlSink = new SqlRecordSink(store.database);
      let delayMs = 150;
      let lateWrites = 0;
      // The slow write still commits after the recorder gave up on it and spooled the batch.
      const slow: RecordSink = {
        async writeBatch(items) {
          const d = delayMs;
          if (d) await sleep(d);
          await sqlSink.writeBatch(items);
          if (d) lateWrites++;
        },
      };
      const rec = new RequestRecorder({
        sink: slow,
        dataDir: store.dataDir,
        writeTimeoutMs: 50,
        retryMinMs: 20,
        flushIntervalMs: 10,
      });
      await rec.start();
      const o = opts('slow', 100);
      const records = syntheticRecords(0, 100, o);
      for (const r of records) rec.record(r);
      await waitFor(() => rec.stats().failedFlushes > 0, 2000, 'a timed-out flush');
      delayMs = 0;
      await waitFor(() => rec.stats().spooledRecords === 0 && !rec.stats().degraded, 3000, 'spool replayed');
      await rec.close();
      await waitFor(() => lateWrites > 0, 3000, 'the late write landing');
      // Both the late write and the replay reached the store: rows and rollups still count each record once.
      assert.deepEqual(await storedCounts(store.database), { rows: 100, distinct: 100, hourly: 100, daily: 100 });
      assert.deepEqual(await allStored(store.database), records);
    });

    test('close() under load stores everything recorded before it; later arrivals are stored by the next start', async () => {
      const store = await open();
      const rec = new RequestRecorder({
        sink: new SqlRecordSink(store.database),
        dataDir: store.dataDir,
        batchSize: 200,
      });
      await rec.start();
      const o = opts('close', 20_000);
      let sent = 0;
      // Steady load (~2,000 records/s) from timers, as from request handlers; it goes on while close() runs.
      const load = setInterval(() => {
        for (let i = 0; i < 10; i++) rec.record(syntheticRecord(sent++, o));
      }, 5);
      await sleep(500);
      const beforeClose = sent;
      await rec.close();
      clearInterval(load);
      for (let i = 0; i < 10; i++) rec.record(syntheticRecord(sent++, o)); // and after close
      assert.equal((await storedCounts(store.database)).rows, beforeClose, 'all recorded before close() are stored');
      assert.equal(rec.stats().spooledRecords, sent - beforeClose, 'later arrivals are in the spool');

      const next = new RequestRecorder({ sink: new SqlRecordSink(store.database), dataDir: store.dataDir });
      await next.start();
      await waitFor(() => next.stats().spooledRecords === 0, 3000, 'leftover replayed');
      await next.close();
      const records = syntheticRecords(0, sent, o);
      assert.deepEqual(await storedCounts(store.database), { rows: sent, distinct: sent, hourly: sent, daily: sent });
      assert.deepEqual(await allStored(store.database), records);
    });

    test('a spool left by a run whose store was down is replayed by a new recorder', async () => {
      const store = await open();
      const down: RecordSink = { writeBatch: () => Promise.reject(new Error('store down')) };
      const first = new RequestRecorder({ sink: down, dataDir: store.dataDir, closeTimeoutMs: 50, retryMinMs: 10 });
      await first.start();
      const o = opts('leftover', 1500);
      const records = syntheticRecords(0, 1500, o);
      for (const r of records) first.record(r);
      await first.close();
      assert.equal(first.stats().spooledRecords, 1500);

      const second = new RequestRecorder({ sink: new SqlRecordSink(store.database), dataDir: store.dataDir });
      await second.start();
      await waitFor(() => second.stats().spooledRecords === 0 && !second.stats().degraded, 5000, 'spool replayed');
      await second.close();
      assert.deepEqual(await storedCounts(store.database), { rows: 1500, distinct: 1500, hourly: 1500, daily: 1500 });
      const rows = await usage(store.database, {
        groupBy: 'model',
        granularity: 'hour',
        from: o.start,
        to: o.start + DAY,
      });
      assertUsageMatches(rows, records, 'model', 'hour');
    });

    test('replay after a crash mid-write (part stored, file not yet deleted; an ack lost) duplicates nothing', async () => {
      const store = await open();
      const sql = new SqlRecordSink(store.database);
      const o = opts('crash', 1000);
      const records = syntheticRecords(0, 1000, o);
      // The crashed run had spooled all 1000 and written the first 400 before dying.
      const spool = new Spool(join(store.dataDir, 'spool'));
      await spool.open();
      await spool.append(records.map((record, i) => ({ record, at: i })));
      await spool.close();
      await sql.writeBatch(records.slice(0, 400).map((record) => ({ record })));
      // The new run's first write commits but reports failure (e.g. the connection died before the ack).
      let lostAck = true;
      const flaky: RecordSink = {
        async writeBatch(items) {
          await sql.writeBatch(items);
          if (lostAck) {
            lostAck = false;
            throw new Error('connection reset after commit');
          }
        },
      };
      const rec = new RequestRecorder({ sink: flaky, dataDir: store.dataDir, batchSize: 300, retryMinMs: 10 });
      await rec.start();
      await waitFor(() => rec.stats().spooledRecords === 0 && !rec.stats().degraded, 5000, 'spool replayed');
      await rec.close();
      assert.ok(rec.stats().failedFlushes >= 1);
      assert.deepEqual(await storedCounts(store.database), { rows: 1000, distinct: 1000, hourly: 1000, daily: 1000 });
      for (const groupBy of ['key', 'provider'] as const) {
        const rows = await usage(store.database, { groupBy, granularity: 'day', from: o.start, to: o.start + DAY });
        assertUsageMatches(rows, records, groupBy, 'day');
      }
    });
  });
}
