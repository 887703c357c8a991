// Maximum input tokens. A fast estimate decides clear cases; in 'exact' mode the o200k tokenizer
// (gpt-tokenizer, loaded once at config load) counts only texts near the limit.

import { createRequire } from 'node:module';
import type { SyncDetector } from '../../types.ts';

export interface MaxTokensOptions {
  max: number;
  mode?: 'estimate' | 'exact';
}

/** About 4 characters per token for Latin text, one token per character for other scripts. */
export function estimateTokens(text: string): number {
  let ascii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x80) ascii++;
  return Math.ceil(ascii / 4 + (text.length - ascii));
}

type WithinLimit = (text: string, limit: number) => number | false;
let withinLimit: WithinLimit | null = null;

function tokenizer(): WithinLimit {
  if (!withinLimit) {
    const require = createRequire(import.meta.url);
    withinLimit = (require('gpt-tokenizer/encoding/o200k_base') as { isWithinTokenLimit: WithinLimit })
      .isWithinTokenLimit;
  }
  return withinLimit;
}

export function createMaxTokensDetector(o: MaxTokensOptions, id = 'max_tokens'): SyncDetector {
  const exact = o.mode === 'exact';
  if (exact) tokenizer(); // pay the load at config time, not on a request
  return {
    id,
    kind: 'sync',
    scope: 'request',
    streaming: 'final',
    detect({ view }) {
      const text = view.raw;
      const est = estimateTokens(text);
      let over: boolean;
      if (!exact || est < o.max * 0.6) over = est > o.max;
      else if (est > o.max * 2) over = true;
      else over = tokenizer()(text, o.max) === false;
      return over ? [{ detector: id, type: 'token_limit', start: 0, end: text.length, score: 1 }] : [];
    },
  };
}
