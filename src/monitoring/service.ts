// The monitoring service of one node: the hot-path collector, batched flushes of window aggregates,
// feedback, online evaluation and the evaluation pass (monitors, SLOs, alerts, metrics).
import type { RequestContext } from '../gateway/context.ts';
import type { AreaContext } from '../server/areas.ts';
import type { RequestRecord } from '../spec/record.ts';
import { createMonitoringMetrics, type MonitoringMetrics } from '../telemetry/monitoring-metrics.ts';
import { type EvaluationReport, evaluateAll } from './alerts/engine.ts';
import type { DeliveryOptions } from './alerts/notify/deliver.ts';
import { AlertStore } from './alerts/store.ts';
import { type Clock, MINUTE_MS, minuteOf, systemClock } from './clock.ts';
import type { OnlineEvalSpec } from './definitions.ts';
import { feedbackFromTag } from './feedback/schema.ts';
import { FeedbackService } from './feedback/service.ts';
import { FeedbackStore } from './feedback/store.ts';
import { ONLINE_EVAL_QUEUE, type OnlineEvalJob, OnlineEvaluator } from './online-eval/runner.ts';
import { SignalCollector } from './signals/collector.ts';
import { answerOf, promptOf, requestTimeFeedback } from './signals/features.ts';
import { DefinitionStore } from './store/definitions.ts';
import { readMerged, writeWindows } from './store/rollups.ts';

export interface MonitoringOptions {
  clock?: Clock;
  /** How often pending window aggregates are written (default 10 s; 0 = only on flush()/evaluate()). */
  flushIntervalMs?: number;
  /** How often monitors and SLOs are evaluated (default 60 s; 0 = only when asked, e.g. tests and the CLI). */
  evaluateIntervalMs?: number;
  delivery?: DeliveryOptions;
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
  private flushing: Promise<void> = Promise.resolve();
  private evaluating: Promise<EvaluationReport> | null = null;
  private onlineSpecs = new Map<string, OnlineEvalSpec>();

  constructor(
    readonly ctx: AreaContext,
    private readonly opts: MonitoringOptions = {},
  ) {
    this.clock = opts.clock ?? systemClock;
    this.collector = new SignalCollector(this.clock);
    this.defs = new DefinitionStore(ctx.database);
    this.alerts = new AlertStore(ctx.database);
    this.feedbackStore = new FeedbackStore(ctx.database);
    this.feedback = new FeedbackService(ctx.database, this.feedbackStore, this.collector, this.clock);
    this.metrics = createMonitoringMetrics(ctx.metrics);
    this.online = new OnlineEvaluator(ctx.database, ctx.jobs, this.feedback, this.clock, ctx.logger, {
      gateway: (path, body) => ctx.gateway(path, body, { tags: { lintel_online_eval: '1' } }),
    });
  }

  async start(): Promise<void> {
    await this.reloadOnlineEvals();
    this.ctx.jobs.handle<OnlineEvalJob>(ONLINE_EVAL_QUEUE, (job) => this.online.run(job.job.data, this.onlineSpecs), {
      concurrency: 2,
      maxAttempts: 3,
    });
    this.ctx.onFinish((ctx, record) => this.observe(ctx, record));
    const flushMs = this.opts.flushIntervalMs ?? 10_000;
    if (flushMs > 0) this.every(flushMs, () => this.flush());
    const evalMs = this.opts.evaluateIntervalMs ?? 60_000;
    if (evalMs > 0) this.every(evalMs, () => this.evaluate().then(() => undefined));
  }

  private every(ms: number, fn: () => Promise<void>): void {
    const t = setInterval(() => {
      fn().catch((err) => this.ctx.logger.warn({ err }, 'monitoring task failed'));
    }, ms);
    t.unref();
    this.timers.push(t);
  }

  /** Hot path (an onFinish listener): never throws, never awaits. */
  observe(ctx: RequestContext, record: RequestRecord): void {
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

  /** One evaluation pass at the clock's now (concurrent callers share it). */
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
        delivery: this.opts.delivery,
        audit: (e) => this.ctx.audit({ actor: SYSTEM_ACTOR, ...e }),
      });
      await this.updateMetrics(report);
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

  private async updateMetrics(report: EvaluationReport): Promise<void> {
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
    const to = minuteOf(report.at) + MINUTE_MS; // the last hour, the current minute included
    const byRoute = await readMerged(this.ctx.database, { from: to - 60 * MINUTE_MS, to, groupBy: ['route'] });
    for (const [route, agg] of byRoute) {
      for (const [name, s] of Object.entries(agg.scores))
        if (s.n > 0) this.metrics.setScore(route, name, s.sum / s.n, s.n);
    }
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    if (this.evaluating) await this.evaluating.catch(() => undefined);
    await this.flush(true);
  }
}
