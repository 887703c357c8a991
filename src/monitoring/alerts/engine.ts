// One evaluation pass: monitors and SLOs → alert instances → state machine → stored state, an audit event
// per state change, and notifications. Notification stages follow Alertmanager: silence → group (per
// receiver, rule and new state) → dedupe (only a state not yet notified is sent; a still-firing alert is
// not re-sent, a resolve goes out once and only for an alert that was notified firing) → queue a durable
// notification job per group (delivered with retries by any node; see notify/queue.ts) → record.
import type { Logger } from 'pino';
import type { Database } from '../../storage/database.ts';
import type { Clock } from '../clock.ts';
import type { MonitorSpec, ReceiverSpec, SilenceSpec, SloSpec } from '../definitions.ts';
import type { DefinitionStore } from '../store/definitions.ts';
import type { AlertNotice } from './notify/payloads.ts';
import { type NotifyJob, notifyJobs } from './notify/queue.ts';
import { type AlertInstance, driftInstances, signalInstances, sloInstances } from './instances.ts';
import { INITIAL, step } from './state.ts';
import type { AlertRow, AlertStore } from './store.ts';

export type AuditFn = (e: { action: string; resource: string; before?: unknown; after?: unknown }) => Promise<void>;

export interface EngineDeps {
  database: Database;
  defs: DefinitionStore;
  alerts: AlertStore;
  clock: Clock;
  audit: AuditFn;
  logger: Logger;
  /** Queues one notification on the job runner; returns the job id. */
  enqueueNotification(job: NotifyJob): Promise<string>;
}

export interface EvaluationReport {
  at: number;
  instances: number;
  transitions: { fingerprint: string; rule: string; from: string; to: string; labels: Record<string, string> }[];
  /** Notifications queued (job ids on the job runner). */
  notifications: { receiver: string; state: string; alerts: number; jobs: string[] }[];
  errors: { rule: string; error: string }[];
}

export function silenced(labels: Record<string, string>, silences: SilenceSpec[], now: number): boolean {
  return silences.some(
    (s) =>
      (s.starts_at ?? 0) <= now && now < s.ends_at && Object.entries(s.matchers).every(([k, v]) => labels[k] === v),
  );
}

export async function evaluateAll(d: EngineDeps): Promise<EvaluationReport> {
  const now = d.clock.now();
  const report: EvaluationReport = { at: now, instances: 0, transitions: [], notifications: [], errors: [] };
  const monitors = await d.defs.list<MonitorSpec>('monitor');
  const slos = await d.defs.list<SloSpec>('slo');
  const instances: AlertInstance[] = [];
  for (const { spec } of monitors) {
    try {
      instances.push(
        ...(spec.kind === 'signal'
          ? await signalInstances(d.database, spec, now)
          : await driftInstances(d.database, d.defs, spec, now)),
      );
    } catch (err) {
      report.errors.push({ rule: spec.name, error: (err as Error).message });
    }
  }
  for (const { spec } of slos) {
    try {
      instances.push(...(await sloInstances(d.database, spec, now)));
    } catch (err) {
      report.errors.push({ rule: `slo:${spec.name}`, error: (err as Error).message });
    }
  }
  report.instances = instances.length;
  const existing = new Map((await d.alerts.all()).map((a) => [a.fingerprint, a]));
  const seen = new Set<string>();
  const toNotify: { row: AlertRow; instance: AlertInstance | null }[] = [];
  for (const inst of instances) {
    seen.add(inst.fingerprint);
    const prev = existing.get(inst.fingerprint);
    const s = step(prev ?? INITIAL, inst.condition, now, inst.forMs);
    const row: AlertRow = {
      ...s.next,
      fingerprint: inst.fingerprint,
      rule: inst.rule,
      labels: inst.labels,
      value: inst.condition === 'no_data' && prev ? prev.value : inst.value,
      summary: inst.condition === 'no_data' && prev ? prev.summary : inst.summary,
      details:
        inst.condition === 'no_data' && prev
          ? prev.details
          : { ...inst.details, severity: inst.severity, receivers: inst.receivers },
      updatedAt: now,
      notifiedState: prev?.notifiedState ?? null,
    };
    if (prev || s.next.state !== 'inactive') await d.alerts.save(row);
    if (s.transition) {
      report.transitions.push({ fingerprint: row.fingerprint, rule: row.rule, ...s.transition, labels: row.labels });
      await d.audit({
        action: `alert.${s.transition.to}`,
        resource: `alert:${row.rule}:${row.fingerprint}`,
        before: { state: s.transition.from },
        after: { state: s.transition.to, labels: row.labels, value: row.value, summary: row.summary },
      });
    }
    if ((row.state === 'firing' || row.state === 'resolved') && row.notifiedState !== row.state)
      toNotify.push({ row, instance: inst });
  }
  // Rules deleted or groups gone: a firing alert with no instance any more resolves.
  for (const [fp, prev] of existing) {
    if (seen.has(fp) || prev.state !== 'firing') continue;
    const row: AlertRow = { ...prev, state: 'resolved', resolvedAt: now, updatedAt: now };
    await d.alerts.save(row);
    report.transitions.push({ fingerprint: fp, rule: prev.rule, from: 'firing', to: 'resolved', labels: prev.labels });
    await d.audit({
      action: 'alert.resolved',
      resource: `alert:${prev.rule}:${fp}`,
      before: { state: 'firing' },
      after: { state: 'resolved', reason: 'rule or group removed' },
    });
    toNotify.push({ row, instance: null });
  }
  await notify(d, toNotify, now, report);
  return report;
}

async function notify(
  d: EngineDeps,
  items: { row: AlertRow; instance: AlertInstance | null }[],
  now: number,
  report: EvaluationReport,
): Promise<void> {
  if (items.length === 0) return;
  const receivers = new Map((await d.defs.list<ReceiverSpec>('receiver')).map((r) => [r.name, r.spec]));
  const silences = (await d.defs.list<SilenceSpec>('silence')).map((s) => s.spec);
  const groups = new Map<string, { receiver: ReceiverSpec; rows: AlertRow[]; state: 'firing' | 'resolved' }>();
  const quiet = new Set<string>();
  for (const { row } of items) {
    const state = row.state as 'firing' | 'resolved';
    // A resolve is only news to receivers that were told it fired.
    if (state === 'resolved' && row.notifiedState !== 'firing') {
      row.notifiedState = 'resolved';
      await d.alerts.save(row);
      continue;
    }
    if (silenced(row.labels, silences, now)) {
      quiet.add(row.fingerprint); // notified once the silence ends, if still in this state
      continue;
    }
    const names = (row.details.receivers as string[] | undefined) ?? [];
    for (const name of names) {
      const receiver = receivers.get(name);
      if (!receiver) continue;
      const key = `${name}|${row.rule}|${state}`;
      const g = groups.get(key) ?? { receiver, rows: [], state };
      g.rows.push(row);
      groups.set(key, g);
    }
  }
  const unqueued = new Set<string>(); // fingerprints whose notification the store refused
  for (const [key, g] of groups) {
    const notices: AlertNotice[] = g.rows.map((r) => ({
      fingerprint: r.fingerprint,
      rule: r.rule,
      state: g.state,
      severity: ((r.details.severity as string) ?? 'ticket') as AlertNotice['severity'],
      labels: r.labels,
      value: r.value,
      summary: r.summary,
      details: Object.fromEntries(Object.entries(r.details).filter(([k]) => k !== 'receivers' && k !== 'results')),
      startsAt: r.firedAt ?? now,
      endsAt: g.state === 'resolved' ? r.resolvedAt : null,
    }));
    const jobs: string[] = [];
    try {
      for (const job of notifyJobs(g.receiver, key, g.state, notices)) jobs.push(await d.enqueueNotification(job));
    } catch (err) {
      for (const r of g.rows) unqueued.add(r.fingerprint);
      d.logger.warn({ err, receiver: g.receiver.name }, 'alert notification could not be queued');
    }
    report.notifications.push({ receiver: g.receiver.name, state: g.state, alerts: notices.length, jobs });
  }
  // Queued (delivery is the job runner's from here, with retries and a dead letter), or nowhere to send:
  // settled. Enqueued before being marked, so a crash in between re-sends rather than loses (receivers dedupe
  // on the group key / PagerDuty's dedup_key); if the store refused a job, the next evaluation tries that alert again.
  for (const { row } of items) {
    if (quiet.has(row.fingerprint) || unqueued.has(row.fingerprint) || row.notifiedState === row.state) continue;
    row.notifiedState = row.state;
    await d.alerts.save(row);
  }
}
