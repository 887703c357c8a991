// Maps an upstream model id to the price-table keys to try, most specific first.

// Dated snapshots: OpenAI "-2024-08-06", Anthropic "-20241022", Vertex "@20241022"; plus moving "-latest" aliases.
const SNAPSHOT_SUFFIX = /(?:[-@](?:\d{4}-\d{2}-\d{2}|\d{8})|-latest)$/;

/**
 * Keys to look up for `model`, lower-cased: the id itself, then without a "vendor/" prefix, then without a
 * snapshot suffix. Exact ids come first so a snapshot with its own price (gpt-4o-2024-05-13) keeps it.
 */
export function candidateKeys(model: string): string[] {
  const exact = model.trim().toLowerCase();
  const keys = [exact];
  const slash = exact.lastIndexOf('/');
  const bare = slash >= 0 ? exact.slice(slash + 1) : exact;
  if (bare !== exact && bare.length > 0) keys.push(bare);
  const stripped = bare.replace(SNAPSHOT_SUFFIX, '');
  if (stripped !== bare && stripped.length > 0) keys.push(stripped);
  return keys;
}
