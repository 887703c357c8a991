// One POST of a batch to an HTTP receiver (Splunk HEC, Elastic _bulk): the answer's status and text, or a
// RetryableDeliveryError for a network failure, a timeout, 429 or 5xx.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import { excerpt, isPermanentStatus, type RejectedEvent, RetryableDeliveryError, rejectAll } from './delivery.ts';
import type { StreamEvent } from './events.ts';

export interface HttpTlsOptions {
  /** PEM file of the CA that signed the receiver's certificate (a private CA). */
  ca_file?: string;
  /** Default true; false accepts any certificate (testing only). */
  reject_unauthorized?: boolean;
}

export interface HttpAnswer {
  status: number;
  text: string;
}

export class HttpPoster {
  readonly #agent: Agent;
  readonly #timeoutMs: number;

  constructor(opts: { timeoutMs: number; tls?: HttpTlsOptions; connections?: number }) {
    this.#timeoutMs = opts.timeoutMs;
    this.#agent = new Agent({
      connections: opts.connections ?? 2,
      connect: {
        ...(opts.tls?.ca_file ? { ca: readFileSync(opts.tls.ca_file, 'utf8') } : {}),
        rejectUnauthorized: opts.tls?.reject_unauthorized ?? true,
      },
    });
  }

  /** POSTs `body`; resolves with any 2xx–4xx answer except 408/429, throws RetryableDeliveryError otherwise. */
  async post(url: string, headers: Record<string, string>, body: string): Promise<HttpAnswer> {
    let status: number;
    let text: string;
    try {
      const res = await request(url, {
        method: 'POST',
        headers,
        body,
        dispatcher: this.#agent,
        headersTimeout: this.#timeoutMs,
        bodyTimeout: this.#timeoutMs,
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      status = res.statusCode;
      text = await res.body.text();
    } catch (err) {
      // The URL is kept out of the message: query strings may carry credentials.
      const code = (err as { code?: string }).code;
      throw new RetryableDeliveryError(`network error${code ? ` ${code}` : ''}: ${(err as Error).message}`);
    }
    if (status >= 500 || status === 429 || status === 408) {
      throw new RetryableDeliveryError(`HTTP ${status}`, status);
    }
    return { status, text };
  }

  close(): Promise<void> {
    return this.#agent.close();
  }
}

/** A non-2xx answer to a whole batch: refused for good (4xx) → every event rejected; otherwise retried. */
export function refusedBatch(events: readonly StreamEvent[], res: HttpAnswer): RejectedEvent[] {
  if (isPermanentStatus(res.status)) return rejectAll(events, `HTTP ${res.status}: ${excerpt(res.text)}`);
  throw new RetryableDeliveryError(`HTTP ${res.status}`, res.status);
}
