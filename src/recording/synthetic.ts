// Deterministic synthetic request records for tests and the usage benchmark: every field exercised,
// bounded dimension cardinality (tenants, teams, keys, models) as in real traffic.
import type { RequestRecord } from '../spec/record.ts';

export interface SyntheticOptions {
  /** Epoch ms of the first record. */
  start: number;
  /** Records are spread evenly over this many ms. */
  spanMs: number;
  /** Total records in the set (to spread them). */
  total: number;
  /** Prefix of record ids, to keep sets apart. */
  idPrefix?: string;
  keys?: number;
}

const MODELS = [
  ['openai', 'gpt-4o'],
  ['openai', 'gpt-4o-mini'],
  ['openai', 'o3-mini'],
  ['anthropic', 'claude-sonnet-4'],
  ['anthropic', 'claude-haiku-3.5'],
  ['openai', 'text-embedding-3-small'],
] as const;

/** A small integer hash (xorshift-multiply), so record i is the same on every run. */
function hash(i: number, salt: number): number {
  let x = (i * 2654435761 + salt * 40503) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x45d9f3b) >>> 0;
  x ^= x >>> 16;
  return x >>> 0;
}

export function syntheticRecord(i: number, opts: SyntheticOptions): RequestRecord {
  const h = (salt: number, mod: number) => hash(i, salt) % mod;
  const keyCount = opts.keys ?? 20;
  const key = h(1, keyCount);
  const tenant = key % 4; // a key belongs to one team of one tenant
  const team = key % 8;
  const [provider, model] = MODELS[h(2, MODELS.length)];
  const receivedAt = opts.start + Math.floor((i * opts.spanMs) / Math.max(1, opts.total));
  const failed = h(3, 20) === 0;
  const cacheHit = !failed && h(4, 10) === 0;
  const stream = model !== 'text-embedding-3-small' && h(5, 2) === 0;
  const input = 10 + h(6, 4000);
  const output = failed ? 0 : 1 + h(7, 800);
  const cached = h(8, 3) === 0 ? Math.floor(input / 2) : 0;
  const latency = 50 + h(9, 3000);
  const ttft = stream ? 20 + h(10, 500) + 0.25 : null;
  const priceKnown = h(11, 25) !== 0;
  const status = failed ? (h(12, 2) === 0 ? 502 : 429) : 200;
  return {
    id: `${opts.idPrefix ?? 'req'}-${String(i).padStart(9, '0')}`,
    receivedAt,
    firstByteAt: stream ? receivedAt + Math.floor(ttft ?? 0) : null,
    doneAt: receivedAt + latency,
    tenant: `tenant-${tenant}`,
    team: h(13, 10) === 0 ? null : `team-${team}`,
    keyId: `key-${key}`,
    endUser: h(14, 3) === 0 ? null : `user-${h(15, 1000)}`,
    endpoint: model.startsWith('text-embedding') ? 'embeddings' : provider === 'anthropic' ? 'messages' : 'chat',
    route: model,
    modelRequested: model,
    modelServed: failed ? null : `${model}-2025-01-01`,
    provider,
    attempts: failed
      ? [
          { target: `${provider}/${model}`, provider, status: null, latencyMs: 30000, error: 'timeout' },
          { target: `${provider}/${model}`, provider, status, latencyMs: 12.5, error: `http_${status}` },
        ]
      : [{ target: `${provider}/${model}`, provider, status: 200, latencyMs: latency }],
    status,
    errorType: failed ? (status === 429 ? 'rate_limited' : 'upstream_unavailable') : null,
    inputTokens: failed ? null : input,
    outputTokens: failed ? null : output,
    cachedInputTokens: failed ? null : cached,
    cacheWriteTokens: failed ? null : h(16, 5) === 0 ? 128 : 0,
    reasoningTokens: model === 'o3-mini' && !failed ? h(17, 500) : null,
    tokensEstimated: stream && h(18, 4) === 0,
    costUsd: failed ? 0 : priceKnown ? (input * 2.5 + output * 10) / 1_000_000 : null,
    stream,
    ttftMs: ttft,
    cacheHit,
    guardrails:
      h(19, 6) === 0
        ? [
            {
              guard: 'pii',
              detector: 'email',
              stage: 'input',
              action: 'redact',
              score: 0.98,
              spans: [{ start: 3, end: 20, type: 'EMAIL' }],
              latencyMs: 0.4,
            },
          ]
        : [],
    configVersion: `v${1 + h(20, 3)}`,
    tags: h(21, 2) === 0 ? { env: 'prod', 'feature/x': 'ünïcode "quoted"' } : {},
  };
}

export function syntheticRecords(from: number, to: number, opts: SyntheticOptions): RequestRecord[] {
  const out: RequestRecord[] = [];
  for (let i = from; i < to; i++) out.push(syntheticRecord(i, opts));
  return out;
}
