// Budget alerts (at each budget's thresholds, default 50/80/100 %) to a webhook, signed like Stripe's:
// `x-lintel-signature: t=<unix s>,v1=<hex>` where v1 = HMAC-SHA256(secret, `${t}.${body}`). Receivers recompute it
// and reject stale timestamps. Delivery is off the request path, retried twice with backoff, and failures are
// logged (without the secret) and counted.
import { createHmac } from 'node:crypto';
import { request } from 'undici';
import type { BudgetAlert } from './limits/types.ts';

export interface AlertLogger {
  warn(obj: object, msg: string): void;
}

export interface AlertSenderOptions {
  url: string;
  secret: string;
  logger: AlertLogger;
  /** Waits between attempts (ms); three attempts by default. */
  backoffMs?: number[];
}

export interface AlertSender {
  send(alert: BudgetAlert): void;
  stats(): { sent: number; failed: number };
  /** Waits for deliveries in flight (tests, shutdown). */
  idle(): Promise<void>;
}

export function alertPayload(alert: BudgetAlert, now = Date.now()): Record<string, unknown> {
  const s = alert.scope;
  return {
    type: 'budget.threshold',
    threshold: alert.threshold,
    percent: Math.round(alert.threshold * 100),
    cause: alert.cause,
    scope: { level: s.level, tenant: s.tenant, name: s.name, id: s.id },
    budget: s.budget ? { usd: s.budget.usd, period: s.budget.period, period_id: s.budget.periodId } : null,
    spent_usd: alert.spentUsd,
    at: new Date(now).toISOString(),
  };
}

export function signPayload(secret: string, body: string, unixSeconds: number): string {
  const v1 = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}

export function createAlertSender(opts: AlertSenderOptions): AlertSender {
  const backoff = opts.backoffMs ?? [1000, 5000];
  const inflight = new Set<Promise<void>>();
  let sent = 0;
  let failed = 0;

  async function deliver(alert: BudgetAlert): Promise<void> {
    const body = JSON.stringify(alertPayload(alert));
    let lastError = '';
    for (let attempt = 0; attempt <= backoff.length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, backoff[attempt - 1]));
      const t = Math.floor(Date.now() / 1000);
      try {
        const res = await request(opts.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-lintel-event': 'budget.threshold',
            'x-lintel-signature': signPayload(opts.secret, body, t),
          },
          body,
          headersTimeout: 5000,
          bodyTimeout: 5000,
        });
        await res.body.dump();
        if (res.statusCode < 300) {
          sent++;
          return;
        }
        lastError = `HTTP ${res.statusCode}`;
      } catch (err) {
        lastError = (err as Error).message;
      }
    }
    failed++;
    opts.logger.warn(
      { scope: alert.scope.id, threshold: alert.threshold, error: lastError },
      'access: budget alert webhook failed',
    );
  }

  return {
    send(alert) {
      const p = deliver(alert).finally(() => inflight.delete(p));
      inflight.add(p);
    },
    stats: () => ({ sent, failed }),
    async idle() {
      while (inflight.size > 0) await Promise.all([...inflight]);
    },
  };
}
