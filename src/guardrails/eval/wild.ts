// The fresh WildJailbreak-style set (train/wild-fresh.jsonl, issue 15): harmful goals rewritten at
// length, as an LLM rewriter would, with two to four tactics at once (fiction with named characters,
// research / academic justification, "in a world where this is legal", normalising harm, an expert
// persona, surrogate formats — CSV, JSON, script, poem, recipe card —, "begin with 'Certainly, here
// is'", emotional appeals, distractor tasks, disclaimers, game / SEO / screenplay pretexts, step-by-step
// demands), mostly without override words; and benign prompts in the same tactics and style around a
// harmless goal (the over-refusal side). Written by helper wild on 2026-12-07 and committed before any
// detector run on it; halves by train/dev-test.ts (halfOf); the test half is pinned by digest
// (wild.test.ts). Reported per half for the injection detector (default set), the harmful detector
// (topics set) and either; per tactic on the dev half only. `guard eval --task wild-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { guardRowsByHalf } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const WILD_FILE = 'wild-fresh.jsonl';

export interface WildItem {
  text: string;
  /** 1 = adversarial harmful, 0 = adversarial benign. */
  label: 0 | 1;
  /** The harm category (label 1) or the harmless subject (label 0). */
  category: string;
  tactics: string[];
  lang: string;
}

/** The tactic groups of the dev-half rows (a `format-*` or `pretext-*` tactic counts for its group). */
export const WILD_TACTICS = [
  'fiction',
  'academic',
  'alt-world',
  'normalise',
  'expert',
  'format',
  'prefix',
  'emotional',
  'distractor',
  'disclaimer',
  'pretext',
  'steps',
] as const;

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function wildItems(half?: Half): WildItem[] {
  return (readFreshSet(WILD_FILE) as unknown as WildItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

const hasTactic = (it: WildItem, t: string): boolean =>
  it.tactics.some((x) => x === t || x.startsWith(`${t}-`) || (t === 'format' && x.startsWith('format')));

/**
 * Recall (adversarial harmful) and flag rate (adversarial benign) per half and guard, for all items
 * and the de/es/fr/it ones; per tactic on the dev half only (`perTactic`, default true).
 */
export function evalWildFresh(sample?: number, perTactic = true): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'wild-fresh',
      items: wildItems,
      groups: (half) => [
        [' de/es/fr/it', (it) => it.lang !== 'en'],
        ...(perTactic && half === 'dev'
          ? WILD_TACTICS.map((t): [string, (it: WildItem) => boolean] => [` ${t}`, (it) => hasTactic(it, t)])
          : []),
      ],
      labels: { attacks: 'adversarial harmful', benign: 'adversarial benign' },
    },
    sample,
  );
}
