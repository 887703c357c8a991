// `lintel retrieval …`: `eval` runs in-process on a BEIR-layout data set; the other commands are thin clients
// of a running node's API (--url / LINTEL_URL, --admin-key / LINTEL_ADMIN_KEY or LINTEL_MASTER_KEY).
import type { Command } from 'commander';
import { request } from 'undici';
import { type FusionChoice, tuneFusion } from './eval/fusion-tune.ts';
import { type EvalMode, parseModes, runServedErmProtocol, type ServedErmReport } from './eval/erm-served.ts';
import { runEval } from './eval/run.ts';

type Opts = Record<string, string | boolean | undefined>;

const fmt = (x: number) => x.toFixed(4);

async function call(cmd: Command, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
  const o = cmd.optsWithGlobals() as Opts;
  const key = (o.adminKey as string | undefined) ?? process.env.LINTEL_ADMIN_KEY ?? process.env.LINTEL_MASTER_KEY;
  if (!key) throw new Error('no key: pass --admin-key or set LINTEL_ADMIN_KEY (or LINTEL_MASTER_KEY)');
  const url = ((o.url as string | undefined) ?? process.env.LINTEL_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
  const tenant = o.tenant ? `${path.includes('?') ? '&' : '?'}tenant=${encodeURIComponent(o.tenant as string)}` : '';
  const res = await request(`${url}${path}${method === 'GET' || method === 'DELETE' ? tenant : ''}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.body.text();
  const json = text ? JSON.parse(text) : null;
  if (res.statusCode >= 400)
    throw Object.assign(
      new Error((json as { error?: { message?: string } })?.error?.message ?? `HTTP ${res.statusCode}`),
      { status: res.statusCode },
    );
  return json;
}

// biome-ignore lint/suspicious/noExplicitAny: commander passes positional arguments, options and the command
function run<A extends any[]>(fn: (...args: A) => Promise<unknown>) {
  return async (...args: A) => {
    try {
      const out = await fn(...args);
      if (out !== undefined) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exitCode = 1;
    }
  };
}

/** The judged data set both evaluation commands read, in BEIR's layout. */
function beirInputs(cmd: Command): Command {
  return cmd
    .requiredOption('--corpus <file>', 'corpus.jsonl')
    .requiredOption('--queries <file>', 'queries.jsonl')
    .requiredOption('--qrels <file>', 'qrels .tsv');
}

/** `eval --erm --modes …`: the ERM protocol through a running node (feedback, commit, live eval, rollback). */
async function servedErm(o: Opts, cmd: Command): Promise<ServedErmReport | undefined> {
  const splits = Number(o.splits);
  const evolve = Number(o.evolve);
  if (!o.erm) throw new Error('--modes runs the ERM protocol through a node: add --erm');
  if (!o.embedModel) throw new Error('--modes needs --embed-model (dense keys are learned through embeddings)');
  if (!Number.isInteger(splits) || splits < 1 || !(evolve > 0 && evolve < 1))
    throw new Error('--splits must be ≥ 1 and --evolve in (0, 1)');
  const modes: EvalMode[] = parseModes(o.modes as string);
  const erm: Record<string, number> = {};
  const setting = (flag: string, value: string | boolean | undefined, key: string) => {
    if (value === undefined) return;
    const x = Number(value);
    if (!(x >= 0)) throw new Error(`${flag} must be a number ≥ 0`);
    erm[key] = x;
  };
  setting('--dense-eta', o.denseEta, 'denseEta');
  setting('--dense-max-norm', o.denseMaxNorm, 'denseMaxNorm');
  const rep = await runServedErmProtocol((method, path, body) => call(cmd, method, path, body), {
    corpus: o.corpus as string,
    queries: o.queries as string,
    qrels: o.qrels as string,
    embedModel: o.embedModel as string,
    ...(o.dimensions ? { dimensions: Number(o.dimensions) } : {}),
    collection: o.collection as string,
    modes,
    splits,
    evolveFraction: evolve,
    seed: Number(o.seed),
    ...(Object.keys(erm).length ? { erm } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (o.json) return rep;
  const ms = (x: { mean: number; sd: number }) => `${fmt(x.mean)} ± ${fmt(x.sd)}`;
  const lines = [
    `ERM through the node: ${rep.queries} judged queries, ${rep.splits.length} splits, embeddings ${rep.embedModel}, ingest ${JSON.stringify(rep.ingest)}, ERM settings ${JSON.stringify(rep.erm)}`,
  ];
  for (const sp of rep.splits) {
    lines.push(
      `split ${sp.split}: evolve ${sp.evolve} held-out ${sp.heldOut} feedback ${sp.feedback.accepted}/${sp.feedback.sent} accepted (${sp.feedback.dense} dense)`,
    );
    for (const [label, m] of Object.entries(sp.modes))
      lines.push(
        `  ${label}: ${fmt(m.before)} → ${fmt(m.after)} | untouched ${m.untouched.queries} ${fmt(m.untouched.before)}→${fmt(m.untouched.after)} | touched ${m.touched.queries} ${fmt(m.touched.before)}→${fmt(m.touched.after)}`,
      );
  }
  for (const [label, m] of Object.entries(rep.modes))
    lines.push(
      `${label}: held-out nDCG@10 ${ms(m.before)} → ${ms(m.after)}: Δ ${ms(m.delta)}; without feedback Δ ${ms(m.untouchedDelta)}; with feedback Δ ${ms(m.touchedDelta)}`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
  return undefined;
}

export function registerRetrievalCommands(program: Command): void {
  const r = program
    .command('retrieval')
    .description('Collections, ingestion, search, ERM and evaluation')
    .option('--url <url>', 'node URL (LINTEL_URL)')
    .option('--admin-key <key>', 'key (LINTEL_ADMIN_KEY)')
    .option('--tenant <name>', 'tenant (global keys)');

  beirInputs(r.command('eval'))
    .description(
      'nDCG@10, recall@100, MRR@10 of BM25 on a BEIR-layout data set; --erm adds the ERM split protocol (in-process BM25; with --modes through the node at --url, also dense and hybrid)',
    )
    .option('--k1 <n>', 'BM25 k1', '0.9')
    .option('--b <n>', 'BM25 b', '0.4')
    .option('--per-query', 'print one line per query')
    .option('--erm', 'run the ERM protocol (evolve on a share of the queries, evaluate on the rest)')
    .option('--splits <n>', 'ERM: random splits', '5')
    .option('--evolve <share>', 'ERM: share of queries that evolve the keys', '0.5')
    .option('--seed <n>', 'ERM: split seed', '1')
    .option(
      '--modes <list>',
      'ERM through the node at --url, per search mode: lexical, dense, hybrid, hybrid:rrf:<dense weight>, hybrid:weighted:<lexical>:<dense> (comma-separated)',
    )
    .option('--embed-model <model>', 'with --modes: the embeddings route of the collection')
    .option('--dimensions <n>', 'with --modes: requested embedding size')
    .option('--dense-eta <x>', 'with --modes: ERM denseEta of the collection (default 0.5)')
    .option('--dense-max-norm <x>', 'with --modes: ERM denseMaxNorm of the collection (default 0.5)')
    .option('--collection <name>', 'with --modes: the collection created for the run (deleted after)', 'erm-eval')
    .option('--json', 'JSON output')
    .action(
      run(async (o: Opts, cmd: Command) => {
        if (o.modes !== undefined) return servedErm(o, cmd);
        const k1 = Number(o.k1);
        const b = Number(o.b);
        if (!(k1 >= 0) || !(b >= 0 && b <= 1)) throw new Error('--k1 must be ≥ 0 and --b in [0, 1]');
        const splits = Number(o.splits);
        const evolve = Number(o.evolve);
        if (o.erm && (!Number.isInteger(splits) || splits < 1 || !(evolve > 0 && evolve < 1)))
          throw new Error('--splits must be ≥ 1 and --evolve in (0, 1)');
        const rep = runEval({
          corpus: o.corpus as string,
          queries: o.queries as string,
          qrels: o.qrels as string,
          bm25: { k1, b },
          ...(o.erm ? { erm: { splits, evolveFraction: evolve, seed: Number(o.seed) } } : {}),
        });
        if (o.json) return o.perQuery ? rep : { ...rep, perQuery: undefined };
        const lines: string[] = [];
        if (o.perQuery)
          for (const q of rep.perQuery)
            lines.push(`${q.query}\tndcg@10=${fmt(q.ndcg10)}\trecall@100=${fmt(q.recall100)}\tmrr@10=${fmt(q.mrr10)}`);
        lines.push(
          `BM25 k1=${k1} b=${b} (${rep.analyzer}) on ${rep.documents} documents, ${rep.queries} judged queries`,
        );
        lines.push(
          `nDCG@10 ${fmt(rep.metrics.ndcg10)}  recall@100 ${fmt(rep.metrics.recall100)}  MRR@10 ${fmt(rep.metrics.mrr10)}`,
        );
        lines.push(`index ${rep.timings.indexMs} ms, search ${rep.timings.searchMs} ms`);
        if (rep.erm) {
          const e = rep.erm;
          for (const s of e.splits)
            lines.push(
              `split ${s.split}: held-out ${s.heldOut} BM25 ${fmt(s.bm25)} ERM ${fmt(s.erm)} | untouched ${s.untouched.queries} ${fmt(s.untouched.bm25)}→${fmt(s.untouched.erm)} | touched ${s.touched.queries} ${fmt(s.touched.bm25)}→${fmt(s.touched.erm)} | keys ${s.keys.documents} docs ${s.keys.units} units`,
            );
          lines.push(
            `ERM held-out nDCG@10 ${fmt(e.erm.mean)} ± ${fmt(e.erm.sd)} vs BM25 ${fmt(e.bm25.mean)} ± ${fmt(e.bm25.sd)}: Δ ${fmt(e.delta.mean)} ± ${fmt(e.delta.sd)}; queries without feedback Δ ${fmt(e.untouchedDelta.mean)} ± ${fmt(e.untouchedDelta.sd)}`,
          );
        }
        process.stdout.write(`${lines.join('\n')}\n`);
        return undefined;
      }),
    );

  beirInputs(r.command('tune-fusion'))
    .description(
      'choose hybrid fusion weights on data: BM25 + an embeddings route of a running node, tuned on a random share of the judged queries, measured on the rest',
    )
    .requiredOption('--embed-model <model>', 'embeddings model (a route of the node at --url)')
    .option('--dimensions <n>', 'requested embedding size (models that can shorten vectors)')
    .option('--splits <n>', 'random splits', '5')
    .option('--tune <share>', 'share of the queries the weights are chosen on', '0.5')
    .option('--seed <n>', 'split seed', '1')
    .option('--json', 'JSON output')
    .action(
      run(async (o: Opts, cmd: Command) => {
        const splits = Number(o.splits);
        const share = Number(o.tune);
        if (!Number.isInteger(splits) || splits < 1 || !(share > 0 && share < 1))
          throw new Error('--splits must be ≥ 1 and --tune in (0, 1)');
        const rep = await tuneFusion({
          corpus: o.corpus as string,
          queries: o.queries as string,
          qrels: o.qrels as string,
          splits,
          tuneShare: share,
          seed: Number(o.seed),
          embed: async (texts) => {
            const r = (await call(cmd, 'POST', '/v1/embeddings', {
              model: o.embedModel,
              input: texts,
              ...(o.dimensions ? { dimensions: Number(o.dimensions) } : {}),
            })) as {
              data: { index: number; embedding: number[] }[];
            };
            return [...r.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
          },
        });
        if (o.json) return rep;
        const c = (x: FusionChoice) =>
          x.method === 'weighted' ? `weighted lexical ${x.lexical} dense ${x.dense}` : `rrf dense weight ${x.dense}`;
        const ms = (x: { mean: number; sd: number }) => `${fmt(x.mean)} ± ${fmt(x.sd)}`;
        const lines = rep.splits.map(
          (sp) =>
            `split ${sp.split}: chose ${c(sp.chosen)} (tuning nDCG@10 ${fmt(sp.tuneNdcg)}) | held-out BM25 ${fmt(sp.heldOut.bm25)} dense ${fmt(sp.heldOut.dense)} RRF ${fmt(sp.heldOut.rrf)} chosen ${fmt(sp.heldOut.chosen)}`,
        );
        lines.push(
          `held-out nDCG@10 over ${rep.splits.length} splits (${rep.documents} documents, ${rep.queries} judged queries): BM25 ${ms(rep.bm25)}, dense ${ms(rep.dense)}, RRF 1:1 ${ms(rep.rrf)}, chosen ${ms(rep.chosen)}`,
          `recommended collection setting: fusion ${JSON.stringify(rep.recommended.method === 'rrf' ? { method: 'rrf', dense_weight: rep.recommended.dense } : rep.recommended)}`,
        );
        process.stdout.write(`${lines.join('\n')}\n`);
        return undefined;
      }),
    );

  r.command('collections')
    .description('List collections')
    .action(run(async (_o: Opts, cmd: Command) => call(cmd, 'GET', '/admin/retrieval/collections')));
  r.command('create <name>')
    .description('Create a collection')
    .option('--embedding-model <model>', 'embeddings route for dense/hybrid search')
    .option('--redact-pii', 'redact PII before indexing')
    .option('--k1 <n>', 'BM25 k1')
    .option('--b <n>', 'BM25 b')
    .action(
      run(async (name: string, o: Opts, cmd: Command) => {
        const g = cmd.optsWithGlobals() as Opts;
        const settings: Record<string, unknown> = {};
        if (o.embeddingModel) settings.embeddingModel = o.embeddingModel;
        if (o.redactPii) settings.redactPii = true;
        if (o.k1 !== undefined || o.b !== undefined) settings.bm25 = { k1: Number(o.k1 ?? 0.9), b: Number(o.b ?? 0.4) };
        return call(cmd, 'POST', '/admin/retrieval/collections', {
          name,
          settings,
          ...(g.tenant ? { tenant: g.tenant } : {}),
        });
      }),
    );
  r.command('delete <name>').action(
    run(async (name: string, _o: Opts, cmd: Command) =>
      call(cmd, 'DELETE', `/admin/retrieval/collections/${encodeURIComponent(name)}`),
    ),
  );
  r.command('ingest <name>')
    .description('Start an ingestion run (a durable job)')
    .option('--path <dir>', 'a local file or directory (on the node)')
    .option('--source-url <url>', 'an http(s) URL')
    .option('--pg-url <url>', 'a PostgreSQL connection string')
    .option('--pg-query <sql>', 'the query (columns id, text, optional title)')
    .option('--wait', 'wait for the job and print its result')
    .action(
      run(async (name: string, o: Opts, cmd: Command) => {
        const g = cmd.optsWithGlobals() as Opts;
        const sources: unknown[] = [];
        if (o.path) sources.push({ kind: 'files', path: o.path });
        if (o.sourceUrl) sources.push({ kind: 'url', url: o.sourceUrl });
        if (o.pgUrl) sources.push({ kind: 'postgres', url: o.pgUrl, query: o.pgQuery ?? '' });
        const { job } = (await call(cmd, 'POST', `/admin/retrieval/collections/${encodeURIComponent(name)}/ingest`, {
          sources,
          ...(g.tenant ? { tenant: g.tenant } : {}),
        })) as { job: string };
        if (!o.wait) return { job };
        for (;;) {
          const info = (await call(cmd, 'GET', `/admin/retrieval/jobs/${job}`)) as { state: string };
          if (['completed', 'dead', 'cancelled'].includes(info.state)) return info;
          await new Promise((res) => setTimeout(res, 500));
        }
      }),
    );
  r.command('cancel <job>')
    .description('cancel an ingestion run (documents already written stay whole; a re-run resumes)')
    .action(
      run(async (job: string, _o: Opts, cmd: Command) =>
        call(cmd, 'POST', `/admin/retrieval/jobs/${encodeURIComponent(job)}/cancel`, {}),
      ),
    );
  r.command('search <name> <query>')
    .option('--k <n>', 'results', '10')
    .option('--mode <mode>', 'lexical | dense | hybrid')
    .option('--explain', 'show content terms and learned units per result')
    .action(
      run(async (name: string, query: string, o: Opts, cmd: Command) => {
        const g = cmd.optsWithGlobals() as Opts;
        return call(cmd, 'POST', '/v1/retrieve', {
          collection: name,
          query,
          k: Number(o.k),
          ...(o.mode ? { mode: o.mode } : {}),
          ...(o.explain ? { explain: true } : {}),
          ...(g.tenant ? { tenant: g.tenant } : {}),
        });
      }),
    );
  r.command('feedback <name>')
    .requiredOption('--query <text>', 'the query')
    .option('--chunk <id>', 'a result id')
    .option('--doc-key <key>', 'a document key')
    .option('--relevance <n>', 'graded relevance (0 = not relevant)', '1')
    .action(
      run(async (name: string, o: Opts, cmd: Command) => {
        const g = cmd.optsWithGlobals() as Opts;
        return call(cmd, 'POST', '/v1/retrieve/feedback', {
          collection: name,
          query: o.query,
          ...(o.chunk ? { chunk: o.chunk } : {}),
          ...(o.docKey ? { doc_key: o.docKey } : {}),
          relevance: Number(o.relevance),
          ...(g.tenant ? { tenant: g.tenant } : {}),
        });
      }),
    );
  r.command('keys <name>')
    .description('ERM key versions')
    .action(
      run(async (name: string, _o: Opts, cmd: Command) =>
        call(cmd, 'GET', `/admin/retrieval/collections/${encodeURIComponent(name)}/keys`),
      ),
    );
  r.command('commit <name>')
    .description('Commit the ERM memory into a new key version')
    .action(
      run(async (name: string, _o: Opts, cmd: Command) =>
        call(cmd, 'POST', `/admin/retrieval/collections/${encodeURIComponent(name)}/keys/commit`, {}),
      ),
    );
  r.command('rollback <name> <version>')
    .description('Activate an ERM key version')
    .action(
      run(async (name: string, version: string, _o: Opts, cmd: Command) =>
        call(cmd, 'POST', `/admin/retrieval/collections/${encodeURIComponent(name)}/keys/rollback`, {
          version: Number(version),
        }),
      ),
    );
}
