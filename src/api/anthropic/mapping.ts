// Stop reasons, usage and error types between Anthropic wire and the spec, shared by responses and streams.
import type { FinishReason, Usage } from '../../spec/chat.ts';
import type { AnthropicStopReason, AnthropicUsage } from './wire.ts';

export function stopReasonToSpec(reason: string | null | undefined): FinishReason {
  switch (reason) {
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      return 'other'; // pause_turn and anything newer
  }
}

/** The spec does not say whether a stop came from a stop sequence (OpenAI never tells), so it is end_turn. */
export function stopReasonFromSpec(reason: FinishReason): AnthropicStopReason {
  switch (reason) {
    case 'length':
      return 'max_tokens';
    case 'tool_calls':
      return 'tool_use';
    case 'content_filter':
      return 'refusal';
    default:
      return 'end_turn';
  }
}

/** Anthropic's input_tokens excludes cache reads and writes; the spec's inputTokens counts all of them. */
export function usageToSpec(usage: Partial<AnthropicUsage>): Usage {
  const read = usage.cache_read_input_tokens ?? 0;
  const write = usage.cache_creation_input_tokens ?? 0;
  const out: Usage = { inputTokens: (usage.input_tokens ?? 0) + read + write, outputTokens: usage.output_tokens ?? 0 };
  if (read > 0) out.cachedInputTokens = read;
  if (write > 0) out.cacheWriteTokens = write;
  return out;
}

export function usageFromSpec(usage: Usage): Required<AnthropicUsage> {
  const read = usage.cachedInputTokens ?? 0;
  const write = usage.cacheWriteTokens ?? 0;
  return {
    input_tokens: Math.max(0, usage.inputTokens - read - write),
    cache_creation_input_tokens: write,
    cache_read_input_tokens: read,
    output_tokens: usage.outputTokens,
  };
}

const ANTHROPIC_ERROR_TYPES = new Set([
  'invalid_request_error',
  'authentication_error',
  'permission_error',
  'not_found_error',
  'request_too_large',
  'rate_limit_error',
  'api_error',
  'overloaded_error',
]);

/** Anthropic clients branch on a closed set of error types; foreign ones (OpenAI's server_error, ...) become api_error. */
export function errorTypeFromSpec(type: string | undefined): string {
  if (type && ANTHROPIC_ERROR_TYPES.has(type)) return type;
  if (type === 'rate_limit_exceeded' || type === 'insufficient_quota') return 'rate_limit_error';
  return 'api_error';
}
