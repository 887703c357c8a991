// The request record: one per call (successes, failures, blocks and cache hits), written off the hot path.

export interface AttemptRecord {
  target: string; // "<provider>/<upstream model>"
  provider: string;
  status: number | null; // HTTP status from upstream, null on network error / timeout
  latencyMs: number;
  error?: string; // short error class, e.g. "timeout", "connection_reset", "http_503", "circuit_open"
}

export interface GuardDecisionRecord {
  guard: string;
  detector: string;
  stage: 'input' | 'output';
  action: 'block' | 'redact' | 'flag' | 'log';
  score?: number;
  spans?: { start: number; end: number; type: string }[]; // offsets only, never the text
  latencyMs?: number;
  /** Input: where the text sat (user, system, tool_result, tool_call, document, embedding …). */
  channel?: string;
  /** The guard failed (timeout, bad answer …) and its on_error decided; the message, never the text. */
  error?: string;
}

/** Why the request went the way it did: route, plan, circuit states, fallbacks, checks. */
export interface Explanation {
  route: { requested: string | null; matched: string | null; strategy?: string };
  /** One step per target considered, in order: why it was there, its circuit state, what happened. */
  steps: { target: string; why: string; circuit: string; outcome: string }[];
  /** Access checks (limits, budget), cache, kill switch, guardrail summaries. */
  checks: { stage: string; outcome: string }[];
  notes: string[];
}

export interface RequestRecord {
  id: string; // x-request-id
  receivedAt: number; // epoch ms
  firstByteAt: number | null; // epoch ms of first byte sent to the client
  doneAt: number; // epoch ms
  tenant: string | null;
  team: string | null;
  keyId: string | null;
  endUser: string | null;
  /** `retrieve`, `retrieve_feedback`: POST /v1/retrieve and /v1/retrieve/feedback (no model, no tokens). */
  endpoint:
    | 'chat'
    | 'messages'
    | 'embeddings'
    | 'responses'
    | 'count_tokens'
    | 'predict'
    | 'retrieve'
    | 'retrieve_feedback';
  route: string | null; // public model name that matched a route
  modelRequested: string | null;
  modelServed: string | null; // upstream model that answered
  provider: string | null;
  attempts: AttemptRecord[];
  status: number; // HTTP status returned to the client
  errorType: string | null; // Lintel error code, e.g. "upstream_unavailable"
  inputTokens: number | null;
  outputTokens: number | null;
  cachedInputTokens: number | null;
  cacheWriteTokens: number | null;
  reasoningTokens: number | null;
  tokensEstimated: boolean; // true when counted by tokenizer, not reported by upstream
  costUsd: number | null; // null when the price is unknown
  stream: boolean;
  ttftMs: number | null;
  cacheHit: boolean;
  guardrails: GuardDecisionRecord[];
  configVersion: string | null;
  tags: Record<string, string>;
  /** Stored apart from the record (request_explanations), read by /admin/requests/:id/explain. */
  explanation?: Explanation;
}
