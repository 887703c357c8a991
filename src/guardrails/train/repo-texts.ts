// Every text of the repo's own guardrail sets (train/*.jsonl and train/generated/*.jsonl: attacks,
// benign, harmful, generated), for checks that a change to a detector's speed keeps its findings —
// the literal-gate tests and the eval/*-compare.ts scripts.

import { readdirSync, readFileSync } from 'node:fs';

const DIRS = [new URL('./', import.meta.url), new URL('./generated/', import.meta.url)];

/** The `text` field of every line of every JSONL set, in file order. */
export function repoGuardrailTexts(): string[] {
  const out: string[] = [];
  for (const dir of DIRS) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
      for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const t = (JSON.parse(line) as { text?: unknown }).text;
        if (typeof t === 'string') out.push(t);
      }
    }
  }
  return out;
}

/**
 * Every k-th text, k chosen so at most `max` remain: the equality tests of the gated scans keep a fixed
 * cost as fresh sets are added (the eval/*-compare.ts tools check every text before a merge).
 */
export function strideSample<T>(texts: readonly T[], max: number): T[] {
  const k = Math.max(1, Math.ceil(texts.length / max));
  return texts.filter((_, i) => i % k === 0);
}

/** Consecutive texts joined into documents of about `size` characters (at most `max`): the long-text paths. */
export function joinedTexts(texts: readonly string[], size: number, max: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const t of texts) {
    cur += (cur ? '\n\n' : '') + t;
    if (cur.length >= size) {
      out.push(cur);
      cur = '';
      if (out.length >= max) break;
    }
  }
  return out;
}
