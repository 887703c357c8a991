import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Database } from '../../storage/database.ts';
import { disableAuditTriggers, TEST_BACKENDS, type TestStore } from '../testing.ts';
import { checkpointToRow, signCheckpoint } from './checkpoint.ts';
import { type AuditEvent, computeEventHash, eventToRow } from './event.ts';
import { AuditLog } from './log.ts';
import { readAuditEvents, readCheckpoints } from './read.ts';
import { type AuditSigner, createEphemeralSigner, registerPublicKey } from './signer.ts';
import { auditVerifyHandler, formatReport, verifyAuditLog, verifyFromCheckpoint } from './verify.ts';

/** Rewrites events as an attacker who knows the hashing scheme would: fields changed, hashes recomputed. */
async function rewrite(database: Database, events: AuditEvent[]): Promise<void> {
  for (const e of events) {
    const row = eventToRow(e);
    await database.db.deleteFrom('audit_events').where('seq', '=', e.seq).execute();
    await database.db.insertInto('audit_events').values(row).execute();
  }
}

function rechain(events: AuditEvent[], fromIndex: number): AuditEvent[] {
  const out = events.map((e) => ({ ...e }));
  for (let i = fromIndex; i < out.length; i++) {
    if (i > 0) out[i].prevHash = out[i - 1].hash;
    out[i].hash = computeEventHash(out[i]);
  }
  return out;
}

for (const backend of TEST_BACKENDS) {
  describe(`audit verification on ${backend.name}`, () => {
    let store: TestStore;
    let db: Database;
    let signer: AuditSigner;
    let original: AuditEvent[];
    let originalCheckpoints: Awaited<ReturnType<typeof readCheckpoints>>;

    before(async () => {
      store = await backend.open();
      db = store.database;
      signer = createEphemeralSigner();
      const log = await AuditLog.open(db, { signer, checkpointEvery: 10, checkpointIntervalMs: 0 });
      for (let i = 1; i <= 25; i++) {
        await log.append({
          actor: i % 2 ? 'alice' : 'bob',
          role: 'admin',
          tenant: i % 3 ? 'acme' : null,
          action: i % 5 ? 'config.update' : 'killswitch.stop',
          resource: `route:r${i}`,
          before: { weight: i },
          after: { weight: i + 1 },
          details: { i },
        });
      }
      await log.close();
      original = await readAuditEvents(db);
      originalCheckpoints = await readCheckpoints(db);
      // From here on the tests act as an attacker with database access.
      await disableAuditTriggers(db);
    });

    after(async () => {
      await store.cleanup();
    });

    /** Puts the untouched log back after each tampering. */
    async function restore(): Promise<void> {
      await db.db.deleteFrom('audit_events').execute();
      await db.db.deleteFrom('audit_checkpoints').execute();
      await db.db.insertInto('audit_events').values(original.map(eventToRow)).execute();
      await db.db.insertInto('audit_checkpoints').values(originalCheckpoints.map(checkpointToRow)).execute();
    }

    async function expectProblem(problem: string, firstBadSeq: number | undefined, opts = {}): Promise<void> {
      const report = await verifyAuditLog(db, { publicKeyPem: signer.publicKeyPem, ...opts });
      assert.equal(report.ok, false);
      assert.equal(report.problem, problem, report.problems.join('; '));
      assert.equal(report.firstBadSeq, firstBadSeq);
      assert.match(formatReport(report), /FAILED/);
      await restore();
      assert.equal((await verifyAuditLog(db, { publicKeyPem: signer.publicKeyPem })).ok, true);
    }

    it('an untouched log verifies, with inclusion and consistency proofs', async () => {
      const report = await verifyAuditLog(db, { publicKeyPem: signer.publicKeyPem, proveSeq: 7 });
      assert.equal(report.ok, true, report.problem);
      assert.equal(report.eventsChecked, 25);
      assert.equal(report.checkpointsChecked, 2);
      assert.equal(report.keys, 'provided');
      assert.equal(report.uncheckpointedEvents, 5);
      assert.deepEqual(report.problems, []);
      assert.equal(report.latestCheckpoint?.treeSize, 20);
      assert.deepEqual(
        { seq: report.inclusion?.seq, size: report.inclusion?.treeSize, ok: report.inclusion?.ok },
        { seq: 7, size: 20, ok: true },
      );
      assert.equal(report.inclusion?.proof.length, 5);
      assert.deepEqual(
        { from: report.consistency?.fromSize, to: report.consistency?.toSize, ok: report.consistency?.ok },
        { from: 10, to: 20, ok: true },
      );
      assert.match(formatReport(report), /audit log OK: 25 events, 2 checkpoints/);
      const stored = await auditVerifyHandler(db)();
      assert.equal(stored.ok, true);
      assert.equal(stored.keys, 'stored');
    });

    it('detects and locates a changed field', async () => {
      await sql`UPDATE audit_events SET resource = 'route:other' WHERE seq = 7`.execute(db.db);
      await expectProblem('event 7: hash mismatch (field changed)', 7);
      await sql`UPDATE audit_events SET details = '{"i":99}' WHERE seq = 3`.execute(db.db);
      await expectProblem('event 3: hash mismatch (field changed)', 3);
    });

    it('detects a deleted event', async () => {
      await sql`DELETE FROM audit_events WHERE seq = 12`.execute(db.db);
      await expectProblem('gap: seq 12 missing', 12);
    });

    it('detects two swapped events', async () => {
      await sql`UPDATE audit_events SET seq = -5 WHERE seq = 5`.execute(db.db);
      await sql`UPDATE audit_events SET seq = 5 WHERE seq = 6`.execute(db.db);
      await sql`UPDATE audit_events SET seq = 6 WHERE seq = -5`.execute(db.db);
      await expectProblem('event 5: hash mismatch (field changed)', 5);
    });

    it('detects a truncated tail', async () => {
      await sql`DELETE FROM audit_events WHERE seq > 15`.execute(db.db);
      await expectProblem('log truncated: checkpoint covers 20 events but only 15 exist', 16);
    });

    it('detects a broken link', async () => {
      const forged = { ...original[8], prevHash: original[3].hash };
      forged.hash = computeEventHash(forged);
      await rewrite(db, [forged]);
      const report = await verifyAuditLog(db, { publicKeyPem: signer.publicKeyPem });
      assert.equal(report.problem, 'event 9: prev_hash does not match event 8');
      assert.equal(report.firstBadSeq, 9);
      await restore();
    });

    it('detects a history rewritten with recomputed hashes through the signed roots', async () => {
      const forged = original.map((e) => ({ ...e }));
      forged[13].actor = 'mallory';
      await rewrite(db, rechain(forged, 13).slice(13));
      await expectProblem('checkpoint at size 20: root mismatch (events 11..20 differ from what was signed)', 11);
    });

    it('detects a checkpoint re-signed with another key', async () => {
      const mallory = createEphemeralSigner();
      const cp = originalCheckpoints[1];
      const resigned = signCheckpoint(mallory, cp.treeSize, cp.rootHash, cp.ts);
      await db.db.deleteFrom('audit_checkpoints').where('tree_size', '=', cp.treeSize).execute();
      await db.db.insertInto('audit_checkpoints').values(checkpointToRow(resigned)).execute();
      await expectProblem(`checkpoint at size 20: signature invalid (key ${mallory.keyId} is not trusted)`, undefined);

      // Keeping the real key id does not help the attacker either, even against the stored keys.
      await db.db.deleteFrom('audit_checkpoints').where('tree_size', '=', cp.treeSize).execute();
      await db.db
        .insertInto('audit_checkpoints')
        .values(checkpointToRow({ ...resigned, keyId: cp.keyId }))
        .execute();
      const report = await verifyAuditLog(db);
      assert.equal(report.problem, 'checkpoint at size 20: signature invalid');
      assert.equal(report.badCheckpointSize, 20);
      await restore();
    });

    it('a rewrite re-signed with a key planted in the store is caught by the auditor’s public key', async () => {
      const mallory = createEphemeralSigner();
      const forged = original.map((e) => ({ ...e }));
      forged[2].resource = 'route:hidden';
      const chain = rechain(forged, 2);
      await rewrite(db, chain.slice(2));
      await registerPublicKey(db, mallory);
      await db.db.deleteFrom('audit_checkpoints').execute();
      for (const size of [10, 20]) {
        const root = (await import('./checkpoint.ts')).rootOfEventHashes(chain.slice(0, size).map((e) => e.hash));
        await db.db
          .insertInto('audit_checkpoints')
          .values(checkpointToRow(signCheckpoint(mallory, size, root, 1)))
          .execute();
      }
      assert.equal((await verifyAuditLog(db)).ok, true, 'stored keys alone cannot tell');
      await expectProblem(`checkpoint at size 10: signature invalid (key ${mallory.keyId} is not trusted)`, undefined);
      await db.db.deleteFrom('audit_keys').where('key_id', '=', mallory.keyId).execute();
    });

    it('verifies from a saved checkpoint, the public key and exported events alone', async () => {
      const saved = originalCheckpoints[1];
      const exported = JSON.parse(JSON.stringify(original)) as AuditEvent[];
      const good = verifyFromCheckpoint(saved, signer.publicKeyPem, exported, { proveSeq: 20 });
      assert.equal(good.ok, true, good.problem);
      assert.equal(good.uncheckpointedEvents, 5);
      assert.equal(good.inclusion?.ok, true);

      const edited = exported.map((e) => ({ ...e }));
      edited[4].tenant = 'other';
      assert.equal(
        verifyFromCheckpoint(saved, signer.publicKeyPem, edited).problem,
        'event 5: hash mismatch (field changed)',
      );
      const rewritten = rechain(edited, 4);
      assert.equal(
        verifyFromCheckpoint(saved, signer.publicKeyPem, rewritten).problem,
        'checkpoint at size 20: root mismatch (events 1..20 differ from what was signed)',
      );
      assert.equal(
        verifyFromCheckpoint(saved, signer.publicKeyPem, exported.slice(0, 12)).problem,
        'log truncated: checkpoint covers 20 events but only 12 exist',
      );
      assert.equal(verifyFromCheckpoint(saved, signer.publicKeyPem, exported.slice(1)).problem, 'gap: seq 1 missing');
      const other = createEphemeralSigner();
      assert.match(verifyFromCheckpoint(saved, other.publicKeyPem, exported).problem ?? '', /signature invalid/);
    });
  });
}
