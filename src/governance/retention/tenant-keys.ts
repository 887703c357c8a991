// Crypto-shredding: request bodies are encrypted per tenant with a data key (AES-256-GCM), the data key is
// stored sealed under the master secret, and destroying it leaves that tenant's bodies unreadable everywhere
// they were copied — while the audit chain, which never held bodies, still verifies.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { type Database, runMigrations } from '../../storage/database.ts';
import type { AuditEvent } from '../audit/event.ts';
import type { AuditLog } from '../audit/log.ts';
import { toNumber, withExclusiveTransaction } from '../db.ts';
import { gcmDecrypt, gcmEncrypt, open, resolveSecret, seal } from '../secret-box.ts';
import { retentionMigrations } from './migrations.ts';

const PURPOSE = 'tenant-data-key';
const PREFIX = 'lb1';

export interface TenantKeyStoreOptions {
  /** Master secret; defaults to LINTEL_SECRET_KEY. */
  secretKey?: string;
  /** Shredding is audited here. */
  audit: AuditLog;
  now?: () => number;
  /** How long an unwrapped key is trusted before re-reading its row, so shredding on another node takes
   * effect here within this time (default 30 000 ms; 0 re-reads every time). */
  cacheTtlMs?: number;
}

export interface ShredActor {
  actor: string;
  role: string;
  reason?: string;
  requestId?: string;
}

interface CachedKey {
  tenant: string;
  key: Buffer | null; // null: destroyed
  at: number;
}

export class TenantKeyStore {
  private readonly secret: string;
  private readonly now: () => number;
  private readonly ttl: number;
  private readonly byId = new Map<string, CachedKey>();
  private readonly live = new Map<string, { keyId: string; at: number }>();

  private constructor(
    private readonly database: Database,
    private readonly opts: TenantKeyStoreOptions,
  ) {
    this.secret = resolveSecret(opts.secretKey);
    this.now = opts.now ?? Date.now;
    this.ttl = opts.cacheTtlMs ?? 30_000;
  }

  static async open(database: Database, opts: TenantKeyStoreOptions): Promise<TenantKeyStore> {
    await runMigrations(database, retentionMigrations);
    return new TenantKeyStore(database, opts);
  }

  /** Encrypts a body for `tenant` as `lb1.<key id>.<iv>.<tag>.<ciphertext>`; the tenant is bound as AAD. */
  async encryptBody(tenant: string, plaintext: string): Promise<string> {
    // A second attempt covers a key shredded by another node since this one cached it: it gets a fresh key.
    for (let attempt = 0; attempt < 2; attempt++) {
      const keyId = await this.liveKeyId(tenant);
      const key = await this.key(keyId);
      if (key?.key)
        return `${PREFIX}.${keyId}.${gcmEncrypt(key.key, Buffer.from(plaintext, 'utf8'), aad(tenant, keyId))}`;
      this.live.delete(tenant);
    }
    throw new Error(`no usable data key for tenant ${tenant}`);
  }

  /** The plaintext, or null when the tenant's key was destroyed (shredded). Throws on foreign or damaged data. */
  async decryptBody(tenant: string, ciphertext: string): Promise<string | null> {
    const parts = ciphertext.split('.');
    if (parts.length !== 5 || parts[0] !== PREFIX) throw new Error('not a Lintel encrypted body');
    const keyId = parts[1];
    const key = await this.key(keyId);
    if (!key || key.key === null) return null;
    if (key.tenant !== tenant) throw new Error(`body was encrypted for another tenant, not ${tenant}`);
    return gcmDecrypt(key.key, parts.slice(2).join('.'), aad(tenant, keyId)).toString('utf8');
  }

  /** Destroys every data key of `tenant` and audits it. Bodies encrypted before are unreadable from now on;
   * new bodies get a fresh key. */
  async shredTenant(
    tenant: string,
    by: ShredActor = { actor: 'system:governance', role: 'system' },
  ): Promise<{
    keysDestroyed: number;
    event: AuditEvent;
  }> {
    const at = this.now();
    const keysDestroyed = await withExclusiveTransaction(this.database, 'tenant-keys', async (db) => {
      // On SQLite overwrite the freed bytes so the wrapped key does not linger in the page; restore the setting.
      const sqlite = this.database.dialect === 'sqlite';
      const previous = sqlite
        ? (await sql<{ secure_delete: number }>`PRAGMA secure_delete`.execute(db)).rows[0]?.secure_delete
        : undefined;
      if (sqlite) await sql`PRAGMA secure_delete = ON`.execute(db);
      try {
        const r = await db
          .updateTable('tenant_keys')
          .set({ wrapped_key: null, destroyed_at: at })
          .where('tenant', '=', tenant)
          .where('destroyed_at', 'is', null)
          .executeTakeFirst();
        return Number(r.numUpdatedRows);
      } finally {
        if (sqlite && !previous) await sql`PRAGMA secure_delete = OFF`.execute(db);
      }
    });
    await this.scrubStorage();
    for (const [id, cached] of this.byId) {
      if (cached.tenant === tenant) {
        cached.key?.fill(0);
        this.byId.delete(id);
      }
    }
    this.live.delete(tenant);
    const event = await this.opts.audit.append({
      actor: by.actor,
      role: by.role,
      tenant,
      action: 'tenant.shred',
      resource: `tenant:${tenant}`,
      requestId: by.requestId,
      details: { keysDestroyed, ...(by.reason ? { reason: by.reason } : {}) },
    });
    return { keysDestroyed, event };
  }

  /** Best effort: push old versions of the key rows out of the WAL (SQLite) or dead tuples (PostgreSQL).
   * Physical remnants (backups, PostgreSQL WAL) stay sealed under the master secret. */
  private async scrubStorage(): Promise<void> {
    try {
      if (this.database.dialect === 'sqlite') await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(this.database.db);
      else await sql`VACUUM tenant_keys`.execute(this.database.db);
    } catch {
      // Another reader may hold the WAL or the table; the key is still destroyed logically and sealed physically.
    }
  }

  private async liveKeyId(tenant: string): Promise<string> {
    const cached = this.live.get(tenant);
    if (cached && this.now() - cached.at <= this.ttl) return cached.keyId;
    const keyId = await withExclusiveTransaction(this.database, 'tenant-keys', async (db) => {
      const row = await db
        .selectFrom('tenant_keys')
        .select('key_id')
        .where('tenant', '=', tenant)
        .where('destroyed_at', 'is', null)
        .executeTakeFirst();
      if (row) return row.key_id as string;
      const id = randomBytes(12).toString('hex');
      await db
        .insertInto('tenant_keys')
        .values({
          key_id: id,
          tenant,
          wrapped_key: seal(this.secret, PURPOSE, randomBytes(32), aad(tenant, id)),
          created_at: this.now(),
          destroyed_at: null,
        })
        .execute();
      return id;
    });
    this.live.set(tenant, { keyId, at: this.now() });
    return keyId;
  }

  private async key(keyId: string): Promise<CachedKey | undefined> {
    const cached = this.byId.get(keyId);
    if (cached && (cached.key === null || this.now() - cached.at <= this.ttl)) return cached;
    const row = await this.database.db
      .selectFrom('tenant_keys')
      .select(['tenant', 'wrapped_key', 'destroyed_at'])
      .where('key_id', '=', keyId)
      .executeTakeFirst();
    if (!row) return undefined;
    const destroyed = row.wrapped_key === null || (row.destroyed_at !== null && toNumber(row.destroyed_at) > 0);
    const entry: CachedKey = {
      tenant: row.tenant,
      key: destroyed ? null : open(this.secret, PURPOSE, row.wrapped_key, aad(row.tenant, keyId)),
      at: this.now(),
    };
    if (destroyed) {
      cached?.key?.fill(0);
      if (this.live.get(row.tenant)?.keyId === keyId) this.live.delete(row.tenant);
    }
    this.byId.set(keyId, entry);
    return entry;
  }
}

function aad(tenant: string, keyId: string): string {
  return `${tenant}\u0000${keyId}`;
}
