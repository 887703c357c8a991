// A finder is the pure core of a pattern detector: text in, typed spans (in that text's offsets) out.
// Detectors run finders over every scan target of a TextView and map spans back to raw offsets.

import type { ScanTarget, TextView } from '../normalize/view.ts';
import type { Detection } from '../types.ts';

export interface Finding {
  type: string;
  start: number;
  end: number;
  score: number;
}

export type Finder = (text: string) => Finding[];

/** Tests `re` (no g flag) against the `chars` characters preceding `start`. */
export function contextBefore(text: string, start: number, re: RegExp, chars = 40): boolean {
  return re.test(text.slice(Math.max(0, start - chars), start));
}

/** Tests `re` (no g flag) against the `chars` characters following `end`. */
export function contextAfter(text: string, end: number, re: RegExp, chars = 20): boolean {
  return re.test(text.slice(end, end + chars));
}

/**
 * Whether every non-empty match of the global regex `re` in `text` satisfies `ok`: true or false, or undefined
 * when nothing matched (the "only harmless uses of this family" checks: every use must be excused).
 */
export function everyMatch(re: RegExp, text: string, ok: (m: RegExpExecArray) => boolean): boolean | undefined {
  re.lastIndex = 0;
  let seen = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    seen = true;
    if (!ok(m)) return false;
  }
  return seen ? true : undefined;
}

/** Runs finders over the view's targets (normalised text, then decoded segments if asked). */
export function runFinders(
  detector: string,
  view: TextView,
  finders: readonly Finder[],
  opts: { decoded: boolean; minScore: number },
): Detection[] {
  const out: Detection[] = [];
  const targets: readonly ScanTarget[] = opts.decoded ? view.targets : [view.normTarget];
  for (const t of targets) {
    for (const find of finders) {
      for (const f of find(t.text)) {
        if (f.score < opts.minScore) continue;
        const r = t.toRaw(f.start, f.end);
        out.push({ detector, type: f.type, start: r.start, end: r.end, score: f.score });
      }
    }
  }
  return out;
}

/**
 * Keeps the best detection where spans overlap: lower `rank` first (more specific types), then
 * higher score, then longer span. Output is sorted by start.
 */
export function resolveOverlaps(dets: Detection[], rank: (type: string) => number): Detection[] {
  if (dets.length < 2) return dets;
  const sorted = [...dets].sort(
    (a, b) => rank(a.type) - rank(b.type) || b.score - a.score || b.end - b.start - (a.end - a.start),
  );
  const kept: Detection[] = [];
  for (const d of sorted) {
    if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}
