// Notification bodies in each receiver's documented format:
// - generic webhook: JSON signed with HMAC-SHA256 over "<timestamp>.<body>" (x-lintel-signature: sha256=<hex>);
// - Slack incoming webhook: `text` (the fallback every client shows) plus mrkdwn `blocks`;
// - PagerDuty Events API v2: one event per alert, `dedup_key` = the alert's fingerprint, so a resolve
//   closes the incident its trigger opened.
import { createHmac } from 'node:crypto';

export interface AlertNotice {
  fingerprint: string;
  rule: string;
  state: 'firing' | 'resolved';
  severity: 'page' | 'ticket' | 'info';
  labels: Record<string, string>;
  value: number | null;
  summary: string;
  details: Record<string, unknown>;
  startsAt: number;
  endsAt: number | null;
}

export interface OutgoingRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** PagerDuty takes one event per alert: these are sent one by one. */
  dedupKey?: string;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function webhookPayload(receiver: string, groupKey: string, alerts: AlertNotice[], now: number): unknown {
  return {
    version: '1',
    receiver,
    group_key: groupKey,
    status: alerts.some((a) => a.state === 'firing') ? 'firing' : 'resolved',
    alerts: alerts.map((a) => ({
      fingerprint: a.fingerprint,
      rule: a.rule,
      status: a.state,
      severity: a.severity,
      labels: a.labels,
      value: a.value,
      summary: a.summary,
      details: a.details,
      starts_at: iso(a.startsAt),
      ends_at: iso(a.endsAt),
    })),
    sent_at: iso(now),
  };
}

export function signBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function webhookRequest(
  r: { name: string; url: string; secret?: string },
  groupKey: string,
  alerts: AlertNotice[],
  now: number,
): OutgoingRequest {
  const body = JSON.stringify(webhookPayload(r.name, groupKey, alerts, now));
  const timestamp = String(Math.floor(now / 1000));
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-lintel-timestamp': timestamp };
  if (r.secret) headers['x-lintel-signature'] = signBody(r.secret, timestamp, body);
  return { url: r.url, headers, body };
}

export function slackRequest(r: { url: string }, alerts: AlertNotice[]): OutgoingRequest {
  const firing = alerts.filter((a) => a.state === 'firing');
  const head =
    firing.length > 0
      ? `:rotating_light: [FIRING:${firing.length}] ${alerts[0].rule}`
      : `:white_check_mark: [RESOLVED] ${alerts[0].rule}`;
  const lines = alerts.map((a) => {
    const labels = Object.entries(a.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    return `*${a.state === 'firing' ? 'Firing' : 'Resolved'}* (${a.severity}) ${a.summary}${labels ? `\n_${labels}_` : ''}`;
  });
  const text = `${head}\n${lines.join('\n')}`;
  return {
    url: r.url,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      text,
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: head.slice(0, 150), emoji: true } },
        ...lines.map((l) => ({ type: 'section', text: { type: 'mrkdwn', text: l.slice(0, 3000) } })),
      ],
    }),
  };
}

export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';
const PD_SEVERITY = { page: 'critical', ticket: 'warning', info: 'info' } as const;

export function pagerDutyRequests(
  r: { url?: string; routing_key?: string },
  alerts: AlertNotice[],
  now: number,
): OutgoingRequest[] {
  return alerts.map((a) => {
    const event =
      a.state === 'firing'
        ? {
            routing_key: r.routing_key,
            event_action: 'trigger',
            dedup_key: a.fingerprint,
            payload: {
              summary: a.summary.slice(0, 1024),
              source: 'lintel',
              severity: PD_SEVERITY[a.severity],
              timestamp: iso(a.startsAt ?? now),
              component: a.labels.route || undefined,
              group: a.labels.model || undefined,
              class: a.rule,
              custom_details: { ...a.labels, value: a.value, ...a.details },
            },
          }
        : { routing_key: r.routing_key, event_action: 'resolve', dedup_key: a.fingerprint };
    return {
      url: r.url ?? PAGERDUTY_EVENTS_URL,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
      dedupKey: a.fingerprint,
    };
  });
}
