// Shared boundary types of the guardrails library: detectors, spans, decisions and outcomes.
// Offsets are UTF-16 code-unit indexes into the ORIGINAL text (end-exclusive), whatever view found them.

import type { TextView } from './normalize/view.ts';
import type { RedactionVault } from './redact/vault.ts';

export type { TextView };

export type GuardStage = 'input' | 'output';
export type GuardAction = 'block' | 'redact' | 'flag' | 'log';

/** One finding of a detector. Never carries the matched text. */
export interface Detection {
  detector: string;
  type: string; // e.g. "email", "openai_key", "injection", "harmful:weapons"
  start: number;
  end: number;
  score: number; // 0..1
}

/** Per-request facts some detectors need (output guards, webhook). */
export interface GuardContext {
  /** The request's system prompt, for the prompt-leak detector. */
  systemPrompt?: string;
  /** JSON Schema of `response_format`, for the json_schema detector (output stage). */
  responseSchema?: Record<string, unknown>;
  /** Shared per-request vault so placeholders stay consistent across messages, input and output. */
  vault?: RedactionVault;
  requestId?: string;
  /** Aborts pending async guards (webhook) when the client goes away. */
  signal?: AbortSignal;
  /** Where the text sits in the request (user turn, system prompt, tool result …); see engine/channels.ts. */
  channel?: import('./engine/channels.ts').Channel;
}

/** What a detector receives besides the text view. */
export interface DetectInput {
  view: TextView;
  stage: GuardStage;
  ctx: GuardContext;
}

export interface SyncDetector {
  readonly id: string;
  readonly kind: 'sync';
  /** 'final': only meaningful on a complete text (JSON schema); streams run it once at the end. */
  readonly streaming?: 'window' | 'final';
  /** 'request': over all messages joined (token limit), not per message. */
  readonly scope?: 'text' | 'request';
  detect(input: DetectInput): Detection[];
}

export interface AsyncDetector {
  readonly id: string;
  readonly kind: 'async';
  /**
   * 'window': scans stream windows before their text is released (the stream waits for it);
   * 'final' (default): judges the whole answer once the stream ended, for the record.
   */
  readonly streaming?: 'window' | 'final';
  readonly scope?: 'text' | 'request';
  detect(input: DetectInput): Promise<AsyncVerdict>;
  /** Loads what the detector needs (a model); the server awaits it at start so a bad model stops the start. */
  warmUp?(): Promise<void>;
  /** Frees what warmUp() or detect() started (worker threads). */
  close?(): Promise<void>;
}

/** An async detector (webhook) may demand an action stronger or weaker than the guard's own. */
export interface AsyncVerdict {
  verdict: 'block' | 'flag' | 'pass';
  score: number;
  reason?: string;
  detections: Detection[];
}

export type Detector = SyncDetector | AsyncDetector;

export interface Span {
  start: number;
  end: number;
  type: string;
  score?: number;
}

/** One guard's decision, shaped for the request record (spans only, never the text). */
export interface GuardDecision {
  guard: string;
  detector: string;
  stage: GuardStage;
  action: GuardAction;
  score: number;
  spans: Span[];
  latencyMs: number;
  /** Set when the detector failed and `on_error` decided the outcome. */
  error?: string;
  /** Index of the message (multi-message helper); absent for single texts and request-scope guards. */
  message?: number;
  /** The channel of the text (input guards over a request); absent for single texts. */
  channel?: string;
}

export interface BlockInfo {
  guard: string;
  detector: string;
  reason: string;
}

export interface GuardOutcome {
  blocked: boolean;
  blockedBy?: BlockInfo;
  flagged: boolean;
  /** The text after redaction (the original when nothing was redacted). */
  text: string;
  /** Decisions of guards that triggered or failed, in configuration order. */
  decisions: GuardDecision[];
  /** Latency of every guard that ran, triggered or not. */
  timings: { guard: string; latencyMs: number }[];
  /** Present when something was redacted: the request's vault (values live only in memory). */
  redactions?: RedactionVault;
}
