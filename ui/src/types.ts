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
    source: 'sketches' | 'records';
    sample_size: number;
    p50_ms: number | null;
    p95_ms: number | null;
    p99_ms: number | null;
    ttft_p50_ms: number | null;
    ttft_p95_ms: number | null;
    ttft_p99_ms: number | null;
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
  budget: Budget | null;
  status: 'active' | 'revoked' | 'expired';
  created_at: string;
  spend?: Spend;
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

// Models & lifecycle (src/lifecycle).
export interface ModelRow {
  name: string;
  description: string;
  owner: string | null;
  policy: unknown;
  createdBy: string;
  createdAt: number;
}
export interface ModelCard {
  intended_use: string;
  out_of_scope: string;
  limitations: string;
  data_refs: string[];
  owner: string;
  risk_level: 'low' | 'medium' | 'high';
  notes: string;
  evaluations?: { run: string; dataset: string; value: number; ci95: [number, number] | null; at: number }[];
}
export interface ModelVersion {
  model: string;
  version: number;
  spec: { kind: 'upstream'; provider: string; model: string } | { kind: 'onnx' };
  specHash: string;
  card: ModelCard;
  tags: Record<string, string>;
  createdAt: number;
}
export interface ModelDetail extends ModelRow {
  versions: ModelVersion[];
  aliases: { alias: string; version: number | null; follows: string | null; updatedAt: number }[];
}
export interface EvalRun {
  id: string;
  model: string;
  version: number;
  dataset: string;
  status: 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';
  total: number;
  done?: number;
  reused?: boolean;
  summary: {
    items: number;
    errors: number;
    score: { mean: number; ci95: [number, number] | null };
    cost_usd: number;
    latency_ms: { p50: number | null; p95: number | null };
  } | null;
  error: string | null;
  createdAt: number;
}
export interface GateReport {
  model: string;
  alias: string;
  version: number;
  current: number | null;
  passed: boolean;
  criteria: {
    dataset: string;
    criterion: string;
    required: number;
    actual: number | null;
    passed: boolean;
    detail: string;
  }[];
  runs: string[];
}
export interface Deployment {
  id: string;
  route: string;
  model: string;
  alias: string;
  baseline: number;
  candidate: number;
  strategy: 'canary' | 'ab' | 'shadow' | 'progressive';
  config: { steps?: number[]; weight?: number };
  state: 'active' | 'promoted' | 'rolled_back' | 'stopped';
  weight: number;
  step: number;
  createdAt: number;
}
export interface DeploymentStatus {
  deployment: Deployment;
  arms: Record<
    string,
    {
      requests: number;
      errors: number;
      error_rate: number | null;
      p95_latency_ms: number | null;
      cost_per_request_usd: number | null;
    }
  >;
  /** Shadow deployments: the candidate answered every sampled request in the background. */
  shadow?: {
    compared: number;
    primary_scores: Record<string, number>;
    shadow_scores: Record<string, number>;
    shadow_cost_usd: number;
    shadow_errors: number;
  };
  history: { at: number; kind: string; detail?: unknown }[];
}

// Monitoring (src/monitoring).
export interface Quantiles {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  mean: number | null;
  count: number;
}
export interface Signals {
  requests: number;
  error_rate: number | null;
  latency_ms: Quantiles;
  ttft_ms: Quantiles;
  tokens_in: { total: number };
  tokens_out: { total: number };
  cost_per_request: number | null;
  refusal_rate: number | null;
  guardrail_hit_rate: number | null;
}
export interface DriftResult {
  feature: string;
  kind: 'numeric' | 'categorical' | 'text';
  method: string;
  status: string;
  drifted: boolean;
  statistic: number | null;
  pValue: number | null;
  distance: number | null;
  threshold: number;
  nReference: number;
  nCurrent: number;
  top: { name: string; [k: string]: unknown }[];
}
export interface SloStatus {
  name: string;
  spec: {
    sli: string;
    objective: number;
    period_days: number;
    filter: Record<string, string>;
    latency_threshold_ms?: number;
    score_name?: string;
    score_min?: number;
  };
  period: { days: number; good: number; total: number; sli: number | null };
  error_budget_remaining: number | null;
  burn: {
    severity: string;
    firing: boolean;
    longBurn: number;
    shortBurn: number;
    factor: number;
    longMinutes: number;
    shortMinutes: number;
  }[];
}
export interface Alert {
  fingerprint: string;
  rule: string;
  state: 'inactive' | 'pending' | 'firing' | 'resolved';
  labels: Record<string, string>;
  value: number | null;
  summary: string;
  pendingSince: number | null;
  firedAt: number | null;
  resolvedAt: number | null;
  updatedAt: number;
}
export interface Definition<T> {
  name: string;
  spec: T;
  created_at: number;
  updated_at: number;
}

/** A budgeted scope's spend in its current period, with the shares of the budget at which alerts fire. */
export interface Spend {
  period_id: string;
  spent_usd: number;
  reserved_usd: number;
  alert_thresholds: number[];
}
/** `alert_thresholds` only when the budget sets its own (the spend view reports the effective ones). */
export interface Budget {
  usd: number;
  period: string;
  alert_thresholds?: number[];
}
// Access scopes (tenants, teams, keys) share a policy.
export interface Policy {
  models: string[] | null;
  limits: { rpm: number | null; tpm: number | null; concurrency: number | null };
  budget: Budget | null;
}
export interface TenantView extends Policy {
  name: string;
  created_at: string;
  spend?: Spend;
}
export interface TeamView extends Policy {
  tenant: string;
  name: string;
  created_at: string;
  spend?: Spend;
}
