// Read side of the request log, framework-agnostic: the admin routes pass query-string values straight
// in; bad values throw QueryValidationError naming the field (mapped to HTTP 400).
import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { RequestRecord } from '../spec/record.ts';
import type { Database } from '../storage/database.ts';
import {
  bucketStart,
  DAY_MS,
  HOUR_MS,
  ROLLUP_DIMENSIONS,
  ROLLUP_METRICS,
  ROLLUP_TABLES,
  type RollupDimension,
} from './rollup.ts';
import { fromRow, num } from './rows.ts';
import type { RecordBodies } from './sink.ts';

export class QueryValidationError extends Error {
  readonly code = 'invalid_query';
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'QueryValidationError';
    this.field = field;
  }
}

/** Epoch ms, a numeric string of epoch ms, an ISO 8601 string, or a Date. */
export type TimeInput = number | string | Date;

export interface ListRequestsParams {
  tenant?: string;
  keyId?: string;
  /** Matches the model requested or the model served. */
  model?: string;
  /** An exact status (200, "429") or a class ("4xx", "5xx"). */
  status?: number | string;
  /** Inclusive lower bound on receivedAt. */
  from?: TimeInput;
  /** Exclusive upper bound on receivedAt. */
  to?: TimeInput;
  /** The route (public model name) that matched. */
  route?: string;
  /** Guardrail outcome: a decision's action (block, redact, flag, log), `any` decision or `none`. */
  guard?: string;
  /** Tags, comma-separated: `key=value` (that value) or `key` (tag present). All must match. */
  tag?: string;
  /** Text search on the request id (case-sensitive substring). */
  q?: string;
  /** 1..500, default 50. */
  limit?: number | string;
  cursor?: string;
}

export interface RequestPage {
  data: RequestRecord[];
  next_cursor: string | null;
}

export interface StoredRequest extends RequestRecord {
  /** Present only when bodies were recorded for this request. */
  bodies?: RecordBodies;
}

/** The issue's groupings, plus 'route' (the public model name that matched). */
export type UsageGroupBy = RollupDimension;
export type UsageGranularity = 'hour' | 'day';

export interface UsageParams {
  groupBy: UsageGroupBy | string;
  /** Buckets starting at or after the bucket holding `from`… */
  from: TimeInput;
  /** …and starting before `to`. */
  to: TimeInput;
  /** Default 'hour'. Buckets are UTC-aligned. */
  granularity?: UsageGranularity | string;
  tenant?: string;
}

export interface UsageRow {
  /** Bucket start, ISO 8601 UTC. */
  bucket: string;
  /** The group's value; null for records without one (e.g. no team). */
  group: string | null;
  requests: number;
  errors: number;
  input_tokens: number;
  output_tokens: number;
  cached_input_tokens: number;
  cache_write_tokens: number;
  reasoning_tokens: number;
  /** Sum over requests with a known price; null when none had one. */
  cost_usd: number | null;
  /** Requests whose price was unknown (not included in cost_usd). */
  cost_unknown_requests: number;
  avg_latency_ms: number;
  avg_ttft_ms: number | null;
}

const MAX_LIMIT = 500;
const DEFAULT_LIMIT = 50;

function parseTime(field: string, v: TimeInput): number {
  let ms: number;
  if (v instanceof Date) ms = v.getTime();
  else if (typeof v === 'number') ms = v;
  else if (/^\d+$/.test(v.trim())) ms = Number(v);
  else ms = Date.parse(v);
  if (!Number.isFinite(ms) || ms < 0) throw new QueryValidationError(field, 'expected epoch ms or an ISO 8601 time');
  return ms;
}

function parseLimit(v: number | string | undefined): number {
  if (v === undefined || v === '') return DEFAULT_LIMIT;
  const n = typeof v === 'number' ? v : /^\d+$/.test(v.trim()) ? Number(v) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT)
    throw new QueryValidationError('limit', `expected an integer from 1 to ${MAX_LIMIT}`);
  return n;
}

function parseStatus(v: number | string): [number, number] {
  const s = String(v).trim().toLowerCase();
  if (/^[1-5]xx$/.test(s)) return [Number(s[0]) * 100, Number(s[0]) * 100 + 99];
  if (/^\d{3}$/.test(s)) return [Number(s), Number(s)];
  throw new QueryValidationError('status', 'expected a status code (e.g. 429) or class (e.g. 5xx)');
}

const GUARD_OUTCOMES = ['block', 'redact', 'flag', 'log', 'any', 'none'];

function parseGuard(v: string | undefined): string | undefined {
  if (v === undefined || v === '') return undefined;
  if (!GUARD_OUTCOMES.includes(v))
    throw new QueryValidationError('guard', `expected one of ${GUARD_OUTCOMES.join(', ')}`);
  return v;
}

function parseTags(v: string | undefined): [string, string | null][] {
  if (v === undefined || v === '') return [];
  if (typeof v !== 'string') throw new QueryValidationError('tag', 'give the tags once, comma-separated');
  return v.split(',').map((pair) => {
    const i = pair.indexOf('=');
    const key = (i < 0 ? pair : pair.slice(0, i)).trim();
    if (!/^[^"\\]{1,128}$/.test(key)) throw new QueryValidationError('tag', 'expected key=value[,key=value]');
    return [key, i < 0 ? null : pair.slice(i + 1)];
  });
}

/**
 * Filters on the JSON columns, per dialect: a guard decision with an action (or none at all), a tag present
 * or equal to a value. Both stay inside the time range's index scan.
 */
function jsonFilters(dialect: Database['dialect'], guard: string | undefined, tags: [string, string | null][]) {
  const out: ReturnType<typeof sql<boolean>>[] = [];
  // The columns are written by JSON.stringify, so a match must contain this exact text: a LIKE on it first skips
  // most rows without parsing JSON (5–10× faster when nothing matches); the JSON test after it decides.
  const contains = (column: 'guardrails' | 'tags', text: string) =>
    sql<boolean>`${sql.ref(column)} LIKE ${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`;
  // `<> '[]'` / `<> '{}'` let both stores walk the partial indexes of records with decisions / tags.
  if (guard === 'none') out.push(sql<boolean>`guardrails = '[]'`);
  else if (guard !== undefined) out.push(sql<boolean>`guardrails <> '[]'`);
  if (guard !== undefined && guard !== 'none' && guard !== 'any') {
    out.push(contains('guardrails', `"action":${JSON.stringify(guard)}`));
    out.push(
      dialect === 'postgres'
        ? sql<boolean>`EXISTS (SELECT 1 FROM jsonb_array_elements(guardrails::jsonb) g WHERE g->>'action' = ${guard})`
        : sql<boolean>`EXISTS (SELECT 1 FROM json_each(guardrails) g WHERE json_extract(g.value, '$.action') = ${guard})`,
    );
  }
  if (tags.length > 0) out.push(sql<boolean>`tags <> '{}'`);
  for (const [key, value] of tags) {
    out.push(
      contains('tags', value === null ? `${JSON.stringify(key)}:` : `${JSON.stringify(key)}:${JSON.stringify(value)}`),
    );
    if (dialect === 'postgres') {
      out.push(value === null ? sql<boolean>`tags::jsonb ? ${key}` : sql<boolean>`tags::jsonb ->> ${key} = ${value}`);
    } else {
      const path = `$.${JSON.stringify(key)}`;
      out.push(
        value === null
          ? sql<boolean>`json_type(tags, ${path}) IS NOT NULL`
          : sql<boolean>`json_extract(tags, ${path}) = ${value}`,
      );
    }
  }
  return out;
}

function nonEmpty(field: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') throw new QueryValidationError(field, 'expected a non-empty string');
  return v;
}

/** Opaque cursor: the (receivedAt, id) of the last record of the page. */
function encodeCursor(r: RequestRecord): string {
  return Buffer.from(JSON.stringify([r.receivedAt, r.id])).toString('base64url');
}

function decodeCursor(c: string): [number, string] {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && Number.isFinite(v[0]) && typeof v[1] === 'string') return [v[0], v[1]];
  } catch {}
  throw new QueryValidationError('cursor', 'malformed cursor');
}

/** Records newest first; the cursor pages over (received_at, id), so inserts never shift or repeat a page. */
export async function listRequests(database: Database, params: ListRequestsParams = {}): Promise<RequestPage> {
  const limit = parseLimit(params.limit);
  const tenant = nonEmpty('tenant', params.tenant);
  const keyId = nonEmpty('keyId', params.keyId);
  const model = nonEmpty('model', params.model);
  const status = params.status === undefined || params.status === '' ? undefined : parseStatus(params.status);
  const from = params.from === undefined ? undefined : parseTime('from', params.from);
  const to = params.to === undefined ? undefined : parseTime('to', params.to);
  const cursor = params.cursor ? decodeCursor(params.cursor) : undefined;
  const route = nonEmpty('route', params.route);
  const search = params.q === undefined || params.q === '' ? undefined : nonEmpty('q', params.q);
  const json = jsonFilters(database.dialect, parseGuard(params.guard), parseTags(params.tag));

  // biome-ignore lint/suspicious/noExplicitAny: tables are owned by migrations.ts
  const filtered = <Q extends SelectQueryBuilder<any, any, any>>(q: Q): Q => {
    let f = q;
    if (tenant !== undefined) f = f.where('tenant', '=', tenant) as Q;
    if (keyId !== undefined) f = f.where('key_id', '=', keyId) as Q;
    if (status) f = f.where('status', '>=', status[0]).where('status', '<=', status[1]) as Q;
    if (from !== undefined) f = f.where('received_at', '>=', from) as Q;
    if (to !== undefined) f = f.where('received_at', '<', to) as Q;
    if (route !== undefined) f = f.where('route', '=', route) as Q;
    if (search !== undefined) {
      const fn = database.dialect === 'postgres' ? sql`strpos(id, ${search})` : sql`instr(id, ${search})`;
      f = f.where(sql<boolean>`${fn} > 0`) as Q;
    }
    for (const cond of json) f = f.where(cond) as Q;
    if (cursor) {
      const [t, id] = cursor;
      // biome-ignore lint/suspicious/noExplicitAny: see above
      f = f.where((eb: ExpressionBuilder<any, any>) =>
        eb.or([eb('received_at', '<', t), eb.and([eb('received_at', '=', t), eb('id', '<', id)])]),
      ) as Q;
    }
    return f;
  };
  const db = database.db;
  let q = filtered(db.selectFrom('requests').selectAll());
  if (model !== undefined) {
    // The newest page of each model column through its own (model, received_at) index, then merged: an OR
    // across both columns would read and sort every record of the model (seconds at a million records).
    const branch = (column: 'model_requested' | 'model_served', alias: string) =>
      db
        .selectFrom(
          filtered(db.selectFrom('requests').select(['id', 'received_at']))
            .where(column, '=', model)
            .orderBy('received_at', 'desc')
            .orderBy('id', 'desc')
            .limit(limit + 1)
            .as(alias),
        )
        .select(`${alias}.id`);
    q = db
      .selectFrom('requests')
      .selectAll()
      .where('id', 'in', branch('model_requested', 'mr').union(branch('model_served', 'ms')));
  }
  const rows = await q
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const data = rows.slice(0, limit).map(fromRow);
  return { data, next_cursor: rows.length > limit ? encodeCursor(data[data.length - 1]) : null };
}

/** One record with its bodies if stored; null when absent or outside `tenant`. */
export async function getRequest(
  database: Database,
  id: string,
  opts: { tenant?: string } = {},
): Promise<StoredRequest | null> {
  if (typeof id !== 'string' || id === '') throw new QueryValidationError('id', 'expected a non-empty string');
  const tenant = nonEmpty('tenant', opts.tenant);
  let q = database.db.selectFrom('requests').selectAll().where('id', '=', id);
  if (tenant !== undefined) q = q.where('tenant', '=', tenant);
  const row = await q.executeTakeFirst();
  if (!row) return null;
  const rec: StoredRequest = fromRow(row);
  const bodies = await database.db
    .selectFrom('request_bodies')
    .select(['kind', 'body'])
    .where('request_id', '=', id)
    .execute();
  if (bodies.length > 0) {
    rec.bodies = {};
    for (const b of bodies) rec.bodies[b.kind as keyof RecordBodies] = b.body as string;
  }
  return rec;
}

/** Usage per bucket and group, read from the hourly or daily rollups only (never the raw records). */
export async function usage(database: Database, params: UsageParams): Promise<UsageRow[]> {
  const dimension = ROLLUP_DIMENSIONS.find((d) => d === params.groupBy);
  if (!dimension) throw new QueryValidationError('group_by', `expected one of ${ROLLUP_DIMENSIONS.join(', ')}`);
  const granularity = params.granularity ?? 'hour';
  if (granularity !== 'hour' && granularity !== 'day')
    throw new QueryValidationError('granularity', 'expected hour or day');
  if (params.from === undefined) throw new QueryValidationError('from', 'required');
  if (params.to === undefined) throw new QueryValidationError('to', 'required');
  const from = parseTime('from', params.from);
  const to = parseTime('to', params.to);
  if (to <= from) throw new QueryValidationError('to', 'must be after from');
  const tenant = nonEmpty('tenant', params.tenant);
  const size = granularity === 'hour' ? HOUR_MS : DAY_MS;

  const sum = (c: string) => sql<string | number>`sum(${sql.ref(c)})`.as(c);
  let q = database.db
    .selectFrom(ROLLUP_TABLES[granularity])
    .select(['bucket', 'value', ...ROLLUP_METRICS.map(sum)])
    .where('dimension', '=', dimension)
    .where('bucket', '>=', bucketStart(from, size))
    .where('bucket', '<', to);
  if (tenant !== undefined) q = q.where('tenant', '=', tenant);
  const rows = await q.groupBy(['bucket', 'value']).orderBy('bucket').orderBy('value').execute();
  return rows.map((r) => {
    const requests = num(r.requests);
    const unknown = num(r.cost_unknown);
    const ttftCount = num(r.ttft_count);
    return {
      bucket: new Date(num(r.bucket)).toISOString(),
      group: r.value === '' ? null : (r.value as string),
      requests,
      errors: num(r.errors),
      input_tokens: num(r.input_tokens),
      output_tokens: num(r.output_tokens),
      cached_input_tokens: num(r.cached_input_tokens),
      cache_write_tokens: num(r.cache_write_tokens),
      reasoning_tokens: num(r.reasoning_tokens),
      cost_usd: unknown >= requests ? null : num(r.cost_usd),
      cost_unknown_requests: unknown,
      avg_latency_ms: requests > 0 ? num(r.latency_ms_sum) / requests : 0,
      avg_ttft_ms: ttftCount > 0 ? num(r.ttft_ms_sum) / ttftCount : null,
    };
  });
}
