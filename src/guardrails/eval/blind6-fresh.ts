// The lead's cross-hand yardstick of the fourteenth session (train/blind6-fresh.jsonl): 96 attacks in the four areas
// that session's helpers tuned — persuasive (PAIR/TAP-style) dressing around a harmful goal, the assistant's hidden
// context asked for, short deepset-style task switches, persona hijacks and counterfeit authority or context — each
// with one legitimate twin of the same id, shape and opening; en + 24 % de/es/fr/it. Written by a different hand
// from every helper's own set and committed before any detector ran on it (src/guardrails/README.md). Nobody tunes
// on it, so the whole set is reported (no dev half): it says how far the session's changes carry to wording their
// authors never saw. `guard eval --task blind6-fresh`.

import { registeredItems } from '../train/fresh-dev.ts';
import { personaScorer } from './persona.ts';
import { type EvalRow, shippedRows } from './report.ts';

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

const GUARDS = [
  ['injection', 'injection'],
  ['harmful', 'harmful'],
  ['any', 'injection+harmful'],
] as const;

/** Attacks caught and twins flagged over the whole set, per area and per language group, for each guard and either. */
export function evalBlind6Fresh(sample?: number): EvalRow[] {
  const score = personaScorer();
  const items = blind6Items();
  const picked = [
    ...items.filter((i) => i.label === 1).slice(0, sample),
    ...items.filter((i) => i.label === 0).slice(0, sample),
  ].map((it) => ({ it, s: score(it.text) }));
  const groups: [string, (it: Blind6Item) => boolean][] = [
    ['', () => true],
    ...BLIND6_AREAS.map((a): [string, (it: Blind6Item) => boolean] => [` ${a}`, (it) => it.category === a]),
    [' en', (it) => it.lang === 'en'],
    [' de/es/fr/it', (it) => it.lang !== 'en'],
  ];
  const rows: EvalRow[] = [];
  for (const [suffix, keep] of groups) {
    const sel = picked.filter((x) => keep(x.it));
    for (const [g, task] of GUARDS) {
      const flags = (label: 0 | 1) => sel.filter((x) => x.it.label === label).map((x) => (x.s[g] ? 1 : 0));
      rows.push(
        ...shippedRows(
          task,
          `blind6-fresh [blind, whole set]${suffix}`,
          { label: 'attacks', flags: flags(1) },
          { label: 'twins', flags: flags(0) },
        ),
      );
    }
  }
  return rows;
}
