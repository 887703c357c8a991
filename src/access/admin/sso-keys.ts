// The key an SSO developer calls with. The gateway admits callers by key (limits, budgets and models hang
// off the key, its team and its tenant), so a user whose claims map to the developer role gets one real
// developer key of their own — named `sso:<user>`, in the tenant of their claim — and each sign-in rotates
// its secret into the new session (sealed there, never shown). The id stays, so the keys the user created
// and its usage stay theirs across sessions; the previous secret stays valid for `overlapSeconds` so an
// earlier session of the same user keeps working until it expires. Revoking the key ends its sessions.
import type { AdminPrincipal } from '../types.ts';
import { createKey, rotateKey } from './keys-service.ts';
import type { AdminDeps } from './tenants-service.ts';

/** Acts for the console's sign-in, not for a person: the key it creates or rotates is the user's own. */
const SIGN_IN: AdminPrincipal = { role: 'admin', tenant: null, team: null, keyId: 'console-sso', global: true };

export async function ssoDeveloperKey(
  deps: AdminDeps,
  subject: string,
  tenant: string | null,
  overlapSeconds: number,
): Promise<{ id: string; key: string }> {
  await deps.directory.sync();
  const mine = deps.directory
    .listKeys()
    .find(
      (k) =>
        k.metadata.sso_subject === subject && k.tenant === tenant && k.role === 'developer' && k.revokedAt === null,
    );
  const { record, key } = mine
    ? await rotateKey(deps, SIGN_IN, mine.id, { overlap_seconds: overlapSeconds })
    : await createKey(deps, SIGN_IN, {
        name: `sso:${subject}`,
        tenant,
        role: 'developer',
        metadata: { sso_subject: subject },
      });
  return { id: record.id, key };
}
