// Finish reasons and usage between OpenAI wire and the spec, shared by responses and streams.
import type { FinishReason, Usage } from '../../spec/chat.ts';
import type { OpenAIFinishReason, OpenAIUsage } from './wire.ts';

export function finishReasonToSpec(reason: string | null | undefined): FinishReason {
  switch (reason) {
    case 'stop':
    case 'length':
    case 'tool_calls':
    case 'content_filter':
      return reason;
    case 'function_call':
      return 'tool_calls';
    default:
      return 'other';
  }
}

/** OpenAI has no "error"/"other": a turn that ended without a stated cause reads as a normal stop. */
export function finishReasonFromSpec(reason: FinishReason): OpenAIFinishReason {
  return reason === 'error' || reason === 'other' ? 'stop' : reason;
}

export function usageToSpec(usage: OpenAIUsage): Usage {
  const out: Usage = { inputTokens: usage.prompt_tokens ?? 0, outputTokens: usage.completion_tokens ?? 0 };
  const cached = usage.prompt_tokens_details?.cached_tokens;
  if (cached) out.cachedInputTokens = cached;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens;
  if (reasoning) out.reasoningTokens = reasoning;
  return out;
}

/**
 * `cached_tokens` carries cache reads only: OpenAI bills them at a discount, so folding Anthropic's
 * cache writes (billed at a premium) into it would mislead cost accounting. Writes stay inside
 * prompt_tokens, which like the spec's inputTokens counts every input token.
 */
export function usageFromSpec(usage: Usage): OpenAIUsage {
  const out: OpenAIUsage = {
    prompt_tokens: usage.inputTokens,
    completion_tokens: usage.outputTokens,
    total_tokens: usage.inputTokens + usage.outputTokens,
    prompt_tokens_details: { cached_tokens: usage.cachedInputTokens ?? 0 },
  };
  if (usage.reasoningTokens !== undefined) out.completion_tokens_details = { reasoning_tokens: usage.reasoningTokens };
  return out;
}
