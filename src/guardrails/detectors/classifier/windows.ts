// Overlapping token windows for a long text: the text is encoded once without special tokens, cut into pieces of
// at most `maxLength` tokens (special tokens included) that overlap by `stride` tokens, and each piece gets the
// tokenizer's own special tokens ([CLS] … [SEP], <s> … </s>, or none) around it.

import type { Tokenizer } from '@huggingface/tokenizers';

export interface Specials {
  prefix: number[];
  suffix: number[];
}

/** The special tokens the tokenizer's post-processor adds around one sequence. */
export function specialsOf(tok: Tokenizer): Specials {
  const plain: number[] = tok.encode('a', { add_special_tokens: false }).ids;
  const full: number[] = tok.encode('a', { add_special_tokens: true }).ids;
  for (let at = 0; at + plain.length <= full.length; at++) {
    if (plain.every((id: number, j: number) => full[at + j] === id)) {
      return { prefix: full.slice(0, at), suffix: full.slice(at + plain.length) };
    }
  }
  return { prefix: [], suffix: [] };
}

export function tokenWindows(
  tok: Tokenizer,
  specials: Specials,
  text: string,
  maxLength: number,
  stride: number,
  maxWindows: number,
): number[][] {
  const ids = tok.encode(text, { add_special_tokens: false }).ids;
  const room = maxLength - specials.prefix.length - specials.suffix.length;
  if (room < 1) throw new Error(`max_length ${maxLength} leaves no room besides the special tokens`);
  const step = Math.max(1, room - Math.min(stride, room - 1));
  const out: number[][] = [];
  for (let start = 0; out.length < maxWindows; start += step) {
    out.push([...specials.prefix, ...ids.slice(start, start + room), ...specials.suffix]);
    if (start + room >= ids.length) break;
  }
  return out;
}
