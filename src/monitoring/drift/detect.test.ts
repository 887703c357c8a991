// Drift detection per feature kind: the default test follows the reference size (Evidently's rule), too
// little data is "insufficient_data", text drift comes from the domain classifier with the terms behind it,
// and the dataset share counts only evaluated features.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRng } from '../../util/prng.ts';
import { type Aggregate, newAggregate } from '../signals/aggregate.ts';
import { aggregateOfSamples } from '../signals/samples.ts';
import { datasetDrift, detectDrift } from './detect.ts';

function lengths(n: number, mean: number, seed: number): Aggregate {
  const rng = createRng(seed);
  const a = newAggregate();
  for (let i = 0; i < n; i++) a.num.answer_chars.add(Math.max(1, mean + (rng() - 0.5) * mean * 0.4));
  return a;
}

const EN = [
  'the invoice total is due at the end of the month',
  'your plan includes five seats for the team',
  'the order ships from the north warehouse today',
];
const ES = [
  'el total de la factura vence al final del mes',
  'tu plan incluye cinco puestos para el equipo',
  'el pedido sale del almacén del norte hoy',
];
const texts = (pool: string[], n: number, seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => ({ answer: `${pool[Math.floor(rng() * pool.length)]} ref ${i % 7}` }));
};

describe('detectDrift', () => {
  it('uses KS for small references and normed Wasserstein above 1,000 rows', () => {
    const small = detectDrift('answer_chars', lengths(500, 400, 1), lengths(200, 150, 2));
    assert.equal(small.method, 'ks');
    assert.equal(small.drifted, true);
    assert.ok((small.pValue as number) < 1e-9);
    assert.equal(small.threshold, 0.05);
    const same = detectDrift('answer_chars', lengths(500, 400, 3), lengths(200, 400, 4));
    assert.equal(same.drifted, false);
    const large = detectDrift('answer_chars', lengths(5000, 400, 5), lengths(2000, 150, 6));
    assert.equal(large.method, 'wasserstein');
    assert.ok((large.distance as number) > 0.1);
    assert.ok(large.top.find((t) => t.name === 'p50' && t.current < t.reference));
  });

  it('says insufficient_data instead of "not drifted" on tiny samples', () => {
    const r = detectDrift('answer_chars', lengths(500, 400, 1), lengths(10, 100, 2));
    assert.equal(r.status, 'insufficient_data');
    assert.equal(r.drifted, false);
    assert.equal(r.statistic, null);
  });

  it('tests categories with chi-square (small) and Jensen–Shannon (large), naming the category', () => {
    const ref = newAggregate();
    const cur = newAggregate();
    ref.cat.language = { en: 300 };
    cur.cat.language = { en: 60, es: 140 };
    const r = detectDrift('language', ref, cur);
    assert.equal(r.method, 'chi_square');
    assert.equal(r.drifted, true);
    assert.equal(r.top[0].name, 'es');
    ref.cat.language = { en: 3000 };
    const big = detectDrift('language', ref, cur);
    assert.equal(big.method, 'jensen_shannon');
    assert.ok((big.distance as number) > 0.1);
  });

  it('detects text drift with the domain classifier and names the new terms; none on the same text', () => {
    const ref = aggregateOfSamples(texts(EN, 200, 1));
    const same = detectDrift('answer_text', ref, aggregateOfSamples(texts(EN, 150, 2)));
    assert.equal(same.drifted, false, `AUC ${same.statistic}`);
    const switched = detectDrift('answer_text', ref, aggregateOfSamples(texts(ES, 150, 3)));
    assert.equal(switched.drifted, true);
    assert.ok((switched.statistic as number) > 0.9);
    const names = switched.top.map((t) => t.name);
    assert.ok(
      names.some((t) => ES.join(' ').split(' ').includes(t)),
      names.join(','),
    );
  });

  it('dataset drift is the share of evaluated features that drifted', () => {
    const ref = aggregateOfSamples(texts(EN, 200, 1));
    const cur = aggregateOfSamples(texts(ES, 150, 3));
    const results = ['answer_chars', 'language', 'answer_text', 'latency_ms'].map((f) => detectDrift(f, ref, cur));
    const d = datasetDrift(results);
    assert.equal(d.evaluated, 3, 'latency_ms has no data in these samples');
    assert.ok(d.share >= 2 / 3 && d.drifted);
  });
});
