// What a config reload may change in a running node. Routes and providers (and which guard sets routes apply,
// and whether they record bodies) take effect at once: the router is rebuilt and swapped, keeping each surviving
// target's circuit breaker and latency average. Everything else (listeners, stores, Redis, telemetry, guard set
// definitions, recording, retention, audit) is wired at start; a change there is reported as needing a restart
// and the running value stays.
import type { LintelConfig } from '../config/schema.ts';

/** Config paths applied without a restart. */
export const HOT_PATHS = ['providers', 'routes', 'guardrails.apply', 'recording.bodies'] as const;

export interface ConfigChanges {
  /** Hot paths whose value changed (applied by a reload). */
  applied: string[];
  /** Other paths whose value changed (kept until the next restart). */
  restartRequired: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Compares two validated configs section by section (one level deeper for sections with hot keys). */
export function configChanges(current: LintelConfig, next: LintelConfig): ConfigChanges {
  const out: ConfigChanges = { applied: [], restartRequired: [] };
  const hot = new Set<string>(HOT_PATHS);
  const sections = new Set([...Object.keys(current), ...Object.keys(next)]) as Set<keyof LintelConfig>;
  for (const section of sections) {
    const a = current[section] as unknown;
    const b = next[section] as unknown;
    if (same(a, b)) continue;
    if (hot.has(section)) {
      out.applied.push(section);
      continue;
    }
    const hotKeys = HOT_PATHS.filter((p) => p.startsWith(`${section}.`)).map((p) => p.slice(section.length + 1));
    if (hotKeys.length === 0 || !isObject(a) || !isObject(b)) {
      out.restartRequired.push(section);
      continue;
    }
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (same(a[key], b[key])) continue;
      (hotKeys.includes(key) ? out.applied : out.restartRequired).push(`${section}.${key}`);
    }
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
