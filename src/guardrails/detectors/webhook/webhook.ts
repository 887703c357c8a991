// Webhook guard: POST {text, stage} to an external service and read its verdict
// { "verdict": "block" | "flag" | "pass", "score"?: number, "reason"?: string }.
// Timeouts and errors throw; the engine applies the guard's on_error (fail-open / fail-closed).

import { request } from 'undici';
import type { AsyncDetector, AsyncVerdict } from '../../types.ts';

export interface WebhookOptions {
  url: string;
  timeoutMs?: number; // default 1000
  headers?: Record<string, string>;
}

export class WebhookError extends Error {}

export function createWebhookDetector(o: WebhookOptions, id = 'webhook'): AsyncDetector {
  const timeout = o.timeoutMs ?? 1000;
  new URL(o.url); // invalid URLs fail at config load
  return {
    id,
    kind: 'async',
    streaming: 'final',
    async detect({ view, stage, ctx }): Promise<AsyncVerdict> {
      const signal = ctx.signal
        ? AbortSignal.any([ctx.signal, AbortSignal.timeout(timeout)])
        : AbortSignal.timeout(timeout);
      const res = await request(o.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...o.headers },
        body: JSON.stringify({ text: view.raw, stage, requestId: ctx.requestId }),
        signal,
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
      if (res.statusCode < 200 || res.statusCode >= 300) {
        await res.body.dump();
        throw new WebhookError(`webhook answered ${res.statusCode}`);
      }
      const body = (await res.body.json()) as { verdict?: unknown; score?: unknown; reason?: unknown };
      const verdict = body.verdict;
      if (verdict !== 'block' && verdict !== 'flag' && verdict !== 'pass')
        throw new WebhookError('webhook verdict missing');
      const score = typeof body.score === 'number' ? Math.max(0, Math.min(1, body.score)) : verdict === 'pass' ? 0 : 1;
      const reason = typeof body.reason === 'string' ? body.reason.slice(0, 200) : undefined;
      return {
        verdict,
        score,
        reason,
        detections:
          verdict === 'pass' ? [] : [{ detector: id, type: 'webhook', start: 0, end: view.raw.length, score }],
      };
    },
  };
}
