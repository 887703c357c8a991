// The calls an eval run already made, read back from the request log (eval calls are tagged eval_run/eval_item and
// keep their bodies): a run resumed after a node died reuses an answered call instead of making a second one.
import { type Kysely, sql } from 'kysely';
import type { RecordedCall } from './runner.ts';

export async function recordedEvalCalls(
  // biome-ignore lint/suspicious/noExplicitAny: the request log's tables belong to the recording area
  db: Kysely<any>,
  runId: string,
  /** Opens a body sealed with its tenant's data key (recorded bodies are encrypted at rest). */
  open: (tenant: string | null, sealed: string) => Promise<string | null>,
): Promise<Map<number, RecordedCall>> {
  // The tag is matched as JSON text first (no index on tags; this runs once per resumed attempt), then parsed.
  const needle = `%${JSON.stringify(runId).slice(1, -1)}%`;
  const r = await sql<{
    id: string;
    tenant: string | null;
    tags: string;
    cost_usd: number | null;
    latency: number;
    body: string;
  }>`
    SELECT q.id AS id, q.tenant AS tenant, q.tags AS tags, q.cost_usd AS cost_usd, q.done_at - q.received_at AS latency, b.body AS body
    FROM requests q JOIN request_bodies b ON b.request_id = q.id AND b.kind = 'response'
    WHERE q.status = 200 AND q.tags LIKE ${needle}`.execute(db);
  const out = new Map<number, RecordedCall>();
  for (const row of r.rows) {
    let tags: Record<string, string>;
    let json: unknown;
    try {
      tags = JSON.parse(row.tags) as Record<string, string>;
      const body = await open(row.tenant, row.body);
      if (body === null) continue;
      json = JSON.parse(body);
    } catch {
      continue; // not readable as a JSON answer: the item is called again
    }
    // Judge and embedding calls of scorers (tag scorer) carry the run tags but are not the item's answer.
    if (tags.eval_run !== runId || tags.scorer !== undefined) continue;
    const idx = Number(tags.eval_item);
    if (!Number.isInteger(idx) || out.has(idx)) continue;
    out.set(idx, {
      requestId: row.id,
      json,
      costUsd: row.cost_usd === null ? null : Number(row.cost_usd),
      latencyMs: Number(row.latency),
    });
  }
  return out;
}
