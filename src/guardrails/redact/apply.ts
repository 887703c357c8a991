// Applies redactions: replaces spans with vault placeholders, merging overlapping spans.

import type { Span } from '../types.ts';
import type { RedactionVault } from './vault.ts';

export interface RedactSpan extends Span {
  reversible: boolean;
}

/** Sorted, non-overlapping spans; the longer span's type wins, reversible if any part was. */
export function mergeSpans(spans: readonly RedactSpan[]): RedactSpan[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RedactSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      const longer = s.end - s.start > last.end - last.start ? s : last;
      out[out.length - 1] = {
        start: last.start,
        end: Math.max(last.end, s.end),
        type: longer.type,
        reversible: last.reversible || s.reversible,
      };
    } else out.push({ ...s });
  }
  return out;
}

/** Returns `text` with every span replaced by its placeholder. */
export function applyRedactions(text: string, spans: readonly RedactSpan[], vault: RedactionVault): string {
  if (spans.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const s of mergeSpans(spans)) {
    out += text.slice(pos, s.start) + vault.placeholder(s.type, text.slice(s.start, s.end), s.reversible);
    pos = s.end;
  }
  return out + text.slice(pos);
}
