// Named signals computed from a merged aggregate. A metric name is a small grammar so alert rules can point
// at any signal: `requests`, `error_rate`, `failure_rate`, `error_rate.<class>`, `latency_ms.p95`,
// `ttft_ms.p50`, `<numeric feature>.mean`, `tokens_in.mean`, `tokens_out.mean`, `cost_per_request`,
// `refusal_rate`, `empty_rate`, `finish_reason.<reason>` (share), `guardrail_hit_rate`,
// `score.<name>.mean`, `score.<name>.count`.
import { type Aggregate, NUMERIC_FEATURES, type NumericFeature } from './aggregate.ts';

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export function signalValue(a: Aggregate, metric: string): number | null {
  switch (metric) {
    case 'requests':
      return a.n;
    case 'error_rate':
      return ratio(a.errors, a.n);
    case 'failure_rate':
      return ratio(a.failed, a.n);
    case 'refusal_rate':
      return ratio(a.refusals, a.n - a.errors);
    case 'empty_rate':
      return ratio(a.empty, a.n - a.errors);
    case 'cost_per_request':
      return ratio(a.cost, a.costN);
    case 'tokens_in.mean':
      return ratio(a.inTokens, a.n);
    case 'tokens_out.mean':
      return ratio(a.outTokens, a.n);
    case 'guardrail_hit_rate': {
      const g = a.cat.guardrail;
      const total = Object.values(g).reduce((s, x) => s + x, 0);
      return ratio(total - (g.none ?? 0), a.n);
    }
  }
  const [head, ...rest] = metric.split('.');
  const tail = rest.join('.');
  if (head === 'error_rate') return ratio(a.cat.error_class[tail] ?? 0, a.n);
  if (head === 'finish_reason') {
    const f = a.cat.finish_reason;
    return ratio(
      f[tail] ?? 0,
      Object.values(f).reduce((s, x) => s + x, 0),
    );
  }
  if (head === 'score') {
    const stat = rest[rest.length - 1];
    const name = rest.slice(0, -1).join('.');
    const s = a.scores[name];
    if (!s) return stat === 'count' ? 0 : null;
    return stat === 'count' ? s.n : stat === 'mean' ? ratio(s.sum, s.n) : null;
  }
  if ((NUMERIC_FEATURES as readonly string[]).includes(head)) {
    const sk = a.num[head as NumericFeature];
    if (tail === 'mean') return sk.mean();
    const m = /^p(\d{1,2}(?:\.\d+)?)$/.exec(tail);
    if (m) return sk.quantile(Number(m[1]) / 100);
  }
  throw new RangeError(`unknown metric "${metric}"`);
}

/** True when the metric name parses (used to validate rules before they are stored). */
export function isKnownMetric(metric: string): boolean {
  try {
    signalValue(emptyProbe, metric);
    return true;
  } catch {
    return false;
  }
}

import { newAggregate } from './aggregate.ts';
const emptyProbe = newAggregate();

/** Every signal of an aggregate, for the admin API and the CLI. */
export function signalSummary(a: Aggregate): Record<string, unknown> {
  const q = (f: NumericFeature) => ({
    p50: a.num[f].quantile(0.5),
    p90: a.num[f].quantile(0.9),
    p95: a.num[f].quantile(0.95),
    p99: a.num[f].quantile(0.99),
    mean: a.num[f].mean(),
    count: a.num[f].count,
  });
  const scores: Record<string, { mean: number | null; count: number }> = {};
  for (const [name, s] of Object.entries(a.scores)) scores[name] = { mean: ratio(s.sum, s.n), count: s.n };
  return {
    requests: a.n,
    error_rate: ratio(a.errors, a.n),
    failure_rate: ratio(a.failed, a.n),
    errors_by_class: a.cat.error_class,
    latency_ms: q('latency_ms'),
    ttft_ms: q('ttft_ms'),
    tokens_in: { total: a.inTokens, mean: ratio(a.inTokens, a.n) },
    tokens_out: { total: a.outTokens, mean: ratio(a.outTokens, a.n) },
    cost_per_request: ratio(a.cost, a.costN),
    finish_reasons: a.cat.finish_reason,
    refusal_rate: signalValue(a, 'refusal_rate'),
    empty_rate: signalValue(a, 'empty_rate'),
    guardrail_hit_rate: signalValue(a, 'guardrail_hit_rate'),
    guardrails: a.cat.guardrail,
    languages: a.cat.language,
    answer_chars: q('answer_chars'),
    prompt_chars: q('prompt_chars'),
    scores,
    labels: a.labels,
  };
}
