// Nothing lost: a TCP proxy between the pool and PostgreSQL cuts and refuses connections for a few seconds under load.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEST_POSTGRES_URL } from '../storage/database.ts';
import { startTcpProxy } from '../testing/tcp-proxy.ts';
import { openTestStore, runOutageScenario } from './testing.ts';

test('PostgreSQL unreachable for 3 s under steady load: every record stored exactly once, rollups match', async () => {
  const target = new URL(TEST_POSTGRES_URL);
  const proxy = await startTcpProxy(Number(target.port || 5432), target.hostname);
  const viaProxy = new URL(TEST_POSTGRES_URL);
  viaProxy.port = String(proxy.port);
  const store = await openTestStore('postgres', { postgresUrl: viaProxy.toString() });
  try {
    const result = await runOutageScenario(
      store,
      { begin: () => proxy.cut(), end: () => proxy.restore() },
      { outageMs: 3_000, idPrefix: 'pgcut' },
    );
    assert.ok(result.failedFlushes > 0, 'the cut made writes fail');
    assert.ok(result.maxSpooled > 0, 'records went through the spool');
    assert.ok(result.sent > 2_000, `steady load was sent (${result.sent})`);
  } finally {
    await store.cleanup();
    await proxy.close();
  }
});
