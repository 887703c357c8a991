// Hashed text features shared by the trainer and the detector: character n-grams and word
// uni/bigrams of the lower-cased normalised text, hashed into 2^bits buckets, weighted 1 + ln(tf)
// and L2-normalised per window. Long texts are scored in overlapping windows.

export interface FeatureConfig {
  bits: number; // hash buckets = 2^bits
  charMin: number; // character n-gram sizes
  charMax: number;
  words: boolean; // word unigrams and bigrams
  window: number; // characters per window
  stride: number; // window step
}

export const DEFAULT_FEATURES: FeatureConfig = { bits: 18, charMin: 2, charMax: 5, words: true, window: 2048, stride: 1024 };

/** Lower-case, collapse whitespace, map digits to 0 (numbers are noise), pad with spaces. */
export function prepare(text: string): string {
  return ` ${text.toLowerCase().replace(/\s+/g, ' ').replace(/[0-9]/g, '0').trim()} `;
}

/** Bucket ids of every feature in order of the character position where each feature ends. */
export interface FeatureStream {
  ids: Int32Array; // feature bucket ids
  pos: Int32Array; // end position (in the prepared text) of each feature, non-decreasing
  length: number; // number of features
  textLength: number;
}

const FNV = 0x811c9dc5;
const PRIME = 16777619;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
}

export function featureStream(prepared: string, cfg: FeatureConfig): FeatureStream {
  const L = prepared.length;
  const perChar = cfg.charMax - cfg.charMin + 1 + (cfg.words ? 2 : 0);
  const ids = new Int32Array(L * perChar + 4);
  const pos = new Int32Array(L * perChar + 4);
  const shift = 32 - cfg.bits;
  let k = 0;
  let prevWord = 0;
  let word = FNV;
  let inWord = false;
  for (let i = 0; i < L; i++) {
    const c = prepared.charCodeAt(i);
    // Character n-grams ending at i.
    let h = FNV;
    for (let n = 1; n <= cfg.charMax && n <= i + 1; n++) {
      h = Math.imul(h ^ prepared.charCodeAt(i - n + 1), PRIME);
      if (n >= cfg.charMin) {
        ids[k] = Math.imul(h ^ n, 0x9e3779b1) >>> shift;
        pos[k++] = i + 1;
      }
    }
    if (!cfg.words) continue;
    // Word unigram and bigram, emitted at the character that ends the word (salted apart).
    if (isWordChar(c)) {
      word = Math.imul(word ^ c, PRIME);
      inWord = true;
    } else if (inWord) {
      ids[k] = Math.imul(word ^ 0x5bd1e995, 0x9e3779b1) >>> shift;
      pos[k++] = i;
      if (prevWord !== 0) {
        ids[k] = Math.imul(Math.imul(prevWord, 31) ^ word ^ 0x27d4eb2d, 0x9e3779b1) >>> shift;
        pos[k++] = i;
      }
      prevWord = word;
      word = FNV;
      inWord = false;
    }
  }
  return { ids, pos, length: k, textLength: L };
}

/** A window: features [from, to) of the stream, covering characters [charStart, charEnd). */
export interface FeatureWindow {
  from: number;
  to: number;
  charStart: number;
  charEnd: number;
}

/** Windows of `cfg.window` characters every `cfg.stride` (one window for short texts). */
export function windows(fs: FeatureStream, cfg: FeatureConfig): FeatureWindow[] {
  if (fs.textLength <= cfg.window) return [{ from: 0, to: fs.length, charStart: 0, charEnd: fs.textLength }];
  const out: FeatureWindow[] = [];
  let from = 0;
  let to = 0;
  for (let s = 0; ; s += cfg.stride) {
    const e = Math.min(fs.textLength, s + cfg.window);
    // A feature belongs to the window when it ends inside it and starts inside it (≥ charMax in).
    const minEnd = s === 0 ? 0 : s + cfg.charMax;
    while (from < fs.length && fs.pos[from] < minEnd) from++;
    while (to < fs.length && fs.pos[to] <= e) to++;
    out.push({ from, to, charStart: s, charEnd: e });
    if (e >= fs.textLength) break;
  }
  return out;
}

/** Reusable sparse accumulator: counts per bucket, then 1 + ln(tf), L2-normalised. */
export class SparseVector {
  private counts: Float32Array;
  private touched: Int32Array;
  private n = 0;
  constructor(bits: number, capacity = 1 << 16) {
    this.counts = new Float32Array(1 << bits);
    this.touched = new Int32Array(capacity);
  }
  /** Counts the features [from, to) of a stream. */
  fill(fs: FeatureStream, from: number, to: number): void {
    this.clear();
    const { ids } = fs;
    for (let j = from; j < to; j++) {
      const id = ids[j];
      if (this.counts[id] === 0) {
        if (this.n === this.touched.length) {
          const t = new Int32Array(this.touched.length * 2);
          t.set(this.touched);
          this.touched = t;
        }
        this.touched[this.n++] = id;
      }
      this.counts[id]++;
    }
  }
  /** Writes normalised (index, value) pairs; returns the count. */
  normalised(idx: Int32Array | null, val: Float32Array | null): number {
    let norm = 0;
    for (let j = 0; j < this.n; j++) {
      const v = 1 + Math.log(this.counts[this.touched[j]]);
      norm += v * v;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    if (idx && val) {
      for (let j = 0; j < this.n; j++) {
        const id = this.touched[j];
        idx[j] = id;
        val[j] = (1 + Math.log(this.counts[id])) * inv;
      }
    }
    return this.n;
  }
  /** Dot product of the normalised vector with dense weights. */
  dot(weights: Float32Array): number {
    let norm = 0;
    let dot = 0;
    for (let j = 0; j < this.n; j++) {
      const id = this.touched[j];
      const v = 1 + Math.log(this.counts[id]);
      norm += v * v;
      dot += v * weights[id];
    }
    return norm > 0 ? dot / Math.sqrt(norm) : 0;
  }
  get size(): number {
    return this.n;
  }
  clear(): void {
    for (let j = 0; j < this.n; j++) this.counts[this.touched[j]] = 0;
    this.n = 0;
  }
}
