// System-prompt leak: the answer reproduces a run of at least `minWords` consecutive words of the
// system prompt (word shingles over normalised, lower-cased text). Prompts shorter than that
// (access codes, passwords) count as leaked when all their words appear in the answer (in order
// and adjacent: the whole span; otherwise each word's span).

import type { Detection, SyncDetector } from '../../types.ts';

export interface PromptLeakOptions {
  minWords?: number; // shingle size, default 8
}

interface Word {
  w: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ w: m[0].normalize('NFKC').toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

interface PromptIndex {
  shingles: Set<string>;
  whole: string | null; // for short prompts: the words joined
}

const CACHE_MAX = 64;
const cache = new Map<string, PromptIndex>();

function indexPrompt(prompt: string, n: number): PromptIndex {
  const key = `${n}\u0000${prompt}`;
  let idx = cache.get(key);
  if (idx) return idx;
  const ws = words(prompt).map((w) => w.w);
  const shingles = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) shingles.add(ws.slice(i, i + n).join(' '));
  idx = { shingles, whole: ws.length > 0 && ws.length < n ? ws.join(' ') : null };
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(key, idx);
  return idx;
}

/** Spans of the answer (raw offsets) that reproduce the system prompt. */
export function findPromptLeaks(systemPrompt: string, answer: string, minWords = 8): { start: number; end: number }[] {
  const idx = indexPrompt(systemPrompt, minWords);
  const ws = words(answer);
  const spans: { start: number; end: number }[] = [];
  const push = (start: number, end: number): void => {
    const last = spans[spans.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  };
  if (idx.whole) {
    const parts = idx.whole.split(' ');
    const k = parts.length;
    for (let i = 0; i + k <= ws.length; i++) {
      let same = true;
      for (let j = 0; j < k && same; j++) same = ws[i + j].w === parts[j];
      if (same) push(ws[i].start, ws[i + k - 1].end);
    }
    if (spans.length > 0 || k < 2) return spans;
    // Scattered: every word of the secret occurs somewhere ("tram" … "32").
    const hits = parts.map((p) => ws.filter((w) => w.w === p));
    if (!hits.every((h) => h.length > 0)) return spans;
    for (const w of hits.flat().sort((a, b) => a.start - b.start)) push(w.start, w.end);
    return spans;
  }
  if (idx.shingles.size === 0) return spans;
  for (let i = 0; i + minWords <= ws.length; i++) {
    let key = ws[i].w;
    for (let j = 1; j < minWords; j++) key += ` ${ws[i + j].w}`;
    if (idx.shingles.has(key)) push(ws[i].start, ws[i + minWords - 1].end);
  }
  return spans;
}

export function createPromptLeakDetector(o: PromptLeakOptions = {}, id = 'prompt_leak'): SyncDetector {
  const n = o.minWords ?? 8;
  return {
    id,
    kind: 'sync',
    detect({ view, ctx }) {
      if (!ctx.systemPrompt) return [];
      return findPromptLeaks(ctx.systemPrompt, view.raw, n).map(
        (s): Detection => ({ detector: id, type: 'system_prompt_leak', start: s.start, end: s.end, score: 0.9 }),
      );
    },
  };
}
