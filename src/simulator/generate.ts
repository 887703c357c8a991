// Deterministic completion text shared by both wire formats. The reply echoes the last user message so
// gateway tests can check what reached the upstream (e.g. that redaction happened before the call).

import { hashString } from './random.ts';

export const DEFAULT_OUTPUT_TOKENS = 12;
const ECHO_CHARS = 200;
const FILLER = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'do'];

export type Finish = 'stop' | 'length' | 'stop_sequence';

export interface Generated {
  /** One entry per emitted token (stream event); joined they are the full text. */
  pieces: string[];
  finish: Finish;
  stopSequence: string | null;
}

/**
 * The text the reply echoes: the prompt itself, or (for a `wrongRate` share of prompts, chosen by a hash of model and
 * prompt so a rerun answers the same) the prompt reversed, so reference checks fail.
 */
export function answerSource(userText: string, model: string, wrongRate: number | undefined): string {
  if (!wrongRate || wrongRate <= 0) return userText;
  // FNV alone barely moves its high bits when only the last character differs ("ping 1", "ping 2"): finalise
  // (murmur3 fmix32) so similar prompts draw independently.
  let h = hashString(`${model}\u0000${userText}`);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  const draw = ((h ^ (h >>> 16)) >>> 0) / 4294967296;
  return draw < wrongRate ? [...userText].reverse().join('') : userText;
}

/** Cheap prompt-token estimate: about four characters per token. */
export function approxTokens(chars: number): number {
  return Math.max(1, Math.ceil(chars / 4));
}

export function echoPrefix(userText: string): string {
  return 'Simulated reply to: ' + userText.slice(0, ECHO_CHARS);
}

/**
 * Word pieces ("Simulated", " reply", …): the echo is kept whole, then filler words pad the reply to
 * `outputTokens` words. Only max_tokens and stop sequences shorten it.
 */
export function replyPieces(userText: string, outputTokens: number): string[] {
  const words = echoPrefix(userText).split(/\s+/).filter(Boolean);
  for (let i = 0; words.length < outputTokens; i++) words.push(FILLER[i % FILLER.length]);
  return words.map((w, i) => (i === 0 ? w : ' ' + w));
}

/** Splits text (e.g. JSON) into ~4-character pieces, never inside a surrogate pair. */
export function fragmentText(text: string, size = 4): string[] {
  const out: string[] = [];
  let cur = '';
  let n = 0;
  for (const ch of text) {
    cur += ch;
    if (++n === size) {
      out.push(cur);
      cur = '';
      n = 0;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Applies the token cap first, then the earliest stop sequence within what remains. */
export function applyLimits(pieces: string[], maxTokens: number | undefined, stops: string[]): Generated {
  const capped = maxTokens !== undefined && pieces.length > maxTokens;
  const kept = capped ? pieces.slice(0, Math.max(0, maxTokens)) : pieces;
  if (stops.length > 0) {
    const text = kept.join('');
    let at = -1;
    let seq: string | null = null;
    for (const s of stops) {
      if (!s) continue;
      const i = text.indexOf(s);
      if (i !== -1 && (at === -1 || i < at)) {
        at = i;
        seq = s;
      }
    }
    if (seq !== null) return { pieces: truncatePieces(kept, at), finish: 'stop_sequence', stopSequence: seq };
  }
  return { pieces: kept, finish: capped ? 'length' : 'stop', stopSequence: null };
}

function truncatePieces(pieces: string[], at: number): string[] {
  const out: string[] = [];
  let pos = 0;
  for (const p of pieces) {
    if (pos + p.length <= at) out.push(p);
    else {
      if (at > pos) out.push(p.slice(0, at - pos));
      break;
    }
    pos += p.length;
  }
  return out;
}

/** `stop` (OpenAI) / `stop_sequences` (Anthropic) normalised to a list of strings. */
export function stopList(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((s): s is string => typeof s === 'string');
  return [];
}
