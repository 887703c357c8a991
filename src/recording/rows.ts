// Maps a RequestRecord to its `requests` row and back. Booleans are stored as 0/1 (SQLite has no
// boolean and better-sqlite3 refuses to bind one); PostgreSQL returns BIGINT as strings, so reads coerce.
import type { AttemptRecord, GuardDecisionRecord, RequestRecord } from '../spec/record.ts';
import type { ColumnType } from './bulk.ts';

export interface RequestRow {
  id: string;
  received_at: number;
  first_byte_at: number | null;
  done_at: number;
  tenant: string | null;
  team: string | null;
  key_id: string | null;
  end_user: string | null;
  endpoint: string;
  route: string | null;
  model_requested: string | null;
  model_served: string | null;
  provider: string | null;
  status: number;
  error_type: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  cached_input_tokens: number | null;
  cache_write_tokens: number | null;
  reasoning_tokens: number | null;
  tokens_estimated: number;
  cost_usd: number | null;
  stream: number;
  ttft_ms: number | null;
  cache_hit: number;
  config_version: string | null;
  attempts: string;
  guardrails: string;
  tags: string;
}

/** Columns of `requests` with their SQL types (checked against the migrated table by a test). */
export const REQUEST_COLUMN_TYPES: { readonly [K in keyof RequestRow]: ColumnType } = {
  id: 'text',
  received_at: 'bigint',
  first_byte_at: 'bigint',
  done_at: 'bigint',
  tenant: 'text',
  team: 'text',
  key_id: 'text',
  end_user: 'text',
  endpoint: 'text',
  route: 'text',
  model_requested: 'text',
  model_served: 'text',
  provider: 'text',
  status: 'integer',
  error_type: 'text',
  input_tokens: 'bigint',
  output_tokens: 'bigint',
  cached_input_tokens: 'bigint',
  cache_write_tokens: 'bigint',
  reasoning_tokens: 'bigint',
  tokens_estimated: 'integer',
  cost_usd: 'double precision',
  stream: 'integer',
  ttft_ms: 'double precision',
  cache_hit: 'integer',
  config_version: 'text',
  attempts: 'text',
  guardrails: 'text',
  tags: 'text',
};

/** `requests` columns in REQUEST_COLUMN_TYPES' order: the order the writers bind them in. */
export const REQUEST_COLUMNS = Object.keys(REQUEST_COLUMN_TYPES) as (keyof RequestRow)[];

/** JSON of a list column: the common empty list without a JSON.stringify call. */
function listJson(v: readonly unknown[] | undefined): string {
  return v === undefined || v === null || v.length === 0 ? '[]' : JSON.stringify(v);
}

/**
 * Appends a record's `requests` row values in REQUEST_COLUMNS order, without a row object: the embedded store's
 * hand-over to its writer thread packs a batch into one flat array (record-pack.ts), and toRow names these values.
 * The order must follow REQUEST_COLUMN_TYPES; the stores' round-trip tests read every field back by column name.
 */
export function pushRowValues(out: unknown[], r: RequestRecord): void {
  out.push(
    r.id,
    r.receivedAt,
    r.firstByteAt,
    r.doneAt,
    r.tenant,
    r.team,
    r.keyId,
    r.endUser,
    r.endpoint,
    r.route,
    r.modelRequested,
    r.modelServed,
    r.provider,
    r.status,
    r.errorType,
    r.inputTokens,
    r.outputTokens,
    r.cachedInputTokens,
    r.cacheWriteTokens,
    r.reasoningTokens,
    r.tokensEstimated ? 1 : 0,
    r.costUsd,
    r.stream ? 1 : 0,
    r.ttftMs,
    r.cacheHit ? 1 : 0,
    r.configVersion,
    listJson(r.attempts),
    listJson(r.guardrails),
    JSON.stringify(r.tags ?? {}),
  );
}

/** A record as its `requests` row: pushRowValues' values under REQUEST_COLUMNS (one mapping for both writers). */
export function toRow(r: RequestRecord): RequestRow {
  const values: unknown[] = [];
  pushRowValues(values, r);
  const row: Record<string, unknown> = {};
  for (let i = 0; i < REQUEST_COLUMNS.length; i++) row[REQUEST_COLUMNS[i] as string] = values[i];
  return row as unknown as RequestRow;
}

/** Number from a driver value (PostgreSQL BIGINT and NUMERIC arrive as strings). */
export function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

export function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : num(v);
}

export function fromRow(row: Record<string, unknown>): RequestRecord {
  const str = (k: string) => (row[k] ?? null) as string | null;
  return {
    id: row.id as string,
    receivedAt: num(row.received_at),
    firstByteAt: numOrNull(row.first_byte_at),
    doneAt: num(row.done_at),
    tenant: str('tenant'),
    team: str('team'),
    keyId: str('key_id'),
    endUser: str('end_user'),
    endpoint: row.endpoint as RequestRecord['endpoint'],
    route: str('route'),
    modelRequested: str('model_requested'),
    modelServed: str('model_served'),
    provider: str('provider'),
    attempts: JSON.parse(row.attempts as string) as AttemptRecord[],
    status: num(row.status),
    errorType: str('error_type'),
    inputTokens: numOrNull(row.input_tokens),
    outputTokens: numOrNull(row.output_tokens),
    cachedInputTokens: numOrNull(row.cached_input_tokens),
    cacheWriteTokens: numOrNull(row.cache_write_tokens),
    reasoningTokens: numOrNull(row.reasoning_tokens),
    tokensEstimated: num(row.tokens_estimated) === 1,
    costUsd: numOrNull(row.cost_usd),
    stream: num(row.stream) === 1,
    ttftMs: numOrNull(row.ttft_ms),
    cacheHit: num(row.cache_hit) === 1,
    guardrails: JSON.parse(row.guardrails as string) as GuardDecisionRecord[],
    configVersion: str('config_version'),
    tags: JSON.parse(row.tags as string) as Record<string, string>,
  };
}
