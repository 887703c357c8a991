// Text normalisation for detection: NFKC per grapheme-ish cluster, invisible characters dropped,
// Zalgo marks stripped, cross-script homoglyphs folded. Keeps an offset map back to the raw text
// so every span found in the normalised view can be reported in original offsets.

import { HOMOGLYPHS, isInvisible, isMark, isStrippableMark, isTag } from './chars.ts';
import { foldAt, lookalikeIndexes } from './fold.ts';

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

/** Printable ASCII, tab, LF, CR: the characters normalisation never touches. */
const plain = (c: number): boolean => (c >= 0x20 && c <= 0x7e) || c === 0x0a || c === 0x09 || c === 0x0d;

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

/**
 * Fast path for the common case: NFKC changes characters only one-for-one and nothing is removed,
 * so offsets do not move. Returns null when that does not hold (the caller builds an offset map).
 */
function normalizeInPlace(raw: string, first: number, lookalikes: number[]): string | null {
  const nf = raw.normalize('NFKC');
  if (nf.length !== raw.length) return null;
  // When NFKC changed nothing, plain characters need no check: jump from one special character to the next.
  const jump = nf === raw;
  for (let i = first; i < raw.length; i++) {
    if (jump) {
      SPECIAL_AT.lastIndex = i;
      if (!SPECIAL_AT.exec(raw)) break;
      i = SPECIAL_AT.lastIndex - 1;
    }
    const c = raw.charCodeAt(i);
    if (plain(c)) {
      if (nf.charCodeAt(i) !== c) return null;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      // Astral characters: must be unchanged and not tags / variation selectors.
      if (c === 0xdb40 || nf.charCodeAt(i) !== c || nf.charCodeAt(i + 1) !== raw.charCodeAt(i + 1)) return null;
      i++;
      continue;
    }
    if (isInvisible(c) || (c >= 0x300 && isMark(c))) return null;
    const d = nf.charCodeAt(i);
    if (d !== c && raw[i].normalize('NFKC') !== nf[i]) return null;
    if (d >= 0x80 && HOMOGLYPHS.has(d)) lookalikes.push(i);
  }
  return nf;
}

export function normalizeText(raw: string): Normalized {
  let first = 0;
  while (first < raw.length && plain(raw.charCodeAt(first))) first++;
  if (first === raw.length) return { text: raw, starts: null, ends: null, tagRuns: [] };
  const lookalikes: number[] = [];
  const same = normalizeInPlace(raw, first, lookalikes);
  if (same !== null) return { text: foldAt(same, lookalikes), starts: null, ends: null, tagRuns: [] };
  return normalizeWithMap(raw);
}

const SPECIAL = /[^\x09\x0a\x0d\x20-\x7e]/g;
const SPECIAL_AT = /[^\x09\x0a\x0d\x20-\x7e]/g;
const PLAIN = /[\x09\x0a\x0d\x20-\x7e]/g;
// Characters that need per-cluster work inside a non-ASCII run (invisibles, tags, marks);
// \p{M} covers variation selectors and U+034F.
const NEEDS_WORK =
  /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]|[\u{E0000}-\u{E007F}]|\p{M}/u;

/** The general path: per-cluster NFKC, removals, and an offset map. */
function normalizeWithMap(raw: string): Normalized {
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
    // Fast path: a run of non-ASCII characters that is already NFKC and has nothing to remove.
    PLAIN.lastIndex = k;
    const runEnd = PLAIN.exec(raw)?.index ?? n;
    const run = raw.slice(k, runEnd);
    if (!NEEDS_WORK.test(run) && run.normalize('NFKC') === run) {
      b.copy(raw, i, runEnd);
      i = runEnd;
      continue;
    }
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

  const joined = b.parts.join('');
  const text = foldAt(joined, lookalikeIndexes(joined));
  return { text, starts: b.starts.subarray(0, b.len), ends: b.ends.subarray(0, b.len), tagRuns };
}
