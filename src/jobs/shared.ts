// What both job runners share: queue defaults, the handler type, and waiting for a final state.
import type { JobContext, JobInfo, QueueOptions } from './types.ts';

export type Handler<T> = (ctx: JobContext<T>) => Promise<unknown>;

export interface JobLogger {
  warn(obj: object, msg: string): void;
}

export const NOOP_LOGGER: JobLogger = { warn: () => {} };

export interface Queue {
  handler: Handler<unknown>;
  opts: Required<QueueOptions>;
  active: number;
}

export function queueDefaults(o: QueueOptions): Required<QueueOptions> {
  return {
    concurrency: o.concurrency ?? 1,
    maxAttempts: o.maxAttempts ?? 3,
    backoffMs: o.backoffMs ?? 1000,
    leaseMs: o.leaseMs ?? 60_000,
  };
}

export const FINAL_STATES = new Set(['completed', 'dead', 'cancelled']);

/** Polls until the job is final; rejects after timeoutMs (default 5 min) or when the job does not exist. */
export async function pollUntilFinal(
  get: (id: string) => Promise<JobInfo | null>,
  id: string,
  timeoutMs = 300_000,
): Promise<JobInfo> {
  const deadline = Date.now() + timeoutMs;
  let delay = 20;
  for (;;) {
    const job = await get(id);
    if (!job) throw new Error(`job ${id} does not exist`);
    if (FINAL_STATES.has(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} is still ${job.state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 250);
  }
}
