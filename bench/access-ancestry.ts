// Cost of the key hierarchy on the request path: identity, model allow-lists, limit scopes and inherited guard sets
// for a key at the end of a chain of 1, 2 and 6 keys. Run: node --import tsx bench/access-ancestry.ts
import { checkModel } from '../src/access/admission.ts';
import { ancestorRefusal, inheritedGuardSets } from '../src/access/ancestry.ts';
import { scopesFor } from '../src/access/scopes.ts';
import { NO_LIMITS, type KeyRecord } from '../src/access/types.ts';
function chain(depth: number) {
  const keys: KeyRecord[] = [];
  for (let i = 0; i < depth; i++)
    keys.push({
      id: `k${i}`,
      prefix: 'x',
      name: `k${i}`,
      tenant: 'acme',
      team: null,
      role: 'developer',
      ownerKeyId: i ? `k${i - 1}` : null,
      models: ['gpt-*'],
      limits: { rpm: 100, tpm: null, concurrency: null },
      budget: { usd: 5, period: 'day' },
      metadata: { guardrails: 'pii' },
      expiresAt: null,
      revokedAt: null,
      createdAt: 0,
      updatedAt: 0,
      hash: 'h',
      prevHash: null,
      prevValidUntil: null,
    });
  const m = new Map(keys.map((k) => [k.id, k]));
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
  return { leaf: keys.at(-1)!, view: { key: (id: string) => m.get(id), tenant: () => tenant, team: () => undefined } };
}
for (const depth of [1, 2, 6]) {
  const { leaf, view } = chain(depth);
  const N = 200_000;
  for (let i = 0; i < 20000; i++) {
    ancestorRefusal(view.key, leaf, 1);
    checkModel(view, leaf, 'gpt-4o');
    scopesFor(view, leaf, null, 1);
    inheritedGuardSets(view.key, leaf);
  }
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    ancestorRefusal(view.key, leaf, 1);
    checkModel(view, leaf, 'gpt-4o');
    scopesFor(view, leaf, null, 1);
    inheritedGuardSets(view.key, leaf);
  }
  console.log(
    `depth ${depth}: ${(((performance.now() - t0) * 1000) / N).toFixed(2)} µs per request (identity + models + scopes + guard sets)`,
  );
}
