// What the load process is asked to do and what it answers (sent over the child-process IPC channel).
import type { Percentiles } from '../stats.ts';

export type Shape = 'json' | 'stream';

export interface LoadJob {
  shape: Shape;
  /** Base URL of the target (simulator or Lintel). */
  url: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  durationS: number;
  /** Load before the measured window (not reported): JIT, pools and connections warm up. */
  warmupS: number;
}

export interface LoadResult {
  /** Responses received in the measured window (any status). */
  requests: number;
  /** 2xx responses (streams: complete, ending with [DONE]). */
  ok: number;
  non2xx: number;
  /** Connection errors, timeouts, and streams cut before their end marker. */
  errors: number;
  /** Wall time of the measured window, in seconds. */
  elapsedS: number;
  rps: number;
  /** Whole-response latency of the 2xx responses, in ms (fractional). */
  latency: Percentiles;
  /** Streams: time to the first `data:` event, in ms. */
  ttft: Percentiles | null;
  /** CPU of the load process itself during the window (it shares the machine). */
  clientCpuMs: number;
  /** Responses by HTTP status (streams: by status of the response head). */
  statuses: Record<string, number>;
  tool: 'autocannon' | 'undici-stream-client';
}

export type ToWorker = { type: 'job'; job: LoadJob } | { type: 'go' } | { type: 'exit' };
export type FromWorker = { type: 'warm' } | { type: 'result'; result: LoadResult } | { type: 'error'; message: string };

/** IPC carries JSON: NaN percentiles (no sample) arrive as null; turn them back into NaN. */
export function reviveLoadResult(r: LoadResult): LoadResult {
  const fix = (p: Percentiles): Percentiles => {
    const out = { ...p };
    for (const k of Object.keys(out) as (keyof Percentiles)[]) if (out[k] === null) out[k] = Number.NaN;
    return out;
  };
  return { ...r, latency: fix(r.latency), ttft: r.ttft ? fix(r.ttft) : null };
}
