// `console:` in lintel.yaml: the web console's sessions and optional OpenID Connect single sign-on.
import { z } from 'zod';

// A developer signs in with a developer key of its own (src/access/admin/sso-keys.ts), created at first sign-in.
const roleSchema = z.enum(['admin', 'operator', 'auditor', 'developer']);

const oidcSchema = z
  .object({
    /** Issuer URL; its /.well-known/openid-configuration is read at start. */
    issuer: z.string().url(),
    client_id: z.string().min(1),
    /** Omit for a public client (PKCE alone). */
    client_secret: z.string().optional(),
    /** The console's callback as registered at the provider, e.g. https://lintel.example.com/console/oidc/callback. */
    redirect_uri: z.string().url(),
    scopes: z.array(z.string()).default(['openid', 'email', 'profile']),
    /** ID-token claim naming the user's tenant; absent or empty = a global user (only for role admin/operator/auditor). */
    tenant_claim: z.string().default('lintel_tenant'),
    /** ID-token claim holding a role name or a list of group names, mapped through role_map. */
    role_claim: z.string().default('groups'),
    /** Claim value → Lintel role; the first match in the claim's order wins. */
    role_map: z.record(z.string(), roleSchema).default({}),
    /** Role when no claim value maps; omit to refuse such users. */
    default_role: roleSchema.optional(),
    /** Label on the sign-in button. */
    label: z.string().default('Single sign-on'),
  })
  .strict();

export const consoleConfigSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Session lifetime; sign-in again afterwards. */
    session_ttl_minutes: z
      .number()
      .int()
      .min(5)
      .max(60 * 24 * 7)
      .default(720),
    oidc: oidcSchema.optional(),
  })
  .strict();

export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;
export type OidcConfig = z.infer<typeof oidcSchema>;
