// The third fresh role-play set (train/roleplay3-fresh.jsonl, issue 15, over-refusal on role-play
// by yet another hand, in voices unlike a careful native writer): 341 benign prompts, each written
// individually — terse one-liners, non-native English, long setups with rules and formatting
// (markdown, ### sections, JSON character sheets), second-person system-style openings ("You are
// Nova…", "From now on you are…", "Stay in character no matter what"), imperative hypotheticals,
// fiction with villains, crimes, war and horror as plot, games (20 questions, riddles with a secret
// answer, escape rooms, lives), simulations (terminal, 1990s chatbot, text adventure, historical
// figures) and trigger words used innocently ("ignore the dragon's previous orders", "new
// instructions from the captain:"); ~24 % de/es/fr/it. Plus 103 attack twins in the same voices:
// overrides of the real instructions, system-prompt extraction, rule-lifting for the assistant
// (concept injection) and operational harmful goals (concept harmful). Written by helper rp3 on
// 2026-12-06 and committed before any detector run on it; halves by train/dev-test.ts (halfOf); the
// test half is pinned by digest (roleplay3-fresh.test.ts). `guard eval --task roleplay3-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { countsAt, rates } from './metrics.ts';
import { personaScorer } from './persona.ts';
import { benignRow, type EvalRow } from './report.ts';

export const ROLEPLAY3_FILE = 'roleplay3-fresh.jsonl';

export interface Roleplay3Item {
  text: string;
  label: 'benign' | 'attack';
  category: string;
  lang: string;
  /** Attack twins only: the guard meant to catch it. */
  concept?: 'injection' | 'harmful';
}

export const ROLEPLAY3_CATEGORIES = [
  'terse',
  'nonnative',
  'elaborate',
  'system',
  'hypothetical',
  'fiction',
  'game',
  'sim',
  'trigger',
] as const;

/** The items of the set in one half (both halves without `half`). */
export function roleplay3Items(half?: Half): Roleplay3Item[] {
  return (readFreshSet(ROLEPLAY3_FILE) as unknown as Roleplay3Item[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

const GUARDS = ['injection', 'harmful', 'any'] as const;
type Guard = (typeof GUARDS)[number];
const taskOf = (g: Guard): string => (g === 'any' ? 'injection+harmful' : g);
type Keep = (it: Roleplay3Item) => boolean;

/**
 * `guard eval --task roleplay3-fresh`, per half (test first): benign flagged by injection, harmful
 * and either (all, en, de/es/fr/it; per category by either on the dev half only), and attack-twin recall
 * by each guard and either (all twins, then injection twins and harmful twins).
 */
export function evalRoleplay3Fresh(sample?: number): EvalRow[] {
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = roleplay3Items(half).map((it) => ({ it, s: score(it.text) }));
    const benignGroups: [string, Keep, readonly Guard[]][] = [
      ['', () => true, GUARDS],
      [' lang=en', (it) => it.lang === 'en', GUARDS],
      [' de/es/fr/it', (it) => it.lang !== 'en', GUARDS],
      ...(half === 'dev'
        ? ROLEPLAY3_CATEGORIES.map((c): [string, Keep, readonly Guard[]] => [
            ` category=${c}`,
            (it) => it.category === c,
            ['any'],
          ])
        : []),
    ];
    for (const [suffix, keep, guards] of benignGroups) {
      const sel = items.filter((x) => x.it.label === 'benign' && keep(x.it)).slice(0, sample);
      if (sel.length === 0) continue;
      for (const g of guards) {
        const neg = sel.map((x) => (x.s[g] ? 1 : 0));
        const fpr = rates(countsAt([], neg, 1)).fpr;
        rows.push(benignRow(taskOf(g), 'shipped', `roleplay3-fresh [${tag}]${suffix}`, neg.length, fpr));
      }
    }
    for (const cat of ['all', 'injection', 'harmful'] as const) {
      const sel = items
        .filter((x) => x.it.label === 'attack' && (cat === 'all' || x.it.concept === cat))
        .slice(0, sample);
      const guards: readonly Guard[] = cat === 'all' ? GUARDS : [cat, 'any'];
      for (const g of guards) {
        const pos = sel.map((x) => (x.s[g] ? 1 : 0));
        rows.push({
          task: taskOf(g),
          variant: 'shipped',
          dataset: `roleplay3-fresh attack twins [${tag}] ${cat}`,
          n: pos.length,
          ...rates(countsAt(pos, [], 1)),
          recallAt1: null,
        });
      }
    }
  }
  return rows;
}
