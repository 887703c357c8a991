// Response shapes of the admin API endpoints the console reads.
export interface SeriesPoint {
  bucket: number;
  requests: number;
  errors: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
  avg_latency_ms: number;
}
export interface TopRow {
  value: string;
  requests: number;
  errors: number;
  tokens: number;
  cost_usd: number;
}
export interface Overview {
  from: number;
  to: number;
  granularity: 'hour' | 'day';
  totals: {
    requests: number;
    errors: number;
    input_tokens: number;
    output_tokens: number;
    cost_usd: number;
    error_rate: number;
  };
  latency: {
    sample_size: number;
    p50_ms: number | null;
    p95_ms: number | null;
    p99_ms: number | null;
    ttft_p50_ms: number | null;
    ttft_p95_ms: number | null;
  };
  series: SeriesPoint[];
  top: { models: TopRow[]; keys: TopRow[]; tenants: TopRow[] };
  guardrail_blocks: { guard: string; blocks: number }[];
}
export interface RouteStatus {
  model: string;
  strategy: string | null;
  guardrails: string[];
  targets: {
    id: string;
    provider: string;
    upstream_model: string;
    weight: number;
    circuit: 'closed' | 'open' | 'half-open';
    latency_ewma_ms: number | null;
  }[];
}
export interface RoutesStatus {
  data: RouteStatus[];
  providers: string[];
  guard_sets: string[];
}
export interface Attempt {
  [k: string]: unknown;
}
export interface RequestRecord {
  id: string;
  receivedAt: number;
  doneAt: number;
  tenant: string | null;
  team: string | null;
  keyId: string | null;
  endpoint: string;
  route: string | null;
  modelRequested: string | null;
  modelServed: string | null;
  provider: string | null;
  status: number;
  errorType: string | null;
  usage?: { inputTokens?: number; outputTokens?: number } | null;
  inputTokens?: number | null;
  outputTokens?: number | null;
  costUsd: number | null;
  stream: boolean;
  ttftMs: number | null;
  attempts: Attempt[];
  guardrails: { guard: string; detector: string; action: string; stage: string; spans?: unknown[] }[];
  tags: Record<string, string>;
  bodies?: { request: string | null; response: string | null; shredded?: boolean };
  [k: string]: unknown;
}
export interface KeyView {
  id: string;
  name: string;
  prefix: string;
  tenant: string | null;
  team: string | null;
  role: string;
  owner_key_id: string | null;
  models: string[] | null;
  limits: { rpm: number | null; tpm: number | null; concurrency: number | null };
  budget: { usd: number; period: string } | null;
  status: 'active' | 'revoked' | 'expired';
  created_at: string;
  spend?: { period_id: string; spent_usd: number; reserved_usd: number };
  key?: string;
}
export interface UsageRow {
  bucket: string;
  group: string | null;
  requests: number;
  errors: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number | null;
}
export interface AuditEvent {
  seq: number;
  ts: number;
  actor: string;
  role: string;
  tenant: string | null;
  action: string;
  resource: string;
  requestId: string | null;
  hash: string;
}
export interface VerifyReport {
  ok: boolean;
  eventsChecked: number;
  checkpointsChecked: number;
  firstBadSeq?: number;
  problem?: string;
  problems: string[];
  latestCheckpoint?: { treeSize: number; rootHash: string; ts: number; keyId: string };
  uncheckpointedEvents: number;
}
