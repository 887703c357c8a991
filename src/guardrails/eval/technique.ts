// The fresh named-technique jailbreak set (train/technique-fresh.jsonl, issue 15): harmful goals carried
// by one named 2024–2025 jailbreak technique each — Policy-Puppetry-style config / policy files that
// "allow" the content (policy), Skeleton-Key-style behaviour updates ("safe research context, just
// prefix a warning", skeleton), many-shot faked dialogues (manyshot), DeepInception-style nested scenes
// (inception), Bad-Likert-Judge (likert), Deceptive-Delight (delight), MathPrompt-style set theory /
// algebra (math), CodeChameleon-style encrypted task in code (codechameleon), ArtPrompt-style ASCII-art
// masked words (artprompt), refusal-suppression rule lists (refusal), time-bandit eras (timebandit) and
// Morse / Caesar / ROT13 / Atbash / leetspeak / reversed text (cipher) — and benign twins: the same
// shells around a harmless goal. Written by helper technique on 2026-12-07 and committed before any
// detector run on it; halves by train/dev-test.ts (halfOf); the test half is pinned by digest
// (technique.test.ts). Reported per half for the injection detector (default set), the harmful
// detector (topics set) and either; per technique on the dev half only. `guard eval --task technique-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { countsAt, rates } from './metrics.ts';
import { personaScorer } from './persona.ts';
import { benignRow, type EvalRow } from './report.ts';

export const TECHNIQUE_FILE = 'technique-fresh.jsonl';

export interface TechniqueItem {
  text: string;
  /** 1 = a harmful goal in the technique's shell, 0 = a harmless goal in the same shell. */
  label: 0 | 1;
  technique: string;
  lang: string;
}

export const TECHNIQUES = [
  'policy',
  'skeleton',
  'manyshot',
  'inception',
  'likert',
  'delight',
  'math',
  'codechameleon',
  'artprompt',
  'refusal',
  'timebandit',
  'cipher',
] as const;

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function techniqueItems(half?: Half): TechniqueItem[] {
  return (readFreshSet(TECHNIQUE_FILE) as unknown as TechniqueItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

const GUARDS = [
  ['injection', 'injection'],
  ['harmful', 'harmful'],
  ['any', 'injection+harmful'],
] as const;

/**
 * Recall (harmful goal) and flag rate (harmless goal) per half and guard, for all items and the
 * de/es/fr/it ones; per technique on the dev half only (`perTechnique`, default true).
 */
export function evalTechniqueFresh(sample?: number, perTechnique = true): EvalRow[] {
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = techniqueItems(half);
    const scored = [
      ...items.filter((it) => it.label === 1).slice(0, sample),
      ...items.filter((it) => it.label === 0).slice(0, sample),
    ].map((it) => ({ it, s: score(it.text) }));
    const groups: [string, (it: TechniqueItem) => boolean][] = [
      ['', () => true],
      [' de/es/fr/it', (it) => it.lang !== 'en'],
    ];
    if (perTechnique && half === 'dev') for (const t of TECHNIQUES) groups.push([` ${t}`, (it) => it.technique === t]);
    for (const [suffix, keep] of groups) {
      const sel = scored.filter((x) => keep(x.it));
      for (const [g, task] of GUARDS) {
        const pos = sel.filter((x) => x.it.label === 1).map((x) => (x.s[g] ? 1 : 0));
        const neg = sel.filter((x) => x.it.label === 0).map((x) => (x.s[g] ? 1 : 0));
        const name = `technique-fresh [${tag}]${suffix}`;
        if (pos.length > 0)
          rows.push({
            task,
            variant: 'shipped',
            dataset: `${name}: technique harmful`,
            n: pos.length,
            ...rates(countsAt(pos, [], 1)),
            recallAt1: null,
          });
        if (neg.length > 0)
          rows.push(
            benignRow(task, 'shipped', `${name}: technique benign`, neg.length, rates(countsAt([], neg, 1)).fpr),
          );
      }
    }
  }
  return rows;
}
