// The monitoring service of one node: the hot-path collector, batched flushes of window aggregates,
// feedback, online evaluation, the evaluation tick (monitors, SLOs, alerts, metrics; one node per tick),
// notification delivery and rollup compaction — the last two as jobs on the node's job runner.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { RequestContext } from '../gateway/context.ts';
import type { JobContext } from '../jobs/types.ts';
import type { AreaContext } from '../server/areas.ts';
import type { RequestRecord } from '../spec/record.ts';
import { createMonitoringMetrics, type MonitoringMetrics } from '../telemetry/monitoring-metrics.ts';
import { type EvaluationReport, evaluateAll } from './alerts/engine.ts';
import type { DeliveryOptions } from './alerts/notify/deliver.ts';
import { NOTIFY_QUEUE, type NotifyJob, notifyKey, notifyQueueOptions, runNotifyJob } from './alerts/notify/queue.ts';
import { AlertStore } from './alerts/store.ts';
import { type Clock, DAY_MS, HOUR_MS, MINUTE_MS, minuteOf, systemClock } from './clock.ts';
import type { OnlineEvalSpec } from './definitions.ts';
import { feedbackFromTag } from './feedback/schema.ts';
import { FeedbackService } from './feedback/service.ts';
import { FeedbackStore } from './feedback/store.ts';
import { EVAL_TAG, ONLINE_EVAL_QUEUE, type OnlineEvalJob, OnlineEvaluator } from './online-eval/runner.ts';
import { SignalCollector } from './signals/collector.ts';
import { answerOf, promptOf, requestTimeFeedback } from './signals/features.ts';
import { DefinitionStore } from './store/definitions.ts';
import { type CompactionResult, compactRollups } from './store/compact.ts';
import { foldRollups } from './store/hourly.ts';
import { readMerged, writeWindows } from './store/rollups.ts';
import { claimTick, finishTick, pruneTicks } from './store/ticks.ts';

export const COMPACT_QUEUE = 'monitoring.compact';

export interface MonitoringOptions {
  clock?: Clock;
  /** How often pending window aggregates are written (default 10 s; 0 = only on flush()/evaluate()). */
  flushIntervalMs?: number;
  /**
   * The evaluation tick (default 60 s; 0 = no timer, only when asked, e.g. tests and the CLI). Ticks are
   * aligned to the clock and claimed in the store, so a fleet evaluates each tick once (see store/ticks.ts).
   */
  evaluateIntervalMs?: number;
  /** Whether this node takes part in claiming ticks (default true; LINTEL_MONITOR_EVALUATE=0 turns it off). */
  evaluator?: boolean;
  /** Notification jobs: attempts, backoff and timeout. */
  delivery?: DeliveryOptions;
  /** Minute rollups older than this are compacted into hour rows (default 7 days; at least 1). */
  compactAfterDays?: number;
  /** Rollups older than this are deleted (default 90 days; at least compactAfterDays). */
  retentionDays?: number;
}

const SYSTEM_ACTOR = { actor: 'monitoring', role: 'system', tenant: null };

export class MonitoringService {
  readonly clock: Clock;
  readonly collector: SignalCollector;
  readonly defs: DefinitionStore;
  readonly alerts: AlertStore;
  readonly feedbackStore: FeedbackStore;
  readonly feedback: FeedbackService;
  readonly online: OnlineEvaluator;
  readonly metrics: MonitoringMetrics;
  private timers: NodeJS.Timeout[] = [];
  private closed = false;
  private flushing: Promise<void> = Promise.resolve();
  private evaluating: Promise<EvaluationReport> | null = null;
  private onlineSpecs = new Map<string, OnlineEvalSpec>();
  /** Names this node in the tick table. */
  readonly node = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  readonly tickMs: number;
  readonly compactAfterDays: number;
  readonly retentionDays: number;

  constructor(
    readonly ctx: AreaContext,
    private readonly opts: MonitoringOptions = {},
  ) {
    this.clock = opts.clock ?? systemClock;
    this.tickMs = opts.evaluateIntervalMs || 60_000;
    this.compactAfterDays = Math.max(1, opts.compactAfterDays ?? 7);
    this.retentionDays = Math.max(this.compactAfterDays, opts.retentionDays ?? 90);
    this.collector = new SignalCollector(this.clock);
    this.defs = new DefinitionStore(ctx.database);
    this.alerts = new AlertStore(ctx.database);
    this.feedbackStore = new FeedbackStore(ctx.database);
    this.feedback = new FeedbackService(ctx.database, this.feedbackStore, this.collector, this.clock);
    this.metrics = createMonitoringMetrics(ctx.metrics);
    this.online = new OnlineEvaluator(ctx.database, ctx.jobs, this.feedback, this.clock, ctx.logger, {
      gateway: (path, body, o) => ctx.gateway(path, body, o),
      tags: { [EVAL_TAG]: '1' },
    });
  }

  async start(): Promise<void> {
    await this.reloadOnlineEvals();
    this.ctx.jobs.handle<OnlineEvalJob>(ONLINE_EVAL_QUEUE, (job) => this.online.run(job.job.data, this.onlineSpecs), {
      concurrency: 2,
      maxAttempts: 3,
    });
    this.ctx.jobs.handle<NotifyJob>(
      NOTIFY_QUEUE,
      (job) =>
        runNotifyJob(job, {
          defs: this.defs,
          alerts: this.alerts,
          clock: this.clock,
          logger: this.ctx.logger,
          timeoutMs: this.opts.delivery?.timeoutMs,
        }),
      notifyQueueOptions(this.opts.delivery),
    );
    this.ctx.jobs.handle(COMPACT_QUEUE, (job) => this.compact(job), { maxAttempts: 3, leaseMs: 120_000 });
    this.ctx.onFinish((ctx, record) => this.observe(ctx, record));
    const flushMs = this.opts.flushIntervalMs ?? 10_000;
    if (flushMs > 0) this.every(flushMs, () => this.flush());
    if (this.opts.evaluateIntervalMs !== 0) {
      // Shortly after each tick boundary, once every node's flush has written the minute that just ended.
      this.aligned(this.tickMs, Math.min(flushMs + 2000, this.tickMs / 2), () => this.tick().then(() => undefined));
    }
  }

  private every(ms: number, fn: () => Promise<void>): void {
    const t = setInterval(() => {
      fn().catch((err) => this.ctx.logger.warn({ err }, 'monitoring task failed'));
    }, ms);
    t.unref();
    this.timers.push(t);
  }

  /** Runs fn at `offsetMs` past every multiple of `ms` of wall time. */
  private aligned(ms: number, offsetMs: number, fn: () => Promise<void>): void {
    const wait = ms - ((Date.now() - offsetMs) % ms);
    const t = setTimeout(() => {
      if (this.closed) return;
      this.timers = this.timers.filter((x) => x !== t);
      fn().catch((err) => this.ctx.logger.warn({ err }, 'monitoring task failed'));
      this.aligned(ms, offsetMs, fn);
    }, wait);
    t.unref();
    this.timers.push(t);
  }

  /**
   * One tick of this node: write pending windows, reload definitions, and — when this node claims the tick in
   * the store — evaluate; otherwise only refresh this node's gauges from the stored alert state. The node that
   * evaluates the first tick of an hour also queues the compaction job. Returns the report when it evaluated.
   */
  async tick(): Promise<EvaluationReport | null> {
    const now = this.clock.now();
    const tick = now - (now % this.tickMs);
    await this.flush();
    await this.reloadOnlineEvals();
    if (this.opts.evaluator === false || !(await claimTick(this.ctx.database, tick, this.node, now))) {
      await this.refreshMetrics(now);
      return null;
    }
    const report = await this.evaluate();
    await finishTick(this.ctx.database, tick, this.clock.now(), report.transitions.length);
    if (Math.floor(tick / HOUR_MS) !== Math.floor((tick - this.tickMs) / HOUR_MS)) {
      await this.ctx.jobs.enqueue(COMPACT_QUEUE, {}, { singletonKey: 'compact' });
    }
    return report;
  }

  /**
   * The compaction and retention job (see store/compact.ts); also folds the hours that ended into the console's
   * hourly rollup (store/hourly.ts) and prunes old tick rows.
   */
  async compact(job?: JobContext): Promise<CompactionResult & { folded: number; ticksDeleted: number }> {
    const now = this.clock.now();
    const { folded } = await foldRollups(this.ctx.database, { before: now, signal: job?.signal });
    const result = await compactRollups(this.ctx.database, {
      compactBefore: now - this.compactAfterDays * DAY_MS,
      deleteBefore: now - this.retentionDays * DAY_MS,
      signal: job?.signal,
      progress: job ? (p) => job.progress(p) : undefined,
    });
    const ticksDeleted = await pruneTicks(this.ctx.database, now - this.compactAfterDays * DAY_MS);
    return { ...result, folded, ticksDeleted };
  }

  /** Hot path (an onFinish listener): never throws, never awaits. */
  observe(ctx: RequestContext, record: RequestRecord): void {
    // Model-performance monitoring watches model calls: a search (/v1/retrieve and its feedback) has no model, prompt
    // or answer to watch, and its sub-millisecond latencies would dilute the model latency windows. Searches are in the
    // request log and /metrics.
    if (record.endpoint === 'retrieve' || record.endpoint === 'retrieve_feedback') return;
    try {
      this.collector.observe(ctx, record);
      if (record.route !== null && record.status < 400) {
        this.online.maybeSample(
          record.route,
          () => {
            const answer = answerOf(ctx);
            const recent = this.collector.recentRequest(record.id);
            if (!answer || !recent) return null;
            return {
              requestId: record.id,
              tenant: record.tenant,
              dims: recent.dims,
              prompt: promptOf(ctx),
              answer: answer.text,
            };
          },
          record.tags,
        );
      }
      for (const t of requestTimeFeedback(record.tags)) {
        const f = feedbackFromTag(record.id, t.name, t.raw);
        const recent = this.collector.recentRequest(record.id);
        if (f && recent) {
          this.feedback.record(recent, f).catch((err) => this.ctx.logger.warn({ err }, 'request-time feedback failed'));
        }
      }
    } catch (err) {
      this.ctx.logger.warn({ err }, 'monitoring observer failed');
    }
  }

  /** Writes the pending windows as one batch (text samples once their minute is over; `all` at shutdown) (serialised; a failed write keeps them for the next flush). */
  flush(all = false): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const windows = this.collector.drain(all);
      if (windows.length === 0) return;
      try {
        await writeWindows(this.ctx.database, windows);
      } catch (err) {
        this.collector.restore(windows);
        this.ctx.logger.warn({ err }, 'monitoring flush failed; kept for the next one');
      }
    });
    return this.flushing;
  }

  /** One evaluation pass at the clock's now, whatever the tick claims (concurrent callers on this node share it). */
  evaluate(): Promise<EvaluationReport> {
    if (this.evaluating) return this.evaluating;
    this.evaluating = (async () => {
      await this.flush();
      await this.reloadOnlineEvals();
      const report = await evaluateAll({
        database: this.ctx.database,
        defs: this.defs,
        alerts: this.alerts,
        clock: this.clock,
        logger: this.ctx.logger,
        enqueueNotification: (job) => this.ctx.jobs.enqueue(NOTIFY_QUEUE, job, { singletonKey: notifyKey(job) }),
        audit: (e) => this.ctx.audit({ actor: SYSTEM_ACTOR, ...e }),
      });
      await this.refreshMetrics(report.at);
      return report;
    })().finally(() => {
      this.evaluating = null;
    });
    return this.evaluating;
  }

  async reloadOnlineEvals(): Promise<void> {
    const specs = (await this.defs.list<OnlineEvalSpec>('online_eval')).map((d) => d.spec);
    this.onlineSpecs = new Map(specs.map((s) => [s.name, s]));
    this.online.configure(specs);
  }

  /** This node's gauges from the stored alert state and the last hour's scores. */
  private async refreshMetrics(at: number): Promise<void> {
    this.metrics.reset();
    const rows = await this.alerts.all();
    const counts: Record<string, number> = {};
    for (const a of rows) {
      counts[a.state] = (counts[a.state] ?? 0) + 1;
      if (a.value === null) continue;
      const group = Object.entries(a.labels)
        .filter(([k]) => !['rule', 'feature', 'slo', 'severity'].includes(k))
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
      if (a.rule.startsWith('slo:')) this.metrics.setSlo(a.rule.slice(4), a.labels.severity ?? '', a.value);
      else this.metrics.setMonitorValue(a.rule, group, a.value);
      const d = a.details as { method?: string; drifted?: boolean };
      if (a.labels.feature && d.method)
        this.metrics.setDrift(a.rule, a.labels.feature, d.method, group, a.value, d.drifted === true);
    }
    this.metrics.setAlerts(counts);
    const to = minuteOf(at) + MINUTE_MS; // the last hour, the current minute included
    const byRoute = await readMerged(this.ctx.database, { from: to - 60 * MINUTE_MS, to, groupBy: ['route'] });
    for (const [route, agg] of byRoute) {
      for (const [name, s] of Object.entries(agg.scores))
        if (s.n > 0) this.metrics.setScore(route, name, s.sum / s.n, s.n);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    if (this.evaluating) await this.evaluating.catch(() => undefined);
    await this.flush(true);
  }
}
