// `lintel retrieval …`: `eval` runs in-process on a BEIR-layout data set; the other commands are thin clients
// of a running node's API (--url / LINTEL_URL, --admin-key / LINTEL_ADMIN_KEY or LINTEL_MASTER_KEY).
import type { Command } from 'commander';
import { request } from 'undici';
import { type FusionChoice, tuneFusion } from './eval/fusion-tune.ts';
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
    throw new Error((json as { error?: { message?: string } })?.error?.message ?? `HTTP ${res.statusCode}`);
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

export function registerRetrievalCommands(program: Command): void {
  const r = program
    .command('retrieval')
    .description('Collections, ingestion, search, ERM and evaluation')
    .option('--url <url>', 'node URL (LINTEL_URL)')
    .option('--admin-key <key>', 'key (LINTEL_ADMIN_KEY)')
    .option('--tenant <name>', 'tenant (global keys)');

  beirInputs(r.command('eval'))
    .description('nDCG@10, recall@100, MRR@10 of BM25 on a BEIR-layout data set; --erm adds the ERM split protocol')
    .option('--k1 <n>', 'BM25 k1', '0.9')
    .option('--b <n>', 'BM25 b', '0.4')
    .option('--per-query', 'print one line per query')
    .option('--erm', 'run the ERM protocol (evolve on a share of the queries, evaluate on the rest)')
    .option('--splits <n>', 'ERM: random splits', '5')
    .option('--evolve <share>', 'ERM: share of queries that evolve the keys', '0.5')
    .option('--seed <n>', 'ERM: split seed', '1')
    .option('--json', 'JSON output')
    .action(
      run(async (o: Opts) => {
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
