// Per-target circuit breaker: opens on N consecutive failures or a failure ratio over a sliding
// window; after a cool-down lets exactly one probe through (half-open); the probe decides.
// Hand-written (≈70 lines) rather than cockatiel because Lintel needs both trip rules at once and
// must expose state and reasons to the explanation record and the circuit-state gauge.
import type { BreakerConfig } from '../config/schema.ts';

export type CircuitState = 'closed' | 'open' | 'half-open';

export class CircuitBreaker {
  private state: CircuitState = 'closed';
  private consecutive = 0;
  private openedAt = 0;
  private probeInFlight = false;
  /** Outcomes in the window as [time, ok] pairs; bounded by pruning on every write. */
  private window: { t: number; ok: boolean }[] = [];
  lastReason = '';

  constructor(
    private readonly cfg: BreakerConfig,
    private readonly now: () => number = Date.now,
  ) {}

  /** Current state, moving open → half-open when the cool-down has passed. */
  current(): CircuitState {
    if (this.state === 'open' && this.now() - this.openedAt >= this.cfg.cooldown_ms) this.state = 'half-open';
    return this.state;
  }

  /** Whether a call may go to this target now. In half-open, only one probe at a time. */
  tryAcquire(): boolean {
    if (!this.cfg.enabled) return true;
    const s = this.current();
    if (s === 'closed') return true;
    if (s === 'half-open' && !this.probeInFlight) {
      this.probeInFlight = true;
      return true;
    }
    return false;
  }

  onSuccess(): void {
    this.consecutive = 0;
    this.record(true);
    if (this.state !== 'closed') {
      this.state = 'closed';
      this.window = [];
      this.lastReason = 'probe succeeded';
    }
    this.probeInFlight = false;
  }

  onFailure(): void {
    if (!this.cfg.enabled) return;
    this.consecutive++;
    this.record(false);
    if (this.state === 'half-open') {
      this.trip('probe failed');
    } else if (this.consecutive >= this.cfg.consecutive_failures) {
      this.trip(`${this.consecutive} consecutive failures`);
    } else if (this.window.length >= this.cfg.min_requests) {
      const failures = this.window.reduce((n, o) => n + (o.ok ? 0 : 1), 0);
      const ratio = failures / this.window.length;
      if (ratio >= this.cfg.failure_ratio)
        this.trip(`failure ratio ${ratio.toFixed(2)} over ${this.window.length} calls`);
    }
    this.probeInFlight = false;
  }

  /** Releases a half-open probe slot when the call ended without a verdict (client aborted). */
  release(): void {
    this.probeInFlight = false;
  }

  private trip(reason: string): void {
    this.state = 'open';
    this.openedAt = this.now();
    this.lastReason = reason;
  }

  private record(ok: boolean): void {
    const t = this.now();
    this.window.push({ t, ok });
    const cutoff = t - this.cfg.window_ms;
    let drop = 0;
    while (drop < this.window.length && this.window[drop].t < cutoff) drop++;
    if (drop > 0) this.window.splice(0, drop);
  }
}
