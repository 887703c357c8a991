// Numeric tolerance: the first number in the answer against the reference, within an absolute or relative tolerance.
import type { Scorer, ScorerSpec } from './types.ts';

const NUMBER = /-?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?/i;

export function numeric(spec: ScorerSpec): Scorer {
  const abs = typeof spec.tolerance === 'number' ? spec.tolerance : 0;
  const rel = typeof spec.relative === 'number' ? spec.relative : 0;
  return {
    name: spec.name ?? 'numeric',
    needsReference: true,
    score: ({ output, item }) => {
      const want = Number(item.reference);
      if (!Number.isFinite(want)) throw new Error(`reference ${JSON.stringify(item.reference)} is not a number`);
      const m = NUMBER.exec(output);
      if (!m) return { score: 0, pass: false, reason: 'no number in the answer' };
      const got = Number(m[0].replace(',', '.'));
      const diff = Math.abs(got - want);
      const pass = diff <= Math.max(abs, rel * Math.abs(want));
      return { score: pass ? 1 : 0, pass, reason: `got ${got}, want ${want} (diff ${diff})` };
    },
  };
}
