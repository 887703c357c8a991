// Worked examples: each expected value was computed by hand (shown) and agrees with scipy 1.17
// (chi2_contingency(correction=False), spatial.distance.jensenshannon, wasserstein_distance, ks_2samp).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { burnFactor, burnRate, evaluateBurn } from '../slo/burn-rate.ts';
import { chiSquareSurvival, kolmogorovSurvival } from './distributions.ts';
import { chiSquare, jensenShannon, ksTwoSample, psi, wasserstein } from './tests.ts';

const pts = (xs: number[]) => xs.map((value) => ({ value, weight: 1 }));
const close = (a: number, b: number, tol = 1e-6) => assert.ok(Math.abs(a - b) <= tol, `${a} ≉ ${b}`);

describe('drift statistics against worked examples', () => {
  it('KS: D = sup|F1 − F2| and the asymptotic p-value', () => {
    // F_a − F_b at 5: 5/5 − 3/6 = 0.5 (the largest gap). en = √(5·6/11) = 1.6514;
    // λ = (en + 0.12 + 0.11/en)·D = 0.91903; Q_KS(λ) = 2(e^(−2λ²) − e^(−8λ²) + …) = 0.36700.
    const r = ksTwoSample(pts([1, 2, 3, 4, 5]), pts([3, 4, 5, 6, 7, 8]));
    close(r.statistic, 0.5);
    close(r.pValue, 0.3670013850902251, 1e-9);
    // Known value of the Kolmogorov distribution: P(K > 1) = 0.2699996717.
    close(kolmogorovSurvival(1), 0.2699996717, 1e-9);
    // Weights are counts: [1 ×2, 2] equals the sample [1, 1, 2].
    const w = ksTwoSample(
      [
        { value: 1, weight: 2 },
        { value: 2, weight: 1 },
      ],
      pts([1, 2, 2]),
    );
    close(w.statistic, 1 / 3);
  });

  it('chi-square of homogeneity', () => {
    // Table [[50,50],[30,70]]: expected 40/60 per row; χ² = 2·(10²/40 + 10²/60) = 8.3333, df 1,
    // p = erfc(√(χ²/2)) = 0.0038924.
    const r = chiSquare({ a: 50, b: 50 }, { a: 30, b: 70 });
    close(r.statistic, 25 / 3, 1e-9);
    assert.equal(r.df, 1);
    close(r.pValue, 0.003892417122778637, 1e-9);
    // 2×3: scipy gives χ² = 11.6667, p = 0.0029283.
    const r3 = chiSquare({ x: 40, y: 30, z: 30 }, { x: 20, y: 50, z: 30 });
    close(r3.statistic, 11.666666666666668, 1e-9);
    close(r3.pValue, 0.0029282996948181853, 1e-9);
    // df 2 survival is e^(−x/2).
    close(chiSquareSurvival(6, 2), Math.exp(-3), 1e-12);
  });

  it('PSI over aligned bins', () => {
    // (0.3 − 0.5)·ln(0.3/0.5) + (0.7 − 0.5)·ln(0.7/0.5) = 0.10217 + 0.06729 = 0.16946
    close(psi([0.5, 0.5], [0.3, 0.7]).value, 0.16945957207744072, 1e-12);
    close(psi([0.25, 0.25, 0.25, 0.25], [0.25, 0.25, 0.25, 0.25]).value, 0);
  });

  it('Jensen–Shannon distance (natural log)', () => {
    // P = (½, ½), Q = (1, 0), M = (¾, ¼): JS = ½[½ln(⅔) + ½ln 2] + ½ ln(4/3) = 0.215762; √ = 0.464501
    close(jensenShannon({ a: 1, b: 1 }, { a: 2 }).distance, 0.464501404022459, 1e-12);
    close(jensenShannon({ a: 2, b: 3, c: 5 }, { a: 5, b: 3, c: 2 }).distance, 0.25770974832606103, 1e-12);
  });

  it('Wasserstein-1', () => {
    close(wasserstein(pts([0, 1, 3]), pts([5, 6, 8])), 5); // a shift by 5
    close(wasserstein(pts([1, 2, 3, 4]), pts([1, 1, 2, 9])), 1.75);
  });

  it('burn rates and the SRE workbook factors', () => {
    // 2% of a 30-day budget in 1 h → 14.4; 5% in 6 h → 6.
    close(burnFactor(0.02, 30, 60), 14.4);
    close(burnFactor(0.05, 30, 360), 6);
    // 99.9% objective, 5% errors: burn 0.05/0.001 = 50.
    close(burnRate(50, 1000, 0.999), 50);
    // Exactly at the factor is not over it: 1.44% errors at 99.9% is a burn of 14.4.
    const at = evaluateBurn(0.999, () => ({ bad: 144, total: 10_000 }));
    assert.equal(at[0].firing, false);
    close(at[0].longBurn, 14.4);
    // Long window burning but the short one recovered: the page does not fire (fast reset).
    const recovered = evaluateBurn(0.999, (m) => (m >= 60 ? { bad: 300, total: 10_000 } : { bad: 0, total: 800 }));
    assert.equal(recovered[0].firing, false);
    const both = evaluateBurn(0.999, () => ({ bad: 300, total: 10_000 }));
    assert.deepEqual(
      both.map((b) => [b.severity, b.firing]),
      [
        ['page', true],
        ['ticket', true],
      ],
    );
  });
});
