// Progressive-rollout analysis on the durable job runner: one chain of jobs per deployment, each job one analysis
// tick that enqueues the next (runAfter = interval). The tick number is the singleton key, so however many nodes
// share the store, each tick exists once and runs on one node; a node killed mid-analysis loses its lease and
// another node runs the tick again. The chain ends when the deployment is no longer active.
import type { JobRunner } from '../../jobs/types.ts';
import type { DeploymentService } from './service.ts';
import { ANALYSIS_INTERVAL_MS, type Deployment } from './types.ts';

export const ROLLOUT_QUEUE = 'lifecycle.rollout';

export interface RolloutTick {
  deploymentId: string;
  tick: number;
}

export interface RolloutJobDeps {
  jobs: JobRunner;
  deployments: DeploymentService;
  /** Writes this node's buffered arm records before an analysis reads them. */
  flush(): Promise<void>;
  /** False while tests drive the analysis by hand: ticks keep the chain alive but do not analyse. */
  enabled(): boolean;
  warn(err: unknown, msg: string): void;
}

const PENDING = ['queued', 'active', 'failed'] as const;

export class RolloutJobs {
  constructor(private readonly deps: RolloutJobDeps) {}

  register(): void {
    this.deps.jobs.handle<RolloutTick>(ROLLOUT_QUEUE, async ({ job }) => this.tick(job.data), {
      concurrency: 4,
      maxAttempts: 5,
      backoffMs: 1000,
      // The final step may run the promotion gate's evaluations; the runner's heartbeat keeps the lease meanwhile.
      leaseMs: 30_000,
    });
  }

  /** Enqueues tick `tick` of a deployment's analysis (a no-op when that tick is already pending). */
  async schedule(d: Deployment, tick: number, key = String(tick)): Promise<string> {
    return this.deps.jobs.enqueue<RolloutTick>(
      ROLLOUT_QUEUE,
      { deploymentId: d.id, tick },
      {
        singletonKey: `${d.id}#${key}`,
        runAfter: Date.now() + (d.config.analysis_interval_ms ?? ANALYSIS_INTERVAL_MS),
      },
    );
  }

  private async tick(t: RolloutTick): Promise<Record<string, unknown>> {
    let outcome: Record<string, unknown> = { decision: 'paused' };
    if (this.deps.enabled()) {
      try {
        await this.deps.flush();
        const r = await this.deps.deployments.analyze(t.deploymentId);
        outcome = { decision: r.decision, detail: r.detail, step: r.deployment.step };
      } catch (err) {
        // A failed analysis (store hiccup, gate evaluation error) is retried at the next tick, not by the runner:
        // the chain must not stop because one analysis failed.
        this.deps.warn(err, 'rollout analysis failed');
        outcome = { decision: 'error', error: String(err) };
      }
    }
    const d = await this.deps.deployments.store.get(t.deploymentId);
    if (d?.state === 'active' && d.strategy === 'progressive') await this.schedule(d, t.tick + 1);
    return { tick: t.tick, ...outcome };
  }

  /**
   * At start: an active progressive deployment without a pending tick (created before this node's version, or
   * its chain went to the dead-letter state) gets a new chain. Two nodes starting together share one resume key.
   */
  async reconcile(active: Iterable<Deployment>): Promise<void> {
    const pending = new Set<string>();
    for (const state of PENDING) {
      for (const j of await this.deps.jobs.list({ queue: ROLLOUT_QUEUE, state, limit: 1000 })) {
        pending.add((j.data as RolloutTick).deploymentId);
      }
    }
    for (const d of active) {
      if (d.strategy === 'progressive' && !pending.has(d.id)) await this.schedule(d, 0, 'resume');
    }
  }
}
