// System-prompt leak detection on Tensor Trust outputs labelled as leaking the access code.

import { findPromptLeaks } from '../detectors/output/prompt-leak.ts';
import { loadLeakData } from '../train/datasets.ts';
import { rates } from './metrics.ts';
import type { EvalRow } from './report.ts';

export function evalLeak(o: { dataDir: string; sample?: number }): EvalRow[] {
  const items = loadLeakData(o.dataDir).slice(0, o.sample ?? Number.POSITIVE_INFINITY);
  if (items.length === 0) return [];
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const it of items) {
    const found = findPromptLeaks(it.secret, it.output).length > 0;
    if (found && it.leaked) c.tp++;
    else if (found) c.fp++;
    else if (it.leaked) c.fn++;
    else c.tn++;
  }
  return [
    {
      task: 'leak',
      variant: 'shingles / whole secret',
      dataset: 'tensor-trust prompt_extraction_detection',
      n: items.length,
      ...rates(c),
      recallAt1: null,
      note: 'secret = access code (the defence prompt is not in the file)',
    },
  ];
}
