import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardrailsDataDir } from '../data-path.ts';
import { countsAt, rates, recallAtFpr, thresholdAtFpr } from './metrics.ts';
import { runGuardEval } from './index.ts';
import { toMarkdown } from './report.ts';

describe('metrics', () => {
  it('computes precision, recall, F1, FPR and recall at a fixed FPR', () => {
    const c = countsAt([0.9, 0.8, 0.2], [0.1, 0.85, 0.3, 0.05], 0.5);
    assert.deepEqual(c, { tp: 2, fp: 1, fn: 1, tn: 3 });
    const r = rates(c);
    assert.equal(r.precision, 2 / 3);
    assert.equal(r.recall, 2 / 3);
    assert.equal(r.fpr, 0.25);
    const neg = Array.from({ length: 100 }, (_, i) => i / 100);
    assert.ok(thresholdAtFpr(neg, 0.01) > 0.98);
    assert.equal(recallAtFpr([0.995, 0.5], neg, 0.01), 0.5);
  });
});

const data = guardrailsDataDir();
describe(
  'guard eval on a small sample',
  { skip: data ? false : 'shared data not found at ../shared/data/guardrails (set LINTEL_SHARED_DATA)' },
  () => {
    it('returns rows for every task and renders a Markdown table', () => {
      const r = runGuardEval({ sample: 15 });
      const tasks = new Set(r.rows.map((x) => x.task));
      assert.deepEqual([...tasks].sort(), ['harmful', 'injection', 'leak', 'pii']);
      assert.equal(r.injectionModel, 'injection-v2');
      for (const row of r.rows) {
        assert.ok(row.n >= 0 && typeof row.dataset === 'string');
        for (const v of [row.precision, row.recall, row.f1, row.fpr, row.recallAt1])
          assert.ok(v === null || (v >= 0 && v <= 1));
      }
      assert.ok(r.rows.some((x) => x.task === 'injection' && x.recallAt1 !== null));
      // Lintel's hand-written sets are measured (never trained on): recall for the harmful one, FPR for the other.
      const hand = r.rows.find((x) => x.dataset === 'lintel-harmful-hand');
      assert.ok(hand && hand.n === 15 && hand.recall !== null);
      const hard = r.rows.find((x) => x.task === 'harmful' && x.dataset.startsWith('lintel-benign-hard'));
      // The injection detector is scored on the same sets' halves too (its false positives on trigger words).
      assert.ok(r.rows.some((x) => x.task === 'injection' && x.dataset === 'lintel-benign-hard2 [test] (benign)'));
      assert.ok(hard && hard.n === 15 && hard.fpr !== null && hard.recall === null);
      const md = toMarkdown(r.rows);
      assert.match(md, /^\| task \| variant \| dataset \| n \| precision/);
      assert.equal(md.split('\n').length, r.rows.length + 2);
    });
  },
);
