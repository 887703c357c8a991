// Evaluation runs as a service: validate, store the run, enqueue it on the job runner, compare two runs, export.
import { z } from 'zod';
import { LintelError } from '../../errors/lintel-error.ts';
import type { JobRunner } from '../../jobs/types.ts';
import type { AuditActor } from '../../server/governance.ts';
import type { RegistryService } from '../registry/service.ts';
import { canonicalHash } from '../registry/store.ts';
import { type Audit, newId, zodToLintel } from '../util.ts';
import type { DatasetStore } from './dataset.ts';
import { compileScorers, type ScorerSpec } from './scorers/index.ts';
import { resultsCsv } from './results-csv.ts';
import { type PairedComparison, pairedBootstrap } from './stats.ts';
import type { EvalRun, EvalStore, ItemResult } from './store.ts';

export const EVAL_QUEUE = 'lifecycle.eval';

export const startRunSchema = z.strictObject({
  model: z.string().min(1),
  version: z.number().int().positive(),
  /** `name` (latest version) or `name@hashprefix`. */
  dataset: z.string().min(1),
  scorers: z.array(z.record(z.string(), z.unknown())).min(1),
  concurrency: z.number().int().min(1).max(64).default(4),
  retries: z.number().int().min(0).max(10).default(2),
  /** Reuse a finished (or running) run of the same version, dataset content and scorers instead of a new one. */
  reuse: z.boolean().default(false),
});

export interface Comparison {
  a: { run: string; model: string; version: number; mean: number };
  b: { run: string; model: string; version: number; mean: number };
  dataset: string;
  /** b − a, paired over items. */
  difference: PairedComparison;
  items: { idx: number; a: number; b: number; delta: number }[];
}

export class EvalService {
  constructor(
    private readonly deps: {
      store: EvalStore;
      datasets: DatasetStore;
      registry: RegistryService;
      jobs: JobRunner;
      audit: Audit;
      /** Records lineage edges (dataset → run → version). */
      edge(fromKind: string, fromId: string, toKind: string, toId: string): Promise<void>;
    },
  ) {}

  get store(): EvalStore {
    return this.deps.store;
  }

  async start(input: unknown, actor: AuditActor): Promise<EvalRun & { reused: boolean }> {
    const body = zodToLintel(startRunSchema, input);
    const version = await this.deps.registry.requireVersion(body.model, body.version);
    if (version.spec.kind !== 'upstream') {
      throw new LintelError('invalid_request', 'only upstream-model versions are evaluated through the gateway', {
        param: 'version',
      });
    }
    compileScorers(body.scorers); // a bad scorer is refused before anything is stored
    const dataset = await this.deps.datasets.resolve(body.dataset);
    const scorers = body.scorers as ScorerSpec[];
    const scorersHash = canonicalHash(scorers);
    if (body.reuse) {
      const existing = await this.deps.store.matching(body.model, body.version, dataset.hash, scorersHash);
      if (existing) return { ...existing, reused: true };
    }
    const run: EvalRun = {
      id: newId('run'),
      model: body.model,
      version: body.version,
      dataset: dataset.name,
      datasetHash: dataset.hash,
      scorers,
      scorersHash,
      options: { concurrency: body.concurrency, retries: body.retries },
      status: 'queued',
      total: dataset.items,
      jobId: null,
      summary: null,
      error: null,
      createdBy: actor.actor,
      createdAt: Date.now(),
      finishedAt: null,
    };
    await this.deps.store.insertRun(run);
    await this.deps.edge('dataset', `${dataset.name}@${dataset.hash.slice(0, 12)}`, 'eval_run', run.id);
    await this.deps.edge('eval_run', run.id, 'model_version', `${run.model}/${run.version}`);
    const jobId = await this.deps.jobs.enqueue(EVAL_QUEUE, { runId: run.id }, { singletonKey: run.id });
    await this.deps.store.setJob(run.id, jobId);
    await this.deps.audit({
      actor,
      action: 'eval.run.create',
      resource: `eval_run:${run.id}`,
      after: {
        model: run.model,
        version: run.version,
        dataset: `${dataset.name}@${dataset.hash}`,
        scorers: scorersHash,
      },
    });
    return { ...run, jobId, reused: false };
  }

  async require(id: string): Promise<EvalRun> {
    const run = await this.deps.store.get(id);
    if (!run) throw new LintelError('not_found', `No eval run "${id}".`, { param: 'id' });
    return run;
  }

  /** The run with live progress (items stored so far, cost so far). */
  async show(id: string): Promise<EvalRun & { done: number; cost_so_far_usd: number }> {
    const run = await this.require(id);
    const p = await this.deps.store.progress(id);
    return { ...run, done: p.done, cost_so_far_usd: p.costUsd };
  }

  /** Waits for a run to finish (gates, CLI --wait). */
  async wait(id: string, timeoutMs = 600_000): Promise<EvalRun> {
    const run = await this.require(id);
    if (run.jobId && (run.status === 'queued' || run.status === 'running')) {
      await this.deps.jobs.wait(run.jobId, { timeoutMs });
    }
    return this.require(id);
  }

  async compare(aId: string, bId: string): Promise<Comparison> {
    const [a, b] = [await this.require(aId), await this.require(bId)];
    for (const r of [a, b]) {
      if (r.status !== 'completed') {
        throw new LintelError('conflict', `eval run ${r.id} is ${r.status}; compare finished runs`, { param: 'run' });
      }
    }
    if (a.datasetHash !== b.datasetHash) {
      throw new LintelError(
        'invalid_request',
        'the runs used different dataset versions; a paired comparison needs the same items',
        { param: 'b' },
      );
    }
    if (a.scorersHash !== b.scorersHash) {
      throw new LintelError('invalid_request', 'the runs used different scorers', { param: 'b' });
    }
    const [ra, rb] = [await this.deps.store.results(a.id), await this.deps.store.results(b.id)];
    const byIdx = new Map(rb.map((r) => [r.idx, r]));
    const pairs = ra.filter((r) => byIdx.has(r.idx)).map((r) => [r, byIdx.get(r.idx) as ItemResult] as const);
    const diff = pairedBootstrap(
      pairs.map(([x]) => x.score),
      pairs.map(([, y]) => y.score),
    );
    const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
    return {
      a: { run: a.id, model: a.model, version: a.version, mean: mean(pairs.map(([x]) => x.score)) },
      b: { run: b.id, model: b.model, version: b.version, mean: mean(pairs.map(([, y]) => y.score)) },
      dataset: `${a.dataset}@${a.datasetHash.slice(0, 12)}`,
      difference: diff,
      items: pairs.map(([x, y]) => ({ idx: x.idx, a: x.score, b: y.score, delta: y.score - x.score })),
    };
  }

  async exportCsv(id: string): Promise<string> {
    const run = await this.require(id);
    const results = await this.deps.store.results(id);
    const names = compileScorers(run.scorers).map((s) => s.name);
    return resultsCsv(names, results);
  }
}
