// The signed-in caller (role, tenant, CSRF token) and what that role may do — mirroring the admin API's own
// checks so the UI hides what would be refused (the API still decides; its refusals are shown as they come).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRaw, errorOf, setCsrfToken } from './api.ts';

export type Role = 'admin' | 'operator' | 'auditor' | 'developer';

export interface SessionInfo {
  signed_in: true;
  kind: 'key' | 'oidc';
  subject: string;
  role: Role;
  tenant: string | null;
  team: string | null;
  key_id: string | null;
  global: boolean;
  /** The session holds a key (a key session or an SSO developer), so it may call the gateway. */
  gateway: boolean;
  csrf_token: string;
  expires_at: string;
  sso: { enabled: boolean; label: string };
}

export interface SignedOut {
  signed_in: false;
  sso: { enabled: boolean; label: string };
}

export async function fetchSession(): Promise<SessionInfo | SignedOut> {
  const res = await apiRaw('/console/api/session');
  if (res.status === 401) return (await res.json()) as SignedOut;
  if (!res.ok) throw await errorOf(res);
  const s = (await res.json()) as SessionInfo;
  setCsrfToken(s.csrf_token);
  return s;
}

export function useSession() {
  return useQuery({ queryKey: ['session'], queryFn: fetchSession, staleTime: 60_000 });
}

export function useSignOut() {
  const qc = useQueryClient();
  return async () => {
    await api('/console/api/session', { method: 'DELETE' }).catch(() => undefined);
    setCsrfToken(null);
    // Drop every cached answer of the old session, then learn the signed-out state from the server.
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    await qc.refetchQueries({ queryKey: ['session'] });
    window.location.hash = '#/';
  };
}

export type Capability = 'read_logs' | 'read_config' | 'operate' | 'admin' | 'manage_keys' | 'audit' | 'gateway';

const ROLES: Record<Capability, Role[]> = {
  read_logs: ['admin', 'auditor', 'developer'],
  read_config: ['admin', 'operator', 'auditor'],
  operate: ['admin', 'operator'],
  admin: ['admin'],
  manage_keys: ['admin', 'developer'],
  audit: ['admin', 'auditor'],
  gateway: ['admin', 'operator', 'auditor', 'developer'],
};

export function can(s: SessionInfo, cap: Capability): boolean {
  if (cap === 'gateway' && !s.gateway) return false; // SSO admins/operators/auditors hold no key to call with
  return ROLES[cap].includes(s.role);
}
