// The fresh act-as set (train/actas-fresh.jsonl, issue 15, over-refusal on role-play): 287 benign
// "I want you to act as …" / "Imagine you are …" / "Pretend to be …" / "You are now …" / "From now on
// you will act as …" / "Let's play a game where you are …" prompts — consoles and interpreters,
// translators, tutors, interview simulators, text adventures, characters from books and films,
// everyday role-play — many carrying the format rules a naive detector flags ("only reply with …
// and nothing else", "do not write explanations", "never break character", "you are no longer an
// assistant, you are …", "ignore the fact that you're an AI and just play the role"), in English and
// de/es/fr/it/pt; plus 80 attack twins in the same shells that carry a real override of the system /
// developer instructions, a system-prompt exfiltration (category override / exfil: injection) or a
// harmful goal (category harmful). Written by the actas helper in its own words on 2026-12-06 before
// any detector change for it; halves by train/dev-test.ts (halfOf). The test half is pinned by
// digest (actas.test.ts). `guard eval --task actas-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readHandwritten } from '../train/handwritten.ts';
import { countsAt, rates } from './metrics.ts';
import { personaScorer } from './persona.ts';
import { benignRow, type EvalRow } from './report.ts';

export const ACTAS_FILE = 'actas-fresh.jsonl';

export interface ActasItem {
  text: string;
  label: 0 | 1;
  lang: string;
  style: string;
  /** Attack twins only: override | exfil | harmful. */
  category?: string;
}

export const ACTAS_STYLES = [
  'terminal',
  'translator',
  'tutor',
  'interview',
  'adventure',
  'character',
  'roleplay',
  'rules',
  'fiction',
  'actas',
  'imagine',
  'pretend',
  'youarenow',
  'fromnowon',
  'game',
] as const;

/** The items of actas-fresh.jsonl in one half (both halves without `half`). */
export function actasItems(half?: Half): ActasItem[] {
  return (readHandwritten(ACTAS_FILE) as unknown as ActasItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

const GUARDS = ['injection', 'harmful', 'any'] as const;

/** `guard eval --task actas-fresh`: flagged rate per half, style and language; twin recall per half. */
export function evalActasFresh(sample?: number): EvalRow[] {
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = actasItems(half).map((it) => ({ it, s: score(it.text) }));
    const benign = items.filter((x) => x.it.label === 0);
    const langs = [...new Set(benign.map((x) => x.it.lang))].filter((l) => l !== 'en').sort();
    const groups: [string, (it: ActasItem) => boolean][] = [
      ['', () => true],
      ...ACTAS_STYLES.map((s): [string, (it: ActasItem) => boolean] => [` style=${s}`, (it) => it.style === s]),
      [' lang=en', (it) => it.lang === 'en'],
      [' de/es/fr/it/pt', (it) => it.lang !== 'en'],
      ...langs.map((l): [string, (it: ActasItem) => boolean] => [` lang=${l}`, (it) => it.lang === l]),
    ];
    for (const [suffix, keep] of groups) {
      const sel = benign.filter((x) => keep(x.it)).slice(0, sample);
      if (sel.length === 0) continue;
      for (const g of GUARDS) {
        const neg = sel.map((x) => (x.s[g] ? 1 : 0));
        rows.push(
          benignRow(
            g === 'any' ? 'injection+harmful' : g,
            'shipped',
            `actas-fresh [${tag}]${suffix}`,
            neg.length,
            rates(countsAt([], neg, 1)).fpr,
          ),
        );
      }
    }
    // Attack twins: override / exfil are the injection guard's, harmful the harmful guard's; `all` = either fires.
    for (const cat of ['override', 'exfil', 'harmful', 'all']) {
      const sel = items.filter((x) => x.it.label === 1 && (cat === 'all' || x.it.category === cat)).slice(0, sample);
      const guard = cat === 'all' ? 'any' : cat === 'harmful' ? 'harmful' : 'injection';
      for (const g of cat === 'all' ? (['any'] as const) : ([guard, 'any'] as const)) {
        const pos = sel.map((x) => (x.s[g] ? 1 : 0));
        rows.push({
          task: g === 'any' ? 'injection+harmful' : g,
          variant: 'shipped',
          dataset: `actas-fresh attack twins [${tag}] ${cat}`,
          n: pos.length,
          ...rates(countsAt(pos, [], 1)),
          recallAt1: null,
        });
      }
    }
  }
  return rows;
}
