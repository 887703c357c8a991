// Per-request state, filled stage by stage and turned into the request record at the end.
import type { AccessState } from '../access/request-state.ts';
import type { Dialect, Usage } from '../spec/chat.ts';
import type { Explanation, GuardDecisionRecord, RequestRecord } from '../spec/record.ts';
import type { ExecutionTrace } from '../routing/executor.ts';
import type { RequestSpan } from '../telemetry/tracing.ts';
import type { Admission } from './hooks.ts';

export interface Principal {
  tenant: string | null;
  team: string | null;
  keyId: string | null;
  role: string;
}

export class RequestContext {
  readonly receivedAt = Date.now();
  readonly startedNs = performance.now();
  firstByteAt: number | null = null;
  principal: Principal = { tenant: null, team: null, keyId: null, role: 'admin' };
  endUser: string | null = null;
  tags: Record<string, string> = {};
  /** Set once the caller's key is accepted; unauthenticated requests are counted, never stored. */
  authenticated = false;
  /** The caller's own x-request-id: a correlation field, never the record's id (tag `client_request_id`). */
  clientRequestId: string | null = null;
  /** The fault behind an internal_error answer, for the log (never sent to the client). */
  internalCause: unknown = undefined;
  route: string | null = null;
  modelRequested: string | null = null;
  modelServed: string | null = null;
  provider: string | null = null;
  readonly trace: ExecutionTrace = { attempts: [], steps: [] };
  status = 0;
  errorType: string | null = null;
  usage: Usage | null = null;
  tokensEstimated = false;
  costUsd: number | null = null;
  stream = false;
  cacheHit = false;
  guardrails: GuardDecisionRecord[] = [];
  readonly notes: string[] = [];
  strategy: string | undefined;
  /** The access layer's per-request state (access/request-state.ts: the key, the cache directive). */
  accessState: AccessState | undefined = undefined;
  /** Set by the admit hook; settled once when the request is over. */
  admission: Admission | null = null;
  /** OpenTelemetry request span when tracing is on. */
  span: RequestSpan | null = null;
  /** The client's W3C traceparent, forwarded upstream when Lintel itself does not trace. */
  clientTraceparent: string | null = null;
  /** Streamed output text kept (bounded) when upstream usage is missing, for token estimates. */
  outputText: string | null = null;
  /** Prompt text for estimates when the upstream reports no usage. */
  promptText: string | null = null;
  /** Bodies to record (only when the route opted in): what was sent upstream and what the client got. */
  requestBody: string | null = null;
  responseBody: string | null = null;
  /** Headers every response of this request carries (e.g. rate-limit state). */
  responseHeaders: Record<string, string> | null = null;
  /** Documented top-level extension fields of an OpenAI-format JSON answer (e.g. `lintel_citations` of RAG). */
  responseExtensions: Record<string, unknown> | null = null;
  /** For monitoring listeners (references, no copies): the request body and the answer once known. */
  requestJson: Record<string, unknown> | null = null;
  /** Streamed answer: its text (bounded) and finish reason. */
  answer: { text: string; finishReason: string | null } | null = null;
  /** Non-streamed answer: the upstream's JSON body and its dialect (parsed lazily by listeners). */
  answerJson: { dialect: Dialect; json: unknown } | null = null;

  constructor(
    readonly id: string,
    readonly endpoint: RequestRecord['endpoint'],
    readonly dialect: Dialect,
  ) {}

  markFirstByte(): void {
    if (this.firstByteAt === null) this.firstByteAt = Date.now();
  }

  /** Decisions of stages other than routing (limits, budget, cache, guardrails), for the explanation. */
  readonly checks: { stage: string; outcome: string }[] = [];

  explanation(): Explanation {
    return {
      route: { requested: this.modelRequested, matched: this.route, strategy: this.strategy },
      steps: this.trace.steps,
      checks: this.checks,
      notes: this.notes,
    };
  }

  toRecord(configVersion: string | null): RequestRecord {
    const u = this.usage;
    return {
      id: this.id,
      receivedAt: this.receivedAt,
      firstByteAt: this.firstByteAt,
      doneAt: Date.now(),
      tenant: this.principal.tenant,
      team: this.principal.team,
      keyId: this.principal.keyId,
      endUser: this.endUser,
      endpoint: this.endpoint,
      route: this.route,
      modelRequested: this.modelRequested,
      modelServed: this.modelServed,
      provider: this.provider,
      attempts: this.trace.attempts,
      status: this.status,
      errorType: this.errorType,
      inputTokens: u ? u.inputTokens : null,
      outputTokens: u ? u.outputTokens : null,
      cachedInputTokens: u?.cachedInputTokens ?? null,
      cacheWriteTokens: u?.cacheWriteTokens ?? null,
      reasoningTokens: u?.reasoningTokens ?? null,
      tokensEstimated: this.tokensEstimated,
      costUsd: this.costUsd,
      stream: this.stream,
      ttftMs: this.stream && this.firstByteAt !== null ? this.firstByteAt - this.receivedAt : null,
      cacheHit: this.cacheHit,
      guardrails: this.guardrails,
      configVersion,
      tags: this.clientRequestId === null ? this.tags : { ...this.tags, client_request_id: this.clientRequestId },
      explanation: this.explanation(),
    };
  }
}
