// Shadow traffic: after the client has its answer, a sampled request is sent again to the candidate version,
// both answers are scored with the deployment's scorers (plus their agreement, ROUGE-L) and stored. Each copy is a
// job on the durable job runner (queue `lifecycle.shadow`, one per request): it runs after the response ended, so
// it never adds client latency, survives a restart of its node, and is retried elsewhere if the node dies; a
// request already scored is skipped, so a retry does not store it twice. Its cost is accounted on the shadow row.
import type { JobRunner } from '../../jobs/types.ts';
import type { GatewayCallOptions, GatewayResponse } from '../../server/areas.ts';
import type { Json } from '../../spec/translate.ts';
import { compileScorers } from '../evals/scorers/index.ts';
import { rougeL } from '../evals/scorers/overlap.ts';
import type { RequestWaiter } from '../request-waiter.ts';
import type { DeploymentStore } from './store.ts';
import type { Deployment } from './types.ts';

export const SHADOW_QUEUE = 'lifecycle.shadow';

interface ShadowJob {
  deploymentId: string;
  requestId: string;
  body: Json;
  primaryResponse: string | null;
}

export interface ShadowDeps {
  store: DeploymentStore;
  jobs: JobRunner;
  gateway(path: string, body: unknown, opts?: GatewayCallOptions): Promise<GatewayResponse>;
  waiter: RequestWaiter;
  onError(err: unknown): void;
}

function answerText(json: unknown): string | null {
  const c = (json as { choices?: { message?: { content?: unknown } }[] } | undefined)?.choices?.[0]?.message?.content;
  return typeof c === 'string' ? c : null;
}

export class ShadowRunner {
  constructor(private readonly deps: ShadowDeps) {}

  /** Declares the shadow queue's handler on this node. */
  register(): void {
    this.deps.jobs.handle<ShadowJob>(
      SHADOW_QUEUE,
      async ({ job }) => {
        const { deploymentId, requestId, body, primaryResponse } = job.data;
        if (await this.deps.store.hasShadow(requestId)) return { skipped: 'already scored' };
        const d = await this.deps.store.get(deploymentId);
        if (!d || d.state !== 'active') return { skipped: 'deployment no longer active' };
        await this.run(d, requestId, body, primaryResponse);
        return { scored: requestId };
      },
      // Shadow calls wait on the candidate's upstream, not on this node's CPU: several at once per node.
      { concurrency: 8, maxAttempts: 3, backoffMs: 2000 },
    );
  }

  /** Queues the shadow call for one finished request (returns at once; the job runner runs it). */
  schedule(d: Deployment, requestId: string, body: Json, primaryResponse: string | null): void {
    const job: ShadowJob = { deploymentId: d.id, requestId, body, primaryResponse };
    this.deps.jobs.enqueue(SHADOW_QUEUE, job, { singletonKey: requestId }).catch(this.deps.onError);
  }

  private async run(d: Deployment, requestId: string, body: Json, primaryResponse: string | null): Promise<void> {
    let primary: string | null = null;
    try {
      primary = primaryResponse ? answerText(JSON.parse(primaryResponse)) : null;
    } catch {
      primary = null; // a streamed answer: stored without text
    }
    const started = performance.now();
    const { stream: _s, stream_options: _o, ...rest } = body as Json & { stream?: unknown; stream_options?: unknown };
    const res = await this.deps.gateway(
      '/v1/chat/completions',
      { ...rest, model: `registry:${d.model}/${d.candidate}` },
      { tags: { shadow_of: requestId, shadow_deployment: d.id } },
    );
    const latency = performance.now() - started;
    const rid = res.headers['x-request-id'];
    const record = typeof rid === 'string' ? await this.deps.waiter.wait(rid) : null;
    const shadow = res.status === 200 ? answerText(res.json) : null;
    const scorers = compileScorers(
      d.config.scorers.length ? d.config.scorers : [{ type: 'json_valid', name: '_none' }],
    );
    const scoreOf = async (text: string | null) => {
      const out: Record<string, number> = {};
      if (text === null) return out;
      for (const s of scorers) {
        if (s.name === '_none' || s.needsReference) continue;
        try {
          const r = await s.score(
            { output: text, toolCalls: [], item: { messages: [{ role: 'user', content: '' }] }, prompt: '' },
            { gateway: this.deps.gateway, tags: { shadow_of: requestId } },
          );
          out[s.name] = r.score;
        } catch (err) {
          this.deps.onError(err);
        }
      }
      return out;
    };
    const shadowScores = await scoreOf(shadow);
    if (primary !== null && shadow !== null) shadowScores.agreement_rouge_l = rougeL(shadow, primary);
    await this.deps.store.saveShadow({
      requestId,
      deploymentId: d.id,
      shadowRequestId: typeof rid === 'string' ? rid : null,
      primaryOutput: primary,
      shadowOutput: shadow,
      shadowStatus: res.status,
      primaryScores: await scoreOf(primary),
      shadowScores,
      shadowLatencyMs: latency,
      shadowCostUsd: record?.costUsd ?? null,
      at: Date.now(),
    });
  }
}
