// The registry and deployment state the request path reads: loaded into memory, reloaded when the shared
// counter lc_state_version moves (every node polls it; a local change reloads at once).
import { sql } from 'kysely';
import type { Deployment } from './deployments/types.ts';
import type { RegistryStore } from './registry/store.ts';
import type { AliasRow, VersionRow } from './registry/types.ts';
import { rowToDeployment } from './deployments/store.ts';

export class LifecycleState {
  versions = new Map<string, VersionRow>();
  aliases = new Map<string, Map<string, AliasRow>>();
  /** Active deployments by route. */
  deployments = new Map<string, Deployment>();
  private seen = -1;
  private timer: NodeJS.Timeout | null = null;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly store: RegistryStore,
    private readonly onError: (err: unknown) => void,
  ) {}

  async start(pollMs = 250): Promise<void> {
    await this.reload();
    this.timer = setInterval(() => {
      this.refresh().catch(this.onError);
    }, pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  version(model: string, version: number): VersionRow | undefined {
    return this.versions.get(`${model}/${version}`);
  }

  /** Reloads when the shared counter moved since the last load. */
  async refresh(): Promise<void> {
    if ((await this.store.stateVersion()) !== this.seen) await this.reload();
  }

  /** Loads everything now (serialised: a reload already running is awaited, then one more runs). */
  async reload(): Promise<void> {
    while (this.loading) await this.loading;
    this.loading = this.load().finally(() => {
      this.loading = null;
    });
    await this.loading;
  }

  private async load(): Promise<void> {
    const counter = await this.store.stateVersion();
    const versions = new Map<string, VersionRow>();
    for (const v of await this.store.versions()) versions.set(`${v.model}/${v.version}`, v);
    const aliases = new Map<string, Map<string, AliasRow>>();
    for (const a of await this.store.aliases()) {
      const m = aliases.get(a.model) ?? new Map<string, AliasRow>();
      m.set(a.alias, a);
      aliases.set(a.model, m);
    }
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_deployments WHERE state = 'active'`.execute(
      this.store.db,
    );
    const deployments = new Map<string, Deployment>();
    for (const row of r.rows) {
      const d = rowToDeployment(row);
      deployments.set(d.route, d);
    }
    this.versions = versions;
    this.aliases = aliases;
    this.deployments = deployments;
    this.seen = counter;
  }
}
