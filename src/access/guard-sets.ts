// The guard sets a request runs under: the route's, then the tenant's and the calling key's `guardrails` metadata,
// where the key's include every key above it (children inherit their creator's guard sets and cannot drop them).
import type { RequestContext } from '../gateway/context.ts';
import { guardSetNames, inheritedGuardSets } from './ancestry.ts';
import type { HierarchyView } from './directory.ts';

export function effectiveGuardSets(
  dir: HierarchyView,
  known: { has(name: string): boolean },
  route: readonly string[] | undefined,
  ctx: Pick<RequestContext, 'principal'>,
): readonly string[] {
  const base = route ?? [];
  const { tenant, keyId } = ctx.principal;
  const key = keyId !== null ? dir.key(keyId) : undefined;
  const extra = [
    ...guardSetNames(tenant !== null ? dir.tenant(tenant)?.metadata.guardrails : undefined),
    ...(key ? inheritedGuardSets((id) => dir.key(id), key) : []),
  ];
  if (extra.length === 0) return base;
  const names = new Set(base);
  for (const n of extra) if (known.has(n)) names.add(n);
  return [...names];
}
