// Custom deny / allow lists: literal terms (whole-word, case-insensitive by default) and regexes.
// An allow-list match overlapping a deny match suppresses it (e.g. deny "confidential", allow
// "confidential computing"). The same matcher backs the engine's per-guard `allow` option.

import type { SyncDetector } from '../../types.ts';
import { type Finder, type Finding, resolveOverlaps, runFinders } from '../finder.ts';

export interface TermList {
  terms?: readonly string[];
  regexes?: readonly string[];
}

export interface MatcherOptions extends TermList {
  caseSensitive?: boolean;
  wholeWord?: boolean;
}

export type Matcher = (text: string) => { start: number; end: number }[];

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles terms and regexes once; throws on an invalid regex (config load reports it). */
export function createMatcher(o: MatcherOptions): Matcher {
  const flags = `g${o.caseSensitive ? '' : 'i'}u`;
  const res: RegExp[] = [];
  const terms = (o.terms ?? []).filter((t) => t.length > 0);
  if (terms.length > 0) {
    // Longest first so "confidential computing" wins over "confidential".
    const alt = [...terms]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|');
    res.push(
      new RegExp((o.wholeWord ?? true) ? `(?<![\\p{L}\\p{N}_])(?:${alt})(?![\\p{L}\\p{N}_])` : `(?:${alt})`, flags),
    );
  }
  for (const src of o.regexes ?? []) res.push(new RegExp(src, flags));
  return (text) => {
    const out: { start: number; end: number }[] = [];
    for (const re of res) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        out.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    return out;
  };
}

export interface DenyListOptions extends MatcherOptions {
  allow?: TermList;
  /** Detection type reported (default "denylist"). */
  type?: string;
  decoded?: boolean;
}

export function createDenyListDetector(o: DenyListOptions, id = 'denylist'): SyncDetector {
  const deny = createMatcher(o);
  const allow = o.allow ? createMatcher({ ...o.allow, caseSensitive: o.caseSensitive, wholeWord: o.wholeWord }) : null;
  const type = o.type ?? 'denylist';
  const find: Finder = (text) => {
    const allowed = allow ? allow(text) : [];
    const out: Finding[] = [];
    for (const m of deny(text)) {
      if (allowed.some((a) => a.start < m.end && m.start < a.end)) continue;
      out.push({ type, start: m.start, end: m.end, score: 1 });
    }
    return out;
  };
  const decoded = o.decoded ?? false;
  return {
    id,
    kind: 'sync',
    detect({ view }) {
      return resolveOverlaps(runFinders(id, view, [find], { decoded, minScore: 0 }), () => 0);
    },
  };
}
