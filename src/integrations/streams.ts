// The node's streaming sinks: one DurableQueue per configured sink (the request log's queue, spool and replay;
// see src/recording/durable-queue.ts), fed by the finish listener (request records) and the audit log's
// listener (audit events). Feeding is O(1) and never blocks a request: a full queue spills to the sink's spool
// at <dataDir>/spool/sinks/<name>/<pid>/events-<ts>.jsonl, replayed in order when the receiver is back. Events a
// receiver refuses for good (4xx) go to rejected-<ts>.jsonl beside it, with the reason, and are counted. The
// directory is per process (<name>/<pid>/, see spool-dir.ts), so `--workers N` processes never share one.
import { join } from 'node:path';
import type { Logger } from 'pino';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { AuditEvent } from '../governance/audit/index.ts';
import { DurableQueue, type DurableQueueStats } from '../recording/durable-queue.ts';
import { Spool, type SpoolCodec } from '../recording/spool.ts';
import type { RequestRecord } from '../spec/record.ts';
import type { IntegrationsConfig, SinkConfig } from './config.ts';
import type { EventSink } from './delivery.ts';
import { claimSpoolDir } from './spool-dir.ts';
import { auditEvent, requestEvent, type StreamEvent, streamEventCodec } from './events.ts';
import { ElasticBulkSink } from './sinks/elastic.ts';
import { OtlpLogSink } from './sinks/otlp.ts';
import { SplunkHecSink } from './sinks/splunk-hec.ts';
import { SyslogSink } from './sinks/syslog.ts';

interface DeadLetter extends StreamEvent {
  reason: string;
}

const deadLetterCodec: SpoolCodec<DeadLetter> = {
  encode: (e) => e,
  decode: (json) => ({ ...streamEventCodec.decode(json), reason: String((json as { reason?: unknown }).reason) }),
};

export function createSink(cfg: SinkConfig): EventSink {
  switch (cfg.type) {
    case 'otlp':
      return new OtlpLogSink(cfg);
    case 'syslog':
      return new SyslogSink(cfg);
    case 'splunk_hec':
      return new SplunkHecSink(cfg);
    case 'elastic':
      return new ElasticBulkSink(cfg);
  }
}

export interface SinkStats extends DurableQueueStats {
  name: string;
  type: SinkConfig['type'];
  delivered: number;
  rejected: number;
}

class SinkChannel {
  readonly queue: DurableQueue<StreamEvent>;
  readonly deadLetter: Spool<DeadLetter>;
  readonly requests: boolean;
  readonly audit: boolean;
  delivered = 0;
  rejected = 0;
  #lastLogged = 0;

  constructor(
    readonly cfg: SinkConfig,
    readonly sink: EventSink,
    spoolDir: string,
    logger: Logger,
    counters: { delivered: Counter<'sink'>; rejected: Counter<'sink'>; failures: Counter<'sink'> },
  ) {
    this.requests = cfg.streams.includes('requests');
    this.audit = cfg.streams.includes('audit');
    this.deadLetter = new Spool<DeadLetter>(spoolDir, { prefix: 'rejected', codec: deadLetterCodec });
    this.queue = new DurableQueue<StreamEvent>({
      spoolDir,
      spoolPrefix: 'events',
      spoolCodec: streamEventCodec,
      flushIntervalMs: cfg.flush_interval_ms,
      batchSize: cfg.batch_size,
      maxQueue: cfg.max_queue,
      writeTimeoutMs: cfg.timeout_ms + 1_000,
      retryMinMs: cfg.retry_min_ms,
      retryMaxMs: cfg.retry_max_ms,
      sink: {
        writeBatch: async (events) => {
          const refused = await sink.send(events);
          if (refused.length > 0) {
            await this.deadLetter.append(refused.map((r) => ({ ...r.event, reason: r.reason })));
            this.rejected += refused.length;
            counters.rejected.inc({ sink: cfg.name }, refused.length);
            logger.error(
              { sink: sink.label, rejected: refused.length, reason: refused[0].reason, dir: spoolDir },
              'sink refused events; kept in its rejected-*.jsonl file',
            );
          }
          this.delivered += events.length - refused.length;
          counters.delivered.inc({ sink: cfg.name }, events.length - refused.length);
        },
      },
      onError: (err, where) => {
        counters.failures.inc({ sink: cfg.name });
        // A receiver that stays down fails every replay attempt: log the first failure, then once a minute.
        const now = Date.now();
        if (where === 'replay' && now - this.#lastLogged < 60_000) return;
        this.#lastLogged = now;
        logger.warn(
          { sink: sink.label, where, err: (err as Error).message },
          'sink delivery failing; spooling to disk',
        );
      },
    });
  }
}

export interface IntegrationStreamsOptions {
  dataDir: string;
  logger: Logger;
  /** The node's Prometheus registry (lintel_sink_* metrics). */
  registry?: Registry;
}

export class IntegrationStreams {
  readonly #channels: SinkChannel[];
  readonly #requests: SinkChannel[];
  readonly #audit: SinkChannel[];

  constructor(cfg: IntegrationsConfig, opts: IntegrationStreamsOptions) {
    const registers = opts.registry ? [opts.registry] : [];
    const counters = {
      delivered: new Counter({
        name: 'lintel_sink_delivered_events_total',
        help: 'Events (request records, audit events) a streaming sink delivered',
        labelNames: ['sink'] as const,
        registers,
      }),
      rejected: new Counter({
        name: 'lintel_sink_rejected_events_total',
        help: 'Events a streaming sink refused for good (4xx); kept in its rejected-*.jsonl file',
        labelNames: ['sink'] as const,
        registers,
      }),
      failures: new Counter({
        name: 'lintel_sink_failures_total',
        help: 'Failed deliveries to a streaming sink (retried from its spool)',
        labelNames: ['sink'] as const,
        registers,
      }),
    };
    this.#channels = cfg.sinks.map(
      (s) =>
        new SinkChannel(
          s,
          createSink(s),
          claimSpoolDir(join(opts.dataDir, 'spool', 'sinks', s.name)),
          opts.logger,
          counters,
        ),
    );
    this.#requests = this.#channels.filter((c) => c.requests);
    this.#audit = this.#channels.filter((c) => c.audit);
    this.#gauge(
      'lintel_sink_queue_depth',
      "Events waiting in a streaming sink's memory queue",
      (s) => s.queueDepth,
      registers,
    );
    this.#gauge(
      'lintel_sink_spooled_events',
      "Events in a streaming sink's disk spool, waiting for its receiver",
      (s) => s.spooledRecords,
      registers,
    );
    this.#gauge(
      'lintel_sink_degraded',
      '1 while a streaming sink delivers through its spool',
      (s) => (s.degraded ? 1 : 0),
      registers,
    );
  }

  #gauge(name: string, help: string, read: (s: SinkStats) => number, registers: Registry[]): void {
    const stats = () => this.stats();
    new Gauge({
      name,
      help,
      labelNames: ['sink'] as const,
      registers,
      collect() {
        for (const s of stats()) this.set({ sink: s.name }, read(s));
      },
    });
  }

  get enabled(): boolean {
    return this.#channels.length > 0;
  }

  /** Opens the spools and starts replaying what an earlier run left (in the background). */
  async start(): Promise<void> {
    for (const c of this.#channels) {
      await c.deadLetter.open();
      await c.queue.start();
    }
  }

  /** Finish listener: O(1) per sink, never throws. */
  onRecord(record: RequestRecord): void {
    if (this.#requests.length === 0) return;
    const e = requestEvent(record);
    for (const c of this.#requests) c.queue.push(e);
  }

  /** Audit log listener. */
  onAudit(event: AuditEvent): void {
    if (this.#audit.length === 0) return;
    const e = auditEvent(event);
    for (const c of this.#audit) c.queue.push(e);
  }

  stats(): SinkStats[] {
    return this.#channels.map((c) => ({
      name: c.cfg.name,
      type: c.cfg.type,
      delivered: c.delivered,
      rejected: c.rejected,
      ...c.queue.stats(),
    }));
  }

  /** The sink named `name` (tests check syslog connection state). */
  sink(name: string): EventSink | undefined {
    return this.#channels.find((c) => c.cfg.name === name)?.sink;
  }

  /** Flushes every queue now (to the receiver, or the spool). */
  async flush(): Promise<void> {
    await Promise.all(this.#channels.map((c) => c.queue.flush()));
  }

  /** Flushes, tries to drain the spools for a bounded time, then closes connections; the rest stays spooled. */
  async close(): Promise<void> {
    await Promise.all(this.#channels.map((c) => c.queue.close()));
    await Promise.all(this.#channels.map((c) => Promise.all([c.deadLetter.close(), c.sink.close()])));
  }
}
