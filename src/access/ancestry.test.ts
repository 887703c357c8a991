// Property: no chain of keys ever gets more than its root — whatever the chain's length and whatever each key below
// the root asks for, the last key's models, limits, budget, guard sets and validity are within the root's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkModel } from './admission.ts';
import { ancestorRefusal, ancestorsOf, inheritedGuardSets, MAX_ANCESTRY } from './ancestry.ts';
import type { HierarchyView } from './directory.ts';
import { modelAllowed } from './globs.ts';
import { scopesFor } from './scopes.ts';
import { type Budget, type KeyRecord, type Limits, NO_LIMITS } from './types.ts';

const MODELS = ['cheap', 'cheap-2', 'pricey', 'claude-x', 'gpt-4o'];
const GLOBS = ['cheap*', 'pricey', 'claude-*', 'gpt-?o', '*'];
const SETS = ['strict', 'pii', 'topics'];
const NOW = 1_800_000_000_000;

const limitValue = fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null });
const keySpec = fc.record({
  models: fc.option(fc.subarray(GLOBS), { nil: null }),
  limits: fc.record({ rpm: limitValue, tpm: limitValue, concurrency: limitValue }),
  budget: fc.option(
    fc.record({ usd: fc.double({ min: 0.01, max: 100, noNaN: true }), period: fc.constantFrom('day', 'month') }),
    { nil: null },
  ),
  guardrails: fc.option(
    fc.subarray(SETS).map((s) => s.join(',')),
    { nil: undefined },
  ),
  revoked: fc.boolean(),
  expiresIn: fc.option(fc.integer({ min: -10_000, max: 10_000 }), { nil: null }),
});
type Spec = typeof keySpec extends fc.Arbitrary<infer T> ? T : never;

function makeKey(i: number, s: Spec, owner: string | null): KeyRecord {
  return {
    id: `key_${i}`,
    prefix: 'lk-x',
    name: `k${i}`,
    tenant: 'acme',
    team: null,
    role: 'developer',
    ownerKeyId: owner,
    models: s.models,
    limits: s.limits as Limits,
    budget: s.budget as Budget | null,
    metadata: s.guardrails === undefined ? {} : { guardrails: s.guardrails },
    expiresAt: s.expiresIn === null ? null : NOW + s.expiresIn,
    revokedAt: s.revoked ? NOW - 1 : null,
    createdAt: 0,
    updatedAt: 0,
    hash: `h${i}`,
    prevHash: null,
    prevValidUntil: null,
  };
}

/** A chain root → … → leaf in a plain map, seen the way the request path sees the Directory. */
function build(specs: Spec[]): { keys: KeyRecord[]; view: HierarchyView } {
  const keys: KeyRecord[] = [];
  for (const [i, s] of specs.entries()) keys.push(makeKey(i, s, i === 0 ? null : keys[i - 1].id));
  const byId = new Map(keys.map((k) => [k.id, k]));
  const tenant = {
    name: 'acme',
    models: null,
    limits: NO_LIMITS,
    budget: null,
    endUserLimits: NO_LIMITS,
    endUserBudget: null,
    metadata: {},
    createdAt: 0,
    updatedAt: 0,
  };
  return { keys, view: { key: (id) => byId.get(id), tenant: () => tenant, team: () => undefined } };
}

const allows = (view: HierarchyView, k: KeyRecord, model: string): boolean => {
  try {
    checkModel(view, k, model);
    return true;
  } catch (err) {
    assert.equal((err as { code?: string }).code, 'permission_denied', 'a refusal is a permission error');
    return false;
  }
};

test('property: no key in a chain gets more than the root (models, limits, budget, guard sets, validity)', () => {
  fc.assert(
    fc.property(fc.array(keySpec, { minLength: 1, maxLength: 7 }), (specs) => {
      const { keys, view } = build(specs);
      const root = keys[0];
      for (const k of keys) {
        // Models: anything a descendant may call, the root (and every key between) may call.
        for (const m of MODELS) {
          if (allows(view, k, m)) {
            for (const a of [root, ...ancestorsOf(view.key, k)]) assert.ok(modelAllowed(a.models, m), m);
          }
        }
        // Limits and budget: the root's own limits and budget are among the checks of every descendant.
        const scopes = scopesFor(view, k, null, NOW);
        const rootHasAny = Object.values(root.limits).some((v) => v !== null) || root.budget !== null;
        if (rootHasAny) {
          const s = scopes.find((x) => x.id === `k:${root.id}`);
          assert.ok(s, 'the root is checked');
          assert.deepEqual(s.limits, root.limits);
          assert.equal(s.budget?.usd ?? null, root.budget?.usd ?? null);
        }
        for (const dim of ['rpm', 'tpm', 'concurrency'] as const) {
          const r = root.limits[dim];
          if (r === null) continue;
          const tightest = Math.min(...scopes.map((x) => x.limits[dim] ?? Number.POSITIVE_INFINITY));
          assert.ok(tightest <= r, `${dim}: ${tightest} > root's ${r}`);
        }
        // Guard sets: every set of the root is carried by every descendant.
        const sets = inheritedGuardSets(view.key, k);
        for (const n of (root.metadata.guardrails ?? '').split(',').filter(Boolean)) assert.ok(sets.includes(n), n);
        // Validity: a revoked or expired root disables every descendant.
        const rootDead = root.revokedAt !== null || (root.expiresAt !== null && root.expiresAt <= NOW);
        if (rootDead && k !== root) assert.notEqual(ancestorRefusal(view.key, k, NOW), null);
      }
    }),
    { numRuns: 500 },
  );
});

test('a cycle written straight into the database ends the walk instead of hanging the request', () => {
  const { keys, view } = build([
    { models: null, limits: NO_LIMITS, budget: null, guardrails: undefined, revoked: false, expiresIn: null },
    { models: null, limits: NO_LIMITS, budget: null, guardrails: undefined, revoked: false, expiresIn: null },
  ]);
  keys[0].ownerKeyId = keys[1].id;
  assert.deepEqual(
    ancestorsOf(view.key, keys[1]).map((k) => k.id),
    [keys[0].id],
  );
  assert.ok(MAX_ANCESTRY >= 8);
});
