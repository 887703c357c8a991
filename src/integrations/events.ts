// What the streaming sinks carry: one event per request record or audit event, in a shape every sink formats
// its own way (OTLP log record, RFC 5424 message, Splunk HEC event, Elastic document).
import type { AuditEvent } from '../governance/audit/index.ts';
import type { SpoolCodec, Timed } from '../recording/spool.ts';
import type { RequestRecord } from '../spec/record.ts';

export type StreamKind = 'request' | 'audit';
export const STREAM_KINDS: readonly StreamKind[] = ['request', 'audit'];

export interface StreamEvent extends Timed {
  kind: StreamKind;
  /** Stable id (the request id, or `audit-<seq>`): receivers that index by id drop a re-delivered event. */
  id: string;
  /** When it happened (epoch ms): the record's end, the audit event's time. */
  time: number;
  /** The request record (without its explanation) or the audit event, as /admin returns them. */
  data: Record<string, unknown>;
}

export function requestEvent(record: RequestRecord, at = Date.now()): StreamEvent {
  const { explanation: _explanation, ...data } = record;
  return { kind: 'request', id: record.id, time: record.doneAt, data, at };
}

export function auditEvent(event: AuditEvent, at = Date.now()): StreamEvent {
  return { kind: 'audit', id: `audit-${event.seq}`, time: event.ts, data: { ...event }, at };
}

/** Syslog-style severity: audit events are notices; failed calls are warnings (4xx) or errors (5xx). */
export function severityOf(e: StreamEvent): { number: number; text: 'ERROR' | 'WARN' | 'NOTICE' | 'INFO' } {
  if (e.kind === 'audit') return { number: 5, text: 'NOTICE' };
  const status = typeof e.data.status === 'number' ? e.data.status : 0;
  if (status >= 500) return { number: 3, text: 'ERROR' };
  if (status >= 400) return { number: 4, text: 'WARN' };
  return { number: 6, text: 'INFO' };
}

/** Event name used by every sink: `lintel.request` or `lintel.audit`. */
export function eventName(e: StreamEvent): string {
  return `lintel.${e.kind}`;
}

export const streamEventCodec: SpoolCodec<StreamEvent> = {
  encode: (e) => e,
  decode(json) {
    const o = json as Partial<StreamEvent> | null;
    if (
      !o ||
      (o.kind !== 'request' && o.kind !== 'audit') ||
      typeof o.id !== 'string' ||
      typeof o.time !== 'number' ||
      typeof o.data !== 'object' ||
      o.data === null
    ) {
      throw new Error('not a stream event');
    }
    return { kind: o.kind, id: o.id, time: o.time, data: o.data, at: typeof o.at === 'number' ? o.at : Date.now() };
  },
};
