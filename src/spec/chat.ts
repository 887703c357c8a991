// Lintel's neutral chat model: the pivot between ingress dialects (OpenAI, Anthropic) and provider
// wire formats when they differ. Same-dialect calls pass through untouched; only cross-dialect calls
// are translated through these types. No dependencies, no I/O.

export type Dialect = 'openai' | 'anthropic';

export type Role = 'system' | 'user' | 'assistant' | 'tool';

export type ContentPart =
  | { type: 'text'; text: string }
  | { type: 'image'; url: string; mediaType?: string } // url may be a data: URL
  | { type: 'tool_call'; id: string; name: string; arguments: string } // arguments: JSON text
  | { type: 'tool_result'; toolCallId: string; content: string; isError?: boolean }
  /** Model reasoning (Anthropic thinking, OpenAI reasoning_content). `signature` lets Claude verify it later. */
  | { type: 'reasoning'; text: string; signature?: string; redacted?: string };

export interface Message {
  role: Role;
  content: ContentPart[];
  name?: string;
}

export interface ToolDefinition {
  name: string;
  description?: string;
  parameters: Record<string, unknown>; // JSON Schema
}

/** How much a model may think before answering; an Anthropic thinking budget or an OpenAI reasoning effort. */
export type ReasoningEffort = 'minimal' | 'low' | 'medium' | 'high';

export type ToolChoice = 'auto' | 'none' | 'required' | { name: string };

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; name: string; schema: Record<string, unknown>; strict?: boolean };

export interface ChatRequest {
  model: string;
  /** System instructions, joined from every system message / Anthropic `system`. */
  system?: string;
  messages: Message[]; // never contains role 'system'
  tools?: ToolDefinition[];
  toolChoice?: ToolChoice;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stop?: string[];
  n?: number;
  responseFormat?: ResponseFormat;
  user?: string;
  stream: boolean;
  /** OpenAI `stream_options.include_usage`; Anthropic streams always carry usage. */
  includeUsage?: boolean;
  metadata?: Record<string, string>;
  reasoningEffort?: ReasoningEffort;
  /** Anthropic `thinking.budget_tokens` when the caller gave one (kept exact on Anthropic targets). */
  reasoningBudget?: number;
  /** false: at most one tool call per turn. */
  parallelToolCalls?: boolean;
  /** Filled by requestFromSpec: what the translation changed or approximated (x-lintel-translation). */
  warnings?: string[];
}

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'error' | 'other';

export interface Usage {
  inputTokens: number; // all input tokens, cached ones included
  outputTokens: number;
  cachedInputTokens?: number; // cache reads
  cacheWriteTokens?: number; // cache creation (Anthropic)
  reasoningTokens?: number;
}

export interface Choice {
  index: number;
  content: ContentPart[]; // text and tool_call parts, in order
  finishReason: FinishReason;
}

export interface ChatResponse {
  id: string;
  model: string;
  created: number; // unix seconds
  choices: Choice[];
  usage?: Usage;
}

/** One event of a streamed answer. Text and tool-call arguments arrive as deltas. */
export type StreamPart =
  | { type: 'start'; id: string; model: string; created: number }
  | { type: 'text-delta'; choice: number; text: string }
  | { type: 'reasoning-delta'; choice: number; text: string }
  /** The signature of the reasoning just streamed (Anthropic), or its redacted form. */
  | { type: 'reasoning-signature'; choice: number; signature?: string; redacted?: string }
  | { type: 'tool-call-start'; choice: number; index: number; id: string; name: string }
  | { type: 'tool-call-delta'; choice: number; index: number; argumentsDelta: string }
  | { type: 'finish'; choice: number; reason: FinishReason }
  | { type: 'usage'; usage: Usage }
  | { type: 'error'; message: string; errorType?: string };

export interface EmbeddingRequest {
  model: string;
  input: string | string[] | number[] | number[][];
  encodingFormat?: 'float' | 'base64';
  dimensions?: number;
  user?: string;
}

export interface EmbeddingResponse {
  model: string;
  data: { index: number; embedding: number[] | string }[];
  usage: { inputTokens: number };
}
