// Reads token usage from upstream JSON in either dialect (non-streaming bodies).
import type { Dialect, Usage } from '../spec/chat.ts';

type Json = Record<string, unknown>;

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

export function usageFromBody(dialect: Dialect, body: Json): Usage | null {
  const u = body.usage as Json | undefined;
  if (!u || typeof u !== 'object') return null;
  if (dialect === 'anthropic') {
    const cacheRead = num(u.cache_read_input_tokens);
    const cacheWrite = num(u.cache_creation_input_tokens);
    return {
      inputTokens: num(u.input_tokens) + cacheRead + cacheWrite,
      outputTokens: num(u.output_tokens),
      cachedInputTokens: cacheRead,
      cacheWriteTokens: cacheWrite,
    };
  }
  const pd = u.prompt_tokens_details as Json | undefined;
  const cd = u.completion_tokens_details as Json | undefined;
  return {
    inputTokens: num(u.prompt_tokens),
    outputTokens: num(u.completion_tokens),
    cachedInputTokens: pd ? num(pd.cached_tokens) : 0,
    reasoningTokens: cd ? num(cd.reasoning_tokens) : 0,
  };
}
