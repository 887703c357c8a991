// OpenAI's rate-limit response headers, from the most restrictive level that limits requests (and tokens).
import type { ScopeCheck, ScopeState } from './limits/types.ts';

/** Go-style durations as OpenAI sends them: "20ms", "1.5s", "6m0s". */
export function formatReset(ms: number): string {
  const v = Math.max(0, Math.ceil(ms));
  if (v < 1000) return `${v}ms`;
  if (v < 60_000) return `${trim(v / 1000)}s`;
  const m = Math.floor(v / 60_000);
  return `${m}m${trim((v - m * 60_000) / 1000)}s`;
}

function trim(seconds: number): string {
  return String(Math.round(seconds * 1000) / 1000);
}

export function rateLimitHeaders(scopes: readonly ScopeCheck[], states: readonly ScopeState[]): Record<string, string> {
  const h: Record<string, string> = {};
  let req = -1;
  let tok = -1;
  for (let i = 0; i < scopes.length; i++) {
    const st = states[i];
    if (st.remainingRequests !== null && (req < 0 || st.remainingRequests < (states[req].remainingRequests as number)))
      req = i;
    if (st.remainingTokens !== null && (tok < 0 || st.remainingTokens < (states[tok].remainingTokens as number)))
      tok = i;
  }
  if (req >= 0) {
    h['x-ratelimit-limit-requests'] = String(scopes[req].limits.rpm);
    h['x-ratelimit-remaining-requests'] = String(states[req].remainingRequests);
    h['x-ratelimit-reset-requests'] = formatReset(states[req].resetRequestsMs ?? 0);
  }
  if (tok >= 0) {
    h['x-ratelimit-limit-tokens'] = String(scopes[tok].limits.tpm);
    h['x-ratelimit-remaining-tokens'] = String(states[tok].remainingTokens);
    h['x-ratelimit-reset-tokens'] = formatReset(states[tok].resetTokensMs ?? 0);
  }
  return h;
}
