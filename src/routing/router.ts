// Routes compiled once per config load: public model name → ordered target plan with live breaker and latency state.
import type { BreakerConfig, LintelConfig, ProviderConfig, RouteConfig } from '../config/schema.ts';
import { createAdapter, type ProviderAdapter } from '../providers/index.ts';
import { CircuitBreaker } from './circuit-breaker.ts';

export interface ProviderRuntime {
  name: string;
  config: ProviderConfig;
  adapter: ProviderAdapter;
  origin: string;
}

export interface Target {
  /** "<provider>/<upstream model>": stable id for records, metrics and breakers. */
  id: string;
  provider: ProviderRuntime;
  upstreamModel: string;
  weight: number;
  breaker: CircuitBreaker;
  /** Exponentially weighted moving average of successful attempt latency (ms); null until measured. */
  latencyEwma: number | null;
}

export interface CompiledRoute {
  model: string;
  strategy: RouteConfig['strategy'];
  targets: Target[];
  retry: RouteConfig['retry'];
  timeout: RouteConfig['timeout'];
  /** The route's breaker settings: targets added per request (registry versions) get breakers from them too. */
  circuitBreaker: BreakerConfig;
  /** Guard sets for this route (its own, else the global `guardrails.apply`). */
  guardrails: string[];
  /** Whether bodies are recorded (route opt-in, else `recording.bodies`). */
  recordBodies: boolean;
  /** Registry-backed route: the version is picked per request (GatewayHooks.pickVersion). */
  registry?: { model: string; alias: string };
}

export interface PlanStep {
  target: Target;
  /** Why this target is at this position, for the explanation record. */
  why: string;
}

const EWMA_ALPHA = 0.2;

export class Router {
  readonly providers = new Map<string, ProviderRuntime>();
  private readonly routes = new Map<string, CompiledRoute>();

  constructor(config: LintelConfig, previous?: Router) {
    for (const [name, cfg] of Object.entries(config.providers)) {
      this.providers.set(name, {
        name,
        config: cfg,
        adapter: createAdapter(cfg),
        origin: new URL(cfg.base_url).origin,
      });
    }
    for (const r of config.routes) {
      const targets = r.targets.map((t) => {
        const id = `${t.provider}/${t.model}`;
        // Keep breaker and latency state across config reloads for targets that still exist.
        const old = previous?.routes.get(r.model)?.targets.find((x) => x.id === id);
        return {
          id,
          provider: this.providers.get(t.provider)!,
          upstreamModel: t.model,
          weight: t.weight,
          breaker: old?.breaker ?? new CircuitBreaker(r.circuit_breaker),
          latencyEwma: old?.latencyEwma ?? null,
        };
      });
      this.routes.set(r.model, {
        model: r.model,
        strategy: r.strategy,
        targets,
        retry: r.retry,
        timeout: r.timeout,
        circuitBreaker: r.circuit_breaker,
        guardrails: r.guardrails ?? config.guardrails.apply,
        recordBodies: r.record_bodies ?? config.recording.bodies,
        ...(r.registry ? { registry: parseRegistryRef(r.registry) } : {}),
      });
    }
  }

  resolve(model: string): CompiledRoute | undefined {
    return this.routes.get(model);
  }

  models(): string[] {
    return [...this.routes.keys()];
  }

  allTargets(): Target[] {
    return [...this.routes.values()].flatMap((r) => r.targets);
  }

  /** The order in which targets will be tried for one request. */
  plan(route: CompiledRoute, random: () => number = Math.random): PlanStep[] {
    const ts = route.targets;
    if (ts.length === 0) return [];
    if (ts.length === 1) return [{ target: ts[0], why: 'only target' }];
    if (route.strategy === 'weighted') {
      const total = ts.reduce((s, t) => s + t.weight, 0);
      let r = random() * total;
      let first = ts.length - 1;
      for (let i = 0; i < ts.length; i++) {
        r -= ts[i].weight;
        if (r < 0) {
          first = i;
          break;
        }
      }
      const chosen = ts[first];
      return [
        { target: chosen, why: `weighted pick (weight ${chosen.weight} of ${total})` },
        ...ts.filter((_, i) => i !== first).map((t) => ({ target: t, why: 'fallback in priority order' })),
      ];
    }
    if (route.strategy === 'least-latency') {
      // Unmeasured targets go first so every target gets measured.
      const sorted = [...ts].sort((a, b) => (a.latencyEwma ?? -1) - (b.latencyEwma ?? -1));
      return sorted.map((t, i) => ({
        target: t,
        why:
          t.latencyEwma === null
            ? 'not yet measured'
            : `${i === 0 ? 'lowest' : 'next'} latency EWMA ${t.latencyEwma.toFixed(1)} ms`,
      }));
    }
    return ts.map((t, i) => ({ target: t, why: i === 0 ? 'priority 1' : `fallback priority ${i + 1}` }));
  }
}

/** "support@champion" → { model: 'support', alias: 'champion' } (validated by the config schema). */
export function parseRegistryRef(ref: string): { model: string; alias: string } {
  const at = ref.lastIndexOf('@');
  return { model: ref.slice(0, at), alias: ref.slice(at + 1) };
}

export function observeLatency(target: Target, ms: number): void {
  target.latencyEwma = target.latencyEwma === null ? ms : target.latencyEwma + EWMA_ALPHA * (ms - target.latencyEwma);
}
