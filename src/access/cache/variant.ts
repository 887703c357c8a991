// What, besides the request, changes the answer a caller may see: the guard sets in effect (their names, order and
// definitions — so a changed definition is a new version with its own entries, also across nodes sharing Redis),
// which carry redaction modes and output guards. Requests whose variants differ never share a cache entry.
import { createHash } from 'node:crypto';
import { canonicalize } from '../../governance/canonical-json.ts';

/** Returns the variant of a list of guard set names ('' for none), memoised per list. */
export function guardSetVariant(definitions: Readonly<Record<string, unknown>>): (names: readonly string[]) => string {
  const memo = new Map<string, string>();
  return (names) => {
    if (names.length === 0) return '';
    const id = names.join('\u0000');
    let v = memo.get(id);
    if (v === undefined) {
      const described = names.map((n) => [n, definitions[n] ?? null]);
      v = `g:${createHash('sha256').update(canonicalize(described)).digest('base64url').slice(0, 22)}`;
      if (memo.size < 10_000) memo.set(id, v);
    }
    return v;
  };
}
