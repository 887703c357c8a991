import assert from 'node:assert/strict';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runMigrations } from '../../storage/database.ts';
import { TEST_BACKENDS, TEST_SECRET, type TestStore } from '../testing.ts';
import { auditMigrations } from './migrations.ts';
import { currentPublicKeyPem, keyIdOf, loadOrCreateSigner, SIGNING_KEY_FILE, storedPublicKeys } from './signer.ts';

for (const backend of TEST_BACKENDS) {
  describe(`audit signer on ${backend.name}`, () => {
    let store: TestStore;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store.cleanup();
    });

    it('creates one key on first run, even when nodes start together, and reloads it', async () => {
      const other = await store.another();
      // Migrate first: two SQLite handles in one process must not migrate at once (in production each process
      // has one handle); the key creation itself is what this test races.
      await runMigrations(store.database, auditMigrations);
      await runMigrations(other, auditMigrations);
      const [a, b] = await Promise.all([
        loadOrCreateSigner({ database: store.database, secretKey: TEST_SECRET }),
        loadOrCreateSigner({ database: other, secretKey: TEST_SECRET }),
      ]);
      assert.equal(a.keyId, b.keyId);
      const again = await loadOrCreateSigner({ database: store.database, secretKey: TEST_SECRET });
      assert.equal(again.publicKeyPem, a.publicKeyPem);
      assert.equal((await storedPublicKeys(store.database)).size, 1);
      assert.deepEqual(await currentPublicKeyPem(store.database), { keyId: a.keyId, publicKeyPem: a.publicKeyPem });

      // Key id: first 16 bytes of SHA-256 over the SPKI DER, hex.
      const der = createPublicKey(a.publicKeyPem).export({ type: 'spki', format: 'der' });
      assert.equal(a.keyId, createHash('sha256').update(der).digest().subarray(0, 16).toString('hex'));
      assert.equal(keyIdOf(a.publicKeyPem), a.keyId);
      const msg = Buffer.from('checkpoint body');
      assert.ok(verify(null, msg, createPublicKey(a.publicKeyPem), a.sign(msg)));
    });

    it('stores the private key sealed, and needs the right secret to use it', async () => {
      const row = await store.database.db.selectFrom('audit_keys').selectAll().executeTakeFirstOrThrow();
      assert.doesNotMatch(row.private_key_sealed, /PRIVATE KEY/);
      assert.match(row.private_key_sealed, /^v1\./);
      await assert.rejects(
        loadOrCreateSigner({ database: store.database, secretKey: 'a-different-secret-key' }),
        /wrong LINTEL_SECRET_KEY/,
      );
      await assert.rejects(loadOrCreateSigner({ database: store.database, secretKey: 'short' }), /too short/);
    });
  });
}

describe('audit signer in a data directory', () => {
  let store: TestStore;
  before(async () => {
    store = await TEST_BACKENDS[0].open();
  });
  after(async () => {
    await store.cleanup();
  });

  it('keeps the key in a private file', async () => {
    const dataDir = join(store.dir, 'data');
    const a = await loadOrCreateSigner({ dataDir, secretKey: TEST_SECRET });
    const b = await loadOrCreateSigner({ dataDir, secretKey: TEST_SECRET });
    assert.equal(a.keyId, b.keyId);
    const file = join(dataDir, SIGNING_KEY_FILE);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.doesNotMatch(readFileSync(file, 'utf8'), /PRIVATE KEY/);
    await assert.rejects(loadOrCreateSigner({ dataDir, secretKey: 'another-secret-key!' }), /cannot unseal/);
    await assert.rejects(loadOrCreateSigner({ secretKey: TEST_SECRET }), /needs a database or a dataDir/);
  });
});
