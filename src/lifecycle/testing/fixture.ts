// Shared set-up of the lifecycle tests: a node + simulator where `sum-good*` answer correctly and `sum-bad` is
// measurably worse (wrong answers, errors, slower), a registry route, prices for cost, and an admin client.
import pg from 'pg';
import type { RuntimeOptions } from '../../server/runtime.ts';
import { TEST_POSTGRES_URL } from '../../storage/database.ts';
import { type Harness, simProviders, startHarness } from '../../testing/harness.ts';

export const BAD_BEHAVIOR = { wrongRate: 0.6, errorRate: 0.5, latencyMs: 40 };

export async function startLifecycleHarness(runtime: RuntimeOptions = {}): Promise<Harness> {
  const price = (model: string, out: number) =>
    `    - { model: ${model}, effectiveFrom: '2024-01-01', inputPerMTok: 1, outputPerMTok: ${out} }`;
  return startHarness(
    (u) => `${simProviders(u)}
cost:
  prices:
${price('sum-good', 2)}
${price('sum-good2', 2)}
${price('sum-good3', 2)}
${price('sum-bad', 4)}
routes:
  - model: support
    registry: support@champion
    retry: { attempts: 2, backoff_ms: 0, jitter: false }
    circuit_breaker: { enabled: false }
  - model: embed-sim
    targets: [{ provider: sim, model: sim-embed }]
`,
    { sim: { models: { 'sum-bad': BAD_BEHAVIOR, 'sum-slow': { latencyMs: 300 } } }, runtime },
  );
}

// biome-ignore lint/suspicious/noExplicitAny: tests read loosely typed JSON answers
type Loose = any;
export type Admin = (
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; json: Loose; text: string }>;

export function adminClient(h: Harness): Admin {
  return async (method, path, body) => {
    const res = await fetch(`${h.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${h.key}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: res.status, json, text };
  };
}

/** Items whose reference is a code word inside the prompt: the simulator's echo contains it unless it answers wrongly. */
export function codeWordDataset(n: number): string {
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      id: `q${i}`,
      messages: [{ role: 'user', content: `Question ${i}: repeat the code word kiwi${i * 7 + 3}` }],
      reference: `kiwi${i * 7 + 3}`,
      tags: ['codeword'],
    }),
  ).join('\n');
}

export const CONTAINS = [{ type: 'contains' }];

export function upstream(model: string, extra: Record<string, unknown> = {}) {
  return { spec: { kind: 'upstream', provider: 'sim', model, ...extra } };
}

/** Drops a test's PostgreSQL schema and its pg-boss schema. */
export async function dropTestSchemas(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
  } finally {
    await c.end();
  }
}
