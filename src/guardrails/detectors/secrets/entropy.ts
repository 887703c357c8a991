// High-entropy tokens: long runs of key-like characters whose Shannon entropy is close to random.
// Plain words, identifiers, hex digests of common sizes, UUIDs and base64-encoded text are skipped
// unless a context word ("key", "token", "secret" …) precedes them.

import { base64Runs, looksLikeText } from '../../normalize/decode.ts';
import { contextBefore, type Finding } from '../finder.ts';

const CONTEXT = /\b(?:key|token|secret|password|passwd|pwd|api|auth|credential|bearer|signature|private)\b/i;
const HEX = /^[0-9a-f]+$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function shannonEntropy(s: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

function inUrl(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  const word = text.slice(i, start);
  return word.includes('://') || word.startsWith('www.');
}

/** camelCase / snake_case identifiers: most characters sit in word-like chunks. */
function looksLikeIdentifier(tok: string): boolean {
  let wordChars = 0;
  for (const w of tok.match(/[A-Z]?[a-z]{3,}|[A-Z]{3,}(?![a-z])/g) ?? []) wordChars += w.length;
  return wordChars / tok.length >= 0.6;
}

/** Entropy a random string over [A-Za-z0-9] of this length typically reaches, minus a margin. */
function requiredEntropy(len: number, base: number): number {
  return Math.min(base, Math.log2(len) - 0.6);
}

export interface EntropyOptions {
  /** Bits per character required of long tokens (default 4.0). */
  minEntropy?: number;
}

export function createEntropyFinder(opts: EntropyOptions = {}) {
  const base = opts.minEntropy ?? 4.0;
  return (text: string): Finding[] => {
    const out: Finding[] = [];
    for (const run of base64Runs(text, 20)) {
      if (run.end - run.start > 512) continue;
      const m = { index: run.start };
      const tok = text.slice(run.start, run.end);
      const hasDigit = /\d/.test(tok);
      const hasUpper = /[A-Z]/.test(tok);
      const hasLower = /[a-z]/.test(tok);
      if (!hasDigit || !(hasUpper || hasLower)) continue;
      const ctx = contextBefore(text, m.index, CONTEXT, 32);
      // Path or id segments of URLs are identifiers, not secrets (query secrets match `key=` patterns).
      if (!ctx && inUrl(text, m.index)) continue;
      const digest = UUID.test(tok) || (HEX.test(tok) && [32, 40, 56, 64, 96, 128].includes(tok.length));
      if (digest && !ctx) continue;
      if (!digest && !(hasUpper && hasLower) && !ctx && !HEX.test(tok)) continue;
      if (!ctx && looksLikeIdentifier(tok)) continue;
      if (shannonEntropy(tok) < requiredEntropy(tok.length, HEX.test(tok) ? 3.5 : base)) continue;
      // Base64 of ordinary text is an encoding, not a secret (decoded views cover it).
      if (!ctx && looksLikeText(Buffer.from(tok, 'base64').toString('utf8'))) continue;
      out.push({ type: 'high_entropy', start: m.index, end: m.index + tok.length, score: ctx ? 0.85 : 0.6 });
    }
    return out;
  };
}
