// Registry operations with their checks and audit events (before/after state hashed into the audit log).
import { LintelError } from '../../errors/lintel-error.ts';
import type { AuditActor } from '../../server/governance.ts';
import { loadOnnx } from '../onnx/serve.ts';
import { type Audit, zodToLintel } from '../util.ts';
import { canonicalHash, type RegistryStore } from './store.ts';
import {
  type AliasRow,
  cardSchema,
  createModelSchema,
  createVersionSchema,
  type ModelRow,
  NAME_RE,
  type VersionRow,
} from './types.ts';

export interface RegistryDeps {
  store: RegistryStore;
  audit: Audit;
  /** Providers defined in the running config (a version must name one). */
  providers(): string[];
  /** Called after a change that affects routing, so this node sees it at once (others poll). */
  changed(): Promise<void>;
}

const MAX_FOLLOW = 16;

/** The version an alias resolves to, following alias → alias links; throws on a cycle or a dangling alias. */
export function resolveAliasChain(aliases: Map<string, AliasRow>, model: string, alias: string): number {
  const seen: string[] = [];
  let cur = alias;
  for (let i = 0; i <= MAX_FOLLOW; i++) {
    if (seen.includes(cur)) {
      throw new LintelError('invalid_request', `alias cycle: ${[...seen, cur].map((a) => `@${a}`).join(' → ')}`, {
        param: 'follows',
      });
    }
    seen.push(cur);
    const a = aliases.get(cur);
    if (!a) {
      throw new LintelError('model_not_found', `The registered model "${model}" has no alias @${cur}.`, {
        param: 'model',
      });
    }
    if (a.version !== null) return a.version;
    cur = a.follows ?? '';
  }
  throw new LintelError('invalid_request', `alias @${alias} follows more than ${MAX_FOLLOW} aliases`, {
    param: 'follows',
  });
}

export class RegistryService {
  constructor(private readonly deps: RegistryDeps) {}

  get store(): RegistryStore {
    return this.deps.store;
  }

  async createModel(input: unknown, actor: AuditActor): Promise<ModelRow> {
    const body = zodToLintel(createModelSchema, input);
    if (await this.store.model(body.name)) {
      throw new LintelError('conflict', `A registered model named "${body.name}" exists already.`, { param: 'name' });
    }
    const row: ModelRow = {
      name: body.name,
      description: body.description,
      owner: body.owner ?? null,
      policy: null,
      createdBy: actor.actor,
      createdAt: Date.now(),
    };
    await this.store.insertModel(row);
    await this.deps.audit({ actor, action: 'model.create', resource: `model:${row.name}`, after: row });
    return row;
  }

  async requireModel(name: string): Promise<ModelRow> {
    if (!NAME_RE.test(name)) throw new LintelError('invalid_request', 'invalid model name', { param: 'name' });
    const m = await this.store.model(name);
    if (!m) throw new LintelError('not_found', `No registered model named "${name}".`, { param: 'name' });
    return m;
  }

  async requireVersion(name: string, version: number): Promise<VersionRow> {
    await this.requireModel(name);
    const v = Number.isInteger(version) ? await this.store.version(name, version) : null;
    if (!v) throw new LintelError('not_found', `The model "${name}" has no version ${version}.`, { param: 'version' });
    return v;
  }

  /** Registers the next version (1, 2, …); its spec is fixed from now on. */
  async createVersion(name: string, input: unknown, actor: AuditActor): Promise<VersionRow> {
    await this.requireModel(name);
    const body = zodToLintel(createVersionSchema, input);
    if (body.spec.kind === 'upstream' && !this.deps.providers().includes(body.spec.provider)) {
      throw new LintelError(
        'invalid_request',
        `Unknown provider "${body.spec.provider}" (defined: ${this.deps.providers().join(', ') || 'none'}).`,
        { param: 'spec.provider' },
      );
    }
    if (body.spec.kind === 'onnx') await loadOnnx(body.spec).then((s) => s.release()); // must load before it is stored
    const row = await this.store.db.transaction().execute(async (trx) => {
      const v: VersionRow = {
        model: name,
        version: await this.store.nextVersion(name, trx),
        spec: body.spec,
        specHash: canonicalHash(body.spec),
        card: body.card,
        tags: body.tags,
        createdBy: actor.actor,
        createdAt: Date.now(),
      };
      await this.store.insertVersion(v, trx);
      return v;
    });
    await this.deps.audit({
      actor,
      action: 'model.version.create',
      resource: `model:${name}/${row.version}`,
      after: { spec_hash: row.specHash, card: row.card, tags: row.tags },
    });
    await this.deps.changed();
    return row;
  }

  async updateCard(name: string, version: number, input: unknown, actor: AuditActor): Promise<VersionRow> {
    const before = await this.requireVersion(name, version);
    const card = zodToLintel(cardSchema, { ...before.card, ...(input as object) });
    await this.store.updateCard(name, version, card);
    await this.deps.audit({
      actor,
      action: 'model.card.update',
      resource: `model:${name}/${version}`,
      before: before.card,
      after: card,
    });
    return { ...before, card };
  }

  async setTags(name: string, version: number, tags: Record<string, string>, actor: AuditActor): Promise<VersionRow> {
    const before = await this.requireVersion(name, version);
    await this.store.replaceTags(name, version, tags);
    await this.deps.audit({
      actor,
      action: 'model.tags.update',
      resource: `model:${name}/${version}`,
      before: before.tags,
      after: tags,
    });
    return { ...before, tags };
  }

  async aliasMap(name: string): Promise<Map<string, AliasRow>> {
    return new Map((await this.store.aliases(name)).map((a) => [a.alias, a]));
  }

  async resolve(name: string, alias: string): Promise<number> {
    return resolveAliasChain(await this.aliasMap(name), name, alias);
  }

  /**
   * Points an alias at a version (or at another alias). Validation happens before anything is written: the version
   * must exist and the follow chain must not loop. Gates are checked by the caller (gates/promote.ts).
   */
  async setAlias(
    name: string,
    alias: string,
    target: { version?: number; follows?: string },
    actor: AuditActor,
    extra: Record<string, unknown> = {},
  ): Promise<AliasRow> {
    await this.requireModel(name);
    const aliases = await this.aliasMap(name);
    if (target.version !== undefined) await this.requireVersion(name, target.version);
    const row: AliasRow = {
      model: name,
      alias,
      version: target.version ?? null,
      follows: target.follows ?? null,
      updatedBy: actor.actor,
      updatedAt: Date.now(),
    };
    const before = aliases.get(alias) ?? null;
    const next = new Map(aliases).set(alias, row);
    resolveAliasChain(next, name, alias); // throws on a cycle or a follow of a missing alias
    for (const a of next.keys()) if (next.get(a)?.follows === alias) resolveAliasChain(next, name, a);
    await this.store.db.transaction().execute((trx) => this.store.putAlias(row, trx));
    await this.deps.audit({
      actor,
      action: 'model.alias.set',
      resource: `model:${name}@${alias}`,
      before: before && { version: before.version, follows: before.follows },
      after: { version: row.version, follows: row.follows, ...extra },
    });
    await this.deps.changed();
    return row;
  }

  async deleteAlias(name: string, alias: string, actor: AuditActor): Promise<void> {
    const aliases = await this.aliasMap(name);
    const before = aliases.get(alias);
    if (!before) throw new LintelError('not_found', `The model "${name}" has no alias @${alias}.`, { param: 'alias' });
    const dependants = [...aliases.values()].filter((a) => a.follows === alias).map((a) => `@${a.alias}`);
    if (dependants.length > 0) {
      throw new LintelError('conflict', `@${alias} is followed by ${dependants.join(', ')}; move those first.`, {
        param: 'alias',
      });
    }
    await this.store.db.transaction().execute((trx) => this.store.deleteAlias(name, alias, trx));
    await this.deps.audit({
      actor,
      action: 'model.alias.delete',
      resource: `model:${name}@${alias}`,
      before: { version: before.version, follows: before.follows },
    });
    await this.deps.changed();
  }
}
