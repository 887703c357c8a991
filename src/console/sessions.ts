// Console sessions, stored server-side. The browser holds only a random token (HttpOnly cookie); the row is
// keyed by the token's SHA-256, so a copy of the table cannot be replayed. A key session keeps the key sealed
// with the node secret (AES-GCM), so every request re-checks it exactly as an API call would: revoking or
// expiring the key ends the session too. An SSO session keeps the principal its claims mapped to.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AdminPrincipal } from '../access/types.ts';
import { open, seal } from '../governance/secret-box.ts';
import type { Database } from '../storage/database.ts';

const PURPOSE = 'lintel-console-session';

export type SessionKind = 'key' | 'oidc';

export interface Session {
  id: string;
  csrf: string;
  kind: SessionKind;
  /** Key id ("master-key" for the master key) or the SSO user's subject / e-mail. */
  subject: string;
  principal: AdminPrincipal;
  /** The key, for key sessions (opened from its sealed form). */
  key: string | null;
  createdAt: number;
  expiresAt: number;
}

interface Row {
  id: string;
  csrf: string;
  kind: string;
  subject: string;
  principal: string;
  key_sealed: string | null;
  created_at: number | string;
  expires_at: number | string;
  revoked_at: number | string | null;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class SessionStore {
  constructor(
    private readonly database: Database,
    private readonly secret: string,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates a session; returns it with the token the cookie carries (shown nowhere else). */
  async create(s: {
    kind: SessionKind;
    subject: string;
    principal: AdminPrincipal;
    key?: string;
  }): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const id = hashToken(token);
    const createdAt = this.now();
    const session: Session = {
      id,
      csrf: randomBytes(32).toString('base64url'),
      kind: s.kind,
      subject: s.subject,
      principal: s.principal,
      key: s.key ?? null,
      createdAt,
      expiresAt: createdAt + this.ttlMs,
    };
    await this.database.db
      .insertInto('console_sessions')
      .values({
        id,
        csrf: session.csrf,
        kind: s.kind,
        subject: s.subject,
        principal: JSON.stringify(s.principal),
        key_sealed: s.key ? seal(this.secret, PURPOSE, Buffer.from(s.key), id) : null,
        created_at: createdAt,
        expires_at: session.expiresAt,
        revoked_at: null,
      })
      .execute();
    return { token, session };
  }

  /** The live session for a cookie token; null when unknown, expired or signed out. */
  async get(token: string): Promise<Session | null> {
    if (!token || token.length > 200) return null;
    const id = hashToken(token);
    const row = (await this.database.db
      .selectFrom('console_sessions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()) as Row | undefined;
    if (!row || row.revoked_at !== null || Number(row.expires_at) <= this.now()) return null;
    let key: string | null = null;
    if (row.key_sealed) {
      try {
        key = open(this.secret, PURPOSE, row.key_sealed, id).toString('utf8');
      } catch {
        return null; // sealed under another secret: treat as signed out
      }
    }
    return {
      id,
      csrf: row.csrf,
      kind: row.kind as SessionKind,
      subject: row.subject,
      principal: JSON.parse(row.principal) as AdminPrincipal,
      key,
      createdAt: Number(row.created_at),
      expiresAt: Number(row.expires_at),
    };
  }

  /** Signs a session out (the row stays, revoked, until purged). */
  async revoke(id: string): Promise<void> {
    await this.database.db
      .updateTable('console_sessions')
      .set({ revoked_at: this.now(), key_sealed: null })
      .where('id', '=', id)
      .execute();
  }

  /** Deletes expired and revoked sessions older than a day. */
  async purge(): Promise<number> {
    const r = await this.database.db
      .deleteFrom('console_sessions')
      .where((eb) => eb.or([eb('expires_at', '<', this.now()), eb('revoked_at', '<', this.now() - 86_400_000)]))
      .executeTakeFirst();
    return Number(r.numDeletedRows ?? 0);
  }
}
