// The second fresh role-play set (train/roleplay2-fresh.jsonl, issue 15, over-refusal on role-play
// written by a new hand): 384 benign prompts, each written individually in a user's voice — mystery
// and detective scenes, D&D game mastering, sci-fi, historical-figure interviews, job / sales /
// negotiation practice, language tutors and oral exams, customer-service training, supportive
// listeners, villains' monologues without operational harm, "what if" thought experiments, text
// games with rules, product bots' system prompts, terminal / SQL / REPL simulations, "act as"
// prompts, children's stories, and role-play full of trigger words ("forget the previous scene",
// "no rules in this fantasy kingdom", "unfiltered pirate"); ~26 % de/es/fr. Plus 125 attack twins in
// the same frames: overrides, rule-lifting personas, system-prompt exfiltration (concept injection)
// and operational harmful goals (concept harmful). Written by helper rp2 on 2026-12-06 and committed
// before any detector run on it; halves by train/dev-test.ts (halfOf); the test half is pinned by
// digest (roleplay2-fresh.test.ts). `guard eval --task roleplay2-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { countsAt, rates } from './metrics.ts';
import { personaScorer } from './persona.ts';
import { benignRow, type EvalRow } from './report.ts';

export const ROLEPLAY2_FILE = 'roleplay2-fresh.jsonl';

export interface Roleplay2Item {
  text: string;
  label: 'benign' | 'attack';
  category: string;
  lang: string;
  /** Attack twins only: the guard meant to catch it. */
  concept?: 'injection' | 'harmful';
}

export const ROLEPLAY2_CATEGORIES = [
  'detective',
  'fantasy',
  'scifi',
  'historical',
  'practice',
  'language',
  'customer_service',
  'listener',
  'villain',
  'hypothetical',
  'text_game',
  'product_bot',
  'terminal',
  'act_as',
  'kids_story',
  'trigger',
] as const;

/** The items of the set in one half (both halves without `half`). */
export function roleplay2Items(half?: Half): Roleplay2Item[] {
  return (readFreshSet(ROLEPLAY2_FILE) as unknown as Roleplay2Item[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

const GUARDS = ['injection', 'harmful', 'any'] as const;
type Guard = (typeof GUARDS)[number];
const taskOf = (g: Guard): string => (g === 'any' ? 'injection+harmful' : g);
type Keep = (it: Roleplay2Item) => boolean;

/**
 * `guard eval --task roleplay2-fresh`, per half (test first): benign flagged by injection, harmful
 * and either (all, en, de/es/fr; per category by either on the dev half only), and attack-twin recall
 * by each guard and either (all twins, then injection twins and harmful twins).
 */
export function evalRoleplay2Fresh(sample?: number): EvalRow[] {
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = roleplay2Items(half).map((it) => ({ it, s: score(it.text) }));
    const benignGroups: [string, Keep, readonly Guard[]][] = [
      ['', () => true, GUARDS],
      [' lang=en', (it) => it.lang === 'en', GUARDS],
      [' de/es/fr', (it) => it.lang !== 'en', GUARDS],
      ...(half === 'dev'
        ? ROLEPLAY2_CATEGORIES.map((c): [string, Keep, readonly Guard[]] => [
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
        rows.push(benignRow(taskOf(g), 'shipped', `roleplay2-fresh [${tag}]${suffix}`, neg.length, fpr));
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
          dataset: `roleplay2-fresh attack twins [${tag}] ${cat}`,
          n: pos.length,
          ...rates(countsAt(pos, [], 1)),
          recallAt1: null,
        });
      }
    }
  }
  return rows;
}
