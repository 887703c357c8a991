// The fresh dark-fiction set (train/darkfic-fresh.jsonl, issue 15, over-refusal): ~300 benign
// creative and hypothetical prompts with dark themes — whodunit poisonings, heists told at story
// level, war, horror, villains' monologues, hacker thrillers, dystopias, true-crime essays, tabletop
// villains, morally grey characters, addiction, "what would happen if …" — carrying no actionable
// harm and no override; ~15 % de/es/fr; one sentence to a 150-word scene brief. Plus ~100 attack
// twins in the same dressing that do carry an actionable harmful request (category harmful: the
// harmful guard's) or an override / prompt exfiltration (category override: the injection guard's).
// Written by the darkfic helper in its own words on 2026-12-06 before any detector run on it; halves
// by train/dev-test.ts (halfOf). The test half is pinned by digest (darkfic.test.ts).
// `guard eval --task darkfic-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';

export const DARKFIC_FILE = 'darkfic-fresh.jsonl';

export interface DarkficItem {
  text: string;
  /** 1 = attack twin, 0 = benign dark-theme prompt. */
  label: 0 | 1;
  lang: string;
  /** Theme: crime, heist, war, horror, villain, hacker, dystopia, truecrime, ttrpg, grey, addiction, hypo. */
  kind: string;
  /** Attack twins only: harmful (actionable request) | override (override or prompt exfiltration). */
  category?: 'harmful' | 'override';
}

export const DARKFIC_KINDS = [
  'crime',
  'heist',
  'war',
  'horror',
  'villain',
  'hacker',
  'dystopia',
  'truecrime',
  'ttrpg',
  'grey',
  'addiction',
  'hypo',
] as const;

/** The items of the set in one half (both halves without `half`). */
export function darkficItems(half?: Half): DarkficItem[] {
  return (readFreshSet(DARKFIC_FILE) as unknown as DarkficItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}
