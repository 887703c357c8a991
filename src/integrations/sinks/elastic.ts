// Elasticsearch / OpenSearch bulk API: POST /_bulk, NDJSON of `create` action lines (index and the event id)
// each followed by its document. The answer is checked item by item: created (201) or already there (409, a
// re-delivery) is delivered; 429 / 5xx items make the batch retry (the created ones answer 409 next time);
// other refusals (mapping errors) go to the dead-letter file.
// https://www.elastic.co/guide/en/elasticsearch/reference/current/docs-bulk.html
import type { SinkConfig } from '../config.ts';
import { type EventSink, excerpt, isPermanentStatus, type RejectedEvent, RetryableDeliveryError } from '../delivery.ts';
import type { StreamEvent } from '../events.ts';
import { HttpPoster, refusedBatch } from '../http-post.ts';

type ElasticConfig = Extract<SinkConfig, { type: 'elastic' }>;

interface BulkItem {
  status?: number;
  error?: { type?: string; reason?: string };
}

/** The action line and document of one event. */
export function bulkLines(cfg: ElasticConfig, e: StreamEvent): string {
  const index = e.kind === 'audit' ? cfg.index.audit : cfg.index.requests;
  const doc = { '@timestamp': new Date(e.time).toISOString(), 'event.kind': e.kind, 'event.id': e.id, ...e.data };
  return `${JSON.stringify({ create: { _index: index, _id: e.id } })}\n${JSON.stringify(doc)}\n`;
}

export class ElasticBulkSink implements EventSink {
  readonly label: string;
  readonly #cfg: ElasticConfig;
  readonly #http: HttpPoster;
  readonly #url: string;
  readonly #auth: Record<string, string>;

  constructor(cfg: ElasticConfig) {
    this.#cfg = cfg;
    this.label = `elastic:${cfg.name}`;
    this.#url = new URL('_bulk', cfg.url.endsWith('/') ? cfg.url : `${cfg.url}/`).toString();
    this.#http = new HttpPoster({ timeoutMs: cfg.timeout_ms, tls: cfg.tls });
    this.#auth = cfg.api_key
      ? { authorization: `ApiKey ${cfg.api_key}` }
      : cfg.username !== undefined
        ? { authorization: `Basic ${Buffer.from(`${cfg.username}:${cfg.password ?? ''}`).toString('base64')}` }
        : {};
  }

  async send(events: readonly StreamEvent[]): Promise<RejectedEvent[]> {
    let body = '';
    for (const e of events) body += bulkLines(this.#cfg, e);
    const res = await this.#http.post(this.#url, { ...this.#auth, 'content-type': 'application/x-ndjson' }, body);
    if (res.status < 200 || res.status >= 300) return refusedBatch(events, res);
    let answer: { errors?: boolean; items?: Record<string, BulkItem>[] };
    try {
      answer = JSON.parse(res.text);
    } catch {
      throw new RetryableDeliveryError(`bulk answer is not JSON: ${excerpt(res.text, 100)}`);
    }
    if (!answer.errors) return [];
    const items = answer.items ?? [];
    if (items.length !== events.length) {
      throw new RetryableDeliveryError(`bulk answer has ${items.length} items for ${events.length} events`);
    }
    const rejected: RejectedEvent[] = [];
    let retry = 0;
    items.forEach((entry, i) => {
      const item = Object.values(entry)[0] ?? {};
      const status = item.status ?? 0;
      if ((status >= 200 && status < 300) || status === 409) return; // 409: created by an earlier delivery
      if (isPermanentStatus(status)) {
        rejected.push({
          event: events[i],
          reason: `${status} ${item.error?.type ?? ''}: ${excerpt(item.error?.reason ?? '', 200)}`,
        });
      } else retry++;
    });
    if (retry > 0) throw new RetryableDeliveryError(`${retry} of ${events.length} bulk items must be retried`);
    return rejected;
  }

  close(): Promise<void> {
    return this.#http.close();
  }
}
