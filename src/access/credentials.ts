// Provider credentials added through the admin API: sealed with AES-256-GCM under a key derived (HKDF) from
// LINTEL_SECRET_KEY, bound to their id as associated data. Only `reveal` (for the gateway's own use) ever opens one;
// the admin API returns metadata and never the secret.
import { type Kysely, sql } from 'kysely';
import { LintelError } from '../errors/lintel-error.ts';
import { open, seal } from '../governance/secret-box.ts';
import { newId } from './key-format.ts';

const PURPOSE = 'provider-credential';

export interface CredentialInfo {
  id: string;
  tenant: string | null;
  name: string;
  provider: string;
  created_at: string;
  updated_at: string;
}

type Row = Record<string, unknown>;

function info(r: Row): CredentialInfo {
  const scope = r.tenant_scope as string;
  return {
    id: r.id as string,
    tenant: scope === '' ? null : scope,
    name: r.name as string,
    provider: r.provider as string,
    created_at: new Date(Number(r.created_at)).toISOString(),
    updated_at: new Date(Number(r.updated_at)).toISOString(),
  };
}

const COLUMNS = ['id', 'tenant_scope', 'name', 'provider', 'created_at', 'updated_at'] as const;

export class CredentialStore {
  /** Called after this node stored or deleted a credential (the gateway's cache refreshes at once). */
  onChange: (() => void) | null = null;

  constructor(
    // biome-ignore lint/suspicious/noExplicitAny: access tables are untyped in Kysely
    private readonly db: Kysely<any>,
    /** LINTEL_SECRET_KEY; without it credentials cannot be stored. */
    private readonly secret: string | undefined,
  ) {}

  private requireSecret(): string {
    if (!this.secret || this.secret.length < 16) {
      throw new LintelError(
        'invalid_request',
        'Storing provider credentials needs LINTEL_SECRET_KEY (at least 16 characters) set on the server.',
        { status: 503 },
      );
    }
    return this.secret;
  }

  async create(input: {
    tenant: string | null;
    name: string;
    provider: string;
    apiKey: string;
  }): Promise<CredentialInfo> {
    const secret = this.requireSecret();
    const id = newId('cred');
    const now = Date.now();
    const row = {
      id,
      tenant_scope: input.tenant ?? '',
      name: input.name,
      provider: input.provider,
      sealed: seal(secret, PURPOSE, Buffer.from(input.apiKey, 'utf8'), id),
      created_at: now,
      updated_at: now,
    };
    const taken = await this.db
      .selectFrom('access_provider_credentials')
      .select('id')
      .where('tenant_scope', '=', row.tenant_scope)
      .where('name', '=', input.name)
      .executeTakeFirst();
    if (taken) {
      throw new LintelError('conflict', `name: a credential named "${input.name}" already exists`, {
        param: 'name',
      });
    }
    await this.db.insertInto('access_provider_credentials').values(row).execute();
    this.onChange?.();
    return info(row);
  }

  /** tenant undefined = every credential (global callers). */
  async list(tenant?: string | null): Promise<CredentialInfo[]> {
    let q = this.db.selectFrom('access_provider_credentials').select(COLUMNS);
    if (tenant !== undefined) q = q.where('tenant_scope', '=', tenant ?? '');
    return (await q.orderBy('created_at').execute()).map(info);
  }

  async get(id: string): Promise<CredentialInfo | null> {
    const r = await this.db
      .selectFrom('access_provider_credentials')
      .select(COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? info(r) : null;
  }

  async remove(id: string): Promise<boolean> {
    const r = await sql`DELETE FROM access_provider_credentials WHERE id = ${id}`.execute(this.db);
    this.onChange?.();
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  /** The plaintext key, for building upstream requests. Never log or return it. */
  async reveal(id: string): Promise<string | null> {
    const r = await this.db
      .selectFrom('access_provider_credentials')
      .select('sealed')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!r) return null;
    return open(this.requireSecret(), PURPOSE, r.sealed as string, id).toString('utf8');
  }
}
