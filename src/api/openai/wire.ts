// The parts of the OpenAI Chat Completions wire format this gateway reads and writes.
// Requests are validated by schema.ts before they are read through these types.

export type OpenAITextPart = { type: 'text'; text: string };
export type OpenAIContentPart =
  | OpenAITextPart
  | { type: 'image_url'; image_url: { url: string; detail?: string } }
  | { type: 'input_audio'; input_audio: { data: string; format: string } }
  | { type: 'file'; file: Record<string, unknown> }
  | { type: 'refusal'; refusal: string };

export interface OpenAIToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface OpenAIMessage {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'function';
  content?: string | OpenAIContentPart[] | null;
  name?: string;
  tool_calls?: OpenAIToolCall[] | null;
  tool_call_id?: string;
  function_call?: { name: string; arguments: string } | null;
  refusal?: string | null;
  /** Reasoning text (DeepSeek, vLLM, LiteLLM convention); Lintel fills it from Anthropic thinking. */
  reasoning_content?: string | null;
  /** Anthropic thinking blocks with their signatures (LiteLLM convention), so they can go back to Claude. */
  thinking_blocks?: OpenAIThinkingBlock[] | null;
}

export type OpenAIThinkingBlock =
  | { type: 'thinking'; thinking: string; signature?: string }
  | { type: 'redacted_thinking'; data: string };

export interface OpenAIFunctionDefinition {
  name: string;
  description?: string;
  parameters?: Record<string, unknown>;
  strict?: boolean | null;
}

export type OpenAIToolChoice = 'none' | 'auto' | 'required' | { type: 'function'; function: { name: string } };

export type OpenAIResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | {
      type: 'json_schema';
      json_schema: { name: string; description?: string; schema: Record<string, unknown>; strict?: boolean | null };
    };

export interface OpenAIChatRequest {
  model: string;
  messages: OpenAIMessage[];
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean } | null;
  temperature?: number | null;
  top_p?: number | null;
  n?: number | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  stop?: string | string[] | null;
  tools?: { type: 'function'; function: OpenAIFunctionDefinition }[] | null;
  tool_choice?: OpenAIToolChoice | null;
  functions?: OpenAIFunctionDefinition[] | null;
  function_call?: 'none' | 'auto' | { name: string } | null;
  response_format?: OpenAIResponseFormat | null;
  user?: string | null;
  metadata?: Record<string, string> | null;
  logprobs?: boolean | null;
  top_logprobs?: number | null;
  presence_penalty?: number | null;
  frequency_penalty?: number | null;
  logit_bias?: Record<string, number> | null;
  seed?: number | null;
  web_search_options?: unknown;
  reasoning_effort?: 'minimal' | 'low' | 'medium' | 'high' | null;
  parallel_tool_calls?: boolean | null;
  modalities?: string[] | null;
  audio?: unknown;
}

export type OpenAIFinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call';

export interface OpenAIUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details?: { cached_tokens?: number; audio_tokens?: number } | null;
  completion_tokens_details?: { reasoning_tokens?: number } | null;
}

export interface OpenAIChatResponse {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: {
    index: number;
    message: OpenAIMessage & { role: 'assistant' };
    finish_reason: OpenAIFinishReason | null;
    logprobs?: unknown;
  }[];
  usage?: OpenAIUsage | null;
}

export interface OpenAIChunkToolCall {
  index: number;
  id?: string;
  type?: 'function';
  function?: { name?: string; arguments?: string };
}

export interface OpenAIChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: {
    index: number;
    delta: {
      role?: 'assistant';
      content?: string | null;
      refusal?: string | null;
      reasoning_content?: string | null;
      thinking_blocks?: OpenAIThinkingBlock[] | null;
      tool_calls?: OpenAIChunkToolCall[];
    };
    finish_reason: OpenAIFinishReason | null;
    logprobs?: unknown;
  }[];
  usage?: OpenAIUsage | null;
  /** Some OpenAI-compatible servers report a failure mid-stream this way. */
  error?: { message?: string; type?: string };
}
