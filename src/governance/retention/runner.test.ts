import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Database } from '../../storage/database.ts';
import { AuditLog } from '../audit/log.ts';
import { readAuditEvents } from '../audit/read.ts';
import { createEphemeralSigner } from '../audit/signer.ts';
import { verifyAuditLog } from '../audit/verify.ts';
import { TEST_BACKENDS, type TestStore } from '../testing.ts';
import { RetentionPolicyError } from './policy.ts';
import { DAY_MS, RetentionRunner } from './runner.ts';

const NOW = Date.UTC(2025, 5, 1);

async function createTables(db: Database, bodyTenant = false): Promise<void> {
  await sql`CREATE TABLE requests (id TEXT PRIMARY KEY, tenant TEXT, received_at BIGINT NOT NULL)`.execute(db.db);
  await sql
    .raw(
      `CREATE TABLE request_bodies (request_id TEXT NOT NULL, kind TEXT NOT NULL, body TEXT, created_at BIGINT NOT NULL${
        bodyTenant ? ', tenant TEXT' : ''
      })`,
    )
    .execute(db.db);
}

async function addRequest(
  db: Database,
  id: string,
  tenant: string | null,
  ageDays: number,
  bodies = true,
  withTenant = false,
) {
  const at = NOW - ageDays * DAY_MS;
  await db.db.insertInto('requests').values({ id, tenant, received_at: at }).execute();
  if (bodies) await addBodies(db, id, ageDays, withTenant ? tenant : undefined);
}

async function addBodies(db: Database, id: string, ageDays: number, tenant?: string | null) {
  const at = NOW - ageDays * DAY_MS;
  for (const kind of ['input', 'output']) {
    await db.db
      .insertInto('request_bodies')
      .values({
        request_id: id,
        kind,
        body: `${kind} of ${id}`,
        created_at: at,
        ...(tenant !== undefined ? { tenant } : {}),
      })
      .execute();
  }
}

async function remaining(db: Database) {
  const requests = (await db.db.selectFrom('requests').select('id').orderBy('id').execute()).map((r) => r.id);
  const bodies = (await db.db.selectFrom('request_bodies').select(['request_id', 'kind']).execute())
    .map((r) => `${r.request_id}/${r.kind}`)
    .sort();
  return { requests, bodies };
}

const bodiesOf = (...ids: string[]) => ids.flatMap((id) => [`${id}/input`, `${id}/output`]).sort();

for (const backend of TEST_BACKENDS) {
  describe(`retention on ${backend.name}`, () => {
    let store: TestStore;
    let audit: AuditLog;
    before(async () => {
      store = await backend.open();
      audit = await AuditLog.open(store.database, { signer: createEphemeralSigner(), checkpointIntervalMs: 0 });
    });
    after(async () => {
      await audit.close();
      await store.cleanup();
    });

    it('refuses policies below the floor', () => {
      assert.throws(
        () => new RetentionRunner(store.database, { audit, policies: [{ tenant: 'acme', recordsDays: 10 }] }),
        RetentionPolicyError,
      );
    });

    it('skips tables that do not exist yet, and audits the run', async () => {
      const runner = new RetentionRunner(store.database, { audit, now: () => NOW });
      const report = await runner.run();
      assert.deepEqual(report.skipped, ['requests', 'request_bodies']);
      assert.equal(report.recordsDeleted, 0);
    });

    it('deletes exactly what is past its age, per tenant, in batches', async () => {
      const db = store.database;
      await createTables(db);
      // acme keeps bodies 7 days and records 60; everyone else has the defaults (30 / 180).
      await addRequest(db, 'a1', 'acme', 1);
      await addRequest(db, 'a2', 'acme', 10);
      await addRequest(db, 'a3', 'acme', 61);
      await addRequest(db, 'a4', 'acme', 59);
      await addRequest(db, 'a5', 'acme', 7); // exactly at the limit: kept
      for (let i = 0; i < 25; i++) await addRequest(db, `bulk${String(i).padStart(2, '0')}`, 'acme', 100);
      await addRequest(db, 'g1', 'globex', 10);
      await addRequest(db, 'g2', 'globex', 31);
      await addRequest(db, 'g3', 'globex', 181);
      await addRequest(db, 'g4', 'globex', 179);
      await addRequest(db, 'n1', null, 200);
      await addRequest(db, 'n2', null, 20);
      await addBodies(db, 'o1', 40); // bodies whose record was never written: default policy
      await addBodies(db, 'o2', 5);

      let now = NOW;
      const runner = new RetentionRunner(db, {
        audit,
        policies: [{ tenant: 'acme', bodiesDays: 7, recordsDays: 60 }],
        floor: { recordsDays: 30 },
        batchSize: 4,
        now: () => now,
      });
      const report = await runner.run();

      assert.deepEqual(await remaining(db), {
        requests: ['a1', 'a2', 'a4', 'a5', 'g1', 'g2', 'g4', 'n2'],
        bodies: bodiesOf('a1', 'a5', 'g1', 'n2', 'o2'),
      });
      const acme = report.tenants.find((t) => t.tenant === 'acme');
      const rest = report.tenants.find((t) => t.tenant === null);
      assert.deepEqual(
        { records: acme?.recordsDeleted, bodies: acme?.bodiesDeleted, cutoff: acme?.bodiesCutoff },
        { records: 26, bodies: 56, cutoff: NOW - 7 * DAY_MS },
      );
      assert.deepEqual({ records: rest?.recordsDeleted, bodies: rest?.bodiesDeleted }, { records: 2, bodies: 10 });
      assert.equal(report.recordsDeleted, 28);
      assert.equal(report.bodiesDeleted, 66);
      assert.deepEqual(report.skipped, []);

      const events = await readAuditEvents(db, { actionPrefix: 'retention.' });
      const last = events.at(-1);
      assert.equal(last?.seq, report.auditSeq);
      assert.equal(last?.action, 'retention.run');
      assert.equal(last?.actor, 'system:retention');
      assert.deepEqual((last?.details as { recordsDeleted: number }).recordsDeleted, 28);

      // Nothing more is due at the same instant; one millisecond later a5's bodies are past 7 days.
      assert.equal((await runner.run()).bodiesDeleted, 0);
      now = NOW + 1;
      const next = await runner.run();
      assert.equal(next.bodiesDeleted, 2);
      assert.equal(next.recordsDeleted, 0);
      assert.deepEqual((await remaining(db)).bodies, bodiesOf('a1', 'g1', 'n2', 'o2'));
      assert.equal((await verifyAuditLog(db)).ok, true);
      await sql`DROP TABLE request_bodies`.execute(db.db);
      await sql`DROP TABLE requests`.execute(db.db);
    });

    it('uses the bodies’ own tenant column and related tables when configured', async () => {
      const db = store.database;
      await createTables(db, true);
      await sql`CREATE TABLE explanations (req TEXT NOT NULL, text TEXT)`.execute(db.db);
      await addRequest(db, 'a1', 'acme', 10, true, true);
      await addRequest(db, 'a2', 'acme', 100, true, true);
      await addRequest(db, 'g1', 'globex', 10, true, true);
      await db.db
        .insertInto('explanations')
        .values([{ req: 'a2' }, { req: 'a1' }])
        .execute();
      const runner = new RetentionRunner(db, {
        audit,
        policies: [{ tenant: 'acme', bodiesDays: 5, recordsDays: 60 }],
        floor: { recordsDays: 30 },
        tables: { bodyTenant: 'tenant', related: [{ table: 'explanations', requestId: 'req' }] },
        now: () => NOW,
      });
      const report = await runner.run();
      assert.deepEqual(await remaining(db), { requests: ['a1', 'g1'], bodies: bodiesOf('g1') });
      assert.deepEqual(
        (await db.db.selectFrom('explanations').select('req').execute()).map((r) => r.req),
        ['a1'],
      );
      assert.equal(report.bodiesDeleted, 4);
      for (const t of ['explanations', 'request_bodies', 'requests']) await sql.raw(`DROP TABLE ${t}`).execute(db.db);
    });
  });
}
