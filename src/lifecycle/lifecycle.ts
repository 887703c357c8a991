// The lifecycle area assembled: stores, in-memory routing state, services, and the request listener that logs
// deployment arms and launches shadow calls. One instance per node (see index.ts for the Area wiring).
import { sql } from 'kysely';
import type { RequestContext } from '../gateway/context.ts';
import type { AreaContext } from '../server/areas.ts';
import type { RequestRecord } from '../spec/record.ts';
import { DatasetStore } from './evals/dataset.ts';
import { recordedEvalCalls } from './evals/recorded-calls.ts';
import { executeRun } from './evals/runner.ts';
import { EVAL_QUEUE, EvalService } from './evals/service.ts';
import { EvalStore } from './evals/store.ts';
import { Gates } from './gates/promote.ts';
import { DeploymentService } from './deployments/service.ts';
import { RolloutJobs } from './deployments/rollout-job.ts';
import { ShadowRunner } from './deployments/shadow.ts';
import { type ArmRequest, DeploymentStore } from './deployments/store.ts';
import { RegistryService } from './registry/service.ts';
import { RegistryStore } from './registry/store.ts';
import type { VersionRow } from './registry/types.ts';
import { OnnxServing } from './onnx/serve.ts';
import { RequestWaiter } from './request-waiter.ts';
import { createPicker, type Picker } from './routing/pick.ts';
import { LifecycleState } from './state.ts';
import type { Audit } from './util.ts';

/** The lifecycle's clock: rollout bake times and analysis windows read it; tests move it instead of waiting. */
export const lifecycleClock = {
  now: (): number => Date.now(),
  /** The rollout analysis jobs analyse (tests that drive analysis step by step turn it off). */
  autoAnalyze: true,
};

export class Lifecycle {
  readonly registryStore: RegistryStore;
  readonly state: LifecycleState;
  readonly registry: RegistryService;
  readonly datasets: DatasetStore;
  readonly evals: EvalService;
  readonly gates: Gates;
  readonly deployments: DeploymentService;
  readonly picker: Picker;
  readonly waiter = new RequestWaiter();
  readonly shadows: ShadowRunner;
  readonly audit: Audit;
  readonly onnx: OnnxServing;
  private armLog: ArmRequest[] = [];
  private flushing: Promise<void> | null = null;
  readonly rollouts: RolloutJobs;

  constructor(private readonly ctx: AreaContext) {
    const { database } = ctx;
    this.audit = (e) => ctx.audit(e);
    this.registryStore = new RegistryStore(database);
    this.state = new LifecycleState(this.registryStore, (err) =>
      ctx.logger.warn({ err }, 'registry state reload failed'),
    );
    const changed = () => this.state.reload();
    const edge = (a: string, b: string, c: string, d: string) => this.registryStore.addEdge(a, b, c, d);
    this.registry = new RegistryService({
      store: this.registryStore,
      audit: this.audit,
      providers: () => Object.keys(ctx.config().config.providers),
      changed,
    });
    this.onnx = new OnnxServing(this.state);
    this.datasets = new DatasetStore(database);
    const evalStore = new EvalStore(database);
    this.evals = new EvalService({
      store: evalStore,
      datasets: this.datasets,
      registry: this.registry,
      jobs: ctx.jobs,
      audit: this.audit,
      edge,
    });
    this.gates = new Gates({ registry: this.registry, evals: this.evals, audit: this.audit });
    const depStore = new DeploymentStore(database.db);
    this.deployments = new DeploymentService({
      store: depStore,
      registry: this.registry,
      gates: this.gates,
      audit: this.audit,
      config: () => ctx.config().config,
      now: () => lifecycleClock.now(),
      changed: async () => {
        await this.registryStore.bumpState();
        await this.state.reload();
      },
      edge,
      scheduleAnalysis: async (d) => {
        await this.rollouts.schedule(d, 0);
      },
      quality: (d, since, q) => depStore.armQuality(d.id, since, q),
    });
    this.rollouts = new RolloutJobs({
      jobs: ctx.jobs,
      deployments: this.deployments,
      flush: () => this.flush(),
      enabled: () => lifecycleClock.autoAnalyze,
      warn: (err, msg) => ctx.logger.warn({ err }, msg),
    });
    this.rollouts.register();
    this.shadows = new ShadowRunner({
      store: depStore,
      jobs: ctx.jobs,
      gateway: ctx.gateway,
      waiter: this.waiter,
      onError: (err) => ctx.logger.warn({ err }, 'shadow call failed'),
    });
    this.shadows.register();
    this.picker = createPicker({ state: this.state, router: ctx.router, config: () => ctx.config().config });
    ctx.jobs.handle<{ runId: string }>(
      EVAL_QUEUE,
      async ({ job, signal, progress }) =>
        executeRun(
          {
            store: evalStore,
            items: (h) => this.datasets.items(h),
            spec: (m, v) => {
              const s = this.state.version(m, v)?.spec;
              return s && s.kind === 'upstream' ? s : null;
            },
            gateway: ctx.gateway,
            waiter: this.waiter,
            recordedCalls: (runId) =>
              recordedEvalCalls(database.db, runId, (tenant, sealed) =>
                ctx.openBody ? ctx.openBody(tenant, sealed) : Promise.resolve(null),
              ),
          },
          job.data.runId,
          signal,
          progress,
          job.attempts > 1,
        ).catch(async (err) => {
          if (job.attempts >= job.maxAttempts)
            await evalStore.setStatus(job.data.runId, 'failed', { error: String(err) });
          throw err;
        }),
      // The heartbeat renews the lease every 5 s; a node killed mid-run is taken over within ~15 s.
      { concurrency: 2, maxAttempts: 3, leaseMs: 15_000 },
    );
    ctx.onFinish((c, record) => this.finished(c, record));
  }

  async start(): Promise<void> {
    await this.state.start();
    // Progressive rollouts are analysed by jobs on the durable runner (and on demand via
    // POST /admin/deployments/:id/analyze); a chain lost before this node started is resumed here.
    await this.rollouts
      .reconcile(this.state.deployments.values())
      .catch((err) => this.ctx.logger.warn({ err }, 'rollout job reconcile failed'));
  }

  /** Listener for every finished request: cheap, never throws. */
  private finished(c: RequestContext, record: RequestRecord): void {
    this.waiter.offer(record);
    const pick = this.picker.take(c.id);
    if (!pick?.deployment || pick.arm === null) return;
    this.armLog.push({
      requestId: record.id,
      deploymentId: pick.deployment.id,
      arm: pick.arm,
      version: pick.version,
      status: record.status,
      latencyMs: record.doneAt - record.receivedAt,
      costUsd: record.costUsd,
      at: lifecycleClock.now(),
    });
    if (this.armLog.length >= 200) void this.flush();
    else if (!this.flushing) setImmediate(() => void this.flush());
    if (pick.shadowBody && record.status === 200) {
      this.shadows.schedule(pick.deployment, record.id, pick.shadowBody, c.responseBody);
    }
  }

  /** Writes buffered arm records (analysis reads them from the store). */
  async flush(): Promise<void> {
    if (this.flushing) {
      await this.flushing;
      // A flush started meanwhile took every row buffered before it, ours included: wait for it, not for the
      // ones after it (under steady traffic a loop here never ends).
      if (this.flushing) return this.flushing;
    }
    if (this.armLog.length === 0) return;
    const rows = this.armLog;
    this.armLog = [];
    this.flushing = this.deployments.store
      .logRequests(rows)
      .catch((err) => this.ctx.logger.warn({ err }, 'deployment request log failed'))
      .finally(() => {
        this.flushing = null;
      });
    await this.flushing;
  }

  /** A version with its card, the evaluations attached to it (linked to their runs), aliases and lineage. */
  async describeVersion(v: VersionRow): Promise<Record<string, unknown>> {
    const runs = (await this.evals.store.list({ model: v.model, version: v.version })).filter(
      (r) => r.status === 'completed',
    );
    const aliases = (await this.registryStore.aliases(v.model))
      .filter((a) => a.version === v.version)
      .map((a) => a.alias);
    const spec = v.spec.kind === 'onnx' ? { ...v.spec, onnx_base64: `(${v.spec.onnx_base64.length} chars)` } : v.spec;
    return {
      ...v,
      spec,
      aliases,
      card: {
        ...v.card,
        evaluations: runs.map((r) => ({
          run: r.id,
          dataset: `${r.dataset}@${r.datasetHash.slice(0, 12)}`,
          metric: 'mean_score',
          value: r.summary?.score.mean ?? null,
          ci95: r.summary?.score.ci95 ?? null,
          scorers: r.summary?.scorers ?? null,
          at: r.finishedAt,
        })),
      },
      lineage: await this.registryStore.edgesAround([{ kind: 'model_version', id: `${v.model}/${v.version}` }]),
    };
  }

  /** The chain behind one request: deployment and arm, model version, its eval runs and their datasets. */
  async requestLineage(id: string): Promise<Record<string, unknown>> {
    await this.flush();
    const r = await sql<{ tags: string | null }>`SELECT tags FROM requests WHERE id = ${id}`
      .execute(this.ctx.database.db)
      .catch(() => ({ rows: [] as { tags: string | null }[] }));
    const tags = r.rows[0]?.tags ? (JSON.parse(r.rows[0].tags) as Record<string, string>) : {};
    const arm = await this.deployments.store.armOfRequest(id);
    const mv = tags['lintel.model_version'] ?? (arm ? null : null);
    const edges = mv ? await this.registryStore.edgesAround([{ kind: 'model_version', id: mv }]) : [];
    const runIds = edges.filter((e) => e.from.startsWith('eval_run:')).map((e) => e.from.slice('eval_run:'.length));
    const datasetEdges = await this.registryStore.edgesAround(runIds.map((id) => ({ kind: 'eval_run', id })));
    return {
      request: id,
      model_version: mv,
      deployment: arm ? { id: arm.deploymentId, arm: arm.arm, version: arm.version } : null,
      eval_runs: runIds,
      datasets: [...new Set(datasetEdges.filter((e) => e.from.startsWith('dataset:')).map((e) => e.from.slice(8)))],
      edges: [...edges, ...datasetEdges],
    };
  }

  async close(): Promise<void> {
    this.state.stop();
    await this.flush();
    await this.onnx.close();
  }
}
