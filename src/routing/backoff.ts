import type { RetryConfig } from '../config/schema.ts';

/** Exponential backoff with full jitter: base·2^(n-1), capped, then uniformly scaled in [0.5, 1]. */
export function backoffDelay(cfg: RetryConfig, retryNumber: number, random: () => number = Math.random): number {
  const exp = Math.min(cfg.max_backoff_ms, cfg.backoff_ms * 2 ** (retryNumber - 1));
  return cfg.jitter ? Math.round(exp * (0.5 + random() * 0.5)) : exp;
}
