// The eval shared by the hand-written role-play sets whose items carry their own labels
// (roleplay2-fresh, roleplay3-fresh, roleplay4-fresh, xstest-fresh): benign prompts plus attack twins in the same frames, each twin
// naming the guard meant to catch it. Rows per half (test first): benign flagged by the injection
// guard, the harmful guard and either (all, English, the other languages; per category by either on
// the dev half only), and twin recall by each guard and either (all twins, injection twins, harmful twins).

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { countsAt, rates } from './metrics.ts';
import { personaScorer } from './persona.ts';
import { benignRow, type EvalRow } from './report.ts';

export interface LabelledRoleplayItem {
  text: string;
  label: 'benign' | 'attack';
  category: string;
  lang: string;
  /** Attack twins only: the guard meant to catch it. */
  concept?: 'injection' | 'harmful';
}

/** How one set is reported: its task name, file, categories and the label of its non-English rows. */
export interface LabelledRoleplaySet {
  task: string;
  file: string;
  categories: readonly string[];
  /** Row suffix of the non-English items, e.g. "de/es/fr". */
  otherLangs: string;
}

/** The items of a set in one half (both halves without `half`). */
export function labelledRoleplayItems(file: string, half?: Half): LabelledRoleplayItem[] {
  return readFreshSet(file)
    .filter((it) => half === undefined || halfOf(it.text) === half)
    .map((it) => ({ ...it, label: asLabel(it.label) }) as LabelledRoleplayItem);
}

/** Sets label their items 'attack' / 'benign' or 1 / 0 (xstest-fresh). */
function asLabel(label: number | string | undefined): LabelledRoleplayItem['label'] {
  return label === 1 || label === 'attack' ? 'attack' : 'benign';
}

const GUARDS = ['injection', 'harmful', 'any'] as const;
type Guard = (typeof GUARDS)[number];
const taskOf = (g: Guard): string => (g === 'any' ? 'injection+harmful' : g);
type Keep = (it: LabelledRoleplayItem) => boolean;

/** `guard eval --task <set.task>`: the rows described at the top of this file. */
export function evalLabelledRoleplay(set: LabelledRoleplaySet, sample?: number): EvalRow[] {
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = labelledRoleplayItems(set.file, half).map((it) => ({ it, s: score(it.text) }));
    const benignGroups: [string, Keep, readonly Guard[]][] = [
      ['', () => true, GUARDS],
      [' lang=en', (it) => it.lang === 'en', GUARDS],
      [` ${set.otherLangs}`, (it) => it.lang !== 'en', GUARDS],
      ...(half === 'dev'
        ? set.categories.map((c): [string, Keep, readonly Guard[]] => [
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
        rows.push(benignRow(taskOf(g), 'shipped', `${set.task} [${tag}]${suffix}`, neg.length, fpr));
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
          dataset: `${set.task} attack twins [${tag}] ${cat}`,
          n: pos.length,
          ...rates(countsAt(pos, [], 1)),
          recallAt1: null,
        });
      }
    }
  }
  return rows;
}
