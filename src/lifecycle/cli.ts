// `lintel models …`, `lintel datasets …`, `lintel eval …`, `lintel deploy …`: thin clients of the lifecycle admin API
// of a running node. Connection: --url / LINTEL_URL, --admin-key / LINTEL_ADMIN_KEY (else LINTEL_MASTER_KEY).
// `eval run --wait` shows progress: a bar on a terminal, JSON lines otherwise.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { request } from 'undici';

export interface LifecycleCliIo {
  out(text: string): void;
  err(text: string): void;
  exit(code: number): void;
  /** Progress on a terminal (carriage-return bar) or JSON lines. */
  isTty: boolean;
  sleep(ms: number): Promise<void>;
}

const defaultIo: LifecycleCliIo = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  exit: (c) => {
    process.exitCode = c;
  },
  isTty: Boolean(process.stderr.isTTY),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

type Opts = Record<string, string | boolean | undefined>;
class CliError extends Error {}

function connection(cmd: Command): { url: string; key: string } {
  const o = cmd.optsWithGlobals() as Opts;
  const key = (o.adminKey as string) ?? process.env.LINTEL_ADMIN_KEY ?? process.env.LINTEL_MASTER_KEY;
  if (!key) throw new CliError('no admin key: pass --admin-key or set LINTEL_ADMIN_KEY (or LINTEL_MASTER_KEY)');
  return { url: ((o.url as string) ?? process.env.LINTEL_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, ''), key };
}

function jsonArg(v: string | undefined, what: string): unknown {
  if (v === undefined) return undefined;
  const text = v.startsWith('@') ? readFileSync(v.slice(1), 'utf8') : v;
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`${what} must be JSON (or @file.json)`);
  }
}

export function registerLifecycleCommands(program: Command, io: LifecycleCliIo = defaultIo): void {
  const call = async (
    cmd: Command,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; text: string; json: unknown }> => {
    const { url, key } = connection(cmd);
    const res = await request(`${url}${path}`, {
      method: method as 'GET',
      headers: {
        authorization: `Bearer ${key}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.body.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    if (res.statusCode >= 300) {
      const e = (json as { error?: { message?: string }; report?: unknown } | null) ?? {};
      if (e.report) io.out(JSON.stringify(e.report, null, 2));
      throw new CliError(`error (${res.statusCode}): ${e.error?.message ?? text}`);
    }
    return { status: res.statusCode, text, json };
  };
  const action =
    (fn: (cmd: Command, ...args: string[]) => Promise<unknown>) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      try {
        const out = await fn(cmd, ...(args.slice(0, -2) as string[]));
        if (out !== undefined) io.out(typeof out === 'string' ? out : JSON.stringify(out, null, 2));
      } catch (err) {
        io.err(err instanceof CliError ? err.message : `error: ${(err as Error).message}`);
        io.exit(1);
      }
    };
  const conn = (c: Command) =>
    c
      .option('--url <url>', 'Lintel base URL (env LINTEL_URL, default http://127.0.0.1:4000)')
      .option('--admin-key <key>', 'admin key (env LINTEL_ADMIN_KEY or LINTEL_MASTER_KEY)');
  const enc = encodeURIComponent;

  const models = conn(program.command('models').description('Model registry: models, versions, aliases, policies.'));
  models.command('list').action(action(async (c) => (await call(c, 'GET', '/admin/models')).json));
  models
    .command('show <name> [version]')
    .action(
      action(
        async (c, name, version) =>
          (
            await call(
              c,
              'GET',
              version ? `/admin/models/${enc(name)}/versions/${enc(version)}` : `/admin/models/${enc(name)}`,
            )
          ).json,
      ),
    );
  models
    .command('create <name>')
    .option('--description <text>', 'description')
    .option('--owner <owner>', 'owner')
    .action(
      action(async (c, name) => {
        const o = c.opts() as Opts;
        return (await call(c, 'POST', '/admin/models', { name, description: o.description, owner: o.owner })).json;
      }),
    );
  models
    .command('add-version <name>')
    .description('Register the next version of an upstream model')
    .requiredOption('--provider <provider>', 'provider from lintel.yaml')
    .requiredOption('--model <model>', 'upstream model id')
    .option('--system-prompt <text>', 'system prompt')
    .option('--template <text>', 'user message template for datasets of vars ({{name}})')
    .option('--params <json>', 'default parameters, JSON')
    .option('--card <json>', 'model card, JSON or @file')
    .action(
      action(async (c, name) => {
        const o = c.opts() as Opts;
        const spec = {
          kind: 'upstream',
          provider: o.provider,
          model: o.model,
          system_prompt: o.systemPrompt,
          template: o.template,
          params: jsonArg(o.params as string | undefined, '--params'),
        };
        const body = { spec, card: jsonArg(o.card as string | undefined, '--card') };
        return (await call(c, 'POST', `/admin/models/${enc(name)}/versions`, body)).json;
      }),
    );
  models
    .command('alias <name> <alias> <target>')
    .description('Move an alias to a version number or another alias (gated when the policy guards it)')
    .option('--override <reason>', 'admin: move despite a failed gate, with this reason')
    .action(
      action(async (c, name, alias, target) => {
        const o = c.opts() as Opts;
        const body = /^\d+$/.test(target) ? { version: Number(target) } : { follows: target.replace(/^@/, '') };
        return (
          await call(c, 'PUT', `/admin/models/${enc(name)}/aliases/${enc(alias)}`, {
            ...body,
            override_reason: o.override,
          })
        ).json;
      }),
    );
  models
    .command('policy <name> <json>')
    .description('Set the promotion policy (JSON or @file; "null" removes it)')
    .action(
      action(
        async (c, name, json) =>
          (await call(c, 'PUT', `/admin/models/${enc(name)}/policy`, { policy: jsonArg(json, 'policy') })).json,
      ),
    );

  const datasets = conn(program.command('datasets').description('Evaluation datasets (JSONL).'));
  datasets
    .command('upload <name> <file>')
    .option('--description <text>', 'description')
    .action(
      action(async (c, name, file) => {
        const o = c.opts() as Opts;
        return (
          await call(c, 'POST', '/admin/datasets', {
            name,
            description: o.description,
            jsonl: readFileSync(file, 'utf8'),
          })
        ).json;
      }),
    );
  datasets.command('list').action(action(async (c) => (await call(c, 'GET', '/admin/datasets')).json));

  const evalCmd = conn(program.command('eval').description('Evaluation runs: run, show, compare, export.'));
  evalCmd
    .command('run <model> <version> <dataset>')
    .requiredOption('--scorers <json>', 'scorer specs, JSON array or @file (e.g. [{"type":"contains"}])')
    .option('--concurrency <n>', 'items in flight', '4')
    .option('--reuse', 'reuse a matching finished run')
    .option('--wait', 'wait for the result, showing progress')
    .action(
      action(async (c, model, version, dataset) => {
        const o = c.opts() as Opts;
        const started = (
          await call(c, 'POST', '/admin/evals', {
            model,
            version: Number(version),
            dataset,
            scorers: jsonArg(o.scorers as string, '--scorers'),
            concurrency: Number(o.concurrency),
            reuse: o.reuse === true,
          })
        ).json as { id: string };
        if (!o.wait) return started;
        for (;;) {
          const run = (await call(c, 'GET', `/admin/evals/${enc(started.id)}`)).json as Record<string, unknown>;
          const done = Number(run.done);
          const total = Number(run.total);
          const cost = Number(run.cost_so_far_usd);
          if (io.isTty) {
            const w = 30;
            const filled = Math.round((done / Math.max(1, total)) * w);
            io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(w - filled)}] ${done}/${total} $${cost.toFixed(4)}`);
          } else {
            io.err(JSON.stringify({ run: started.id, status: run.status, done, total, cost_usd: cost }));
          }
          if (run.status === 'completed' || run.status === 'failed' || run.status === 'cancelled') return run;
          await io.sleep(500);
        }
      }),
    );
  evalCmd
    .command('show <run>')
    .action(action(async (c, run) => (await call(c, 'GET', `/admin/evals/${enc(run)}`)).json));
  evalCmd
    .command('compare <runA> <runB>')
    .description('Paired comparison (B − A) on the same dataset')
    .action(
      action(async (c, a, b) => {
        const r = (await call(c, 'GET', `/admin/evals/compare?a=${enc(a)}&b=${enc(b)}`)).json as {
          a: unknown;
          b: unknown;
          dataset: string;
          difference: Record<string, unknown>;
        };
        const d = r.difference;
        return {
          a: r.a,
          b: r.b,
          dataset: r.dataset,
          difference: { mean: d.mean, ci95: d.ci95, wins: d.wins, ties: d.ties, losses: d.losses, n: d.n },
        };
      }),
    );
  evalCmd
    .command('export <run>')
    .option('--format <format>', 'json | csv', 'json')
    .action(
      action(
        async (c, run) =>
          (await call(c, 'GET', `/admin/evals/${enc(run)}/results?format=${enc(String((c.opts() as Opts).format))}`))
            .text,
      ),
    );

  const deploy = conn(
    program.command('deploy').description('Deployments on registry routes: canary, A/B, shadow, progressive.'),
  );
  deploy
    .command('start <route> <candidate>')
    .requiredOption('--strategy <strategy>', 'canary | ab | shadow | progressive')
    .option('--weight <w>', 'canary/ab share 0..1')
    .option('--sticky <by>', 'none | key | end_user', 'none')
    .option('--steps <list>', 'progressive weights, e.g. 0.01,0.05,0.25,0.5,1')
    .option('--bake-ms <ms>', 'progressive bake time per step')
    .option('--sample-rate <r>', 'shadow share 0..1')
    .option('--analysis-interval-ms <ms>', 'progressive: how often the analysis job runs (default 2000)')
    .option('--analysis <json>', 'progressive analysis bounds, JSON or @file (min_requests, quality, …)')
    .action(
      action(async (c, route, candidate) => {
        const o = c.opts() as Opts;
        const num = (v: unknown) => (v === undefined ? undefined : Number(v));
        const body = {
          route,
          candidate: Number(candidate),
          strategy: o.strategy,
          weight: num(o.weight),
          sticky: o.sticky,
          steps: typeof o.steps === 'string' ? o.steps.split(',').map(Number) : undefined,
          bake_ms: num(o.bakeMs),
          sample_rate: num(o.sampleRate),
          analysis_interval_ms: num(o.analysisIntervalMs),
          analysis: jsonArg(o.analysis as string | undefined, '--analysis'),
        };
        return (await call(c, 'POST', '/admin/deployments', body)).json;
      }),
    );
  deploy
    .command('status <id>')
    .action(action(async (c, id) => (await call(c, 'GET', `/admin/deployments/${enc(id)}`)).json));
  deploy
    .command('promote <id>')
    .option('--override <reason>', 'admin: promote although the gate refuses (audited with the reason)')
    .action(
      action(
        async (c, id) =>
          (
            await call(c, 'POST', `/admin/deployments/${enc(id)}/promote`, {
              override_reason: (c.opts() as Opts).override,
            })
          ).json,
      ),
    );
  deploy
    .command('rollback <id>')
    .requiredOption('--reason <text>', 'why')
    .action(
      action(
        async (c, id) =>
          (await call(c, 'POST', `/admin/deployments/${enc(id)}/rollback`, { reason: (c.opts() as Opts).reason })).json,
      ),
    );
}
