// Overlap with the reference: ROUGE-L (LCS F-measure) and sentence BLEU-4 (add-one smoothing above unigrams).
import type { Scorer, ScorerSpec } from './types.ts';
import { referenceText } from './types.ts';

export function tokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** ROUGE-L F1 over word tokens. */
export function rougeL(candidate: string, reference: string): number {
  const a = tokens(candidate);
  const b = tokens(reference);
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    prev = cur;
  }
  const lcs = prev[b.length];
  if (lcs === 0) return 0;
  const p = lcs / a.length;
  const r = lcs / b.length;
  return (2 * p * r) / (p + r);
}

function ngrams(t: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= t.length; i++) {
    const k = t.slice(i, i + n).join('\u0000');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Sentence BLEU with up to 4-grams, brevity penalty, add-one smoothing for n > 1 (Lin & Och 2004). */
export function bleu(candidate: string, reference: string, maxN = 4): number {
  const c = tokens(candidate);
  const r = tokens(reference);
  if (c.length === 0 || r.length === 0) return 0;
  let logSum = 0;
  for (let n = 1; n <= maxN; n++) {
    const cn = ngrams(c, n);
    const rn = ngrams(r, n);
    let match = 0;
    let total = 0;
    for (const [k, v] of cn) {
      match += Math.min(v, rn.get(k) ?? 0);
      total += v;
    }
    const smooth = n > 1 ? 1 : 0;
    if (match + smooth === 0 || total + smooth === 0) return 0;
    logSum += Math.log((match + smooth) / (total + smooth));
  }
  const bp = c.length >= r.length ? 1 : Math.exp(1 - r.length / c.length);
  return bp * Math.exp(logSum / maxN);
}

function overlapScorer(kind: 'rouge_l' | 'bleu', spec: ScorerSpec): Scorer {
  const threshold = typeof spec.threshold === 'number' ? spec.threshold : 0.5;
  return {
    name: spec.name ?? kind,
    needsReference: true,
    score: ({ output, item }) => {
      const s = (kind === 'rouge_l' ? rougeL : bleu)(output, referenceText(item));
      return { score: s, pass: s >= threshold };
    },
  };
}

export const rougeLScorer = (spec: ScorerSpec) => overlapScorer('rouge_l', spec);
export const bleuScorer = (spec: ScorerSpec) => overlapScorer('bleu', spec);
