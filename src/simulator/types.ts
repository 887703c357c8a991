// Public types of the upstream simulator: how it behaves, what it observed, how to drive it.

export type SimFault = 'reset' | 'hang' | 'malformed' | 'reset-mid-stream' | 'malformed-chunk';
export type SimErrorStatus = 429 | 500 | 502 | 503 | 400 | 401;

export interface SimBehavior {
  /** Delay before the response headers (JSON) / before the first chunk (stream). */
  latencyMs?: number;
  /** Streaming: extra delay before the first content token (default 0). */
  ttftMs?: number;
  /** Streaming pace; 0/undefined = as fast as possible (one SSE event per token, one write). */
  tokensPerSecond?: number;
  /** Words generated (default 12), capped by max_tokens / max_completion_tokens. */
  outputTokens?: number;
  /**
   * 0..1 share of prompts answered wrongly (lifecycle tests: a measurably worse model version). The reply then
   * echoes the prompt reversed instead of as sent; which prompts is a hash of (model, prompt), so it is repeatable.
   */
  wrongRate?: number;
  /** 0..1 probability of answering errorStatus. */
  errorRate?: number;
  /** Status for errorRate / failFirst (default 503). */
  errorStatus?: SimErrorStatus;
  /** Sent as Retry-After (and retry-after-ms) with 429/503. */
  retryAfterSeconds?: number;
  /** The first N requests with this behaviour answer errorStatus, then succeed. */
  failFirst?: number;
  fault?: SimFault;
  /** Probability the fault applies (default 1 when fault is set). */
  faultRate?: number;
}

export interface ObservedRequest {
  id: number;
  method: string;
  path: string;
  model: string | null;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  stream: boolean;
  startedAt: number;
  /** The client closed the connection before the response finished. */
  aborted: boolean;
  /** The response was written completely. */
  completed: boolean;
}

export interface SimulatorOptions {
  /** 0 = random (default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default behaviour for every model. */
  behavior?: SimBehavior;
  /** Behaviour per requested model name. */
  models?: Record<string, SimBehavior>;
  /** If set, required: OpenAI paths `Authorization: Bearer`, /v1/messages `x-api-key` (or Bearer). */
  apiKey?: string;
  /** Seeds error/fault draws and ids, for reproducible runs. */
  seed?: number;
  /** Ring buffer size of observed requests (default 1000; 0 disables, for benchmarks). */
  keepRequests?: number;
  quiet?: boolean;
}

export interface SimulatorStats {
  received: number;
  /** Responses written completely, error answers included. */
  completed: number;
  /** Client closed the connection before the response finished. */
  aborted: number;
  /** Responses with an HTTP error status (injected, auth, validation, 404). */
  errors: number;
  /** Faults applied (reset, hang, malformed, …). */
  faults: number;
}

export type SimulatorEvent = 'request' | 'abort' | 'complete';

export interface Simulator {
  /** http://HOST:PORT */
  url: string;
  port: number;
  requests: ObservedRequest[];
  stats: SimulatorStats;
  setBehavior(model: string | '*', b: SimBehavior | undefined): void;
  /**
   * Holds every answer from now on (requests are received and observed; their answers wait) until the returned
   * release() is called, which answers the held requests in arrival order (with the behaviour in force then).
   * Lets a test keep work in flight for exactly as long as it needs, whatever the machine's load.
   */
  hold(): () => void;
  /** Clears requests, stats and failFirst counters. */
  reset(): void;
  on(event: SimulatorEvent, fn: (r: ObservedRequest) => void): void;
  waitFor(pred: (s: Simulator) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}
