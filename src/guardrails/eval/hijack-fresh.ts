// Prompt injections that carry NO override phrase (train/hijack-fresh.jsonl, issue 15): the shapes the
// project's own attack source is missed on most. Three families — persona (the assistant re-defined as
// an entity whose definition drops the rules or names another maker / policy: community-built or
// "unbound" AIs, dead relatives with a dangerous trade, developer / employee / alpha builds, terminals,
// rogue AIs, persona files), steering (an answer or slant dictated for future replies: forced brand or
// party promotion, fixed conclusions, defamation stated as fact, suppressed negatives) and fakectx
// (counterfeit system / developer / staff / tool / moderation messages and fake earlier assistant turns
// typed inside the user's text) — each attack with one benign twin of the same id, family, language and
// opening shape (ordinary personas, opinions the user owns, real pasted logs and JSON being debugged).
// ~15 % de/es/fr/it. Written by helper hijack and committed before any detector run
// (src/guardrails/README.md); evaluation only. Halves by pair (train/fresh-dev.ts freshHalves); the test
// half is pinned by digest (hijack-fresh.test.ts). `guard eval --task hijack-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { groupsBy, guardRowsByHalf, languageGroups } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const HIJACK_FILE = 'hijack-fresh.jsonl';

/** The three families, in the order the rows report them. */
export const HIJACK_CATEGORIES = ['persona', 'steering', 'fakectx'] as const;

export interface HijackItem {
  text: string;
  /** 1 = injection, 0 = benign twin of the same family and opening shape. */
  label: 0 | 1;
  category: (typeof HIJACK_CATEGORIES)[number];
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  /** Shared by an injection and its twin. */
  id: number;
}

/** The items of the set in one half (both halves without `half`), split by pair; the provenance header is skipped. */
export function hijackItems(half?: Half): HijackItem[] {
  return registeredItems<HijackItem>(HIJACK_FILE, half);
}

/** Injection recall and twins flagged per half and guard (injection, either); per family and language on the dev half only. */
export function evalHijackFresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'hijack-fresh',
      items: hijackItems,
      groups: (half) =>
        half === 'dev'
          ? [...groupsBy<HijackItem, 'category'>('category', HIJACK_CATEGORIES), ...languageGroups<HijackItem>()]
          : [],
      labels: { attacks: 'injections', benign: 'twins' },
      guards: ['injection', 'any'],
    },
    sample,
  );
}
