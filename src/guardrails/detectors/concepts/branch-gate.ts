// A literal gate per branch of a regex: a family regex is an alternation of many wordings (English,
// German, Polish, …), and on a given text most of them cannot match because a word each needs is
// absent. `BranchGate` reads the literals each top-level branch requires (literal-gate.ts, the same
// reader as the family gate), finds in one pass which branches may match, and runs the union of those
// branches only, in their order.
//
// Same answer as the whole regex, and the same matches in the same order (the `before` families walk
// every match): a branch none of whose required literals occurs cannot match at any position, so at
// every position the first successful alternative is the same with or without it.

import { LiteralGate, leadingLiterals } from '../topics/literal-gate.ts';

/** The end of the group that opens at `open` (a `(`), or -1. Escapes and classes are skipped whole. */
export function groupEnd(src: string, open: number): number {
  let depth = 0;
  let cls = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (cls) cls = c !== ']';
    else if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The top-level alternatives of a regex source; a branch that is one whole `(?:…)` group is opened
 * up (`(?:a|b)|c` → a, b, c). One branch when the source has back-references (splitting would
 * renumber its groups).
 */
export function topBranches(src: string): string[] {
  if (/\\[1-9]|\\k</.test(src)) return [src];
  return splitTopLevel(src).flatMap((b) =>
    b.startsWith('(?:') && groupEnd(b, 0) === b.length - 1 ? topBranches(b.slice(3, -1)) : [b],
  );
}

/** A pattern's source cut at its top-level `|` (not inside a group or a character class). */
export function splitTopLevel(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cls = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (cls) cls = c !== ']';
    else if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** Variants kept per regex (one per set of open branches seen); past that the whole regex runs. */
const MAX_VARIANTS = 64;
/** Branches per regex the bitmask of open branches can hold; a regex with more is not split. */
const MAX_BRANCHES = 31;

interface Split {
  re: RegExp;
  /** Index of its first branch in the gate. */
  from: number;
  branches: string[];
  /** Open-branch bitmask → the union of those branches (null: none may match). */
  variants: Map<number, RegExp | null>;
  /** Bitmask of the branches `firstLiterals` reads (every match starts with one of their prefixes). */
  lead: number;
}

/**
 * What to run on one text for each regex (`BranchGate.plan`): `run[k]` the union of its branches that may
 * match (null: none may); when every one of those branches starts with a literal prefix, `at[k]` the
 * places where one of their prefixes starts (in order) and `sticky[k]` the same union, sticky, to try
 * there only (a match can start nowhere else); else `at[k]` is null and `run[k]` scans the text.
 *
 * A regex without the `g` flag is only asked whether it matches, so its open branches may be split: when
 * some start with a literal prefix and others do not, `at[k]` and `sticky[k]` cover the first ones and
 * `rest[k]` (else null) is the union of the others, to scan — it matches iff `sticky[k]` matches at one of
 * `at[k]` or `rest[k]` matches. (On the 1 KB bench prompt the `reveal` family's open branches are three
 * English wordings with prefixes and a Czech one without: 11 µs scanning the four, 2 µs split.) A global
 * regex's matches are walked in order (the `before` families), so it is never split.
 */
export interface Plan {
  run: (RegExp | null)[];
  sticky: (RegExp | null)[];
  at: (number[] | null)[];
  rest: (RegExp | null)[];
}

/** The prefixes as a trie over ASCII (letters folded to lower case): next[node * width + sym[c]]. */
interface Trie {
  sym: Uint8Array;
  width: number;
  next: Uint16Array;
  /** Branches one of whose prefixes ends at node: ends[endFrom[node] … endFrom[node + 1]). */
  endFrom: Int32Array;
  ends: Int32Array;
}

/**
 * All branches' prefixes, and those of the branches a match of which may also start inside a word (`inner`):
 * a branch that opens with `\b` before a word character starts only where no word character precedes.
 */
interface PrefixTrie {
  all: Trie;
  inner: Trie;
}

export class BranchGate {
  private readonly gate: LiteralGate;
  private readonly splits: Split[];

  private readonly splitOf: Int32Array; // gate branch → its regex
  private readonly trie: PrefixTrie;
  private readonly stickies = new Map<RegExp, RegExp>();

  constructor(res: readonly RegExp[]) {
    const all: RegExp[] = [];
    const prefixes: (string[] | null)[] = [];
    const wordStart: boolean[] = [];
    this.splits = res.map((re) => {
      let branches = topBranches(re.source);
      if (branches.length > MAX_BRANCHES) branches = [re.source];
      const from = all.length;
      let lead = 0;
      branches.forEach((b, j) => {
        const bre = new RegExp(b, re.flags);
        all.push(bre);
        const first = leadingLiterals(bre);
        prefixes.push(first?.prefixes ?? null);
        wordStart.push(first?.wordStart ?? false);
        if (first) lead |= 1 << j;
      });
      return { re, from, branches, variants: new Map(), lead };
    });
    this.gate = new LiteralGate(all);
    this.splitOf = new Int32Array(all.length);
    this.splits.forEach((s, k) => {
      this.splitOf.fill(k, s.from, s.from + s.branches.length);
    });
    this.trie = {
      all: prefixTrie(prefixes),
      inner: prefixTrie(prefixes.map((x, j) => (wordStart[j] ? null : x))),
    };
  }

  /** `select`, and where every open branch starts with a literal prefix, the places to try it (see Plan). */
  plan(text: string): Plan {
    const may = this.gate.scan(text);
    const n = this.splits.length;
    const run: (RegExp | null)[] = new Array(n);
    const sticky: (RegExp | null)[] = new Array(n).fill(null);
    const at: (number[] | null)[] = new Array(n).fill(null);
    const rest: (RegExp | null)[] = new Array(n).fill(null);
    let any = false;
    for (let k = 0; k < n; k++) {
      const s = this.splits[k];
      const mask = this.openMask(s, may);
      run[k] = this.variant(s, mask);
      if (run[k] === null) continue;
      const lead = mask & s.lead;
      if (lead === mask) {
        at[k] = [];
        sticky[k] = this.stickyOf(run[k] as RegExp);
        any = true;
      } else if (lead !== 0 && !s.re.global) {
        // Both kinds open (see Plan): the prefixed branches at their places, the others scanned.
        at[k] = [];
        sticky[k] = this.stickyOf(this.variant(s, lead) as RegExp);
        rest[k] = this.variant(s, mask & ~lead);
        any = true;
      }
    }
    if (any) walkPrefixes(text, this.trie, may, this.splitOf, at);
    return { run, sticky, at, rest };
  }

  private stickyOf(re: RegExp): RegExp {
    let st = this.stickies.get(re);
    if (!st) {
      st = new RegExp(re.source, `${re.flags}y`);
      this.stickies.set(re, st);
    }
    return st;
  }

  private openMask(s: Split, may: readonly boolean[]): number {
    let mask = 0;
    for (let j = 0; j < s.branches.length; j++) if (may[s.from + j]) mask |= 1 << j;
    return mask;
  }

  private variant(s: Split, mask: number): RegExp | null {
    const n = s.branches.length;
    if (mask === 0) return null;
    if (mask === 2 ** n - 1 || n === 1) return s.re;
    const known = s.variants.get(mask);
    if (known !== undefined) return known;
    if (s.variants.size >= MAX_VARIANTS) return s.re;
    const re = new RegExp(s.branches.filter((_, j) => mask & (1 << j)).join('|'), s.re.flags);
    s.variants.set(mask, re);
    return re;
  }

  /**
   * For each regex, what to run on `text` instead: the union of its branches that may match (the
   * regex itself when all may), or null when none may.
   */
  select(text: string): (RegExp | null)[] {
    const may = this.gate.scan(text);
    return this.splits.map((s) => this.variant(s, this.openMask(s, may)));
  }
}

function prefixTrie(prefixes: readonly (string[] | null)[]): Trie {
  const sym = new Uint8Array(128);
  let width = 1;
  for (const ps of prefixes)
    for (const w of ps ?? []) for (let j = 0; j < w.length; j++) sym[w.charCodeAt(j)] ||= width++;
  for (let c = 65; c <= 90; c++) sym[c] = sym[c + 32]; // prefixes are lower case; /i folds ASCII letters only
  const goto: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  prefixes.forEach((ps, b) => {
    for (const w of ps ?? []) {
      let node = 0;
      for (let j = 0; j < w.length; j++) {
        const x = sym[w.charCodeAt(j)];
        let to = goto[node].get(x);
        if (to === undefined) {
          to = goto.length;
          goto[node].set(x, to);
          goto.push(new Map());
          ends.push([]);
        }
        node = to;
      }
      if (!ends[node].includes(b)) ends[node].push(b);
    }
  });
  // Past 2^16 nodes (none of the shipped sets comes near) no prefix is kept: every regex then scans.
  if (goto.length > 0xffff) return prefixTrie([]);
  const next = new Uint16Array(goto.length * width);
  goto.forEach((m, node) => {
    for (const [x, to] of m) next[node * width + x] = to;
  });
  const endFrom = new Int32Array(goto.length + 1);
  for (let node = 0; node < goto.length; node++) endFrom[node + 1] = endFrom[node] + ends[node].length;
  return { sym, width, next, endFrom, ends: Int32Array.from(ends.flat()) };
}

/** [A-Za-z0-9_]: what a regex `\b` counts as a word character. */
const WORD = Uint8Array.from({ length: 128 }, (_, c) => (/\w/.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * Appends to at[k] (where at[k] is not null) each place a prefix of an open branch of regex k starts. The tries'
 * tables are read once, not per place, and a place whose character starts no prefix is left at once.
 */
function walkPrefixes(
  text: string,
  tries: PrefixTrie,
  may: readonly boolean[],
  splitOf: Int32Array,
  at: (number[] | null)[],
): void {
  const L = text.length;
  const innerEmpty = tries.inner.endFrom.length <= 2;
  const A = tries.all;
  const I = tries.inner;
  let before = 0; // 1 when text[p - 1] is a word character
  for (let p = 0; p < L; p++) {
    const c = text.charCodeAt(p);
    const inWord = before === 1;
    if (c >= 128) {
      before = 0;
      continue;
    }
    before = WORD[c];
    if (inWord && innerEmpty) continue;
    const t = inWord ? I : A;
    const sym = t.sym;
    const x0 = sym[c];
    if (x0 === 0) continue;
    const next = t.next;
    const width = t.width;
    let node = next[x0];
    if (node === 0) continue;
    const endFrom = t.endFrom;
    const ends = t.ends;
    for (let j = p; ; ) {
      for (let e = endFrom[node]; e < endFrom[node + 1]; e++) {
        const b = ends[e];
        if (!may[b]) continue;
        const list = at[splitOf[b]];
        if (list !== null && list[list.length - 1] !== p) list.push(p);
      }
      if (++j >= L) break;
      const d = text.charCodeAt(j);
      if (d >= 128) break;
      const x = sym[d];
      if (x === 0) break;
      node = next[node * width + x];
      if (node === 0) break;
    }
  }
}

/**
 * Where each of many regexes may start a match, for regexes walked match by match (a global regex read
 * with `exec` in a loop): the places one of its literal prefixes starts (leadingLiterals), found in one
 * trie walk for all of them. A regex with no prefix set (a match may start with a class, a non-ASCII
 * letter, …) gets none, and is scanned as before.
 */
export class StartPlaces {
  private readonly trie: PrefixTrie;
  private readonly self: Int32Array;
  /** Whether regex k has places (every match of it starts at one of them). */
  readonly prefixed: boolean[];

  constructor(res: readonly RegExp[]) {
    const lead = res.map((re) => leadingLiterals(re));
    const prefixes = lead.map((l) => l?.prefixes ?? null);
    this.trie = {
      all: prefixTrie(prefixes),
      inner: prefixTrie(prefixes.map((x, j) => (lead[j]?.wordStart ? null : x))),
    };
    // A trie past its size limit keeps no prefix (prefixTrie): then no regex has places.
    const kept =
      this.trie.all.endFrom.length > 2 &&
      (this.trie.inner.endFrom.length > 2 || lead.every((l) => l?.wordStart !== false));
    this.prefixed = lead.map((l) => kept && l !== null);
    this.self = Int32Array.from(res.keys());
  }

  /** For each regex k with want[k] and places: where a match may start, in order; null for the others. */
  places(text: string, want: readonly boolean[]): (number[] | null)[] {
    const at = want.map((w, k) => (w && this.prefixed[k] ? [] : null));
    if (at.some((x) => x !== null)) walkPrefixes(text, this.trie, want, this.self, at);
    return at;
  }
}
