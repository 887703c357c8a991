// Audit anchoring through the real server: checkpoints reach the external sink on a timer and at graceful shutdown
// (covering every event, admin writes in flight included), the anchors verify the log, and every admin write names
// the resource it concerns.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { sql } from 'kysely';
import { mustCall } from '../../access/testing/client.ts';
import { openDatabase } from '../../storage/database.ts';
import { type Harness, simProviders, startHarness } from '../../testing/harness.ts';
import { readAnchorFile } from './anchors.ts';
import { verifyAuditLog } from './verify.ts';

const outside = mkdtempSync(join(tmpdir(), 'lintel-anchor-'));
after(() => rmSync(outside, { recursive: true, force: true }));

async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('timer and shutdown checkpoints anchor every event outside the database; events name their resource', async () => {
  const sinkFile = join(outside, 'checkpoints.jsonl');
  const dataDir = mkdtempSync(join(tmpdir(), 'lintel-anchor-data-'));
  const h: Harness = await startHarness(
    (u) => `${simProviders(u)}routes: []
audit: { sink_file: ${JSON.stringify(sinkFile)}, checkpoint_every: 1000, checkpoint_interval_ms: 100 }
`,
    { runtime: { dataDir } },
  );
  let closed = false;
  try {
    const events = async () =>
      Number(
        (await sql<{ n: unknown }>`SELECT COUNT(*) AS n FROM audit_events`.execute(h.lintel.database.db)).rows[0].n,
      );
    // The timer anchors the config.load event without any checkpoint_every trigger.
    await until('a timed checkpoint in the sink', () => readAnchorFile(sinkFile).length > 0);

    await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: 'acme' });
    await mustCall(h.url, 'POST', '/admin/tenants/acme/teams', h.key, { name: 'core' });
    const key = await mustCall(h.url, 'POST', '/admin/keys', h.key, { name: 'k', tenant: 'acme', team: 'core' });
    await mustCall(h.url, 'POST', `/admin/keys/${key.id}/revoke`, h.key);
    await until('four admin events', async () => (await events()) >= 5);
    const rows = await sql<{ action: string; resource: string }>`SELECT action, resource FROM audit_events
      WHERE action NOT LIKE 'config.%' ORDER BY seq`.execute(h.lintel.database.db);
    assert.deepEqual(
      rows.rows.map((r) => `${r.action} ${r.resource}`),
      [
        'tenant.create tenant:acme',
        'team.create team:acme/core',
        `key.create key:${key.id}`,
        `key.revoke key:${key.id}`,
      ],
    );

    // One more write, then a graceful shutdown at once: the closing checkpoint covers it.
    await mustCall(h.url, 'PATCH', '/admin/tenants/acme', h.key, { metadata: { note: 'last' } });
    await h.close();
    closed = true;
  } finally {
    if (!closed) await h.close();
  }
  const database = await openDatabase({ dataDir });
  try {
    const total = Number(
      (await sql<{ n: unknown }>`SELECT COUNT(*) AS n FROM audit_events`.execute(database.db)).rows[0].n,
    );
    const anchors = readAnchorFile(sinkFile);
    assert.equal(anchors.at(-1)?.checkpoint.treeSize, total, 'the newest anchor covers every event');
    const report = await verifyAuditLog(database, { anchors, requireAnchor: true });
    assert.equal(report.ok, true, report.problem);
    assert.equal(report.unanchoredEvents, 0);
    assert.equal(report.anchor?.treeSize, total);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
