// Behaviour resolution (header > models[model] > default) and the per-behaviour failFirst counters.

import type { Rng } from './random.ts';
import type { SimBehavior, SimErrorStatus, SimFault } from './types.ts';

export const DEFAULT_ERROR_STATUS: SimErrorStatus = 503;
const HEADER_CACHE_MAX = 256;

export interface Resolved {
  behavior: SimBehavior;
  /** Identifies the layer that set failFirst, so its counter is shared by the requests it governs. */
  failKey: string;
}

export type Outcome = { kind: 'ok' } | { kind: 'fault'; fault: SimFault } | { kind: 'error'; status: number };

export class BadBehaviorHeader extends Error {}

export class BehaviorBook {
  private fallback: SimBehavior;
  private readonly models = new Map<string, SimBehavior>();
  private readonly failCounts = new Map<string, number>();
  // Benchmarks send the same header on every request: parse each distinct value once.
  private readonly headerCache = new Map<string, SimBehavior>();

  constructor(fallback: SimBehavior = {}, models: Record<string, SimBehavior> = {}) {
    this.fallback = fallback;
    for (const [name, b] of Object.entries(models)) this.models.set(name, b);
  }

  set(model: string, b: SimBehavior | undefined): void {
    if (model === '*') {
      this.fallback = b ?? {};
      this.failCounts.delete('*');
    } else {
      if (b) this.models.set(model, b);
      else this.models.delete(model);
      this.failCounts.delete(`m:${model}`);
    }
  }

  modelNames(): string[] {
    return [...this.models.keys()];
  }

  resetCounters(): void {
    this.failCounts.clear();
  }

  /** Throws BadBehaviorHeader when the x-sim-behavior header is not a JSON object. */
  resolve(model: string | null, header: string | undefined): Resolved {
    const perModel = model === null ? undefined : this.models.get(model);
    const fromHeader = header ? this.parseHeader(header) : undefined;
    if (!perModel && !fromHeader) return { behavior: this.fallback, failKey: '*' };
    const behavior = { ...this.fallback, ...perModel, ...fromHeader };
    const failKey =
      fromHeader?.failFirst !== undefined ? `h:${header}` : perModel?.failFirst !== undefined ? `m:${model}` : '*';
    return { behavior, failKey };
  }

  /** Fault first, then failFirst, then errorRate. */
  decide(r: Resolved, rng: Rng): Outcome {
    const b = r.behavior;
    if (b.fault) {
      const rate = b.faultRate ?? 1;
      if (rate >= 1 || (rate > 0 && rng() < rate)) return { kind: 'fault', fault: b.fault };
    }
    if (b.failFirst && b.failFirst > 0) {
      const seen = this.failCounts.get(r.failKey) ?? 0;
      if (seen < b.failFirst) {
        this.failCounts.set(r.failKey, seen + 1);
        return { kind: 'error', status: b.errorStatus ?? DEFAULT_ERROR_STATUS };
      }
    }
    if (b.errorRate && b.errorRate > 0 && (b.errorRate >= 1 || rng() < b.errorRate)) {
      return { kind: 'error', status: b.errorStatus ?? DEFAULT_ERROR_STATUS };
    }
    return { kind: 'ok' };
  }

  private parseHeader(raw: string): SimBehavior {
    const cached = this.headerCache.get(raw);
    if (cached) return cached;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new BadBehaviorHeader('x-sim-behavior must be a JSON object');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new BadBehaviorHeader('x-sim-behavior must be a JSON object');
    }
    if (this.headerCache.size >= HEADER_CACHE_MAX) this.headerCache.clear();
    this.headerCache.set(raw, parsed as SimBehavior);
    return parsed as SimBehavior;
  }
}
