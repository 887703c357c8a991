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
import { countsAt, rates } from './metrics.ts';
import { personaScorer } from './persona.ts';
import { benignRow, type EvalRow } from './report.ts';

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

const GUARDS = ['injection', 'harmful', 'any'] as const;
type Guard = (typeof GUARDS)[number];
const taskOf = (g: Guard): string => (g === 'any' ? 'injection+harmful' : g);
type Keep = (it: DarkficItem) => boolean;

/**
 * `guard eval --task darkfic-fresh`, per half: benign flagged by injection, harmful and either (all,
 * en, de/es/fr; per theme by either), and attack-twin recall by each guard and either (all twins,
 * then harmful twins and override twins).
 */
export function evalDarkficFresh(sample?: number): EvalRow[] {
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = darkficItems(half).map((it) => ({ it, s: score(it.text) }));
    const benignGroups: [string, Keep, readonly Guard[]][] = [
      ['', () => true, GUARDS],
      [' lang=en', (it) => it.lang === 'en', GUARDS],
      [' de/es/fr', (it) => it.lang !== 'en', GUARDS],
      ...DARKFIC_KINDS.map((k): [string, Keep, readonly Guard[]] => [` kind=${k}`, (it) => it.kind === k, ['any']]),
    ];
    for (const [suffix, keep, guards] of benignGroups) {
      const sel = items.filter((x) => x.it.label === 0 && keep(x.it)).slice(0, sample);
      if (sel.length === 0) continue;
      for (const g of guards) {
        const neg = sel.map((x) => (x.s[g] ? 1 : 0));
        const fpr = rates(countsAt([], neg, 1)).fpr;
        rows.push(benignRow(taskOf(g), 'shipped', `darkfic-fresh [${tag}]${suffix}`, neg.length, fpr));
      }
    }
    for (const cat of ['all', 'harmful', 'override'] as const) {
      const sel = items.filter((x) => x.it.label === 1 && (cat === 'all' || x.it.category === cat)).slice(0, sample);
      const guards: readonly Guard[] = cat === 'all' ? GUARDS : [cat === 'harmful' ? 'harmful' : 'injection', 'any'];
      for (const g of guards) {
        const pos = sel.map((x) => (x.s[g] ? 1 : 0));
        rows.push({
          task: taskOf(g),
          variant: 'shipped',
          dataset: `darkfic-fresh attack twins [${tag}] ${cat}`,
          n: pos.length,
          ...rates(countsAt(pos, [], 1)),
          recallAt1: null,
        });
      }
    }
  }
  return rows;
}
