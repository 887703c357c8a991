// Injection / jailbreak evaluation on the held-out split (same seed and split as training), with
// the detector as shipped: rules + classifier over normalised and decoded views.

import { readFileSync } from 'node:fs';
import { createInjectionDetector } from '../detectors/injection/index.ts';
import { loadInjectionModel } from '../detectors/injection/model.ts';
import { createTextView } from '../normalize/view.ts';
import { loadHarmfulData } from '../train/datasets.ts';
import { halfOf } from '../train/dev-test.ts';
import { HANDWRITTEN_SETS, readHandwritten } from '../train/handwritten.ts';
import { setHalves } from '../train/handwritten-split.ts';
import { prepareData } from '../train/train.ts';
import type { SyncDetector } from '../types.ts';
import { countsAt, rates, recallAtFpr } from './metrics.ts';
import { benignRow, type EvalRow } from './report.ts';

const BENIGN_PROMPTS = new Set(['deepset-benign', 'alpaca-eval', 'lintel-benign']);

function scorer(det: SyncDetector): (text: string) => number {
  return (text) =>
    det.detect({ view: createTextView(text), stage: 'input', ctx: {} }).reduce((m, d) => Math.max(m, d.score), 0);
}

function at3(pos: number[], neg: number[]): string {
  const r = recallAtFpr(pos, neg, 0.03);
  return r === null ? '' : `recall at 3% FPR ${r.toFixed(3)}`;
}

export interface InjectionEvalOptions {
  dataDir: string;
  sample?: number; // at most this many items per dataset (for quick checks)
}

export function evalInjection(o: InjectionEvalOptions): { rows: EvalRow[]; threshold: number; model: string } {
  const model = loadInjectionModel();
  const seed = Number(model.meta.seed ?? 1337);
  const testFraction = Number(model.meta.testFraction ?? 0.2);
  const { test } = prepareData(o.dataDir, seed, testFraction);
  const bySource = new Map<string, string[]>();
  for (const t of test) {
    const list = bySource.get(t.source) ?? [];
    if (o.sample === undefined || list.length < o.sample) list.push(t.text);
    bySource.set(t.source, list);
  }
  // Threshold 0: the classifier always reports its probability, so recall at a fixed FPR can be
  // read off the continuous scores; "flagged" applies the model's shipped threshold (rule hits
  // score 0.9+, above it).
  const variants: [string, SyncDetector, number][] = [
    ['rules+classifier', createInjectionDetector({ threshold: 0 }), model.threshold],
    ['rules only', createInjectionDetector({ classifier: false }), 1e-9],
  ];
  const rows: EvalRow[] = [];
  for (const [variant, det, flagged] of variants) {
    const score = scorer(det);
    const scores = new Map([...bySource].map(([k, v]) => [k, v.map(score)]));
    const benign = [...scores].filter(([k]) => BENIGN_PROMPTS.has(k)).flatMap(([, v]) => v);
    const attacksAll: number[] = [];
    for (const [source, s] of scores) {
      const isBenign = BENIGN_PROMPTS.has(source) || source === 'alpaca-eval-outputs';
      if (isBenign) {
        const { fpr } = rates(countsAt([], s, flagged));
        rows.push(benignRow('injection', variant, source, s.length, fpr));
        continue;
      }
      attacksAll.push(...s);
      const neg = source === 'deepset-injection' ? (scores.get('deepset-benign') ?? []) : benign;
      const c = countsAt(s, neg, flagged);
      rows.push({
        task: 'injection',
        variant,
        dataset: source,
        n: s.length,
        ...rates(c),
        recallAt1: recallAtFpr(s, benign, 0.01),
        note: at3(s, benign),
      });
    }
    const c = countsAt(attacksAll, benign, flagged);
    rows.push({
      task: 'injection',
      variant,
      dataset: 'ALL attacks vs benign prompts',
      n: attacksAll.length + benign.length,
      ...rates(c),
      recallAt1: recallAtFpr(attacksAll, benign, 0.01),
      note: at3(attacksAll, benign),
    });
  }
  // As shipped (default thresholds, plain threshold included): flagged = any finding.
  const shipped = scorer(createInjectionDetector());
  rows.push(...handwrittenAttackRows(shipped, 1e-9, o.sample));
  rows.push(...hardBenignRows(shipped, o.sample));
  // Harmful questions are not injections: how often the injection guard fires on them (informative).
  const forbidden = loadHarmfulData(o.dataDir)
    .filter((h) => h.source === 'forbidden-questions')
    .slice(0, o.sample ?? Number.POSITIVE_INFINITY);
  const s = scorer(variants[0][1]);
  const fired = forbidden.filter((h) => s(h.text) >= model.threshold).length;
  rows.push({
    task: 'injection',
    variant: 'rules+classifier',
    dataset: 'forbidden-questions (harmful, not injection; flag rate)',
    n: forbidden.length,
    precision: null,
    recall: null,
    f1: null,
    fpr: forbidden.length ? fired / forbidden.length : null,
    recallAt1: null,
  });
  return { rows, threshold: model.threshold, model: model.version };
}

/**
 * The hand-written attack set (never trained on) per dev/test half (train/dev-test.ts): injection
 * families were written against dev misses, so the test half is the held-out figure.
 */
function handwrittenAttackRows(score: (t: string) => number, threshold: number, sample?: number): EvalRow[] {
  const items = readHandwritten('attack-handwritten.jsonl').slice(0, sample);
  const groups: [string, number[]][] = [
    ['lintel-handwritten', []],
    ['lintel-handwritten [test, held out]', []],
    ['lintel-handwritten [dev, in-sample]', []],
  ];
  for (const it of items) {
    const s = score(it.text);
    groups[0][1].push(s);
    groups[halfOf(it.text) === 'test' ? 1 : 2][1].push(s);
  }
  return groups.map(([dataset, s]) => ({
    task: 'injection',
    variant: 'rules+classifier',
    dataset,
    n: s.length,
    ...rates(countsAt(s, [], threshold)),
    recallAt1: null,
  }));
}

/**
 * The hand-written hard-benign sets (trigger words used innocently, role-play, sensitive questions)
 * through the shipped injection detector, per dev/test half (train/handwritten-split.ts): its false
 * positives on prompts that look like injections and are not.
 */
function hardBenignRows(score: (t: string) => number, sample?: number): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const set of HANDWRITTEN_SETS.filter((s) => s.label === 0)) {
    const items = readHandwritten(set.file).slice(0, sample);
    const halves = setHalves(set, items);
    for (const half of ['dev', 'test'] as const) {
      const s = items.filter((_, i) => halves[i] === half).map((it) => score(it.text));
      rows.push(
        benignRow(
          'injection',
          'rules+classifier',
          `${set.source} [${half}]`,
          s.length,
          rates(countsAt([], s, 1e-9)).fpr,
        ),
      );
    }
  }
  return rows;
}

interface FreshItem {
  text: string;
  label: 0 | 1;
  family: string;
  lang: string;
}

/** The fresh probe set (train/fresh-probe-injection.jsonl; its first line is a provenance header). */
export function readFreshProbe(file = 'fresh-probe-injection.jsonl'): FreshItem[] {
  return readFileSync(new URL(`../train/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Partial<FreshItem>)
    .filter((x): x is FreshItem => typeof x.text === 'string' && (x.label === 0 || x.label === 1));
}

/**
 * The fresh probe set, with the detector as shipped (flagged = any finding): attack recall and the
 * benign twins' flag rate, overall and for the items not in English. Written before the rule changes
 * it measures and never trained on; a separate task so that the ordinary injection eval, run while
 * tuning, does not show it.
 */
export function evalInjectionFresh(sample?: number): EvalRow[] {
  const items = readFreshProbe().slice(0, sample);
  // Per half too (train/dev-test.ts): the dev half may be trained on (train/fresh-dev.ts), the test half not.
  return [
    ...probeRows(items, 'fresh probe', 'benign twins'),
    ...probeRows(
      items.filter((x) => halfOf(x.text) === 'test'),
      'fresh probe [test, held out]',
      'benign twins',
    ),
    ...probeRows(
      items.filter((x) => halfOf(x.text) === 'dev'),
      'fresh probe [dev]',
      'benign twins',
    ),
  ];
}

/**
 * The held-out mention-vs-use set (train/heldout-injection-mention.jsonl): benign prompts that quote,
 * define or discuss attack wording or give everyday instructions, and attacks camouflaged as such.
 * Written before the mention rules it measures, never trained on or tuned against: read its rows once.
 */
export function evalInjectionHeldout(sample?: number): EvalRow[] {
  return probeRows(
    readFreshProbe('heldout-injection-mention.jsonl').slice(0, sample),
    'held-out mention set',
    'benign',
  );
}

function probeRows(items: FreshItem[], label: string, benignLabel: string): EvalRow[] {
  const det = createInjectionDetector();
  const score = scorer(det);
  const rows: EvalRow[] = [];
  const groups: [string, (x: FreshItem) => boolean][] = [
    [label, () => true],
    [`${label}, not English`, (x) => x.lang !== 'en'],
  ];
  for (const [name, keep] of groups) {
    const sel = items.filter(keep);
    const pos = sel.filter((x) => x.label === 1).map((x) => score(x.text));
    const neg = sel.filter((x) => x.label === 0).map((x) => score(x.text));
    rows.push(...flaggedRows('injection', 'rules+classifier', `${name}: attacks`, `${name}: ${benignLabel}`, pos, neg));
  }
  return rows;
}

/** Recall row of the attacks' scores and FPR row of the benign ones, flagged = any finding (score > 0). */
export function flaggedRows(
  task: string,
  variant: string,
  attacks: string,
  benign: string,
  pos: number[],
  neg: number[],
): EvalRow[] {
  return [
    { task, variant, dataset: attacks, n: pos.length, ...rates(countsAt(pos, [], 1e-9)), recallAt1: null },
    benignRow(task, variant, benign, neg.length, rates(countsAt([], neg, 1e-9)).fpr),
  ];
}

export interface JailbreakFreshItem {
  text: string;
  label: 'attack' | 'benign';
  tactic: string;
  lang: string;
}

/** The fresh jailbreak set (train/jailbreak-fresh.jsonl; its first line is a provenance header). */
export function readJailbreakFresh(): JailbreakFreshItem[] {
  return readFileSync(new URL('../train/jailbreak-fresh.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Partial<JailbreakFreshItem>)
    .filter(
      (x): x is JailbreakFreshItem => typeof x.text === 'string' && (x.label === 'attack' || x.label === 'benign'),
    );
}

/**
 * The fresh jailbreak set (issue 15) through the default guard set's input detector (the shipped
 * injection detector, flagged = any finding): recall on jailbreaks and flag rate of the benign twins,
 * per dev/test half (train/dev-test.ts). Written before the changes it measures; only the dev half's
 * misses were read while tuning, so the test half is the held-out figure.
 */
export function evalJailbreakFresh(sample?: number): EvalRow[] {
  const score = scorer(createInjectionDetector());
  const items = readJailbreakFresh();
  const rows: EvalRow[] = [];
  const groups: [string, (x: JailbreakFreshItem) => boolean][] = [
    ['jailbreak-fresh [test, held out]', (x) => halfOf(x.text) === 'test'],
    ['jailbreak-fresh [test, not English]', (x) => halfOf(x.text) === 'test' && x.lang !== 'en'],
    ['jailbreak-fresh [dev, in-sample]', (x) => halfOf(x.text) === 'dev'],
    ['jailbreak-fresh [all]', () => true],
  ];
  for (const [name, keep] of groups) {
    const sel = items.filter(keep);
    const pos = sel
      .filter((x) => x.label === 'attack')
      .slice(0, sample)
      .map((x) => score(x.text));
    const neg = sel
      .filter((x) => x.label === 'benign')
      .slice(0, sample)
      .map((x) => score(x.text));
    rows.push(
      ...flaggedRows(
        'jailbreak-fresh',
        'default set (injection)',
        `${name}: jailbreaks`,
        `${name}: benign twins`,
        pos,
        neg,
      ),
    );
  }
  return rows;
}
