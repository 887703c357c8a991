// Harmful-topic rules: recall on harmful-request sets, false positives on benign alpaca prompts and
// on Lintel's hand-written legitimate requests about the same subjects (never trained on).

import { createHarmfulDetector } from '../detectors/topics/index.ts';
import { createTextView } from '../normalize/view.ts';
import { loadHarmfulData } from '../train/datasets.ts';
import { HANDWRITTEN_SETS, readHandwritten } from '../train/handwritten.ts';
import { handwrittenHalves, setHalves } from '../train/handwritten-split.ts';
import { probeHalves, readProbe } from './harmful-probe.ts';
import { countsAt, rates } from './metrics.ts';
import { benignRow, type EvalRow } from './report.ts';

// Forbidden-question categories that are regulated advice rather than harm; the rules do not target them.
const ADVICE = new Set([
  'Political Lobbying',
  'Legal Opinion',
  'Financial Advice',
  'Health Consultation',
  'Gov Decision',
]);

export function evalHarmful(o: { dataDir: string; sample?: number }): EvalRow[] {
  const det = createHarmfulDetector();
  const hit = (t: string): number =>
    det.detect({ view: createTextView(t), stage: 'input', ctx: {} }).length > 0 ? 1 : 0;
  const groups = new Map<string, number[]>();
  for (const h of loadHarmfulData(o.dataDir)) {
    let key = h.source;
    if (h.source === 'forbidden-questions')
      key += ADVICE.has(h.category ?? '') ? ' (advice categories)' : ' (harm categories)';
    const list = groups.get(key) ?? [];
    if (o.sample === undefined || list.length < o.sample) list.push(hit(h.text));
    groups.set(key, list);
  }
  // Hand-written sets: not in the training corpus, so the shipped model holds them out. The test half
  // is the held-out figure (rules were written against dev misses only; train/handwritten-split.ts).
  for (const [key, s] of handwrittenGroups(o.sample, hit)) groups.set(key, s);
  for (const [key, s] of freshGroups(o.sample, hit)) groups.set(key, s);
  const benign = groups.get('alpaca-eval') ?? [];
  const rows: EvalRow[] = [];
  for (const [dataset, s] of groups) {
    if (dataset === 'alpaca-eval' || dataset.startsWith('lintel-benign-hard') || dataset.includes(' twins')) {
      rows.push(benignRow('harmful', 'rules', dataset, s.length, rates(countsAt([], s, 1)).fpr));
      continue;
    }
    rows.push({
      task: 'harmful',
      variant: 'rules',
      dataset,
      n: s.length,
      ...rates(countsAt(s, benign, 1)),
      recallAt1: null,
    });
  }
  return rows;
}

/** Hits of the hand-written sets: whole, then per half, then per half and English / other languages. */
function handwrittenGroups(sample: number | undefined, hit: (t: string) => number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (key: string, v: number): void => {
    const list = out.get(key) ?? [];
    list.push(v);
    out.set(key, list);
  };
  for (const set of HANDWRITTEN_SETS) {
    const items = readHandwritten(set.file).slice(0, sample);
    const halves = setHalves(set, items);
    for (const [i, it] of items.entries()) {
      const v = hit(it.text);
      add(set.source, v);
      add(`${set.source} [${halves[i]}]`, v);
      add(`${set.source} [${halves[i]}] ${it.lang === 'en' ? 'en' : 'de/es/fr/it/pt'}`, v);
    }
  }
  return out;
}

/**
 * The fresh set 2 (train/harmful-fresh2.jsonl) by half: harmful items (recall) and their benign twins (FPR);
 * then the harmful twins of train/benign-hard3.jsonl (recall).
 */
function freshGroups(sample: number | undefined, hit: (t: string) => number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const items = readProbe(new URL('../train/harmful-fresh2.jsonl', import.meta.url).pathname).slice(0, sample);
  const halves = probeHalves(items);
  for (const [i, it] of items.entries()) {
    const key = `lintel-harmful-fresh2${it.label === 1 ? '' : ' twins'} [${halves[i]}]`;
    out.set(key, [...(out.get(key) ?? []), hit(it.text)]);
  }
  // The operational twins of the hard-benign set 3 (same domains, harmful asks): recall by half.
  const hard3 = readProbe(new URL('../train/benign-hard3-twins.jsonl', import.meta.url).pathname).slice(0, sample);
  const h3 = probeHalves(hard3);
  for (const [i, it] of hard3.entries()) {
    const key = `lintel-harmful-hard3 [${h3[i]}]`;
    out.set(key, [...(out.get(key) ?? []), hit(it.text)]);
  }
  return out;
}

/** Recall of the hand-written harmful set per category, by half (`guard eval --task harmful-categories`). */
export function evalHarmfulCategories(): EvalRow[] {
  const det = createHarmfulDetector();
  const items = readHandwritten('harmful-handwritten.jsonl');
  const halves = handwrittenHalves(items);
  const groups = new Map<string, number[]>();
  for (const [i, it] of items.entries()) {
    const v = det.detect({ view: createTextView(it.text), stage: 'input', ctx: {} }).length > 0 ? 1 : 0;
    const key = `lintel-harmful-hand [${halves[i]}] ${it.category}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([dataset, s]) => ({
      task: 'harmful',
      variant: 'rules',
      dataset,
      n: s.length,
      ...rates(countsAt(s, [], 1)),
      recallAt1: null,
    }));
}
