// Stored definitions (monitors, SLOs, receivers, silences, references, online evaluation): one table keyed
// by (kind, name), the spec validated on the way in and read back as typed objects.
import type { Database } from '../../storage/database.ts';

export type StoredKind = 'monitor' | 'slo' | 'receiver' | 'silence' | 'online_eval' | 'reference';

export interface StoredDefinition<T> {
  name: string;
  spec: T;
  createdAt: number;
  updatedAt: number;
}

export class DefinitionStore {
  constructor(private readonly database: Database) {}

  async list<T>(kind: StoredKind): Promise<StoredDefinition<T>[]> {
    const rows = await this.database.db
      .selectFrom('monitor_definitions')
      .selectAll()
      .where('kind', '=', kind)
      .orderBy('name')
      .execute();
    return rows.map((r) => ({
      name: r.name as string,
      spec: JSON.parse(r.spec as string) as T,
      createdAt: Number(r.created_at),
      updatedAt: Number(r.updated_at),
    }));
  }

  async get<T>(kind: StoredKind, name: string): Promise<StoredDefinition<T> | null> {
    const r = await this.database.db
      .selectFrom('monitor_definitions')
      .selectAll()
      .where('kind', '=', kind)
      .where('name', '=', name)
      .executeTakeFirst();
    if (!r) return null;
    return {
      name,
      spec: JSON.parse(r.spec as string) as T,
      createdAt: Number(r.created_at),
      updatedAt: Number(r.updated_at),
    };
  }

  /** Creates or replaces; returns the previous spec (for the audit event) or null. */
  async put<T>(kind: StoredKind, name: string, spec: T, now: number): Promise<T | null> {
    const before = await this.get<T>(kind, name);
    await this.database.db
      .insertInto('monitor_definitions')
      .values({ kind, name, spec: JSON.stringify(spec), created_at: now, updated_at: now })
      .onConflict((oc) => oc.columns(['kind', 'name']).doUpdateSet({ spec: JSON.stringify(spec), updated_at: now }))
      .execute();
    return before?.spec ?? null;
  }

  async delete(kind: StoredKind, name: string): Promise<boolean> {
    const r = await this.database.db
      .deleteFrom('monitor_definitions')
      .where('kind', '=', kind)
      .where('name', '=', name)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
