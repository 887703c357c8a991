// Stored provider credentials, opened once and kept in memory for the gateway's upstream calls (a provider
// configured with `credential: NAME`). Refreshed on a timer and right after a change on this node; a refresh
// lists metadata only and opens just the credentials that are new or changed, so other nodes' rotations arrive
// within one interval. Plaintext keys live here as configured api_keys do: in memory, never logged.
import type { CredentialStore } from './credentials.ts';

interface Entry {
  id: string;
  updatedAt: string;
  apiKey: string;
}

const keyOf = (tenant: string | null, name: string) => `${tenant ?? ''}\u0000${name}`;

export class CredentialCache {
  #entries = new Map<string, Entry>();
  #timer: NodeJS.Timeout | null = null;
  #refreshing: Promise<void> | null = null;

  constructor(
    private readonly store: CredentialStore,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  /** The key for `name`: the tenant's own credential of that name, else the global one, else null. */
  resolve(name: string, tenant: string | null): string | null {
    if (tenant !== null) {
      const own = this.#entries.get(keyOf(tenant, name));
      if (own) return own.apiKey;
    }
    return this.#entries.get(keyOf(null, name))?.apiKey ?? null;
  }

  /** Reloads the list; concurrent calls share one run. Errors go to onError and keep the previous entries. */
  refresh(): Promise<void> {
    this.#refreshing ??= this.#load()
      .catch(this.onError)
      .finally(() => {
        this.#refreshing = null;
      });
    return this.#refreshing;
  }

  async #load(): Promise<void> {
    const next = new Map<string, Entry>();
    for (const c of await this.store.list()) {
      const k = keyOf(c.tenant, c.name);
      const old = this.#entries.get(k);
      if (old && old.id === c.id && old.updatedAt === c.updated_at) {
        next.set(k, old);
        continue;
      }
      const apiKey = await this.store.reveal(c.id);
      if (apiKey !== null) next.set(k, { id: c.id, updatedAt: c.updated_at, apiKey });
    }
    this.#entries = next;
  }

  async start(intervalMs: number): Promise<void> {
    await this.refresh();
    this.#timer = setInterval(() => void this.refresh(), intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}
