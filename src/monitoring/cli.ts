// `lintel monitor …`: a thin client of a running node's monitoring admin API. Connection: --url / LINTEL_URL
// (default http://127.0.0.1:4000), --admin-key / LINTEL_ADMIN_KEY (else LINTEL_MASTER_KEY). Definitions are
// JSON or YAML files; output is the API's JSON (rules export: YAML); a refused call prints its message, exit 1.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { request } from 'undici';
import { parse as parseYaml } from 'yaml';

type Opts = Record<string, string | undefined>;

async function api(cmd: Command, method: string, path: string, body?: unknown): Promise<unknown> {
  const o = cmd.optsWithGlobals() as Opts;
  const key = o.adminKey ?? process.env.LINTEL_ADMIN_KEY ?? process.env.LINTEL_MASTER_KEY;
  if (!key) throw new Error('no admin key: pass --admin-key or set LINTEL_ADMIN_KEY (or LINTEL_MASTER_KEY)');
  const url = (o.url ?? process.env.LINTEL_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
  const res = await request(`${url}${path}`, {
    method: method as 'GET',
    headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.body.text();
  if (res.statusCode >= 400) {
    let msg = text;
    try {
      const e = JSON.parse(text).error;
      msg = `${e.message}${e.param ? ` (${e.param})` : ''}`;
    } catch {
      // not JSON
    }
    throw new Error(`${res.statusCode}: ${msg}`);
  }
  if (!text) return null;
  return (res.headers['content-type'] as string | undefined)?.includes('json') ? JSON.parse(text) : text;
}

function run(fn: (cmd: Command, ...args: string[]) => Promise<unknown>) {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    try {
      const out = await fn(cmd, ...(args.slice(0, -2) as string[]));
      if (out !== null && out !== undefined) console.log(typeof out === 'string' ? out : JSON.stringify(out, null, 2));
    } catch (err) {
      console.error((err as Error).message);
      process.exitCode = 1;
    }
  };
}

const readSpec = (file: string) => {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
};

const KINDS: Record<string, string> = {
  monitor: '/admin/monitors',
  slo: '/admin/slos',
  receiver: '/admin/alerts/receivers',
  silence: '/admin/alerts/silences',
  'online-eval': '/admin/monitors/online-evals',
};

export function registerMonitorCommands(program: Command): void {
  const m = program
    .command('monitor')
    .description('model-performance monitoring: signals, drift, monitors, SLOs, alerts, feedback')
    .option('--url <url>', 'node URL (LINTEL_URL)')
    .option('--admin-key <key>', 'admin key (LINTEL_ADMIN_KEY)');
  m.command('signals')
    .description('signals per window and dimension')
    .option('--minutes <n>', 'window length', '60')
    .option('--route <route>')
    .option('--model <model>')
    .option('--arm <arm>')
    .option('--tenant <tenant>')
    .option('--group-by <dims>', 'comma-separated: route, model, arm, tenant')
    .action(
      run((cmd) => {
        const o = cmd.opts() as Opts;
        const q = new URLSearchParams();
        for (const k of ['minutes', 'route', 'model', 'arm', 'tenant'] as const) if (o[k]) q.set(k, o[k] as string);
        if (o.groupBy) q.set('group_by', o.groupBy);
        return api(cmd, 'GET', `/admin/monitors/signals?${q}`);
      }),
    );
  m.command('list')
    .description('monitors and their alert states')
    .action(run((cmd) => api(cmd, 'GET', '/admin/monitors')));
  m.command('status <name>')
    .description("one monitor's alert instances now, with the statistics behind them")
    .action(run((cmd, name) => api(cmd, 'GET', `/admin/monitors/${encodeURIComponent(name)}/status`)));
  m.command('apply <kind> <file>')
    .description(`create or replace a definition from a JSON/YAML file; kind: ${Object.keys(KINDS).join(' | ')}`)
    .action(
      run((cmd, kind, file) => {
        const base = KINDS[kind];
        if (!base) throw new Error(`unknown kind "${kind}"; use ${Object.keys(KINDS).join(', ')}`);
        const spec = readSpec(file) as { name?: string };
        if (!spec?.name) throw new Error('the definition needs a name');
        return api(cmd, 'PUT', `${base}/${encodeURIComponent(spec.name)}`, spec);
      }),
    );
  m.command('delete <kind> <name>')
    .description('delete a definition')
    .action(
      run((cmd, kind, name) => {
        const base = KINDS[kind];
        if (!base) throw new Error(`unknown kind "${kind}"`);
        return api(cmd, 'DELETE', `${base}/${encodeURIComponent(name)}`).then(() => `deleted ${kind} ${name}`);
      }),
    );
  m.command('drift')
    .description('drift report: the last --minutes against the --reference-minutes before them')
    .option('--minutes <n>', 'current window', '60')
    .option('--reference-minutes <n>', 'reference window just before it', '1440')
    .option('--dataset <name>', 'compare against a stored reference dataset instead')
    .option('--route <route>')
    .option('--model <model>')
    .option('--arm <arm>')
    .action(
      run((cmd) => {
        const o = cmd.opts() as Opts;
        const now = Date.now();
        const from = now - Number(o.minutes) * 60_000;
        const filter = Object.fromEntries(['route', 'model', 'arm'].filter((k) => o[k]).map((k) => [k, o[k]]));
        return api(cmd, 'POST', '/admin/monitors/drift', {
          filter,
          current: { from, to: now },
          reference: o.dataset
            ? { dataset: o.dataset }
            : { from: from - Number(o.referenceMinutes) * 60_000, to: from },
        });
      }),
    );
  m.command('evaluate')
    .description('run an evaluation pass now')
    .action(run((cmd) => api(cmd, 'POST', '/admin/monitors/evaluate')));
  m.command('compact')
    .description('queue the rollup compaction and retention job now (it also runs hourly)')
    .action(run((cmd) => api(cmd, 'POST', '/admin/monitors/compact')));
  m.command('ticks')
    .description('the last evaluation ticks and the node that evaluated each')
    .action(run((cmd) => api(cmd, 'GET', '/admin/monitors/ticks')));
  m.command('alerts')
    .description('alerts')
    .option('--state <state>', 'pending | firing | resolved | inactive')
    .action(
      run((cmd) =>
        api(cmd, 'GET', `/admin/alerts${(cmd.opts() as Opts).state ? `?state=${(cmd.opts() as Opts).state}` : ''}`),
      ),
    );
  m.command('slos')
    .description('SLOs with error budget and burn rates')
    .action(run((cmd) => api(cmd, 'GET', '/admin/slos')));
  m.command('feedback')
    .description('feedback and judge scores')
    .option('--request <id>')
    .option('--name <name>')
    .option('--route <route>')
    .action(
      run((cmd) => {
        const o = cmd.opts() as Opts;
        const q = new URLSearchParams();
        if (o.request) q.set('request_id', o.request);
        if (o.name) q.set('name', o.name);
        if (o.route) q.set('route', o.route);
        return api(cmd, 'GET', `/admin/feedback?${q}`);
      }),
    );
  m.command('rules')
    .description('equivalent Prometheus alerting rules (YAML)')
    .action(run((cmd) => api(cmd, 'GET', '/admin/monitors/prometheus-rules')));
}
