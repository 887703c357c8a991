// Every node keeps the whole access hierarchy in memory (a few hundred bytes per key) so authentication never
// queries the database; it pulls rows changed since its last revision every `intervalMs` (default 250 ms), which
// bounds how long a revocation takes to reach every node. Writes made through this node apply at once.
import type { Database } from '../storage/database.ts';
import { readSince, type Snapshot } from './repository.ts';
import type { KeyRecord, TeamRecord, TenantRecord } from './types.ts';

export interface DirectoryLogger {
  warn(obj: object, msg: string): void;
}

export interface KeyMatch {
  key: KeyRecord;
  /** Matched the previous secret of a rotated key (valid until key.prevValidUntil). */
  previous: boolean;
}

/** What the request path reads from the hierarchy (the Directory, or a plain map in tests). */
export type HierarchyView = Pick<Directory, 'tenant' | 'team' | 'key'>;

export class Directory {
  private readonly tenants = new Map<string, TenantRecord>();
  private readonly teams = new Map<string, TeamRecord>();
  private readonly keys = new Map<string, KeyRecord>();
  private readonly byHash = new Map<string, KeyMatch>();
  private rev = -1;
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private lastWarn = 0;
  syncFailures = 0;

  constructor(
    private readonly database: Database,
    private readonly logger?: DirectoryLogger,
  ) {}

  /** Loads everything, then polls for changes. */
  async start(intervalMs: number): Promise<void> {
    await this.sync();
    this.timer = setInterval(() => {
      this.sync().catch(() => {});
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Pulls changes since the last sync; calls are serialised so a write is visible once its sync resolves. */
  sync(): Promise<void> {
    const run = this.chain.then(() => this.pull());
    this.chain = run.catch(() => {});
    return run;
  }

  private async pull(): Promise<void> {
    let snap: Snapshot;
    try {
      snap = await readSince(this.database.db, this.rev);
    } catch (err) {
      this.syncFailures++;
      // Keep serving from the last snapshot; say so at most every 10 s.
      if (Date.now() - this.lastWarn > 10_000) {
        this.lastWarn = Date.now();
        this.logger?.warn({ err }, 'access: cannot sync keys and tenants from the database');
      }
      throw err;
    }
    this.apply(snap);
  }

  private apply(snap: Snapshot): void {
    for (const t of snap.tenants) this.tenants.set(t.name, t);
    for (const t of snap.teams) this.teams.set(teamKey(t.tenant, t.name), t);
    for (const k of snap.keys) {
      const old = this.keys.get(k.id);
      if (old) {
        this.byHash.delete(old.hash);
        if (old.prevHash) this.byHash.delete(old.prevHash);
      }
      this.keys.set(k.id, k);
      this.byHash.set(k.hash, { key: k, previous: false });
      if (k.prevHash) this.byHash.set(k.prevHash, { key: k, previous: true });
    }
    if (snap.rev > this.rev) this.rev = snap.rev;
  }

  findByHash(hash: string): KeyMatch | undefined {
    return this.byHash.get(hash);
  }

  tenant(name: string): TenantRecord | undefined {
    return this.tenants.get(name);
  }

  team(tenant: string, name: string): TeamRecord | undefined {
    return this.teams.get(teamKey(tenant, name));
  }

  key(id: string): KeyRecord | undefined {
    return this.keys.get(id);
  }

  listTenants(): TenantRecord[] {
    return [...this.tenants.values()];
  }

  listTeams(tenant: string): TeamRecord[] {
    return [...this.teams.values()].filter((t) => t.tenant === tenant);
  }

  listKeys(): KeyRecord[] {
    return [...this.keys.values()];
  }

  /** Live keys whose name is taken in a tenant ('' = global keys). */
  liveKeyNamed(tenant: string | null, name: string): KeyRecord | undefined {
    for (const k of this.keys.values()) {
      if (k.tenant === tenant && k.name === name && k.revokedAt === null) return k;
    }
    return undefined;
  }

  revision(): number {
    return this.rev;
  }
}

function teamKey(tenant: string, team: string): string {
  return `${tenant}\u0000${team}`;
}
