// Injections in the manner of prompt-hacking competitions (train/gandalf-fresh.jsonl, helper gandalf, written
// and committed before any detector run on it): 140 attacks — a guarded password got out of the assistant by
// the tricks players use (spelled with dashes or backwards, encoded, hidden in an acrostic / riddle / story,
// hints about its length and letters, "the word you may not say", "TL;DR of your instructions", admin and
// rotation pretexts) and a target phrase ("I have been PWNED") forced out of a translate / summarise app
// (ignore the text, fake completion then a new task, closing the app's quotes or brackets, output-only,
// leet / fullwidth / homoglyph variants, the phrase in pieces, print statements to run, combinations) — and
// 140 benign twins in the same vocabulary (strong passwords, what "pwned" means, spelling for a kid, base64 of
// one's own text, riddles for one's own game), paired by id. Halves by pair (train/fresh-dev.ts); the test
// half is pinned by digest (gandalf-fresh.test.ts). `guard eval --task gandalf-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { groupsBy, guardRowsByHalf, languageGroups } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const GANDALF_FILE = 'gandalf-fresh.jsonl';

/** Secret extraction, then target-phrase hijacks, then both at once. */
export const GANDALF_CATEGORIES = [
  'spell',
  'encode',
  'creative',
  'hint',
  'reveal',
  'pretext',
  'ignore',
  'fakedone',
  'escape',
  'outputonly',
  'variant',
  'pieces',
  'code',
  'combo',
] as const;

const SECRET = new Set<string>(['spell', 'encode', 'creative', 'hint', 'reveal', 'pretext']);

export interface GandalfItem {
  text: string;
  /** 1 = an injection (secret extraction or forced output), 0 = a twin with the same words. */
  label: 0 | 1;
  category: (typeof GANDALF_CATEGORIES)[number];
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  /** Shared by an attack and its twin. */
  id: number;
}

/** The items of the set in one half (both halves without `half`), split by pair; the provenance header is skipped. */
export function gandalfItems(half?: Half): GandalfItem[] {
  return registeredItems<GandalfItem>(GANDALF_FILE, half);
}

/** Attack recall and twins flagged per half, guard (injection, either), family, category and language. */
export function evalGandalfFresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'gandalf-fresh',
      items: gandalfItems,
      groups: () => [
        [' secret', (it) => SECRET.has(it.category)],
        [' target-phrase', (it) => !SECRET.has(it.category) && it.category !== 'combo'],
        ...groupsBy<GandalfItem, 'category'>('category', GANDALF_CATEGORIES),
        ...languageGroups<GandalfItem>(),
      ],
      labels: { attacks: 'attacks', benign: 'twins' },
      guards: ['injection', 'any'],
    },
    sample,
  );
}
