// The contract between a sink and its delivery queue, and how a failure is classified: a receiver that is down,
// overloaded (429, 5xx) or unreachable is retried from the spool; one that refuses the content (other 4xx) will
// refuse it again, so those events are set aside in a dead-letter file instead of blocking the stream.
import type { StreamEvent } from './events.ts';

export interface RejectedEvent {
  event: StreamEvent;
  /** Why the receiver refused it (status and a short excerpt of its answer; never credentials). */
  reason: string;
}

export interface EventSink {
  /** `<type>:<name>` for logs and metrics. */
  readonly label: string;
  /**
   * Delivers one batch, in order. Resolves with the events the receiver refused for good; rejects (any error)
   * when the batch should be retried later, which re-sends all of it (delivery is at least once).
   */
  send(events: readonly StreamEvent[]): Promise<RejectedEvent[]>;
  close(): Promise<void>;
}

/** A refusal that retrying will not change (HTTP 4xx other than 408 and 429). */
export function isPermanentStatus(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** The receiver answered but could not take the batch now: retried later. */
export class RetryableDeliveryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'RetryableDeliveryError';
  }
}

/** A short, single-line excerpt of a receiver's answer for logs and the dead-letter file. */
export function excerpt(text: string, max = 300): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

export function rejectAll(events: readonly StreamEvent[], reason: string): RejectedEvent[] {
  return events.map((event) => ({ event, reason }));
}
