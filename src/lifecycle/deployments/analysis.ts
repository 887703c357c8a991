// Per-arm metrics of a deployment and the rollout check between steps (Flagger-style: every metric within bounds,
// too few requests = wait, never a pass).
import { percentile } from '../util.ts';
import type { ArmRequest } from './store.ts';
import type { Arm, Deployment } from './types.ts';

export interface ArmMetrics {
  requests: number;
  errors: number;
  error_rate: number | null;
  p95_latency_ms: number | null;
  cost_per_request_usd: number | null;
}

export function armMetrics(rows: ArmRequest[], arm: Arm): ArmMetrics {
  const mine = rows.filter((r) => r.arm === arm);
  const errors = mine.filter((r) => r.status >= 500 || r.status === 429 || r.status === 0).length;
  const costs = mine.filter((r) => r.costUsd !== null).map((r) => r.costUsd as number);
  return {
    requests: mine.length,
    errors,
    error_rate: mine.length ? errors / mine.length : null,
    p95_latency_ms: percentile(
      mine.filter((r) => r.status < 400).map((r) => r.latencyMs),
      95,
    ),
    cost_per_request_usd: costs.length ? costs.reduce((s, c) => s + c, 0) / costs.length : null,
  };
}

/** Online quality per arm: mean feedback value and how many scored requests it rests on. */
export type ArmQuality = Record<Arm, { mean: number | null; samples: number }>;

export type Verdict =
  | { kind: 'wait'; reason: string }
  | { kind: 'breach'; reasons: string[] }
  | { kind: 'healthy'; detail: string };

/** Compares the candidate arm with the baseline arm over one step's requests. */
export function judgeStep(d: Deployment, rows: ArmRequest[], quality?: ArmQuality): Verdict {
  const a = d.config.analysis;
  const base = armMetrics(rows, 'baseline');
  const cand = armMetrics(rows, 'candidate');
  // At 100% the baseline gets no traffic: judge the candidate alone against absolute bounds.
  const needBase = d.weight < 1;
  if (cand.requests < a.min_requests || (needBase && base.requests < a.min_requests)) {
    return {
      kind: 'wait',
      reason: `not enough requests yet (candidate ${cand.requests}, baseline ${base.requests}; need ${a.min_requests} each)`,
    };
  }
  const q = a.quality;
  if (q) {
    const qc = quality?.candidate.samples ?? 0;
    const qb = quality?.baseline.samples ?? 0;
    if (qc < q.min_samples || (needBase && qb < q.min_samples)) {
      return {
        kind: 'wait',
        reason: `not enough "${q.feedback}" scores yet (candidate ${qc}, baseline ${qb}; need ${q.min_samples} each)`,
      };
    }
  }
  const reasons: string[] = [];
  if (q && quality) {
    const cm = quality.candidate.mean ?? 0;
    const bm = quality.baseline.mean ?? 0;
    if (needBase && cm < bm - q.max_drop) {
      reasons.push(`quality "${q.feedback}" ${num(cm)} vs baseline ${num(bm)} (allowed −${num(q.max_drop)})`);
    } else if (!needBase && q.min_mean !== undefined && cm < q.min_mean) {
      reasons.push(`quality "${q.feedback}" ${num(cm)} below ${num(q.min_mean)}`);
    }
  }
  const baseErr = needBase ? (base.error_rate ?? 0) : 0;
  if ((cand.error_rate ?? 0) > baseErr + a.max_error_rate_increase) {
    reasons.push(
      `error rate ${pct(cand.error_rate)} vs baseline ${pct(baseErr)} (allowed +${pct(a.max_error_rate_increase)})`,
    );
  }
  if (needBase && cand.p95_latency_ms !== null && base.p95_latency_ms !== null) {
    if (cand.p95_latency_ms > base.p95_latency_ms * a.max_p95_latency_ratio) {
      reasons.push(
        `p95 latency ${cand.p95_latency_ms.toFixed(0)} ms vs baseline ${base.p95_latency_ms.toFixed(0)} ms (allowed ×${a.max_p95_latency_ratio})`,
      );
    }
  }
  if (needBase && cand.cost_per_request_usd !== null && base.cost_per_request_usd) {
    if (cand.cost_per_request_usd > base.cost_per_request_usd * a.max_cost_ratio) {
      reasons.push(
        `cost/request ${cand.cost_per_request_usd.toExponential(2)} vs baseline ${base.cost_per_request_usd.toExponential(2)} (allowed ×${a.max_cost_ratio})`,
      );
    }
  }
  if (reasons.length > 0) return { kind: 'breach', reasons };
  const qd = q && quality ? `, ${q.feedback} ${num(quality.candidate.mean ?? 0)}` : '';
  return {
    kind: 'healthy',
    detail: `candidate ${cand.requests} req, errors ${pct(cand.error_rate)}, p95 ${cand.p95_latency_ms?.toFixed(0)} ms${qd}`,
  };
}

const num = (x: number) => Number(x.toFixed(3)).toString();

function pct(x: number | null): string {
  return x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}
