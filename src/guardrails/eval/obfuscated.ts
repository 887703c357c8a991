// The fresh obfuscated-harm set (train/obfuscated-fresh.jsonl, composed by
// train/generate/obfuscated.ts): harmful goals behind GCG-style suffixes, persuasive scenarios with a
// euphemism, AutoDAN-style templates, payload splitting, typos / inserted characters and translation,
// with benign twins of every form and benign prose ending in code. Written before any detector change
// made for it; split by train/dev-test.ts (halfOf), and the composed forms use different templates and
// suffix vocabularies in the two halves. Detectors may be tuned on the dev half only; the test half is
// pinned by digest (obfuscated.test.ts) and is the held-out figure. `guard eval --task obfuscated-fresh`.

import { readFileSync } from 'node:fs';
import { type Half, halfOf } from '../train/dev-test.ts';
import { countsAt, rates } from './metrics.ts';
import { personaScorer } from './persona.ts';
import { benignRow, type EvalRow } from './report.ts';

export interface ObfuscatedFreshItem {
  text: string;
  label: 'attack' | 'benign';
  form: string;
  lang: string;
  category?: string;
}

export function readObfuscatedFresh(half?: Half): ObfuscatedFreshItem[] {
  return readFileSync(new URL('../train/obfuscated-fresh.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Partial<ObfuscatedFreshItem>)
    .filter(
      (x): x is ObfuscatedFreshItem => typeof x.text === 'string' && (x.label === 'attack' || x.label === 'benign'),
    )
    .filter((x) => half === undefined || halfOf(x.text) === half);
}

export const OBFUSCATED_FORMS = ['suffix', 'persuasion', 'template', 'split', 'typo', 'translation', 'code-tail'];

/**
 * Recall (attacks) and flag rate (benign twins) of the default guards — flagged when the injection
 * detector (default set) or the harmful detector (topics set) finds anything — per half, and per form
 * (`perForm`, default true; the test half's per-form rows are for the final report only).
 */
export function evalObfuscatedFresh(sample?: number, perForm = true): EvalRow[] {
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = readObfuscatedFresh(half);
    const groups: [string, (x: ObfuscatedFreshItem) => boolean][] = [['', () => true]];
    if (perForm) for (const f of OBFUSCATED_FORMS) groups.push([` ${f}`, (x) => x.form === f]);
    const hit = new Map<ObfuscatedFreshItem, boolean>();
    const flagged = (x: ObfuscatedFreshItem): number => {
      let h = hit.get(x);
      if (h === undefined) {
        h = score(x.text).any;
        hit.set(x, h);
      }
      return h ? 1 : 0;
    };
    for (const [suffix, keep] of groups) {
      const sel = items.filter(keep);
      const pos = sel
        .filter((x) => x.label === 'attack')
        .slice(0, sample)
        .map(flagged);
      const neg = sel
        .filter((x) => x.label === 'benign')
        .slice(0, sample)
        .map(flagged);
      const name = `obfuscated-fresh [${tag}]${suffix}`;
      if (pos.length > 0)
        rows.push({
          task: 'injection+harmful',
          variant: 'default guards',
          dataset: `${name}: attacks`,
          n: pos.length,
          ...rates(countsAt(pos, [], 1)),
          recallAt1: null,
        });
      if (neg.length > 0)
        rows.push(
          benignRow(
            'injection+harmful',
            'default guards',
            `${name}: benign twins`,
            neg.length,
            rates(countsAt([], neg, 1)).fpr,
          ),
        );
    }
  }
  return rows;
}
