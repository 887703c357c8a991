// A literal prefilter for many case-insensitive regexes over one long text. Each regex is read once
// for a set of literal strings one of which every match must contain ("bomb", "explosive", … for a
// rule whose every branch names one of those objects); one pass of an Aho–Corasick automaton over
// the text finds which regexes have one of theirs, and only those need to run. V8 scans a 32 KB
// text in about the same time per regex whatever the regex, and a union of the rules is far slower
// (past ~20 KB of source it is no longer optimised), so the saving is the regexes not run.
//
// Sound by construction: a regex the reader does not understand (a flag other than g/i/y, a
// branch with no required literal, a syntax error) gets no gate and always runs. Literals are ASCII
// only: under a non-unicode /i an ASCII pattern letter matches only its two ASCII cases.

type Term =
  | { t: 'lit'; c: string } // one ASCII character, lower case
  | { t: 'any' } // a class, an escape class, a non-ASCII character: requires no literal
  | { t: 'zero'; wb?: boolean } // an assertion or lookaround: zero-width, requires nothing (wb: a `\b`)
  | { t: 'group'; alts: Term[][] }
  | { t: 'rep'; term: Term; min: number };

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  disjunction(): Term[][] {
    const alts: Term[][] = [this.alternative()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.alternative());
    }
    return alts;
  }

  alternative(): Term[] {
    const out: Term[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      out.push(this.quantified(atom));
    }
    return out;
  }

  quantified(atom: Term): Term {
    const s = this.s;
    let min = -1;
    const c = s[this.i];
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    if (min >= 0) this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(s.slice(this.i));
      if (m) {
        min = Number(m[1]);
        this.i += m[0].length;
      }
    }
    if (min < 0) return atom;
    if (s[this.i] === '?') this.i++; // lazy
    if (atom.t === 'zero') return atom;
    return { t: 'rep', term: atom, min };
  }

  atom(): Term {
    const s = this.s;
    const c = s[this.i++];
    if (c === '^' || c === '$') return { t: 'zero' };
    if (c === '.') return { t: 'any' };
    if (c === '[') {
      // A class: skip to its closing bracket (escapes inside are skipped whole).
      if (s[this.i] === ']') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      if (s[this.i] !== ']') throw new Error('unterminated class');
      this.i++;
      return { t: 'any' };
    }
    if (c === '(') {
      let look = false;
      if (s[this.i] === '?') {
        const rest = s.slice(this.i, this.i + 3);
        if (rest.startsWith('?:')) this.i += 2;
        else if (rest.startsWith('?=') || rest.startsWith('?!')) {
          this.i += 2;
          look = true;
        } else if (rest === '?<=' || rest === '?<!') {
          this.i += 3;
          look = true;
        } else if (rest.startsWith('?<')) this.i = s.indexOf('>', this.i) + 1;
        else throw new Error(`unknown group ${rest}`);
      }
      const alts = this.disjunction();
      if (s[this.i] !== ')') throw new Error('unterminated group');
      this.i++;
      return look ? { t: 'zero' } : { t: 'group', alts };
    }
    if (c === '\\') {
      const e = s[this.i++];
      if (e === 'b' || e === 'B') return { t: 'zero', wb: e === 'b' };
      if (/[a-zA-Z0-9]/.test(e)) {
        // Classes (\w \d \s …), control escapes, \x \u \c, back-references: no literal.
        if (e === 'x') this.i += 2;
        else if (e === 'u') this.i += s[this.i] === '{' ? s.indexOf('}', this.i) + 1 - this.i : 4;
        else if (e === 'c') this.i += 1;
        else if (e === 'k' && s[this.i] === '<') this.i = s.indexOf('>', this.i) + 1;
        return { t: 'any' };
      }
      return lit(e);
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') {
      // A stray quantifier or brace: treat as unknown rather than guess.
      return { t: 'any' };
    }
    return lit(c);
  }
}

function lit(c: string): Term {
  const code = c.charCodeAt(0);
  return code < 128 ? { t: 'lit', c: c.toLowerCase() } : { t: 'any' };
}

/** How selective a set is: its shortest literal (longer literals are rarer and cut more). */
const score = (set: string[]): number => Math.min(...set.map((x) => x.length));

/** Literals one of which every match of the sequence contains, or null. */
function required(seq: Term[]): string[] | null {
  let best: string[] | null = null;
  // Ties go to the later candidate: the object of a rule comes after its verb and is rarer.
  for (const c of candidates(seq)) if (!best || score(c) >= score(best)) best = c;
  return best;
}

/** Every literal set the sequence requires (each match contains one literal of each set). */
function candidates(seq: Term[]): string[][] {
  const candidates: string[][] = [];
  let run = '';
  const flush = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const term of seq) {
    if (term.t === 'lit') {
      run += term.c;
      continue;
    }
    flush();
    const inner = term.t === 'group' ? term : term.t === 'rep' && term.term.t === 'group' ? term.term : null;
    const min = term.t === 'rep' ? term.min : 1;
    if (min >= 1 && term.t === 'rep' && term.term.t === 'lit') candidates.push([term.term.c]);
    else if (min >= 1 && inner) {
      const sets = inner.alts.map(required);
      if (sets.every((x): x is string[] => x !== null)) candidates.push([...new Set(sets.flat())]);
    }
  }
  flush();
  return candidates;
}

/** The literals (lower case) one of which every match of `re` contains; null when there is no such set. */
export function requiredLiterals(re: RegExp): string[] | null {
  if (!re.flags.includes('i') || /[^giy]/.test(re.flags)) return null;
  try {
    const p = new Parser(re.source);
    const alts = p.disjunction();
    if (p.i !== re.source.length) return null;
    const sets = alts.map(required);
    if (!sets.every((x): x is string[] => x !== null)) return null;
    const all = [...new Set(sets.flat())];
    return all.length > 0 && all.every((x) => x.length > 0) ? all : null;
  } catch {
    return null;
  }
}

/**
 * Sets kept per regex by `requiredLiteralSets`. A third set (the hot-state scan made more sets cheap)
 * rules out 3 more of the 318 harmful rule branches on the 32 KB bench prompt (19 -> 16 run;
 * findHarmfulTopics 1.21 -> 1.09 ms); a fourth rules out none.
 */
const MAX_SETS = 3;

/**
 * Literal sets (lower case) every match of `re` contains one literal of each: the most selective
 * set of each mandatory part of a regex without top-level alternatives (a verb and its object both
 * have to occur), else the one set of `requiredLiterals`; null when there is none.
 */
export function requiredLiteralSets(re: RegExp): string[][] | null {
  const one = requiredLiterals(re);
  if (one === null) return null;
  try {
    const p = new Parser(re.source);
    const alts = p.disjunction();
    if (alts.length !== 1) return [one];
    const sets = candidates(alts[0]).filter((c) => c.every((x) => x.length > 0));
    // The most selective sets, the best (the one `requiredLiterals` gives) first.
    const ranked = sets.map((c, i) => ({ c, i })).sort((a, b) => score(b.c) - score(a.c) || b.i - a.i);
    return [one, ...ranked.map((x) => x.c).filter((c) => c.join('|') !== one.join('|'))].slice(0, MAX_SETS);
  } catch {
    return [one];
  }
}

/**
 * Which of `res` may match a text: `scan(text)[k]` is false only when regex k cannot match it
 * (none of its required literals occurs). Regexes without a gate are always true.
 */
export class LiteralGate {
  // An Aho–Corasick automaton over the characters the literals use (`sym`: ASCII code → 1 + its
  // index, 0 = used by no literal), compiled to a table so the scan is one lookup per character:
  // dfa[state * width + symbol]. Small tables (a few hundred KB) keep the walk in cache.
  private readonly sym = new Uint8Array(128);
  private readonly width: number;
  private readonly dfa: Uint16Array | Uint32Array;
  private readonly words: number; // 32-bit words per regex bitmask
  // One word: out[state] is the bitmask of the literal sets one of whose literals ends at the state. More:
  // those sets are listed in out[outFrom[state] … outFrom[state + 1]).
  private readonly out: Int32Array;
  private readonly outFrom: Int32Array;
  private readonly hot: Uint8Array; // hot[state]: 1 when some literal ends here (its out row is not all zero)
  // Per scan (many regexes): mark[state] === stamp when the state was reached; hits lists those states.
  private readonly mark: Int32Array;
  private readonly hits: Int32Array;
  private stamp = 0;
  private readonly always: boolean[];
  // The gate entries of each regex (one per literal set): it may match when all of them were seen.
  private readonly entries: number[][];

  /** `all`: a regex must show one literal of each of its sets (`requiredLiteralSets`), not of its best set only. */
  constructor(res: readonly RegExp[], o: { all?: boolean } = {}) {
    const perRegex = res.map((re) =>
      o.all ? requiredLiteralSets(re) : requiredLiterals(re) && [requiredLiterals(re) as string[]],
    );
    this.always = perRegex.map((l) => l === null);
    const lits: string[][] = [];
    this.entries = perRegex.map((sets) =>
      (sets ?? []).map((set) => {
        lits.push(set);
        return lits.length - 1;
      }),
    );
    const words = Math.max(1, Math.ceil(lits.length / 32));
    this.words = words;
    let width = 1;
    for (const l of lits)
      for (const word of l) for (let j = 0; j < word.length; j++) this.sym[word.charCodeAt(j)] ||= width++;
    // Upper-case ASCII letters share their lower-case symbol (literals are lower case).
    for (let c = 65; c <= 90; c++) this.sym[c] = this.sym[c + 32];
    this.width = width;
    // The trie.
    const goto: number[][] = [[]];
    const ends: number[][] = [[]];
    for (let k = 0; k < lits.length; k++) {
      for (const word of lits[k]) {
        let node = 0;
        for (let j = 0; j < word.length; j++) {
          const x = this.sym[word.charCodeAt(j)];
          let to = goto[node][x];
          if (to === undefined) {
            to = goto.length;
            goto[node][x] = to;
            goto.push([]);
            ends.push([]);
          }
          node = to;
        }
        ends[node].push(k);
      }
    }
    // States numbered breadth first: the shallow states a scan sits in most of the time then share a few
    // cache lines of the table instead of being spread over all of it (the harmful rules' table is 2 MB;
    // with the lists below, their gate's scan of the 1 KB bench prompt went 92 → 45 µs of CPU).
    const order = [0];
    for (let q = 0; q < order.length; q++) {
      const row = goto[order[q]];
      for (let x = 1; x < width; x++) if (row[x] !== undefined) order.push(row[x]);
    }
    const id = new Int32Array(order.length);
    order.forEach((old, i) => {
      id[old] = i;
    });
    const states = order.length;
    const next = order.map((old) => goto[old].map((to) => id[to]));
    const endsAt = order.map((old) => ends[old]);
    this.dfa = states < 0xffff ? new Uint16Array(states * width) : new Uint32Array(states * width);
    this.hot = new Uint8Array(states);
    this.mark = new Int32Array(states);
    this.hits = new Int32Array(states);
    const fail = new Int32Array(states);
    // The literal sets one of whose literals ends at each state (its own and its failure states'): a
    // bitmask when they fit one word, else a list per state, OR-ed into the scan's bitmask for the states
    // it reached — a dense row of `words` words per state was 7 MB for the harmful rules, and each
    // state the scan reached read a row of 82 words, most of them zero.
    const outs: number[][] = new Array(states);
    for (let node = 0; node < states; node++) {
      for (let x = 1; x < width; x++) {
        const to = next[node][x];
        // Breadth first, a state's failure state is shallower: its row is done (the root's misses stay at the root).
        const viaFail = node === 0 ? 0 : this.dfa[fail[node] * width + x];
        if (to === undefined) this.dfa[node * width + x] = viaFail;
        else {
          fail[to] = viaFail;
          this.dfa[node * width + x] = to;
        }
      }
      outs[node] = node === 0 ? endsAt[0] : [...endsAt[node], ...outs[fail[node]]];
      if (outs[node].length > 0) this.hot[node] = 1;
    }
    if (words === 1) {
      this.out = new Int32Array(states);
      for (let node = 0; node < states; node++) for (const k of outs[node]) this.out[node] |= 1 << k;
      this.outFrom = new Int32Array(0);
    } else {
      this.outFrom = new Int32Array(states + 1);
      for (let node = 0; node < states; node++) this.outFrom[node + 1] = this.outFrom[node] + outs[node].length;
      this.out = Int32Array.from(outs.flat());
    }
  }

  scan(text: string): boolean[] {
    const seen = new Int32Array(this.words);
    if (this.words === 1) seen[0] = scan1(text, this.dfa, this.out, this.sym, this.width);
    else {
      // Distinct hot states first, their bitmasks after: a common short literal (" to", "a ") would
      // otherwise OR a row of `words` words at almost every character (32 KB: 0.67 → 0.2 ms, 318 regexes).
      const n = scanN(text, this.dfa, this.hot, this.sym, this.width, this.mark, ++this.stamp, this.hits);
      for (let j = 0; j < n; j++) {
        const state = this.hits[j];
        for (let i = this.outFrom[state]; i < this.outFrom[state + 1]; i++) {
          const e = this.out[i];
          seen[e >> 5] |= 1 << (e & 31);
        }
      }
      if (this.stamp === 0x7fffffff) {
        this.mark.fill(0);
        this.stamp = 0;
      }
    }
    // A plain loop, not `always.map(… entries[k].every(…))`: no closure per regex (190 concept branches: 17 → 14 µs a scan).
    const n = this.always.length;
    const may: boolean[] = new Array(n);
    for (let k = 0; k < n; k++) {
      let ok = true;
      if (!this.always[k]) {
        const es = this.entries[k];
        for (let j = 0; j < es.length; j++) {
          const e = es[j];
          if ((seen[e >> 5] & (1 << (e & 31))) === 0) {
            ok = false;
            break;
          }
        }
      }
      may[k] = ok;
    }
    return may;
  }
}

// The scans read the text as it is: `sym` maps both ASCII cases of a letter to one symbol, and a
// non-ASCII character ends every partial match (under a non-unicode /i it never matches an ASCII
// pattern letter).

/** Up to 32 regexes: the bitmask of those one of whose literals occurs. */
function scan1(text: string, dfa: Uint16Array | Uint32Array, out: Int32Array, sym: Uint8Array, width: number): number {
  let seen = 0;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const x = code < 128 ? sym[code] : 0;
    state = x === 0 ? 0 : dfa[state * width + x];
    seen |= out[state];
  }
  return seen;
}

/** More than 32 regexes: writes the distinct hot states the walk reaches to `hits`, returns their number. */
function scanN(
  text: string,
  dfa: Uint16Array | Uint32Array,
  hot: Uint8Array,
  sym: Uint8Array,
  width: number,
  mark: Int32Array,
  stamp: number,
  hits: Int32Array,
): number {
  let n = 0;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const x = code < 128 ? sym[code] : 0;
    state = x === 0 ? 0 : dfa[state * width + x];
    if (hot[state] === 1 && mark[state] !== stamp) {
      mark[state] = stamp;
      hits[n++] = state;
    }
  }
  return n;
}

/** Longest prefix `firstLiterals` spells out, and most prefixes per branch (past either it stops extending). */
const FIRST_MAX_LEN = 8;
const FIRST_MAX_COUNT = 400;

interface Prefix {
  s: string;
  /** Whether the prefix is all of the sequence read so far (what follows may extend it). */
  open: boolean;
  /** Whether a `\b` came before its first character. */
  wb: boolean;
}

function extendPrefix(p: Prefix, term: Term): Prefix[] {
  if (p.s.length >= FIRST_MAX_LEN) return [{ ...p, open: false }];
  switch (term.t) {
    case 'zero':
      return [term.wb && p.s === '' ? { ...p, wb: true } : p];
    case 'lit':
      return [{ s: p.s + term.c, open: true, wb: p.wb }];
    case 'any':
      return [{ s: p.s, open: false, wb: p.wb }];
    case 'group':
      return term.alts.flatMap((alt) => seqPrefixes(alt, [p]));
    case 'rep': {
      // Once (then stop: how many times is not known), or, when it may be absent, not at all.
      const once = extendPrefix(p, term.term).map((q) => ({ ...q, open: false }));
      return term.min === 0 ? [p, ...once] : once;
    }
  }
}

function seqPrefixes(seq: Term[], start: Prefix[]): Prefix[] {
  let cur = start;
  for (const term of seq) {
    if (!cur.some((p) => p.open)) break;
    const next = cur.flatMap((p) => (p.open ? extendPrefix(p, term) : [p]));
    const seen = new Map<string, Prefix>();
    for (const p of next) if (!seen.get(`${p.open}${p.wb}${p.s}`)) seen.set(`${p.open}${p.wb}${p.s}`, p);
    if (seen.size > FIRST_MAX_COUNT) return cur.map((p) => ({ ...p, open: false }));
    cur = [...seen.values()];
  }
  return cur;
}

/**
 * Literal prefixes (lower case ASCII) one of which every match of `re` starts with, or null when a match
 * may start otherwise (with a class, a non-ASCII letter, an escape class) or `re` is not read (flags
 * other than g/i/y, a syntax the reader does not know). Sound like `requiredLiterals`: under a
 * non-unicode /i an ASCII pattern letter matches only its two ASCII cases; assertions and lookarounds
 * consume nothing and are skipped; a repetition counts once.
 */
export function firstLiterals(re: RegExp): string[] | null {
  return leadingLiterals(re)?.prefixes ?? null;
}

/**
 * `firstLiterals`, and whether every match starts at a word start: each prefix begins with a word
 * character behind a `\b` (so no word character precedes the match).
 */
export function leadingLiterals(re: RegExp): { prefixes: string[]; wordStart: boolean } | null {
  if (/[^giy]/.test(re.flags)) return null;
  try {
    const p = new Parser(re.source);
    const alts = p.disjunction();
    if (p.i !== re.source.length) return null;
    const all: Prefix[] = [];
    for (const alt of alts) all.push(...seqPrefixes(alt, [{ s: '', open: true, wb: false }]));
    if (all.some((x) => x.s.length === 0)) return null;
    return {
      prefixes: [...new Set(all.map((x) => x.s))],
      wordStart: all.every((x) => x.wb && /^\w/.test(x.s)),
    };
  } catch {
    return null;
  }
}
