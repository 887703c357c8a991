import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRng } from '../../util/prng.ts';
import { DDSketch } from './ddsketch.ts';

/** The exact lower quantile the sketch approximates: the value at rank ⌊q·(n−1)⌋. */
function exact(sortedValues: number[], q: number): number {
  return sortedValues[Math.floor(q * (sortedValues.length - 1))];
}

describe('DDSketch', () => {
  const rng = createRng(42);
  // Log-normal latencies (ms) spanning several orders of magnitude, plus zeros.
  const values = Array.from({ length: 20_000 }, (_, i) =>
    i % 500 === 0 ? 0 : Math.exp(3 + 1.5 * (rng() + rng() + rng() - 1.5)),
  );
  const qs = [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999];

  it('answers every quantile within its relative accuracy', () => {
    const s = new DDSketch(0.01);
    for (const v of values) s.add(v);
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of qs) {
      const want = exact(sorted, q);
      const got = s.quantile(q) as number;
      assert.ok(Math.abs(got - want) <= 0.01 * want + 1e-12, `q${q}: ${got} vs ${want}`);
    }
    assert.equal(s.count, values.length);
  });

  it('merged across two nodes (and through JSON) equals the single-node sketch exactly', () => {
    const single = new DDSketch();
    const nodeA = new DDSketch();
    const nodeB = new DDSketch();
    values.forEach((v, i) => {
      single.add(v);
      (i % 3 === 0 ? nodeA : nodeB).add(v);
    });
    const merged = DDSketch.fromJSON(JSON.parse(JSON.stringify(nodeA.toJSON())));
    merged.merge(JSON.parse(JSON.stringify(nodeB.toJSON())));
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of qs) {
      assert.equal(merged.quantile(q), single.quantile(q));
      const want = exact(sorted, q);
      assert.ok(Math.abs((merged.quantile(q) as number) - want) <= 0.01 * want + 1e-12);
    }
    assert.deepEqual(merged.toJSON().b, single.toJSON().b);
    assert.equal(merged.count, single.count);
  });

  it('refuses to merge sketches of different accuracy and handles empty ones', () => {
    assert.throws(() => new DDSketch(0.01).merge(new DDSketch(0.02)), /different accuracy/);
    assert.equal(new DDSketch().quantile(0.5), null);
    const s = new DDSketch();
    s.merge(new DDSketch());
    assert.equal(s.count, 0);
  });
});
