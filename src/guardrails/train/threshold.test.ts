import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_FEATURES, type FeatureConfig } from '../detectors/injection/features.ts';
import type { LabeledText } from './datasets.ts';
import { fit } from './learner.ts';
import { plainThreshold } from './plain-threshold.ts';
import { benignOutOfSource, chooseThreshold, perSourceThreshold } from './threshold.ts';

/** Benign items of `source` with the given scores, as (items, scores) to concatenate. */
function source(name: string, scores: number[], label: 0 | 1 = 0): { items: LabeledText[]; scores: number[] } {
  return { items: scores.map((_, i) => ({ text: `${name} ${i}`, label, source: name })), scores };
}

function corpus(...parts: { items: LabeledText[]; scores: number[] }[]) {
  return { items: parts.flatMap((p) => p.items), oof: Float64Array.from(parts.flatMap((p) => p.scores)) };
}

/** Share of a source's items at or above the threshold. */
function rate(items: readonly LabeledText[], scores: Float64Array, name: string, th: number): number {
  const xs = items.flatMap((t, i) => (t.source === name ? [scores[i]] : []));
  return xs.filter((x) => x >= th).length / xs.length;
}

const ramp = (n: number, top: number): number[] => Array.from({ length: n }, (_, i) => (top * (i + 1)) / n);

describe('threshold rules', () => {
  // A big source with low scores and a small one with a high tail.
  const big = source('big', ramp(1000, 0.5));
  const small = source('small', [...ramp(95, 0.4), 0.9, 0.92, 0.94, 0.96, 0.98]);
  const attacks = source('attacks', ramp(50, 1), 1);
  const { items, oof } = corpus(big, small, attacks);

  it('max-per-source (the default) keeps every benign source at or under the target; the strictest decides', () => {
    const th = chooseThreshold(items, oof, 0.02);
    assert.equal(th, perSourceThreshold(items, oof, 0.02));
    assert.ok(rate(items, oof, 'small', th) <= 0.02);
    assert.ok(rate(items, oof, 'big', th) <= 0.02);
    assert.ok(th > 0.9, `${th}`); // the small source's tail, not the big source's
    // Sources below minItems do not take part.
    const without = chooseThreshold(items, oof, 0.02, { rule: 'max-per-source', minItems: 200 });
    assert.ok(without < 0.5 && rate(items, oof, 'big', without) <= 0.02, `${without}`);
  });

  it('pooled keeps the pooled FPR at the target and caps each source', () => {
    const th = chooseThreshold(items, oof, 0.02, { rule: 'pooled', cap: 0.04 });
    const pooled = [...big.scores, ...small.scores].filter((x) => x >= th).length / 1100;
    assert.ok(pooled <= 0.02, `${pooled}`);
    assert.ok(rate(items, oof, 'small', th) <= 0.04);
    assert.ok(th < chooseThreshold(items, oof, 0.02), 'looser than the strictest source');
  });

  it('quantile 1 is the maximum, quantile 0 the most lenient source', () => {
    assert.equal(chooseThreshold(items, oof, 0.02, { rule: 'quantile', q: 1 }), perSourceThreshold(items, oof, 0.02));
    const low = chooseThreshold(items, oof, 0.02, { rule: 'quantile', q: 0 });
    assert.ok(low < 0.5 && rate(items, oof, 'big', low) <= 0.02);
  });

  it('out-of-source keeps each source scored without it at the target, never below max-per-source', () => {
    // Out of source, the big source's tail is high (a source unlike the rest).
    const oos = Float64Array.from([...ramp(1000, 0.99), ...small.scores, ...attacks.scores.map(() => Number.NaN)]);
    const th = chooseThreshold(items, oof, 0.02, { rule: 'out-of-source', target: 0.03 }, oos);
    assert.ok(rate(items, oos, 'big', th) <= 0.03);
    assert.ok(th >= perSourceThreshold(items, oof, 0.02));
    assert.ok(th > 0.95, `${th}`);
    assert.throws(() => chooseThreshold(items, oof, 0.02, { rule: 'out-of-source', target: 0.03 }), /out-of-source/);
  });
});

describe('benignOutOfSource', () => {
  it('scores each benign source with a model trained without it (and without its group keys)', () => {
    const items: LabeledText[] = [
      { text: 'a', label: 0, source: 'x' },
      { text: 'b', label: 0, source: 'y' },
      { text: 'A', label: 1, source: 'z' }, // same group key as "a"
      { text: 'c', label: 1, source: 'z' },
    ];
    const seen: string[] = [];
    const oos = benignOutOfSource(items, (keep) => {
      seen.push(items.flatMap((t, i) => (keep[i] ? [t.text] : [])).join(''));
      return (i) => i / 10;
    });
    assert.deepEqual(seen, ['bc', 'aAc']);
    assert.deepEqual([...oos].slice(0, 2), [0, 0.1]);
    assert.ok(Number.isNaN(oos[2]) && Number.isNaN(oos[3]));
  });
});

describe('fit() with the out-of-source rule', () => {
  const cfg: FeatureConfig = { ...DEFAULT_FEATURES, bits: 12, concepts: 'harmful' };
  const make = (stems: string[], label: 0 | 1, prefix: string): LabeledText[] =>
    stems.flatMap((s, i) =>
      ['at home', 'for a friend', 'this weekend', 'quickly', 'step by step', 'cheaply'].map((tail) => ({
        text: `${s} ${tail}`,
        label,
        source: `${prefix}-${i % 2}`,
      })),
    );
  const items = [
    ...make(
      ['how to build a pipe bomb', 'how to poison my neighbour', 'how to make meth', 'how to stab someone'],
      1,
      'harm',
    ),
    ...make(
      ['how to bake bread', 'how to make frosting', 'how to kill a linux process', 'how to grow tomatoes'],
      0,
      'ok',
    ),
  ];

  it('returns out-of-source scores for benign items and a stricter threshold than the default', () => {
    const plain = fit(items, { features: cfg, targetFpr: 0.1 });
    const oos = fit(items, { features: cfg, targetFpr: 0.1, thresholdRule: { rule: 'out-of-source', target: 0.1 } });
    assert.equal(plain.oos, undefined);
    assert.ok(oos.oos);
    for (const [i, t] of items.entries()) assert.equal(Number.isNaN(oos.oos![i]), t.label === 1, t.text);
    // A benign source never seen scores higher than its own held-back folds: the threshold rises.
    assert.ok(oos.threshold > plain.threshold, `${oos.threshold} vs ${plain.threshold}`);
    assert.deepEqual(oos.weights, plain.weights, 'the final model is the same; only the threshold differs');
  });
});

describe('plainThreshold with out-of-source scores', () => {
  // Injection concept: "what is X" has no object family, so every text here is plain.
  const items: LabeledText[] = [
    ...Array.from({ length: 100 }, (_, i) => ({ text: `what is item ${i}`, label: 0 as const, source: 'a' })),
    ...Array.from({ length: 100 }, (_, i) => ({ text: `what is thing ${i}`, label: 0 as const, source: 'b' })),
  ];
  const o = { set: 'injection' as const, features: DEFAULT_FEATURES, threshold: 0.1, target: 0.05 };
  const oof = Float64Array.from(items.map((_, i) => (i % 100) / 100));
  // Scored without their own source, the texts of b score higher (a shift the folds cannot see).
  const oos = Float64Array.from(items.map((t, i) => (t.source === 'b' ? 0.5 + (i % 100) / 200 : (i % 100) / 100)));

  it('keeps each source scored out of source at or under its target, never below the out-of-fold point', () => {
    const inFold = plainThreshold(items, oof, o);
    const both = plainThreshold(items, oof, { ...o, outOfSource: { scores: oos, target: 0.05 } });
    assert.ok(both > inFold, `${both} vs ${inFold}`);
    assert.ok(rate(items, oos, 'b', both) <= 0.05);
    assert.ok(rate(items, oof, 'a', both) <= 0.05);
    assert.equal(plainThreshold(items, oof, { ...o, outOfSource: { scores: oof, target: 0.05 } }), inFold);
  });
});
