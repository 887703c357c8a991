// The Ed25519 key that signs checkpoints: generated on first run, private key sealed (AES-256-GCM under an
// HKDF-derived key from LINTEL_SECRET_KEY), public key exportable as PEM. Key id = first 16 bytes of
// SHA-256 over the SPKI DER, in hex.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMigrations, type Database } from '../../storage/database.ts';
import { toNumber, withExclusiveTransaction } from '../db.ts';
import { open, resolveSecret, SecretBoxError, seal } from '../secret-box.ts';
import { auditMigrations } from './migrations.ts';

export interface AuditSigner {
  readonly keyId: string;
  readonly publicKeyPem: string;
  /** Ed25519 signature over `message`. */
  sign(message: Uint8Array): Buffer;
}

export interface SignerOptions {
  /** Keep the key in the audit_keys table (shared by every node on the store). */
  database?: Database;
  /** Or keep it in `<dataDir>/audit-signing-key.json` (used when no database is given). */
  dataDir?: string;
  /** Master secret; defaults to LINTEL_SECRET_KEY. */
  secretKey?: string;
  now?: () => number;
}

const PURPOSE = 'audit-signing-key';
export const SIGNING_KEY_FILE = 'audit-signing-key.json';

/** Key id of an Ed25519 public key (KeyObject or PEM). */
export function keyIdOf(publicKey: KeyObject | string): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  const der = key.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest().subarray(0, 16).toString('hex');
}

function signerFrom(privateKey: KeyObject): AuditSigner {
  const publicKey = createPublicKey(privateKey);
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error('audit signing key is not Ed25519');
  return {
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (message) => sign(null, message, privateKey),
  };
}

/** A signer whose key is never stored (tests, and one-off tools). */
export function createEphemeralSigner(): AuditSigner {
  return signerFrom(generateKeyPairSync('ed25519').privateKey);
}

interface StoredKey {
  keyId: string;
  publicKeyPem: string;
  privateKeySealed: string;
  createdAt: number;
}

function newStoredKey(secret: string, now: number): StoredKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  const signer = signerFrom(privateKey);
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  // The key id is bound as associated data so a sealed key cannot be passed off under another id.
  return {
    keyId: signer.keyId,
    publicKeyPem: signer.publicKeyPem,
    privateKeySealed: seal(secret, PURPOSE, der, signer.keyId),
    createdAt: now,
  };
}

function unseal(stored: StoredKey, secret: string): AuditSigner {
  let der: Buffer;
  try {
    der = open(secret, PURPOSE, stored.privateKeySealed, stored.keyId);
  } catch (err) {
    if (err instanceof SecretBoxError) {
      throw new Error(`cannot unseal audit signing key ${stored.keyId}: wrong LINTEL_SECRET_KEY or tampered key`);
    }
    throw err;
  }
  const signer = signerFrom(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
  if (signer.keyId !== stored.keyId) throw new Error(`audit signing key ${stored.keyId} does not match its id`);
  return signer;
}

/** Loads the current signing key, creating it on first run (once, even with several nodes starting together). */
export async function loadOrCreateSigner(opts: SignerOptions): Promise<AuditSigner> {
  const secret = resolveSecret(opts.secretKey);
  const now = opts.now ?? Date.now;
  if (opts.database) return fromDatabase(opts.database, secret, now);
  if (opts.dataDir) return fromFile(opts.dataDir, secret, now);
  throw new Error('loadOrCreateSigner needs a database or a dataDir');
}

async function fromDatabase(database: Database, secret: string, now: () => number): Promise<AuditSigner> {
  await runMigrations(database, auditMigrations);
  const stored = await withExclusiveTransaction(database, 'audit-key', async (db) => {
    const row = await db
      .selectFrom('audit_keys')
      .selectAll()
      .where('private_key_sealed', 'is not', null)
      .orderBy('created_at', 'desc')
      .orderBy('key_id')
      .limit(1)
      .executeTakeFirst();
    if (row) {
      return {
        keyId: row.key_id,
        publicKeyPem: row.public_key_pem,
        privateKeySealed: row.private_key_sealed,
        createdAt: toNumber(row.created_at),
      } satisfies StoredKey;
    }
    const created = newStoredKey(secret, now());
    await db
      .insertInto('audit_keys')
      .values({
        key_id: created.keyId,
        public_key_pem: created.publicKeyPem,
        private_key_sealed: created.privateKeySealed,
        created_at: created.createdAt,
      })
      .execute();
    return created;
  });
  return unseal(stored, secret);
}

function fromFile(dataDir: string, secret: string, now: () => number): AuditSigner {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SIGNING_KEY_FILE);
  try {
    // 'wx' fails if the file exists, so two processes starting together keep one key.
    writeFileSync(file, JSON.stringify(newStoredKey(secret, now()), null, 2), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return unseal(JSON.parse(readFileSync(file, 'utf8')) as StoredKey, secret);
}

/** Public keys known to the store, by key id (verification falls back to these when given no key). */
export async function storedPublicKeys(database: Database): Promise<Map<string, string>> {
  const rows = await database.db.selectFrom('audit_keys').select(['key_id', 'public_key_pem']).execute();
  return new Map(rows.map((r) => [r.key_id as string, r.public_key_pem as string]));
}

/** The PEM of the key that currently signs (newest stored key), without needing the secret. */
export async function currentPublicKeyPem(database: Database): Promise<{ keyId: string; publicKeyPem: string } | null> {
  await runMigrations(database, auditMigrations);
  const row = await database.db
    .selectFrom('audit_keys')
    .select(['key_id', 'public_key_pem'])
    .orderBy('created_at', 'desc')
    .orderBy('key_id')
    .limit(1)
    .executeTakeFirst();
  return row ? { keyId: row.key_id, publicKeyPem: row.public_key_pem } : null;
}

/** Records a signer's public key in the store so anyone can verify without being handed the key. */
export async function registerPublicKey(database: Database, signer: AuditSigner, now = Date.now()): Promise<void> {
  await database.db
    .insertInto('audit_keys')
    .values({ key_id: signer.keyId, public_key_pem: signer.publicKeyPem, private_key_sealed: null, created_at: now })
    .onConflict((oc) => oc.column('key_id').doNothing())
    .execute();
}
