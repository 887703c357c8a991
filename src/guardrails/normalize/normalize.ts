// Text normalisation for detection: NFKC per grapheme-ish cluster, invisible characters dropped,
// Zalgo marks stripped, cross-script homoglyphs folded. Keeps an offset map back to the raw text
// so every span found in the normalised view can be reported in original offsets.

import { HOMOGLYPH_ANY, HOMOGLYPHS, isInvisible, isMark, isStrippableMark, isTag } from './chars.ts';

export interface TagRun {
  text: string; // the ASCII smuggled in Unicode tag characters
  start: number; // raw offsets of the run
  end: number;
}

export interface Normalized {
  text: string;
  /** Raw start offset of the cluster each normalised code unit came from; null = identity. */
  starts: Int32Array | null;
  /** Raw end offset of that cluster; null = identity. */
  ends: Int32Array | null;
  tagRuns: TagRun[];
}

// Anything outside printable ASCII + tab/newline needs the slow path.
const SPECIAL = /[^\x09\x0a\x0d\x20-\x7e]/g;

class Builder {
  parts: string[] = [];
  starts: Int32Array;
  ends: Int32Array;
  len = 0;
  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  private reserve(n: number): void {
    if (this.len + n <= this.starts.length) return;
    const cap = Math.max(this.starts.length * 2, this.len + n);
    const s = new Int32Array(cap);
    const e = new Int32Array(cap);
    s.set(this.starts);
    e.set(this.ends);
    this.starts = s;
    this.ends = e;
  }
  /** Copies raw[from, to) unchanged: one code unit per raw code unit. */
  copy(raw: string, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(raw.slice(from, to));
    for (let i = from; i < to; i++) {
      this.starts[this.len] = i;
      this.ends[this.len] = i + 1;
      this.len++;
    }
  }
  /** Emits `out` as the replacement of the raw cluster [from, to). */
  emit(out: string, from: number, to: number): void {
    if (out.length === 0) return;
    this.reserve(out.length);
    this.parts.push(out);
    for (let i = 0; i < out.length; i++) {
      this.starts[this.len] = from;
      this.ends[this.len] = to;
      this.len++;
    }
  }
}

function stripMarks(s: string): string {
  let out = '';
  for (const ch of s) if (!isStrippableMark(ch.codePointAt(0)!)) out += ch;
  return out;
}

export function normalizeText(raw: string): Normalized {
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(raw)) return { text: raw, starts: null, ends: null, tagRuns: [] };

  const b = new Builder(raw.length + 16);
  const tagRuns: TagRun[] = [];
  const n = raw.length;
  let i = 0;
  while (i < n) {
    SPECIAL.lastIndex = i;
    const m = SPECIAL.exec(raw);
    if (!m) {
      b.copy(raw, i, n);
      break;
    }
    let k = m.index;
    const cp0 = raw.codePointAt(k)!;
    // A combining mark after an ASCII letter belongs to that letter's cluster (e + ◌́ → é).
    if (k > i && isMark(cp0)) k--;
    b.copy(raw, i, k);

    const cp = raw.codePointAt(k)!;
    let end = k + (cp > 0xffff ? 2 : 1);
    if (isTag(cp)) {
      // Collect a run of tag characters; their ASCII payload becomes an extra view.
      let text = '';
      let j = k;
      while (j < n) {
        const c = raw.codePointAt(j)!;
        if (!isTag(c)) break;
        if (c >= 0xe0020 && c <= 0xe007e) text += String.fromCharCode(c - 0xe0000);
        j += 2;
      }
      if (text.trim().length > 0) tagRuns.push({ text, start: k, end: j });
      i = j;
      continue;
    }
    if (isInvisible(cp)) {
      i = end;
      continue;
    }
    while (end < n) {
      const c = raw.codePointAt(end)!;
      if (!isMark(c)) break;
      end += c > 0xffff ? 2 : 1;
    }
    const cluster = raw.slice(k, end);
    let out = cluster.normalize('NFKC');
    if (out.length > 1 || out.charCodeAt(0) >= 0x300) out = stripMarks(out);
    b.emit(out, k, end);
    i = end;
  }

  let text = b.parts.join('');
  if (HOMOGLYPH_ANY.test(text)) text = foldHomoglyphs(text);
  return { text, starts: b.starts.subarray(0, b.len), ends: b.ends.subarray(0, b.len), tagRuns };
}

const ASCII_LETTER = /[A-Za-z]/;
const PUNCT = /[\u2010-\u2212]/g;
// A run of letters containing at least one foldable letter.
const WORD_WITH_LOOKALIKE = new RegExp(`[\\p{L}\\p{M}]*${HOMOGLYPH_ANY.source}[\\p{L}\\p{M}]*`, 'gu');

function foldChar(c: string): string {
  const to = HOMOGLYPHS.get(c.charCodeAt(0));
  return to === undefined ? c : String.fromCharCode(to);
}

/**
 * Folds look-alikes 1:1 (all table entries are single BMP code units, so offsets are unchanged).
 * Letters fold only inside words that already contain a Latin letter or consist entirely of
 * look-alikes, so genuine Greek or Cyrillic words keep their letters (whole-script confusables).
 */
function foldHomoglyphs(text: string): string {
  const folded = text.replace(WORD_WITH_LOOKALIKE, (w) => {
    let fold = ASCII_LETTER.test(w);
    if (!fold) {
      fold = true;
      for (let j = 0; j < w.length && fold; j++) fold = HOMOGLYPHS.has(w.charCodeAt(j));
    }
    return fold ? w.replace(/./gu, foldChar) : w;
  });
  // Punctuation look-alikes (curly quotes, dashes) fold everywhere.
  return folded.replace(PUNCT, foldChar);
}
