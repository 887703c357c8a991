// Lintel's hand-written harmful-intent sets (src/guardrails/README.md has their provenance): each item
// written on its own, no templates, so the harmful concept sees goals phrased in many registers.

import { readFileSync } from 'node:fs';
import type { LabeledText } from './datasets.ts';

interface HandwrittenSet {
  source: string;
  file: string;
  /** 1 = harmful request, 0 = a legitimate request on the same subject. */
  label: 0 | 1;
  /**
   * How the set is halved: 'language' = handwrittenHalves (alternating within each language, the
   * older sets), 'text' = halfOf(text) (train/dev-test.ts), so an item never changes half when
   * others are added.
   */
  split?: 'language' | 'text';
}

export const HANDWRITTEN_SETS: readonly HandwrittenSet[] = [
  { source: 'lintel-harmful-hand', file: 'harmful-handwritten.jsonl', label: 1 },
  { source: 'lintel-benign-hard', file: 'benign-hard-handwritten.jsonl', label: 0 },
  // A second, fresh hard-benign set written before any detector output was read (README provenance);
  // the first set's dev half had been tuned to 0 flags while its test half stayed at ~10 %.
  { source: 'lintel-benign-hard2', file: 'benign-hard-fresh.jsonl', label: 0 },
  // A third one (clinicians, pentesters, lawyers, moderators, farmers, hunters, idioms), written
  // before any detector output was read; its test half is pinned in train/benign-hard3.test.ts.
  { source: 'lintel-benign-hard3', file: 'benign-hard3.jsonl', label: 0, split: 'text' },
];

export interface HandwrittenItem {
  text: string;
  category: string;
  lang: string;
}

export function readHandwritten(file: string): HandwrittenItem[] {
  return readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as HandwrittenItem);
}

/** The items of one hand-written set as labelled training texts. */
export function handwritten(source: string): LabeledText[] {
  const s = HANDWRITTEN_SETS.find((h) => h.source === source);
  if (!s) throw new Error(`unknown hand-written set ${source}`);
  return readHandwritten(s.file).map((h) => ({ text: h.text, label: s.label, source }));
}
