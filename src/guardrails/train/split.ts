// Deterministic de-duplication and train/test split. Items are grouped by a key of their
// normalised opening, so near-identical templates (common in jailbreak collections) never sit on
// both sides of the split.

import { HOMOGLYPHS } from '../normalize/chars.ts';
import type { LabeledText } from './datasets.ts';

export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function groupKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 80);
}

/** Drops exact duplicates (after whitespace/case folding) and texts seen with both labels. */
export function dedupe(items: LabeledText[]): LabeledText[] {
  const seen = new Map<string, LabeledText | null>();
  for (const it of items) {
    const k = it.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (k.length === 0) continue;
    const prev = seen.get(k);
    if (prev === undefined) seen.set(k, it);
    else if (prev !== null && prev.label !== it.label) seen.set(k, null);
  }
  return [...seen.values()].filter((v): v is LabeledText => v !== null);
}

/** Splits by group hash: about `testFraction` of groups go to test. */
export function split(items: LabeledText[], seed: number, testFraction: number) {
  const train: LabeledText[] = [];
  const test: LabeledText[] = [];
  for (const it of items) {
    const h = fnv1a(it.group ? groupKey(it.group) : groupKey(it.text), seed);
    (h % 10_000 < testFraction * 10_000 ? test : train).push(it);
  }
  return { train, test };
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * Split key of a normalised text: every word that has a Latin letter or consists only of
 * look-alikes gets its look-alikes folded to Latin. This is the homoglyph folding of the first
 * model version, frozen here so that the held-out split does not move when normalisation changes.
 */
export function splitKeyText(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (w) => {
    let latin = false;
    let all = true;
    for (const ch of w) {
      const c = ch.charCodeAt(0);
      if ((c | 0x20) >= 97 && (c | 0x20) <= 122) latin = true;
      else if (!HOMOGLYPHS.has(c) && LETTER.test(ch)) all = false;
    }
    if (!latin && !all) return w;
    let out = '';
    for (const ch of w) {
      const to = HOMOGLYPHS.get(ch.charCodeAt(0));
      out += to === undefined ? ch : String.fromCharCode(to);
    }
    return out;
  });
}
