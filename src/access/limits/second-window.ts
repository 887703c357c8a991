// Requests and tokens per second over the last minute, in a ring of 61 one-second buckets. A request counts from
// its second until that second is more than 60 s old, i.e. for between 60 and 61 s: no 60 s window ever holds
// more than the limit (it may wait up to a second longer than a perfect sliding log), and the state per scope is
// bounded whatever the rate. redis-scripts.ts implements the same buckets as hash fields.
export const BUCKETS = 61;

export interface WindowTotals {
  requests: number;
  tokens: number;
  /** Oldest second with requests / tokens still counted, or null. */
  oldestRequestSec: number | null;
  oldestTokenSec: number | null;
}

/** When counts of second `sec` stop counting (ms). */
export function bucketEndMs(sec: number): number {
  return (sec + BUCKETS) * 1000;
}

export class SecondWindow {
  private readonly sec = new Array<number>(BUCKETS).fill(-1);
  private readonly req = new Array<number>(BUCKETS).fill(0);
  private readonly tok = new Array<number>(BUCKETS).fill(0);

  private live(i: number, nowSec: number): boolean {
    return this.sec[i] > nowSec - BUCKETS;
  }

  totals(nowSec: number): WindowTotals {
    const t: WindowTotals = { requests: 0, tokens: 0, oldestRequestSec: null, oldestTokenSec: null };
    for (let i = 0; i < BUCKETS; i++) {
      if (!this.live(i, nowSec)) continue;
      const s = this.sec[i];
      if (this.req[i] > 0) {
        t.requests += this.req[i];
        if (t.oldestRequestSec === null || s < t.oldestRequestSec) t.oldestRequestSec = s;
      }
      if (this.tok[i] > 0) {
        t.tokens += this.tok[i];
        if (t.oldestTokenSec === null || s < t.oldestTokenSec) t.oldestTokenSec = s;
      }
    }
    return t;
  }

  add(nowSec: number, requests: number, tokens: number): void {
    const i = nowSec % BUCKETS;
    if (this.sec[i] !== nowSec) {
      this.sec[i] = nowSec;
      this.req[i] = 0;
      this.tok[i] = 0;
    }
    this.req[i] += requests;
    this.tok[i] += tokens;
  }

  /** Corrects the tokens counted in second `sec`, if that second still counts. */
  adjustTokens(sec: number, delta: number, nowSec: number): void {
    const i = sec % BUCKETS;
    if (this.sec[i] === sec && this.live(i, nowSec)) this.tok[i] = Math.max(0, this.tok[i] + delta);
  }

  /** ms until enough token buckets leave the window for `tokens` more to fit under `tpm`. */
  tokensFreeIn(tokens: number, tpm: number, now: number): number {
    const nowSec = Math.floor(now / 1000);
    const live: [number, number][] = [];
    let sum = 0;
    for (let i = 0; i < BUCKETS; i++) {
      if (this.live(i, nowSec) && this.tok[i] > 0) {
        live.push([this.sec[i], this.tok[i]]);
        sum += this.tok[i];
      }
    }
    if (tokens > tpm) return 60_000;
    live.sort((a, b) => a[0] - b[0]);
    for (const [s, n] of live) {
      sum -= n;
      if (sum + tokens <= tpm) return bucketEndMs(s) - now;
    }
    return 60_000;
  }

  empty(nowSec: number): boolean {
    for (let i = 0; i < BUCKETS; i++) if (this.live(i, nowSec) && (this.req[i] > 0 || this.tok[i] > 0)) return false;
    return true;
  }
}
