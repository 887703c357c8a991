// A key created by another key is bounded by its whole ancestry: every ancestor's model allow-list, limits,
// budget and guard sets apply, and a revoked or expired ancestor disables every key below it. Pure functions over
// a key lookup, so the gateway (Directory) and the property test share one definition.
import type { KeyRecord } from './types.ts';

export type KeyLookup = (id: string) => KeyRecord | undefined;

/** Chains longer than this are cut (a cycle would need a direct database edit; it must not hang a request). */
export const MAX_ANCESTRY = 32;

/** The keys that created `key`, nearest first (its owner, the owner's owner, …); a missing owner ends the chain. */
export function ancestorsOf(lookup: KeyLookup, key: KeyRecord): KeyRecord[] {
  const out: KeyRecord[] = [];
  const seen = new Set<string>([key.id]);
  let next = key.ownerKeyId;
  while (next !== null && out.length < MAX_ANCESTRY && !seen.has(next)) {
    const k = lookup(next);
    if (!k) break;
    seen.add(k.id);
    out.push(k);
    next = k.ownerKeyId;
  }
  return out;
}

/** Why `key` cannot be used at `now` because of an ancestor, or null when every ancestor is live. */
export function ancestorRefusal(lookup: KeyLookup, key: KeyRecord, now: number): string | null {
  for (const a of ancestorsOf(lookup, key)) {
    if (a.revokedAt !== null && a.revokedAt <= now) {
      return `This API key was created by key "${a.name}" (${a.id}), which has been revoked.`;
    }
    if (a.expiresAt !== null && a.expiresAt <= now) {
      return `This API key was created by key "${a.name}" (${a.id}), which expired at ${new Date(a.expiresAt).toISOString()}.`;
    }
  }
  return null;
}

/** Guard set names from `guardrails` metadata ("strict,topics"), in order, without blanks. */
export function guardSetNames(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** The guard sets a key carries: its own plus every ancestor's (root first), each once. */
export function inheritedGuardSets(lookup: KeyLookup, key: KeyRecord): string[] {
  const chain = [...ancestorsOf(lookup, key)].reverse();
  chain.push(key);
  const names = new Set<string>();
  for (const k of chain) for (const n of guardSetNames(k.metadata.guardrails)) names.add(n);
  return [...names];
}
