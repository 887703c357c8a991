// Splunk HTTP Event Collector: POST /services/collector/event, `Authorization: Splunk <token>`, the batch as
// concatenated JSON event objects (one per line). https://docs.splunk.com/Documentation/Splunk/latest/Data/FormateventsforHTTPEventCollector
import { hostname } from 'node:os';
import type { SinkConfig } from '../config.ts';
import type { EventSink, RejectedEvent } from '../delivery.ts';
import type { StreamEvent } from '../events.ts';
import { HttpPoster, refusedBatch } from '../http-post.ts';

type SplunkConfig = Extract<SinkConfig, { type: 'splunk_hec' }>;

export const HEC_EVENT_PATH = '/services/collector/event';

/** One HEC event object: epoch seconds (with ms), host, source, sourcetype, optional index, the event itself. */
export function hecEvent(cfg: SplunkConfig, host: string, e: StreamEvent): Record<string, unknown> {
  return {
    time: e.time / 1000,
    host,
    source: cfg.source,
    sourcetype: e.kind === 'audit' ? cfg.sourcetype.audit : cfg.sourcetype.requests,
    ...(cfg.index ? { index: cfg.index } : {}),
    event: { kind: e.kind, id: e.id, ...e.data },
  };
}

export class SplunkHecSink implements EventSink {
  readonly label: string;
  readonly #cfg: SplunkConfig;
  readonly #http: HttpPoster;
  readonly #url: string;
  readonly #host = hostname();

  constructor(cfg: SplunkConfig) {
    this.#cfg = cfg;
    this.label = `splunk_hec:${cfg.name}`;
    this.#url = new URL(HEC_EVENT_PATH, cfg.url).toString();
    this.#http = new HttpPoster({ timeoutMs: cfg.timeout_ms, tls: cfg.tls });
  }

  async send(events: readonly StreamEvent[]): Promise<RejectedEvent[]> {
    let body = '';
    for (const e of events) body += `${JSON.stringify(hecEvent(this.#cfg, this.#host, e))}\n`;
    const res = await this.#http.post(
      this.#url,
      { authorization: `Splunk ${this.#cfg.token}`, 'content-type': 'application/json' },
      body,
    );
    return res.status >= 200 && res.status < 300 ? [] : refusedBatch(events, res);
  }

  close(): Promise<void> {
    return this.#http.close();
  }
}
