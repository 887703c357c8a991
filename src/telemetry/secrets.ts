// Secret masking for logs and error messages: key-based for structured data, pattern-based for free text.

export const CENSOR = '[REDACTED]';

// sk-… (OpenAI, incl. sk-proj-), sk-ant-… (Anthropic), lk-… (Lintel) keys not glued to a preceding word
// ("task-…", "bulk-…" stay), and bearer tokens.
const SECRET_TEXT = /(?<![A-Za-z0-9_])(sk-ant-|sk-|lk-)[A-Za-z0-9_-]{8,}|\bBearer\s+[A-Za-z0-9._~+/=-]+/gi;
const MAYBE_SECRET = /sk-|lk-|bearer/i;

/** Masks API keys and bearer tokens in free text, keeping the prefix so the kind of key stays visible. */
export function redactSecrets(text: string): string {
  if (!MAYBE_SECRET.test(text)) return text;
  return text.replace(SECRET_TEXT, (_match, prefix: string | undefined) =>
    prefix ? `${prefix}${CENSOR}` : `Bearer ${CENSOR}`,
  );
}

/** Object keys whose values are always masked, compared lower-cased, at any depth. */
export const SECRET_KEYS: ReadonlySet<string> = new Set([
  'apikey',
  'api_key',
  'api-key',
  'x-api-key',
  'secret',
  'client_secret',
  'clientsecret',
  'password',
  'passwd',
  'token',
  'access_token',
  'accesstoken',
  'refresh_token',
  'refreshtoken',
  'id_token',
  'private_key',
  'privatekey',
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
]);

const MAX_DEPTH = 8;

/**
 * Copy-on-write masking of secret keys in plain objects and arrays (class instances such as Errors or HTTP
 * requests are left to their serializers). Returns the input itself when nothing was masked.
 */
export function redactSecretKeys<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const masked = redactSecretKeys(item, depth + 1);
      if (masked !== item) {
        copy ??= value.slice();
        copy[i] = masked;
      }
    }
    return (copy ?? value) as T;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const source = value as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(source)) {
    const item = source[key];
    const masked =
      SECRET_KEYS.has(key.toLowerCase()) && item !== null && item !== undefined
        ? CENSOR
        : redactSecretKeys(item, depth + 1);
    if (masked !== item) {
      copy ??= { ...source };
      copy[key] = masked;
    }
  }
  return (copy ?? value) as T;
}
