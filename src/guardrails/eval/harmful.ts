// Harmful-topic rules: recall on harmful-request sets, false positives on benign alpaca prompts and
// on Lintel's hand-written legitimate requests about the same subjects (never trained on).

import { createHarmfulDetector } from '../detectors/topics/index.ts';
import { createTextView } from '../normalize/view.ts';
import { loadHarmfulData } from '../train/datasets.ts';
import { handwritten } from '../train/handwritten.ts';
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
  // Hand-written sets: not in the training corpus, so the shipped model holds them out.
  for (const source of ['lintel-harmful-hand', 'lintel-benign-hard']) {
    const items = handwritten(source).slice(0, o.sample);
    groups.set(
      source,
      items.map((t) => hit(t.text)),
    );
  }
  const benign = groups.get('alpaca-eval') ?? [];
  const rows: EvalRow[] = [];
  for (const [dataset, s] of groups) {
    if (dataset === 'alpaca-eval' || dataset === 'lintel-benign-hard') {
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
