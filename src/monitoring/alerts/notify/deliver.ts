// Sends one notification with retries (exponential backoff on network errors, 429 and 5xx; a 4xx other than
// 429 is final). The caller logs the outcome only after the send succeeded or gave up, so a crash between
// sending and logging re-sends rather than loses (at-least-once; receivers dedupe on the group key /
// PagerDuty's dedup_key).
import type { OutgoingRequest } from './payloads.ts';

export interface DeliveryOptions {
  attempts?: number;
  backoffMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface DeliveryResult {
  ok: boolean;
  attempts: number;
  status: number | null;
  error: string | null;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

export async function deliver(req: OutgoingRequest, o: DeliveryOptions = {}): Promise<DeliveryResult> {
  const attempts = o.attempts ?? 5;
  const sleep = o.sleep ?? defaultSleep;
  let last: DeliveryResult = { ok: false, attempts: 0, status: null, error: null };
  for (let i = 1; i <= attempts; i++) {
    try {
      const res = await fetch(req.url, {
        method: 'POST',
        headers: req.headers,
        body: req.body,
        signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return { ok: true, attempts: i, status: res.status, error: null };
      last = { ok: false, attempts: i, status: res.status, error: `http_${res.status}` };
      if (res.status < 500 && res.status !== 429) return last;
    } catch (err) {
      last = { ok: false, attempts: i, status: null, error: (err as Error).name || 'network_error' };
    }
    if (i < attempts) await sleep((o.backoffMs ?? 500) * 2 ** (i - 1));
  }
  return last;
}
