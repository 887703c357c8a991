// Notifications as durable jobs: the evaluation enqueues one job per (receiver, group) — one per alert for
// PagerDuty, which takes one event per alert — and any node delivers it, one HTTP attempt per job attempt,
// with the runner's exponential backoff; a notification out of attempts is a dead job (inspect and retry it
// with `lintel jobs`). A restart loses nothing: the job waits in the store. The receiver's URL and secrets are
// read when the job runs, never stored in the job (job data is visible through the jobs API).
import type { Logger } from 'pino';
import type { JobContext, QueueOptions } from '../../../jobs/types.ts';
import type { Clock } from '../../clock.ts';
import type { ReceiverSpec } from '../../definitions.ts';
import type { DefinitionStore } from '../../store/definitions.ts';
import type { AlertStore } from '../store.ts';
import { type DeliveryOptions, sendOnce } from './deliver.ts';
import { type AlertNotice, type OutgoingRequest, pagerDutyRequests, slackRequest, webhookRequest } from './payloads.ts';

export const NOTIFY_QUEUE = 'monitoring.notify';

export interface NotifyJob {
  receiver: string;
  groupKey: string;
  state: 'firing' | 'resolved';
  notices: AlertNotice[];
}

export function notifyQueueOptions(o: DeliveryOptions = {}): QueueOptions {
  return { concurrency: 4, maxAttempts: o.attempts ?? 6, backoffMs: o.backoffMs ?? 2000, leaseMs: 60_000 };
}

/** The jobs for one group: one, or one per alert for PagerDuty. */
export function notifyJobs(
  receiver: ReceiverSpec,
  groupKey: string,
  state: NotifyJob['state'],
  notices: AlertNotice[],
): NotifyJob[] {
  const base = { receiver: receiver.name, groupKey, state };
  return receiver.type === 'pagerduty' ? notices.map((n) => ({ ...base, notices: [n] })) : [{ ...base, notices }];
}

/** A stable key per notification, so re-enqueueing the same one (a crash before it was recorded) is one job. */
export function notifyKey(job: NotifyJob): string {
  const stamps = job.notices.map((n) => `${n.fingerprint}@${job.state === 'firing' ? n.startsAt : n.endsAt}`);
  return `${job.receiver}|${job.state}|${stamps.join(',')}`;
}

function requestsFor(r: ReceiverSpec, job: NotifyJob, now: number): OutgoingRequest[] {
  if (r.type === 'slack') return [slackRequest({ url: r.url as string }, job.notices)];
  if (r.type === 'pagerduty') return pagerDutyRequests(r, job.notices, now);
  return [webhookRequest({ name: r.name, url: r.url as string, secret: r.secret }, job.groupKey, job.notices, now)];
}

export interface NotifyDeps {
  defs: DefinitionStore;
  alerts: AlertStore;
  clock: Clock;
  logger: Logger;
  timeoutMs?: number;
}

export async function runNotifyJob(ctx: JobContext<NotifyJob>, d: NotifyDeps): Promise<unknown> {
  const job = ctx.job.data;
  const receiver = (await d.defs.get<ReceiverSpec>('receiver', job.receiver))?.spec;
  if (!receiver) return { skipped: `receiver ${job.receiver} was removed` };
  const now = d.clock.now();
  const log = (status: string, error: string | null) =>
    Promise.all(
      job.notices.map((n) =>
        d.alerts.logNotification({
          id: `${n.fingerprint}:${job.receiver}:${job.state}:${job.state === 'firing' ? n.startsAt : n.endsAt}`,
          fingerprint: n.fingerprint,
          receiver: job.receiver,
          state: job.state,
          attempts: ctx.job.attempts,
          status,
          error,
          at: now,
        }),
      ),
    );
  for (const req of requestsFor(receiver, job, now)) {
    const res = await sendOnce(req, d.timeoutMs, ctx.signal);
    if (res.ok) continue;
    d.logger.warn(
      { receiver: job.receiver, status: res.status, error: res.error, attempt: ctx.job.attempts },
      'alert notification failed',
    );
    if (!res.retryable) {
      await log('rejected', res.error);
      return { ok: false, status: res.status, error: res.error };
    }
    if (ctx.job.attempts >= ctx.job.maxAttempts) await log('failed', res.error);
    throw new Error(`${job.receiver}: ${res.error}`); // the runner retries with backoff, then dead-letters
  }
  await log('sent', null);
  return { ok: true, alerts: job.notices.length };
}
