// Hashed text features shared by the trainer and the detector: character n-grams and word
// uni/bigrams of the lower-cased normalised text, hashed into 2^bits buckets (2^16: the weights stay in cache), weighted 1 + ln(tf)
// and L2-normalised per window. Long texts are scored in sliding windows. Optional concept features
// (detectors/concepts/lexicon.ts) take the slots after the hashed ones, with value 1 each.

import { isWideSpace } from '../../normalize/chars.ts';
import { type ConceptSet, conceptCount, conceptHits } from '../concepts/lexicon.ts';

export interface FeatureConfig {
  bits: number; // hash buckets = 2^bits
  charMin: number; // character n-gram sizes
  charMax: number;
  words: boolean; // word unigrams and bigrams
  window: number; // characters per window
  stride: number; // characters between window evaluations on long texts
  /** Concept-feature family set (none in models before v2). */
  concepts?: ConceptSet;
  /** Value of the L2-normalised n-gram vector (default 1); below 1 the regulariser leans on concepts. */
  ngramScale?: number;
}

/** Number of weights of a model with these features: hashed buckets, then concept slots. */
export function weightCount(cfg: FeatureConfig): number {
  return (1 << cfg.bits) + conceptCount(cfg.concepts);
}

export const DEFAULT_FEATURES: FeatureConfig = {
  bits: 16,
  charMin: 3,
  charMax: 5,
  words: true,
  window: 2048,
  stride: 512,
};

/**
 * Text as the features see it: lower-cased, every whitespace a space, every digit 0 (numbers are
 * noise), one space of padding each side. `code(i)` of the padded text without building it, so
 * prepared offset i is text offset i - 1.
 */
export function prepare(text: string): string {
  return ` ${text.toLowerCase().replace(/\s/g, ' ').replace(/[0-9]/g, '0')} `;
}

/** Maps a char code of lower-cased text the way `prepare` does (whitespace → space, digit → 0). */
export function mapCode(c: number): number {
  if (c >= 48 && c <= 57) return 48;
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13) ? 32 : c;
  if (c < 0xa0) return c;
  return c === 0xa0 || isWideSpace(c) ? 32 : c;
}

const FNV = 0x811c9dc5;
const PRIME = 16777619;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
}

/** The prepared code at position i of the padded text (length = lower.length + 2). */
export function codeAt(lower: string, i: number): number {
  return i === 0 || i === lower.length + 1 ? 32 : mapCode(lower.charCodeAt(i - 1));
}

/**
 * Calls `emit(id, end)` for every feature of `text`, in order of its end position `end`
 * (exclusive, in the prepared text), for prepared positions before `limit`.
 */
export function forEachFeature(
  text: string,
  cfg: FeatureConfig,
  emit: (id: number, end: number) => void,
  limit = Number.POSITIVE_INFINITY,
): void {
  const lower = text.toLowerCase();
  const L = Math.min(limit, lower.length + 2);
  const shift = 32 - cfg.bits;
  const { charMin, charMax, words } = cfg;
  let prevWord = 0;
  let word = FNV;
  let inWord = false;
  for (let i = 0; i < L; i++) {
    let h = FNV;
    const top = i + 1 < charMax ? i + 1 : charMax;
    for (let n = 1; n <= top; n++) {
      h = Math.imul(h ^ codeAt(lower, i - n + 1), PRIME);
      if (n >= charMin) emit(Math.imul(h ^ n, 0x9e3779b1) >>> shift, i + 1);
    }
    if (!words) continue;
    // Word unigram and bigram, emitted at the character that ends the word (salted apart).
    const c = codeAt(lower, i);
    if (isWordChar(c)) {
      word = Math.imul(word ^ c, PRIME);
      inWord = true;
    } else if (inWord) {
      emit(Math.imul(word ^ 0x5bd1e995, 0x9e3779b1) >>> shift, i);
      if (prevWord !== 0) emit(Math.imul(Math.imul(prevWord, 31) ^ word ^ 0x27d4eb2d, 0x9e3779b1) >>> shift, i);
      prevWord = word;
      word = FNV;
      inWord = false;
    }
  }
}

/** Sparse vector of the first window of a text, L2-normalised (training input). */
export function firstWindowVector(text: string, cfg: FeatureConfig): { idx: Int32Array; val: Float32Array } {
  const seen = new Set<number>();
  forEachFeature(text.slice(0, cfg.window), cfg, (id) => seen.add(id), cfg.window);
  const n = seen.size;
  const concepts = conceptHits(cfg.concepts, text.slice(0, cfg.window));
  const idx = Int32Array.from([...seen, ...concepts.map((k) => (1 << cfg.bits) + k)]);
  const val = new Float32Array(idx.length).fill(n > 0 ? (cfg.ngramScale ?? 1) / Math.sqrt(n) : 0);
  for (let i = n; i < idx.length; i++) val[i] = 1;
  return { idx, val };
}
