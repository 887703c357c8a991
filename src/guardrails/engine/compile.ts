// Compiles guard-set configuration into a registry: options validated and detectors built once,
// at load. `registry.get(names)` returns the (cached) pipeline for a route/key/tenant's sets.

import { createDetector, type DetectorServices } from '../detectors/registry.ts';
import { createMatcher, type Matcher, type TermList } from '../detectors/topics/lists.ts';
import type { Detector, GuardAction, GuardStage } from '../types.ts';
import type { Channel, ChannelAction } from './channels.ts';
import { type GuardSetsInput, type GuardSpec, guardSetsSchema } from './config.ts';
import { BUILTIN_SETS } from './defaults.ts';
import { GuardPipeline } from './pipeline.ts';
import { warmGates } from '../detectors/lazy-gate.ts';
import { warmRules } from './warm-rules.ts';

export interface CompiledGuard {
  name: string;
  detectorName: string;
  detector: Detector;
  stages: ReadonlySet<GuardStage>;
  action: GuardAction;
  threshold: number | undefined;
  onError: 'open' | 'closed';
  allow: Matcher | null;
  reversible: boolean;
  /** Configured per-channel actions (defaults in channels.ts apply to the rest). */
  channels?: Partial<Record<Channel, ChannelAction>>;
}

export interface GuardRegistry {
  /** The pipeline running the named sets in order (a guard name appearing twice runs once). */
  get(names: readonly string[]): GuardPipeline;
  has(name: string): boolean;
  names(): string[];
  /** Loads the models of model-backed guards (ONNX classifiers); rejects naming the set and guard that failed. */
  warmUp(): Promise<void>;
  /** Stops what model-backed guards started (worker threads). */
  close(): Promise<void>;
}

function compileGuard(
  set: string,
  g: GuardSpec,
  cache: Map<string, Detector>,
  services: DetectorServices,
): CompiledGuard {
  const { allow, reversible, ...rest } = (g.options ?? {}) as { allow?: TermList; reversible?: unknown };
  // The denylist detector understands `allow` itself.
  const detectorOptions = g.detector === 'denylist' && allow ? { ...rest, allow } : rest;
  const key = JSON.stringify([g.detector, detectorOptions, g.threshold]);
  let detector = cache.get(key);
  if (!detector) {
    try {
      detector = createDetector(g.detector, detectorOptions, g.threshold, services);
    } catch (e) {
      throw new Error(`guard set "${set}", guard "${g.name}": ${(e as Error).message}`);
    }
    cache.set(key, detector);
  }
  if (reversible !== undefined && typeof reversible !== 'boolean') {
    throw new Error(`guard set "${set}", guard "${g.name}": options.reversible must be a boolean`);
  }
  return {
    name: g.name,
    detectorName: g.detector,
    detector,
    stages: new Set<GuardStage>(g.stage === 'both' ? ['input', 'output'] : [g.stage]),
    action: g.action,
    threshold: g.threshold,
    onError: g.on_error ?? (g.action === 'block' ? 'closed' : 'open'),
    allow: allow && g.detector !== 'denylist' ? createMatcher(allow) : null,
    reversible: reversible === true,
    channels: g.channels,
  };
}

/**
 * Validates and compiles guard sets. The built-in sets (`default`, `topics`) are included unless
 * the configuration defines sets of the same names. Throws (with the set and guard named) on invalid configuration.
 */
export function compileGuardSets(config: GuardSetsInput = {}, services: DetectorServices = {}): GuardRegistry {
  const parsed = guardSetsSchema.parse({ ...BUILTIN_SETS, ...config });
  const cache = new Map<string, Detector>();
  const sets = new Map<string, CompiledGuard[]>();
  for (const [name, guards] of Object.entries(parsed)) {
    sets.set(
      name,
      guards.map((g) => compileGuard(name, g, cache, services)),
    );
  }
  const pipelines = new Map<string, GuardPipeline>();
  const warm = new Map<Detector, string>();
  for (const [set, guards] of sets)
    for (const g of guards)
      if (g.detector.kind === 'async' && g.detector.warmUp && !warm.has(g.detector))
        warm.set(g.detector, `guard set "${set}", guard "${g.name}"`);
  return {
    get(names) {
      const key = names.join('\u0000');
      let p = pipelines.get(key);
      if (!p) {
        const guards: CompiledGuard[] = [];
        const seen = new Set<string>();
        for (const n of names) {
          const set = sets.get(n);
          if (!set) throw new Error(`unknown guard set "${n}"`);
          for (const g of set) {
            if (seen.has(g.name)) continue;
            seen.add(g.name);
            guards.push(g);
          }
        }
        p = new GuardPipeline(guards);
        pipelines.set(key, p);
      }
      return p;
    },
    has: (name) => sets.has(name),
    names: () => [...sets.keys()],
    async warmUp() {
      // The rule gates are built, and the rules' regexes compiled, on first use; a server does both now so its
      // first requests do not (the test runner sets LINTEL_GUARD_PRELOAD=0: most test servers never scan).
      if (process.env.LINTEL_GUARD_PRELOAD !== '0') {
        warmGates();
        warmRules([...sets.values()].flat());
      }
      for (const [d, where] of warm) {
        if (d.kind !== 'async') continue;
        try {
          await d.warmUp?.();
        } catch (e) {
          throw new Error(`${where}: ${(e as Error).message}`);
        }
      }
    },
    async close() {
      for (const d of warm.keys()) if (d.kind === 'async') await d.close?.().catch(() => {});
    },
  };
}
