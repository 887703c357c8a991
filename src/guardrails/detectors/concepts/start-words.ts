// One pass over a text for the start words of several regex scans. The injection rule union
// (rules.ts), the lifted_rules rule (lifted-rules.ts) and the task switches (task-switch.ts) each try
// their regex (sticky) only where one of their first words begins: a match can start nowhere else, so
// the gated scan finds what a plain scan finds. Each used to find those places with its own regex
// scan over the whole text (on the bench's 32 KB prompt ≈ 0.06 ms for lifted_rules, 0.11 for the union,
// 0.22 for the task switches, whose lookbehind `(?<![\w\u00C0-\u024F])` in front of the alternation
// kept V8 from skipping ahead). Here a trie of all their words is walked once from every place a word
// may begin (≈ 0.15 ms), and each scan reads the places marked with its set: rules and task switches
// 0.64 → 0.32 ms CPU per 32 KB text. (A combined regex of all the words cost as much as the walk for
// the places alone; docs/guardrails-log.md, speed4.)
//
// Word syntax: letters, digits and punctuation matched as a case-insensitive, non-unicode regex
// matches them (an ASCII letter only its two ASCII cases, a Latin-1 letter its upper case); a space
// stands for a run of whitespace (`\s+`). A word is a prefix: "ignor" starts "ignore", "ignoriere".

import { isWideSpace } from '../../normalize/chars.ts';

/** One scan's start words. */
export interface StartWordSet {
  words: readonly string[];
  /**
   * What may not precede a word: `word` an ASCII word character (a regex `\b` before a word that
   * begins with one), `letter` also a letter of U+00C0–U+024F (the lookbehind `(?<![\w\u00C0-\u024F])`).
   */
  after: 'word' | 'letter';
  /** Also every line start: the text start, each newline, each literal backslash-n ("\\n" in escaped text). */
  lines?: boolean;
}

/**
 * The places found in one text, in order: `at[j]` starts a word of each set k with bit k of `sets[j]` (up to
 * 32 sets; Int32Array, as a Uint32Array's bit 31 leaves V8's int32 range and slowed the walk ≈ 15 %).
 */
export interface Starts {
  n: number;
  at: Int32Array;
  sets: Int32Array;
}

/** Characters below this have table entries; the words use ASCII and Latin-1 letters only. */
const LIMIT = 0x250;
const ASCII_WORD = 1; // [A-Za-z0-9_]
const LATIN_LETTER = 2; // U+00C0–U+024F

/** The character a non-unicode /i regex compares (ES Canonicalize): its upper case, unless that leaves or enters ASCII. */
function canonical(c: number): number {
  const u = String.fromCharCode(c).toUpperCase();
  if (u.length !== 1) return c;
  const cu = u.charCodeAt(0);
  return c >= 128 && cu < 128 ? c : cu;
}

/** The trie as tables: next[node * width + symbol] (0: no way on); ends[node]: the sets one of whose words
 * ends at node (a word is a prefix, so every node on the way adds its sets); sym/cls: symbol and class of
 * each character below LIMIT. */
interface Trie {
  sym: Uint8Array;
  cls: Uint8Array;
  next: Uint16Array;
  ends: Int32Array;
  width: number;
  space: number;
  letterSets: number;
  lineSets: number;
}
const EMPTY: Trie = {
  sym: new Uint8Array(LIMIT),
  cls: new Uint8Array(LIMIT),
  next: new Uint16Array(2),
  ends: new Int32Array(1),
  width: 2,
  space: 1,
  letterSets: 0,
  lineSets: 0,
};

export class StartWords {
  private readonly sets: StartWordSet[] = [];
  private built = false;
  private trie: Trie = EMPTY;
  private at = new Int32Array(0);
  private marks = new Int32Array(0);
  private lastText: string | null = null;
  private last: Starts = { n: 0, at: this.at, sets: this.marks };

  /** The sets added so far (for the test that checks the walk against their regexes). */
  get added(): readonly StartWordSet[] {
    return this.sets;
  }

  /** Adds a set (at module load, before the first scan); returns its bit in `Starts.sets`. */
  add(set: StartWordSet): number {
    if (this.sets.length === 32) throw new Error('StartWords holds 32 sets');
    for (const w of set.words) {
      if (!/^[\x21-\x7e\u00c0-\u00ff]+(?: [\x21-\x7e\u00c0-\u00ff]+)*$/.test(w))
        throw new Error(`start word ${JSON.stringify(w)}`);
      // A regex `\b` before a non-word character needs a word character before it: not what `word` checks.
      if (set.after === 'word' && !/^\w/.test(w))
        throw new Error(`start word ${JSON.stringify(w)} needs after: 'letter'`);
    }
    this.sets.push(set);
    this.built = false;
    this.lastText = null;
    return 1 << (this.sets.length - 1);
  }

  private build(): void {
    const SPACE = 1; // the whitespace symbol (a space in a word); its node loops on more whitespace
    const symOf = new Map<number, number>(); // canonical character → symbol
    let width = SPACE + 1;
    for (const set of this.sets)
      for (const w of set.words)
        for (let j = 0; j < w.length; j++) {
          const k = canonical(w.charCodeAt(j));
          if (w[j] !== ' ' && !symOf.has(k)) symOf.set(k, width++);
        }
    const sym = new Uint8Array(LIMIT);
    const cls = new Uint8Array(LIMIT);
    for (let c = 0; c < LIMIT; c++) {
      const ch = String.fromCharCode(c);
      sym[c] = /\s/.test(ch) ? SPACE : (symOf.get(canonical(c)) ?? 0);
      cls[c] = /\w/.test(ch) ? ASCII_WORD : c >= 0xc0 ? LATIN_LETTER : 0;
    }
    const goto: Map<number, number>[] = [new Map()];
    const ends: number[] = [0];
    let letterSets = 0;
    let lineSets = 0;
    this.sets.forEach((set, k) => {
      if (set.after === 'letter') letterSets |= 1 << k;
      if (set.lines) lineSets |= 1 << k;
      for (const w of set.words) {
        let node = 0;
        for (let j = 0; j < w.length; j++) {
          const x = w[j] === ' ' ? SPACE : (symOf.get(canonical(w.charCodeAt(j))) as number);
          let to = goto[node].get(x);
          if (to === undefined) {
            to = goto.length;
            goto[node].set(x, to);
            goto.push(new Map(x === SPACE ? [[x, to]] : []));
            ends.push(0);
          }
          node = to;
        }
        ends[node] |= 1 << k;
      }
    });
    if (goto.length > 0xffff || width > 0xff) throw new Error('start-word trie too large');
    const next = new Uint16Array(goto.length * width);
    goto.forEach((m, node) => {
      for (const [x, to] of m) next[node * width + x] = to;
    });
    this.trie = { sym, cls, next, ends: Int32Array.from(ends), width, space: SPACE, letterSets, lineSets };
    this.built = true;
  }

  /** The places in `text` where a word of some set starts (the last text's are kept: the scans share them). */
  scan(text: string): Starts {
    if (text === this.lastText) return this.last;
    if (!this.built) this.build();
    if (this.at.length <= text.length) {
      this.at = new Int32Array(text.length + 1);
      this.marks = new Int32Array(text.length + 1);
    }
    const n = walk(text, this.trie, this.at, this.marks);
    this.lastText = text;
    this.last = { n, at: this.at, sets: this.marks };
    return this.last;
  }
}

/** The walk, a plain function over plain tables (V8 optimises it best so): returns the number of places. */
function walk(text: string, t: Trie, at: Int32Array, marks: Int32Array): number {
  const { sym, cls, next, ends, width, space, letterSets, lineSets } = t;
  let n = 0;
  const L = text.length;
  let before = 0; // class of the character before i (0 at the start: any word may begin there)
  for (let i = 0; i < L; i++) {
    const c = text.charCodeAt(i);
    // Inside a word (most characters): no start here, unless a line start (a newline, a backslash).
    if (before === ASCII_WORD && c !== 92 && c !== 10) {
      before = c < LIMIT ? cls[c] : 0;
      continue;
    }
    let m = 0;
    if (before !== ASCII_WORD) {
      let node = next[c < LIMIT ? sym[c] : 0];
      if (node !== 0) {
        m = ends[node];
        for (let j = i + 1; j < L; j++) {
          const d = text.charCodeAt(j);
          const x = d < LIMIT ? sym[d] : d >= 0x1680 && isWideSpace(d) ? space : 0;
          node = x === 0 ? 0 : next[node * width + x];
          if (node === 0) break;
          m |= ends[node];
        }
        if (before === LATIN_LETTER) m &= ~letterSets;
      }
    }
    // Line starts: the text start, a newline, a literal "\\n" (under /i also "\\N").
    if (i === 0 || c === 10 || (c === 92 && (text.charCodeAt(i + 1) | 32) === 110)) m |= lineSets;
    if (m !== 0) {
      at[n] = i;
      marks[n] = m;
      n++;
    }
    before = c < LIMIT ? cls[c] : 0;
  }
  return n;
}

/** The start words of the injection scans, one pass per text (each scan adds its set at load). */
export const START_WORDS = new StartWords();

/**
 * Whether a word of the set `bit` (a START_WORDS.add result) occurs in `text`: a literal gate read off the
 * shared pass (free when another scan already walked this text).
 */
export function hasStartWord(text: string, bit: number): boolean {
  const s = START_WORDS.scan(text);
  for (let j = 0; j < s.n; j++) if ((s.sets[j] & bit) !== 0) return true;
  return false;
}
