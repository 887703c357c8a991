import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { usageBenchmark } from './bench-usage.ts';
import { BACKENDS, openTestStore, type TestStore } from './testing.ts';

for (const dialect of BACKENDS) {
  describe(`usageBenchmark on ${dialect}`, () => {
    let store: TestStore | undefined;
    after(() => store?.cleanup());

    test('loads n records and times usage queries that account for all of them', async () => {
      store = await openTestStore(dialect);
      const n = 6_000;
      const result = await usageBenchmark(store.database, n, { batchSize: 2_500, repeats: 2 });
      assert.equal(result.records, n);
      assert.equal(result.dialect, dialect);
      assert.ok(result.insertMs > 0 && result.recordsPerSecond > 0);
      for (const q of result.queries) {
        if (q.tenant) assert.ok(q.requests > 0 && q.requests < n, `${q.groupBy}: tenant subset`);
        else assert.equal(q.requests, n, `${q.groupBy}/${q.granularity} covers every record`);
        assert.ok(q.rows > 0 && q.medianMs >= 0 && q.maxMs >= q.medianMs);
      }
      assert.equal(result.usageMs, Math.max(...result.queries.map((q) => q.medianMs)));
    });
  });
}
