// `lintel keys …` and `lintel tenants …`: thin clients of the admin API of a running node (any node: they share
// one database). Connection: --url / LINTEL_URL (default http://127.0.0.1:4000), --admin-key / LINTEL_ADMIN_KEY
// (else LINTEL_MASTER_KEY). Output is the API's JSON; a refused call prints its message and exits 1.
import { type Command, Option } from 'commander';
import { request } from 'undici';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  exit(code: number): void;
}

const defaultIo: CliIo = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  exit: (c) => {
    process.exitCode = c;
  },
};

type Opts = Record<string, string | undefined>;

function connection(cmd: Command): { url: string; key: string } {
  const o = cmd.optsWithGlobals() as Opts;
  const key = o.adminKey ?? process.env.LINTEL_ADMIN_KEY ?? process.env.LINTEL_MASTER_KEY;
  if (!key) throw new Error('no admin key: pass --admin-key or set LINTEL_ADMIN_KEY (or LINTEL_MASTER_KEY)');
  return { url: (o.url ?? process.env.LINTEL_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, ''), key };
}

/** Numbers as numbers; anything else is sent as typed so the server names the bad field. */
function num(v: string | undefined): number | string | null | undefined {
  if (v === undefined) return undefined;
  if (v === 'none' || v === 'null') return null;
  const n = Number(v);
  return Number.isFinite(n) && v.trim() !== '' ? n : v;
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> | undefined {
  const out = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return Object.keys(out).length ? out : undefined;
}

/** The limits/budget/models/metadata part shared by keys, tenants and teams. */
function policyBody(o: Opts): Record<string, unknown> {
  const budget =
    o.budgetUsd === 'none'
      ? null
      : o.budgetUsd !== undefined || o.budgetPeriod !== undefined
        ? { usd: num(o.budgetUsd), period: o.budgetPeriod ?? 'month' }
        : undefined;
  const metadata = o.metadata
    ? Object.fromEntries(
        o.metadata.split(',').map((p) => {
          const i = p.indexOf('=');
          return i < 0 ? [p, ''] : [p.slice(0, i), p.slice(i + 1)];
        }),
      )
    : undefined;
  return {
    models: o.models === undefined ? undefined : o.models === 'any' ? null : o.models.split(',').map((m) => m.trim()),
    limits: dropUndefined({ rpm: num(o.rpm), tpm: num(o.tpm), concurrency: num(o.concurrency) }),
    budget,
    metadata,
  };
}

function withPolicyOptions(cmd: Command): Command {
  return cmd
    .option('--models <globs>', 'allowed models, comma-separated globs ("any" = no restriction)')
    .option('--rpm <n>', 'requests per minute ("none" clears)')
    .option('--tpm <n>', 'tokens per minute ("none" clears)')
    .option('--concurrency <n>', 'requests in flight ("none" clears)')
    .option('--budget-usd <usd>', 'budget in USD ("none" clears)')
    .addOption(new Option('--budget-period <period>', 'budget period').choices(['day', 'week', 'month', 'total']))
    .option('--metadata <k=v,…>', 'metadata pairs');
}

export function registerAccessCommands(program: Command, io: CliIo = defaultIo): void {
  const run =
    (
      fn: (cmd: Command, ...args: string[]) => Promise<{ method: string; path: string; body?: unknown; note?: string }>,
    ) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const positional = args.slice(0, -2) as string[];
      try {
        const { url, key } = connection(cmd);
        const call = await fn(cmd, ...positional);
        const res = await request(`${url}${call.path}`, {
          method: call.method as 'GET',
          headers: { authorization: `Bearer ${key}`, ...(call.body ? { 'content-type': 'application/json' } : {}) },
          body: call.body ? JSON.stringify(call.body) : undefined,
        });
        const text = await res.body.text();
        if (res.statusCode >= 300) {
          let message = text;
          try {
            message = JSON.parse(text).error.message;
          } catch {
            /* not JSON: print as is */
          }
          io.err(`error (${res.statusCode}): ${message}`);
          return io.exit(1);
        }
        io.out(JSON.stringify(JSON.parse(text), null, 2));
        if (call.note) io.err(call.note);
      } catch (err) {
        io.err(`error: ${(err as Error).message}`);
        io.exit(1);
      }
    };
  const conn = (c: Command) =>
    c
      .option('--url <url>', 'Lintel base URL (env LINTEL_URL, default http://127.0.0.1:4000)')
      .option('--admin-key <key>', 'admin key (env LINTEL_ADMIN_KEY or LINTEL_MASTER_KEY)');

  const keys = conn(program.command('keys').description('Manage API keys through the admin API of a running node.'));
  withPolicyOptions(
    keys
      .command('create')
      .description('Create a key; prints it once')
      .requiredOption('--name <name>', 'key name (unique among the tenant’s live keys)')
      .option('--tenant <tenant>', 'tenant')
      .option('--team <team>', 'team within the tenant')
      .addOption(new Option('--role <role>', 'role').choices(['admin', 'operator', 'auditor', 'developer']))
      .option('--expires-at <iso>', 'expiry, e.g. 2030-01-31T00:00:00Z'),
  ).action(
    run(async (cmd) => {
      const o = cmd.opts() as Opts;
      const body = {
        name: o.name,
        tenant: o.tenant,
        team: o.team,
        role: o.role,
        expires_at: o.expiresAt,
        ...policyBody(o),
      };
      return { method: 'POST', path: '/admin/keys', body, note: 'Store the key now: it is not shown again.' };
    }),
  );
  keys
    .command('list')
    .description('List keys')
    .option('--tenant <tenant>')
    .option('--team <team>')
    .option('--status <status>', 'active, revoked or expired')
    .action(
      run(async (cmd) => {
        const q = new URLSearchParams(dropUndefined(cmd.opts()) as Record<string, string>).toString();
        return { method: 'GET', path: `/admin/keys${q ? `?${q}` : ''}` };
      }),
    );
  keys
    .command('get <id>')
    .description('Show a key and its current spend')
    .action(run(async (_c, id) => ({ method: 'GET', path: `/admin/keys/${encodeURIComponent(id)}` })));
  withPolicyOptions(
    keys
      .command('update <id>')
      .description('Change a key (omitted options keep their value)')
      .option('--name <name>')
      .option('--team <team>')
      .addOption(new Option('--role <role>').choices(['admin', 'operator', 'auditor', 'developer']))
      .option('--expires-at <iso>', 'expiry ("none" clears)'),
  ).action(
    run(async (cmd, id) => {
      const o = cmd.opts() as Opts;
      const expires = o.expiresAt === 'none' ? null : o.expiresAt;
      const body = { name: o.name, team: o.team, role: o.role, expires_at: expires, ...policyBody(o) };
      return { method: 'PATCH', path: `/admin/keys/${encodeURIComponent(id)}`, body: dropUndefined(body) ?? {} };
    }),
  );
  keys
    .command('revoke <id>')
    .description('Revoke a key (every node refuses it within a second)')
    .action(run(async (_c, id) => ({ method: 'POST', path: `/admin/keys/${encodeURIComponent(id)}/revoke` })));
  keys
    .command('rotate <id>')
    .description('Issue a new secret; the old one works for the overlap window')
    .option('--overlap-seconds <n>', 'how long the old secret keeps working (default 3600)')
    .action(
      run(async (cmd, id) => ({
        method: 'POST',
        path: `/admin/keys/${encodeURIComponent(id)}/rotate`,
        body: dropUndefined({ overlap_seconds: num((cmd.opts() as Opts).overlapSeconds) }) ?? {},
        note: 'Store the new key now: it is not shown again.',
      })),
    );

  const tenants = conn(program.command('tenants').description('Manage tenants and teams through the admin API.'));
  withPolicyOptions(tenants.command('create <name>').description('Create a tenant')).action(
    run(async (cmd, name) => ({ method: 'POST', path: '/admin/tenants', body: { name, ...policyBody(cmd.opts()) } })),
  );
  tenants.command('list').action(run(async () => ({ method: 'GET', path: '/admin/tenants' })));
  tenants
    .command('get <name>')
    .action(run(async (_c, name) => ({ method: 'GET', path: `/admin/tenants/${encodeURIComponent(name)}` })));
  withPolicyOptions(tenants.command('update <name>').description('Change a tenant')).action(
    run(async (cmd, name) => ({
      method: 'PATCH',
      path: `/admin/tenants/${encodeURIComponent(name)}`,
      body: dropUndefined(policyBody(cmd.opts())) ?? {},
    })),
  );
  withPolicyOptions(tenants.command('add-team <tenant> <name>').description('Create a team in a tenant')).action(
    run(async (cmd, tenant, name) => ({
      method: 'POST',
      path: `/admin/tenants/${encodeURIComponent(tenant)}/teams`,
      body: { name, ...policyBody(cmd.opts()) },
    })),
  );
  tenants
    .command('teams <tenant>')
    .description('List a tenant’s teams')
    .action(run(async (_c, tenant) => ({ method: 'GET', path: `/admin/tenants/${encodeURIComponent(tenant)}/teams` })));
  withPolicyOptions(tenants.command('update-team <tenant> <name>').description('Change a team')).action(
    run(async (cmd, tenant, name) => ({
      method: 'PATCH',
      path: `/admin/tenants/${encodeURIComponent(tenant)}/teams/${encodeURIComponent(name)}`,
      body: dropUndefined(policyBody(cmd.opts())) ?? {},
    })),
  );
}
