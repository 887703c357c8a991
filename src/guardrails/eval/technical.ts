// The fresh technical-text set (train/technical-benign-fresh.jsonl, issue 15): guards also scan tool
// results, retrieved documents and pasted code or config, where injection trigger words appear
// innocently all the time (YAML `instructions:` / `ignore: true` keys, .gitignore, `--ignore-scripts`,
// `git reset --hard`, eslint-disable, changelogs, LLM SDK docs, security write-ups that describe
// injection, logs, SQL grants, sudo). ~270 benign artefacts and ~80 attack twins — the same kinds of
// artefacts carrying a real indirect injection aimed at the AI reading them. Written before any
// detector run on it; halves by train/dev-test.ts (halfOf). Tune on the dev half only; the test
// half is pinned by digest (technical.test.ts). `guard eval --task technical-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { halfRows } from './half-rows.ts';
import type { EvalRow } from './report.ts';
import { injectionFlags } from './trigger.ts';

export const TECHNICAL_FRESH_FILE = 'technical-benign-fresh.jsonl';

export interface TechnicalItem {
  text: string;
  label: 0 | 1;
  lang: string;
  kind: string;
}

export const TECHNICAL_KINDS = [
  'yaml',
  'json',
  'shell',
  'gitignore',
  'lint',
  'changelog',
  'commit',
  'issue',
  'llmdocs',
  'security',
  'log',
  'sql',
  'readme',
  'code',
] as const;

/** The items of the set in one half (both halves without `half`). */
export function technicalItems(half?: Half): TechnicalItem[] {
  return (readFreshSet(TECHNICAL_FRESH_FILE) as unknown as TechnicalItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

/** `guard eval --task technical-fresh`: flagged rate per half and kind, attack-twin recall per half. */
export function evalTechnicalFresh(sample?: number): EvalRow[] {
  return halfRows<TechnicalItem>({
    name: 'technical-fresh',
    items: technicalItems,
    flagged: injectionFlags(),
    benign: [
      ['', () => true],
      ...TECHNICAL_KINDS.map((k) => [` ${k}`, (it: TechnicalItem) => it.kind === k] as const),
      [' de/es/fr', (it) => it.lang !== 'en'],
    ],
    twins: [[' all', () => true]],
    sample,
  });
}
