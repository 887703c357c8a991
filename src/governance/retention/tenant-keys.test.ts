import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { AuditLog } from '../audit/log.ts';
import { readAuditEvents } from '../audit/read.ts';
import { createEphemeralSigner } from '../audit/signer.ts';
import { verifyAuditLog } from '../audit/verify.ts';
import { TEST_BACKENDS, TEST_SECRET, type TestStore } from '../testing.ts';
import { TenantKeyStore } from './tenant-keys.ts';

for (const backend of TEST_BACKENDS) {
  describe(`tenant data keys and crypto-shredding on ${backend.name}`, () => {
    let store: TestStore;
    let audit: AuditLog;
    let keys: TenantKeyStore;
    const signer = createEphemeralSigner();

    before(async () => {
      store = await backend.open();
      audit = await AuditLog.open(store.database, { signer, checkpointEvery: 2, checkpointIntervalMs: 0 });
      keys = await TenantKeyStore.open(store.database, { secretKey: TEST_SECRET, audit });
      await sql`CREATE TABLE request_bodies (request_id TEXT NOT NULL, tenant TEXT NOT NULL, body TEXT NOT NULL)`.execute(
        store.database.db,
      );
    });
    after(async () => {
      await audit.close();
      await store.cleanup();
    });

    it('encrypts bodies per tenant and binds each body to its tenant', async () => {
      const a = await keys.encryptBody('acme', 'hello from acme ✓');
      const a2 = await keys.encryptBody('acme', 'hello from acme ✓');
      assert.notEqual(a, a2, 'fresh nonce each time');
      assert.match(a, /^lb1\.[0-9a-f]{24}\./);
      assert.equal(a.split('.')[1], a2.split('.')[1], 'one live key per tenant');
      assert.doesNotMatch(a, /hello/);
      assert.equal(await keys.decryptBody('acme', a), 'hello from acme ✓');
      await assert.rejects(keys.decryptBody('globex', a), /another tenant/);
      const parts = a.split('.');
      const ct = Buffer.from(parts[4], 'base64url');
      ct[0] ^= 1;
      await assert.rejects(
        keys.decryptBody('acme', [...parts.slice(0, 4), ct.toString('base64url')].join('.')),
        /decryption failed/,
      );
      await assert.rejects(keys.decryptBody('acme', 'plain text'), /not a Lintel encrypted body/);

      const row = await store.database.db
        .selectFrom('tenant_keys')
        .selectAll()
        .where('tenant', '=', 'acme')
        .executeTakeFirstOrThrow();
      assert.match(row.wrapped_key, /^v1\./);
      const wrongSecret = await TenantKeyStore.open(store.database, { secretKey: 'not-the-master-secret', audit });
      await assert.rejects(wrongSecret.decryptBody('acme', a), /decryption failed/);
    });

    it('shredding a tenant makes its bodies unreadable on every node while the audit chain verifies', async () => {
      const other = await TenantKeyStore.open(await store.another(), { secretKey: TEST_SECRET, audit, cacheTtlMs: 0 });
      const rows = [];
      for (const [i, tenant] of ['acme', 'globex', 'acme', 'globex'].entries()) {
        const body = `body ${i} of ${tenant}`;
        rows.push({ request_id: `r${i}`, tenant, body: await keys.encryptBody(tenant, body) });
      }
      await store.database.db.insertInto('request_bodies').values(rows).execute();
      assert.equal(await other.decryptBody('acme', rows[0].body), 'body 0 of acme');
      await audit.append({
        actor: 'root',
        role: 'admin',
        tenant: 'acme',
        action: 'tenant.update',
        resource: 'tenant:acme',
      });

      const { keysDestroyed, event } = await keys.shredTenant('acme', {
        actor: 'dpo@example.com',
        role: 'admin',
        reason: 'contract ended',
      });
      assert.equal(keysDestroyed, 1);
      assert.equal(event.action, 'tenant.shred');
      assert.deepEqual(event.details, { keysDestroyed: 1, reason: 'contract ended' });

      const stored = await store.database.db.selectFrom('request_bodies').selectAll().orderBy('request_id').execute();
      for (const r of stored) {
        const plain = await keys.decryptBody(r.tenant, r.body);
        const elsewhere = await other.decryptBody(r.tenant, r.body);
        if (r.tenant === 'acme') {
          assert.equal(plain, null);
          assert.equal(elsewhere, null);
        } else {
          assert.match(plain ?? '', /of globex$/);
          assert.equal(elsewhere, plain);
        }
      }
      const keyRows = await store.database.db
        .selectFrom('tenant_keys')
        .selectAll()
        .where('tenant', '=', 'acme')
        .execute();
      assert.ok(keyRows.every((k) => k.wrapped_key === null && k.destroyed_at !== null));

      // New data gets a new key; the shredded bodies stay unreadable.
      const fresh = await other.encryptBody('acme', 'after shredding');
      assert.notEqual(fresh.split('.')[1], rows[0].body.split('.')[1]);
      assert.equal(await keys.decryptBody('acme', fresh), 'after shredding');
      assert.equal(await keys.decryptBody('acme', rows[2].body), null);

      const report = await verifyAuditLog(store.database, { publicKeyPem: signer.publicKeyPem });
      assert.equal(report.ok, true, report.problem);
      assert.ok(report.checkpointsChecked >= 1);
      assert.equal((await readAuditEvents(store.database, { actionPrefix: 'tenant.shred' })).length, 1);
      assert.equal((await keys.shredTenant('nobody')).keysDestroyed, 0);
    });
  });
}
