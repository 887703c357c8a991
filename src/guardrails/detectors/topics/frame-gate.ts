// The frames and cues of the harmful rules (harmful.ts's PROTECTIVE, CARE_SAFEGUARD, INTENT, …) are single
// regexes of up to hundreds of wordings, asked only whether they match a whole text. V8 tries every wording
// at every place: ≈ 50 µs a KB for PROTECTIVE alone, and a check read a dozen of them. `gatedTests` spreads
// each regex into its wordings (`\b(?:a|b)c` → `\bac|\bbc`: the same matches, tried in the same order) and
// hands them to a branch gate (concepts/branch-gate.ts): one literal pass per text says which wordings may
// match and where they may start, and a test tries only those, there.
//
// Same answer as `re.test(text)`: a wording none of whose required literals occurs cannot match, and a
// wording whose every match starts with one of its literal prefixes is tried wherever one starts.

import { BranchGate, groupEnd, splitTopLevel, topBranches } from '../concepts/branch-gate.ts';
import { lazyGate } from '../lazy-gate.ts';
import { memoByText } from './text-memo.ts';

/** Wordings per gate entry: the branch gate keeps a bitmask of a regex's open branches in 31 bits. */
const CHUNK = 31;

/**
 * The top-level wordings of a regex source, with a leading `\b(?:x|y)` group (with nothing or `\b` after it)
 * spread into `\bx`, `\by`. A source with back-references stays whole (topBranches).
 */
export function wordings(src: string): string[] {
  return topBranches(src).flatMap((b) => {
    const lead = b.startsWith('\\b(?:') ? '\\b' : '';
    if (!b.startsWith(`${lead}(?:`)) return [b];
    const close = groupEnd(b, lead.length);
    const tail = b.slice(close + 1);
    if (close < 0 || (tail !== '' && tail !== '\\b') || /\\[1-9]|\\k</.test(b)) return [b];
    return splitTopLevel(b.slice(lead.length + 3, close)).flatMap((alt) => wordings(lead + alt + tail));
  });
}

/**
 * `re.test(text)` for each of `res` (none global or sticky), gated: built on first use; the gate's plan is
 * made once per text and check (text-memo.ts), so the frames asked of one text share its pass.
 */
export function gatedTests(res: readonly RegExp[]): ((text: string) => boolean)[] {
  const built = lazyGate(() => {
    const entries: RegExp[] = [];
    const chunksOf = res.map((re) => {
      const ws = wordings(re.source);
      const chunks: number[] = [];
      for (let i = 0; i < ws.length; i += CHUNK) {
        chunks.push(entries.length);
        entries.push(new RegExp(ws.slice(i, i + CHUNK).join('|'), re.flags));
      }
      return chunks;
    });
    const gate = new BranchGate(entries);
    return { chunksOf, plan: memoByText((text: string) => gate.plan(text)) };
  });
  return res.map((re, k) => {
    if (re.global || re.sticky) throw new Error(`gatedTests: ${re} is global or sticky`);
    return (text: string): boolean => {
      const { chunksOf, plan } = built();
      const p = plan(text);
      for (const c of chunksOf[k]) {
        const run = p.run[c];
        if (run === null) continue;
        const at = p.at[c];
        if (at === null) {
          if (run.test(text)) return true;
          continue;
        }
        // Every open wording with a literal prefix starts at one of `at`; the others (rest) are scanned.
        const sticky = p.sticky[c] as RegExp;
        for (const i of at) {
          sticky.lastIndex = i;
          if (sticky.test(text)) return true;
        }
        if (p.rest[c]?.test(text)) return true;
      }
      return false;
    };
  });
}
