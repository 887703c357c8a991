import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { canonicalize } from '../canonical-json.ts';
import { disableAuditTriggers, TEST_BACKENDS, type TestStore } from '../testing.ts';
import { checkpointSignatureValid, rootOfEventHashes } from './checkpoint.ts';
import { computeEventHash, GENESIS_HASH, sha256Hex } from './event.ts';
import { AuditChainError, AuditLog } from './log.ts';
import { readAuditEvents, readCheckpoints } from './read.ts';
import { createEphemeralSigner } from './signer.ts';
import { FileCheckpointSink } from './sinks.ts';
import { verifyAuditLog } from './verify.ts';

const quiet = () => {};

for (const backend of TEST_BACKENDS) {
  describe(`audit log on ${backend.name}`, () => {
    let store: TestStore;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store.cleanup();
    });

    it('appends a hash chain with hashed state, then checkpoints every N events and to its sinks', async () => {
      const signer = createEphemeralSigner();
      const sinkFile = join(store.dir, 'checkpoints.jsonl');
      let clock = 1_700_000_000_000;
      const log = await AuditLog.open(store.database, {
        signer,
        checkpointEvery: 5,
        checkpointIntervalMs: 0,
        sinks: [new FileCheckpointSink(sinkFile)],
        now: () => clock++,
        log: quiet,
      });
      const before = { route: 'gpt', weight: 1 };
      const first = await log.append({
        actor: 'alice',
        role: 'admin',
        tenant: 'acme',
        action: 'route.update',
        resource: 'route:gpt',
        before,
        after: { weight: 2, route: 'gpt' },
        requestId: 'req-1',
        details: { reason: 'canary', n: -0 },
      });
      assert.equal(first.seq, 1);
      assert.equal(first.prevHash, GENESIS_HASH);
      assert.equal(first.beforeHash, sha256Hex(canonicalize(before)));
      assert.deepEqual(first.details, { reason: 'canary', n: 0 });
      assert.equal(first.hash, computeEventHash(first));
      for (let i = 2; i <= 12; i++) {
        const e = await log.append({ actor: 'bob', role: 'operator', action: 'key.create', resource: `key:k${i}` });
        assert.equal(e.seq, i);
        assert.equal(e.beforeHash, null);
        assert.equal(e.tenant, null);
      }
      await log.close();

      const events = await readAuditEvents(store.database);
      assert.equal(events.length, 12);
      assert.deepEqual(events[0], first);
      for (let i = 1; i < events.length; i++) assert.equal(events[i].prevHash, events[i - 1].hash);
      // The state itself is not in the log, only its hash.
      const raw = await sql<{ details: string }>`SELECT details FROM audit_events WHERE seq = 1`.execute(
        store.database.db,
      );
      assert.equal(raw.rows[0].details, '{"n":0,"reason":"canary"}');

      const cps = await readCheckpoints(store.database);
      assert.deepEqual(
        cps.map((c) => c.treeSize),
        [5, 10],
      );
      for (const cp of cps) {
        assert.ok(checkpointSignatureValid(cp, signer.publicKeyPem));
        assert.equal(cp.keyId, signer.keyId);
        assert.equal(cp.rootHash, rootOfEventHashes(events.slice(0, cp.treeSize).map((e) => e.hash)));
      }
      const lines = readFileSync(sinkFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.deepEqual(
        lines.map((l) => l.tree_size),
        [5, 10],
      );
      assert.equal(lines[1].signature, cps[1].signature);
    });

    it('forces a checkpoint, and does not repeat one without new events', async () => {
      const log = await AuditLog.open(store.database, {
        signer: createEphemeralSigner(),
        checkpointIntervalMs: 0,
        log: quiet,
      });
      const cp = await log.checkpoint();
      assert.equal(cp?.treeSize, 12);
      assert.equal((await log.checkpoint())?.signature, cp?.signature);
      assert.equal((await readCheckpoints(store.database)).length, 3);
      await log.close();
      await assert.rejects(log.append({ actor: 'a', role: 'r', action: 'x', resource: 'y' }), /closed/);
      const report = await verifyAuditLog(store.database);
      assert.equal(report.ok, true, report.problem);
      assert.equal(report.eventsChecked, 12);
      assert.equal(report.checkpointsChecked, 3);
    });

    it('checkpoints on a timer', async () => {
      const log = await AuditLog.open(store.database, {
        signer: createEphemeralSigner(),
        checkpointIntervalMs: 40,
        log: quiet,
      });
      await log.append({ actor: 'carol', role: 'admin', action: 'tenant.create', resource: 'tenant:t1' });
      for (let i = 0; i < 50 && (await readCheckpoints(store.database)).at(-1)?.treeSize !== 13; i++) await sleep(20);
      assert.equal((await readCheckpoints(store.database)).at(-1)?.treeSize, 13);
      await log.close();
    });

    it('refuses events without actor, role, action or resource', async () => {
      const log = await AuditLog.open(store.database, { signer: createEphemeralSigner(), checkpointIntervalMs: 0 });
      await assert.rejects(log.append({ actor: '', role: 'admin', action: 'x', resource: 'y' }), TypeError);
      await assert.rejects(
        log.append({ actor: 'a', role: 'admin', action: 'x', resource: 'y', details: { bad: Number.NaN } }),
        /cannot canonicalize/,
      );
      await log.close();
    });

    it('triggers refuse UPDATE and DELETE on events and checkpoints', async () => {
      const db = store.database.db;
      await assert.rejects(sql`UPDATE audit_events SET actor = 'mallory' WHERE seq = 1`.execute(db), /append-only/);
      await assert.rejects(sql`DELETE FROM audit_events WHERE seq = 13`.execute(db), /append-only/);
      await assert.rejects(sql`UPDATE audit_checkpoints SET root_hash = 'x'`.execute(db), /append-only/);
      await assert.rejects(sql`DELETE FROM audit_checkpoints`.execute(db), /append-only/);
      if (store.database.dialect === 'postgres') {
        await assert.rejects(sql`TRUNCATE audit_events`.execute(db), /append-only/);
      }
      assert.equal((await readAuditEvents(store.database)).length, 13);
    });

    it('two instances on one store append concurrently into one valid chain', async () => {
      const other = await store.another();
      const signer = createEphemeralSigner();
      const a = await AuditLog.open(store.database, {
        signer,
        checkpointEvery: 7,
        checkpointIntervalMs: 0,
        log: quiet,
      });
      const b = await AuditLog.open(other, { signer, checkpointEvery: 7, checkpointIntervalMs: 0, log: quiet });
      const start = (await readAuditEvents(store.database)).length;
      const appends = [];
      for (let i = 0; i < 20; i++) {
        appends.push(a.append({ actor: 'node-a', role: 'system', action: 'guardrail.block', resource: `req:a${i}` }));
        appends.push(b.append({ actor: 'node-b', role: 'system', action: 'guardrail.block', resource: `req:b${i}` }));
      }
      const events = await Promise.all(appends);
      await Promise.all([a.close(), b.close()]);
      const seqs = events.map((e) => e.seq).sort((x, y) => x - y);
      assert.deepEqual(
        seqs,
        Array.from({ length: 40 }, (_, i) => start + 1 + i),
      );
      const report = await verifyAuditLog(store.database, { publicKeyPem: undefined });
      assert.equal(report.ok, true, report.problem);
      assert.equal(report.eventsChecked, start + 40);
      const sizes = (await readCheckpoints(store.database)).map((c) => c.treeSize);
      assert.equal(new Set(sizes).size, sizes.length);
    });

    it('refuses to checkpoint over a broken chain', async () => {
      await disableAuditTriggers(store.database);
      await sql`UPDATE audit_events SET resource = 'key:forged' WHERE seq = 3`.execute(store.database.db);
      const log = await AuditLog.open(store.database, { signer: createEphemeralSigner(), checkpointIntervalMs: 0 });
      await log.append({ actor: 'dave', role: 'admin', action: 'key.revoke', resource: 'key:k2' });
      await assert.rejects(log.checkpoint(), AuditChainError);
      await log.close();
    });
  });
}
