// Finished request records by id, for code that called the gateway and needs the record (cost) it produced: the
// onFinish listener offers records, a caller awaits one. Bounded: unclaimed records are dropped oldest first.
import type { RequestRecord } from '../spec/record.ts';

const MAX_KEPT = 2000;

export class RequestWaiter {
  private readonly kept = new Map<string, RequestRecord>();
  private readonly waiting = new Map<string, (r: RequestRecord) => void>();

  offer(record: RequestRecord): void {
    // Nothing in process waits for a search's record (evaluations and shadows call models), and keeping each one
    // (a map insert and an eviction per search) was a measurable share of a search's CPU.
    if (record.endpoint === 'retrieve' || record.endpoint === 'retrieve_feedback') return;
    const w = this.waiting.get(record.id);
    if (w) {
      this.waiting.delete(record.id);
      w(record);
      return;
    }
    this.kept.set(record.id, record);
    if (this.kept.size > MAX_KEPT) this.kept.delete(this.kept.keys().next().value as string);
  }

  /** The record of request `id`, or null if it does not arrive within timeoutMs. */
  wait(id: string, timeoutMs = 2000): Promise<RequestRecord | null> {
    const have = this.kept.get(id);
    if (have) {
      this.kept.delete(id);
      return Promise.resolve(have);
    }
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.waiting.delete(id);
        resolve(null);
      }, timeoutMs);
      t.unref();
      this.waiting.set(id, (r) => {
        clearTimeout(t);
        resolve(r);
      });
    });
  }
}
