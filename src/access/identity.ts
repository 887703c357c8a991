// Who is calling: the master key (a global admin) or a Lintel key looked up by hash in the in-memory directory.
// Revoked, expired and rotated-out keys (or keys below a revoked or expired creator) are refused here, so every
// path (gateway and admin API) agrees.
import { createHash, hash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { LintelError } from '../errors/lintel-error.ts';
import { presentedKey } from '../server/auth.ts';
import { ancestorRefusal } from './ancestry.ts';
import type { Directory } from './directory.ts';
import type { AdminPrincipal, KeyRecord } from './types.ts';

export type Identity = { kind: 'master' } | { kind: 'key'; key: KeyRecord };

export type IdentifyFn = (headers: IncomingHttpHeaders) => Identity;

export const MASTER_PRINCIPAL: AdminPrincipal = Object.freeze({
  role: 'admin',
  tenant: null,
  team: null,
  keyId: null,
  global: true,
});

/** `now` decides expiry and rotation overlaps (tests inject a clock instead of sleeping past them). */
export function createIdentify(directory: Directory, masterKey: string, now: () => number = Date.now): IdentifyFn {
  const master = createHash('sha256').update(masterKey).digest();
  return (headers) => {
    const presented = presentedKey(headers);
    if (presented === null) throw new LintelError('invalid_api_key');
    const digest = hash('sha256', presented, 'buffer'); // one-shot: no Hash object per request
    if (timingSafeEqual(digest, master)) return { kind: 'master' };
    const match = directory.findByHash(digest.toString('hex'));
    if (!match) throw new LintelError('invalid_api_key');
    const k = match.key;
    const at = now();
    if (k.revokedAt !== null && k.revokedAt <= at) {
      throw new LintelError('invalid_api_key', 'This API key has been revoked.');
    }
    if (k.expiresAt !== null && k.expiresAt <= at) {
      throw new LintelError('invalid_api_key', `This API key expired at ${new Date(k.expiresAt).toISOString()}.`);
    }
    if (match.previous && (k.prevValidUntil === null || k.prevValidUntil <= at)) {
      throw new LintelError('invalid_api_key', 'This API key was rotated and its overlap window has ended.');
    }
    // Revoking or expiring a key disables every key it created, and theirs, without touching their rows.
    if (k.ownerKeyId !== null) {
      const refusal = ancestorRefusal((id) => directory.key(id), k, at);
      if (refusal !== null) throw new LintelError('invalid_api_key', refusal);
    }
    return { kind: 'key', key: k };
  };
}

export function principalOfIdentity(id: Identity): AdminPrincipal {
  if (id.kind === 'master') return MASTER_PRINCIPAL;
  const k = id.key;
  return { role: k.role, tenant: k.tenant, team: k.team, keyId: k.id, global: k.tenant === null };
}
