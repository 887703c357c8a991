// A literal gate per branch of a regex: a family regex is an alternation of many wordings (English,
// German, Polish, …), and on a given text most of them cannot match because a word each needs is
// absent. `BranchGate` reads the literals each top-level branch requires (literal-gate.ts, the same
// reader as the family gate), finds in one pass which branches may match, and runs the union of those
// branches only, in their order.
//
// Same answer as the whole regex, and the same matches in the same order (the `before` families walk
// every match): a branch none of whose required literals occurs cannot match at any position, so at
// every position the first successful alternative is the same with or without it.

import { LiteralGate } from '../topics/literal-gate.ts';

/** The end of the group that opens at `open` (a `(`), or -1. Escapes and classes are skipped whole. */
function groupEnd(src: string, open: number): number {
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
}

export class BranchGate {
  private readonly gate: LiteralGate;
  private readonly splits: Split[];

  constructor(res: readonly RegExp[]) {
    const all: RegExp[] = [];
    this.splits = res.map((re) => {
      let branches = topBranches(re.source);
      if (branches.length > MAX_BRANCHES) branches = [re.source];
      const from = all.length;
      for (const b of branches) all.push(new RegExp(b, re.flags));
      return { re, from, branches, variants: new Map() };
    });
    this.gate = new LiteralGate(all);
  }

  /**
   * For each regex, what to run on `text` instead: the union of its branches that may match (the
   * regex itself when all may), or null when none may.
   */
  select(text: string): (RegExp | null)[] {
    const may = this.gate.scan(text);
    return this.splits.map((s) => {
      const n = s.branches.length;
      let mask = 0;
      for (let j = 0; j < n; j++) if (may[s.from + j]) mask |= 1 << j;
      if (mask === 0) return null;
      if (mask === 2 ** n - 1 || n === 1) return s.re;
      const known = s.variants.get(mask);
      if (known !== undefined) return known;
      if (s.variants.size >= MAX_VARIANTS) return s.re;
      const re = new RegExp(s.branches.filter((_, j) => mask & (1 << j)).join('|'), s.re.flags);
      s.variants.set(mask, re);
      return re;
    });
  }
}
