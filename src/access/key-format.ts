// API key material: `lk-` + 32 random bytes (base64url), stored only as a SHA-256 hash plus a visible prefix.
import { createHash, randomBytes } from 'node:crypto';

export const KEY_PREFIX = 'lk-';
/** Characters of the key kept in clear for display: `lk-` + 8 random characters. */
const VISIBLE = KEY_PREFIX.length + 8;

export interface NewSecret {
  /** The full key, shown once to the caller and never stored. */
  key: string;
  hash: string;
  prefix: string;
}

export function newSecret(): NewSecret {
  const key = KEY_PREFIX + randomBytes(32).toString('base64url');
  return { key, hash: hashKey(key), prefix: key.slice(0, VISIBLE) };
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Opaque ids for keys and credentials: a kind prefix and 12 random bytes. */
export function newId(kind: 'key' | 'cred'): string {
  return `${kind}_${randomBytes(12).toString('base64url')}`;
}
