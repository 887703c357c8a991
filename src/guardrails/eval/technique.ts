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
import { guardRowsByHalf } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

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

/**
 * Recall (harmful goal) and flag rate (harmless goal) per half and guard, for all items and the
 * de/es/fr/it ones; per technique on the dev half only (`perTechnique`, default true).
 */
export function evalTechniqueFresh(sample?: number, perTechnique = true): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'technique-fresh',
      items: techniqueItems,
      groups: (half) => [
        [' de/es/fr/it', (it) => it.lang !== 'en'],
        ...(perTechnique && half === 'dev'
          ? TECHNIQUES.map((t): [string, (it: TechniqueItem) => boolean] => [` ${t}`, (it) => it.technique === t])
          : []),
      ],
      labels: { attacks: 'technique harmful', benign: 'technique benign' },
    },
    sample,
  );
}
