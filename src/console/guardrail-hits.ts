// GET /admin/console/guardrails: guardrail hits by guard and action over time — blocks, redactions, flags
// and logs alike — from the monitoring rollups (each request counts every decision it got as
// `guard:action`), tenant-scoped; plus sample requests with a block, redaction or flag (their decisions'
// positions and types only, never the matched text).
import { bucketStart, DAY_MS, HOUR_MS } from '../recording/rollup.ts';
import { listRequests } from '../recording/queries.ts';
import type { Database } from '../storage/database.ts';
import { granularityFor } from './overview.ts';
import { parseFields } from '../monitoring/store/rollup-fields.ts';
import { rollupRange } from './rollup-range.ts';

const SAMPLES = 20;

export interface HitPoint {
  bucket: number;
  guard: string;
  action: string;
  hits: number;
}

/** `guard:action` as the collector counts it; guard names may hold ':', actions never do. */
function split(key: string): { guard: string; action: string } | null {
  const i = key.lastIndexOf(':');
  if (i <= 0) return null; // 'none' (no decision) and '_other' (past the category cap)
  return { guard: key.slice(0, i), action: key.slice(i + 1) };
}

export async function guardrailHits(database: Database, tenant: string | null, range: { from: number; to: number }) {
  const granularity = granularityFor(range.from, range.to);
  const size = granularity === 'hour' ? HOUR_MS : DAY_MS;
  const points = new Map<string, HitPoint>();
  const totals = new Map<string, HitPoint>();
  for (const r of await rollupRange(database, tenant, range, ['guardrail'])) {
    const [counts] = parseFields<[Record<string, number> | null]>(r.f);
    if (!counts) continue;
    const bucket = bucketStart(r.start, size);
    for (const [key, n] of Object.entries(counts)) {
      const ga = split(key);
      if (!ga || n === 0) continue;
      for (const [map, k, b] of [
        [points, `${bucket}\u0001${key}`, bucket],
        [totals, key, 0],
      ] as const) {
        const p = map.get(k) ?? { bucket: b, ...ga, hits: 0 };
        p.hits += n;
        map.set(k, p);
      }
    }
  }
  const series = [...points.values()].sort((a, b) => a.bucket - b.bucket);
  const byGuard = [...totals.values()].map(({ guard, action, hits }) => ({ guard, action, hits }));
  byGuard.sort((a, b) => b.hits - a.hits);

  // Newest requests with a decision that did something (a log-only decision is not a hit worth showing).
  const page = await listRequests(database, {
    from: range.from,
    to: range.to,
    guard: 'any',
    limit: 200,
    ...(tenant !== null ? { tenant } : {}),
  });
  const samples = page.data
    .filter((r) => r.guardrails.some((d) => d.action !== 'log'))
    .slice(0, SAMPLES)
    .map((r) => ({
      id: r.id,
      received_at: r.receivedAt,
      tenant: r.tenant,
      key_id: r.keyId,
      model: r.modelRequested,
      status: r.status,
      decisions: r.guardrails.map((d) => ({
        guard: d.guard,
        detector: d.detector,
        action: d.action,
        stage: d.stage,
        spans: (d.spans ?? []).map((s) => ({ start: s.start, end: s.end, type: s.type })),
      })),
    }));
  return {
    from: range.from,
    to: range.to,
    granularity,
    total: byGuard.reduce((t, g) => t + g.hits, 0),
    by_guard: byGuard,
    series,
    samples,
  };
}
