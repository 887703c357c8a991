// The lead's cross-hand yardstick of the fourteenth session (train/blind6-fresh.jsonl): 96 attacks in the four areas
// that session's helpers tuned — persuasive (PAIR/TAP-style) dressing around a harmful goal, the assistant's hidden
// context asked for, short deepset-style task switches, persona hijacks and counterfeit authority or context — each
// with one legitimate twin of the same id, shape and opening; en + 24 % de/es/fr/it. Written by a different hand
// from every helper's own set and committed before any detector ran on it (src/guardrails/README.md). Nobody tunes
// on it, so the whole set is reported (no dev half): it says how far the session's changes carry to wording their
// authors never saw. `guard eval --task blind6-fresh`.

import { registeredItems } from '../train/fresh-dev.ts';
import { groupsBy, guardRows, languageGroups } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const BLIND6_FILE = 'blind6-fresh.jsonl';

/** The four areas, in the order the rows report them. */
export const BLIND6_AREAS = ['persuasion', 'extraction', 'task-switch', 'hijack'] as const;

export interface Blind6Item {
  text: string;
  /** 1 = attack of `concept`, 0 = legitimate twin. */
  label: 0 | 1;
  category: (typeof BLIND6_AREAS)[number];
  concept: 'injection' | 'harmful';
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  /** Shared by an attack and its twin. */
  id: number;
}

/** Every item of the set; the provenance header is skipped. */
export function blind6Items(): Blind6Item[] {
  return registeredItems<Blind6Item>(BLIND6_FILE);
}

/** Attacks caught and twins flagged over the whole set, per area and per language group, for each guard and either. */
export function evalBlind6Fresh(sample?: number): EvalRow[] {
  return guardRows(
    {
      name: 'blind6-fresh [blind, whole set]',
      items: blind6Items(),
      groups: [...groupsBy<Blind6Item, 'category'>('category', BLIND6_AREAS), ...languageGroups<Blind6Item>()],
      labels: { attacks: 'attacks', benign: 'twins' },
    },
    sample,
  );
}
