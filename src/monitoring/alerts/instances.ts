// Turns monitors and SLOs into alert instances for one evaluation: each with a fingerprint (rule + labels),
// a condition (active / ok / no_data), the value and the evidence (statistics, top features) behind it.
import { createHash } from 'node:crypto';
import type { Database } from '../../storage/database.ts';
import { MINUTE_MS, minuteOf } from '../clock.ts';
import type { MonitorSpec, Reference, SloSpec } from '../definitions.ts';
import { ALL_FEATURES, datasetDrift, type DriftResult, detectDrift } from '../drift/detect.ts';
import { type Aggregate, type AggregateJson, aggregateFromJson, newAggregate } from '../signals/aggregate.ts';
import { signalValue } from '../signals/metrics.ts';
import { DEFAULT_BURN_WINDOWS, evaluateBurn } from '../slo/burn-rate.ts';
import type { DefinitionStore } from '../store/definitions.ts';
import { GROUP_SEP, groupText, readMerged, readPerMinute } from '../store/rollups.ts';
import type { Condition } from './state.ts';

export interface AlertInstance {
  fingerprint: string;
  rule: string;
  severity: 'page' | 'ticket' | 'info';
  labels: Record<string, string>;
  condition: Condition;
  value: number | null;
  summary: string;
  details: Record<string, unknown>;
  forMs: number;
  receivers: string[];
}

export function fingerprint(rule: string, labels: Record<string, string>): string {
  const canon = Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(',');
  return createHash('sha256').update(`${rule}|${canon}`).digest('hex').slice(0, 20);
}

const compare = (v: number, op: MonitorSpec['op'], t: number) =>
  op === '>' ? v > t : op === '>=' ? v >= t : op === '<' ? v < t : v <= t;

function groupLabels(m: MonitorSpec, key: string): Record<string, string> {
  const labels: Record<string, string> = { ...m.labels, rule: m.name };
  for (const [k, v] of Object.entries(m.filter)) if (v !== undefined) labels[k] = v;
  const parts = key === '' ? [] : key.split(GROUP_SEP);
  m.group_by.forEach((g, i) => {
    labels[g] = parts[i] ?? '';
  });
  return labels;
}

const fmt = (v: number | null) => (v === null ? 'n/a' : Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3));

export async function signalInstances(database: Database, m: MonitorSpec, now: number): Promise<AlertInstance[]> {
  const to = minuteOf(now);
  const from = to - m.window_minutes * MINUTE_MS;
  const groups = await readMerged(database, { from, to, filter: m.filter, groupBy: m.group_by });
  const out: AlertInstance[] = [];
  for (const [key, agg] of groups) {
    const labels = groupLabels(m, key);
    const value = signalValue(agg, m.metric as string);
    const enough = agg.n >= m.min_requests && value !== null;
    const active = enough && compare(value as number, m.op, m.threshold as number);
    out.push({
      fingerprint: fingerprint(`monitor:${m.name}`, labels),
      rule: m.name,
      severity: m.severity,
      labels,
      condition: !enough ? 'no_data' : active ? 'active' : 'ok',
      value,
      summary: `${m.metric} = ${fmt(value)} (${m.op} ${m.threshold}) over ${m.window_minutes} min${key ? ` for ${groupText(key)}` : ''}`,
      details: {
        metric: m.metric,
        threshold: m.threshold,
        op: m.op,
        requests: agg.n,
        window_minutes: m.window_minutes,
      },
      forMs: m.for_minutes * MINUTE_MS,
      receivers: m.receivers,
    });
  }
  return out;
}

async function referenceAggregates(
  database: Database,
  defs: DefinitionStore,
  m: MonitorSpec,
  ref: Reference,
  from: number,
): Promise<{ groups: Map<string, Aggregate> | null; shared: Aggregate | null }> {
  if (ref.type === 'dataset') {
    const stored = await defs.get<AggregateJson>('reference', ref.name);
    return { groups: null, shared: stored ? aggregateFromJson(stored.spec) : newAggregate() };
  }
  const range =
    ref.type === 'previous'
      ? { from: from - m.window_minutes * MINUTE_MS, to: from }
      : ref.type === 'trailing'
        ? { from: from - ref.minutes * MINUTE_MS, to: from }
        : { from: minuteOf(ref.from), to: ref.to };
  const withText = m.feature === 'answer_text' || m.feature === 'dataset';
  return {
    groups: await readMerged(database, { ...range, filter: m.filter, groupBy: m.group_by, withText }),
    shared: null,
  };
}

function driftSummary(feature: string, r: DriftResult | null, share: number | null): string {
  if (feature === 'dataset') return `dataset drift: ${fmt(share)} of features drifted`;
  if (!r) return `${feature}: no result`;
  if (r.status === 'insufficient_data') return `${feature}: insufficient data (${r.nReference} vs ${r.nCurrent})`;
  const stat = r.pValue !== null ? `p=${r.pValue.toExponential(2)}` : `${r.method}=${fmt(r.statistic)}`;
  const top = r.top
    .slice(0, 3)
    .map((t) => t.name)
    .join(', ');
  return `${feature} ${r.drifted ? 'drifted' : 'stable'} (${r.method}, ${stat}, threshold ${r.threshold})${top ? `; top: ${top}` : ''}`;
}

export async function driftInstances(
  database: Database,
  defs: DefinitionStore,
  m: MonitorSpec,
  now: number,
): Promise<AlertInstance[]> {
  const to = minuteOf(now);
  const from = to - m.window_minutes * MINUTE_MS;
  const withText = m.feature === 'answer_text' || m.feature === 'dataset';
  const current = await readMerged(database, { from, to, filter: m.filter, groupBy: m.group_by, withText });
  const ref = await referenceAggregates(database, defs, m, m.reference, from);
  const opts = { method: m.method, threshold: m.drift_threshold };
  const out: AlertInstance[] = [];
  for (const [key, cur] of current) {
    const r = ref.shared ?? ref.groups?.get(key) ?? newAggregate();
    const labels = groupLabels(m, key);
    labels.feature = m.feature as string;
    let condition: Condition;
    let value: number | null;
    let details: Record<string, unknown>;
    let result: DriftResult | null = null;
    let share: number | null = null;
    if (m.feature === 'dataset') {
      const results = ALL_FEATURES.map((f) => detectDrift(f, r, cur));
      const d = datasetDrift(results, m.drift_threshold ?? 0.5);
      share = d.share;
      value = d.share;
      condition = d.evaluated === 0 ? 'no_data' : d.drifted ? 'active' : 'ok';
      details = {
        share: d.share,
        evaluated: d.evaluated,
        drifted_features: results.filter((x) => x.drifted).map((x) => x.feature),
        results,
      };
    } else {
      result = detectDrift(m.feature as string, r, cur, opts);
      value = result.statistic;
      condition =
        result.status === 'insufficient_data' || cur.n < m.min_requests ? 'no_data' : result.drifted ? 'active' : 'ok';
      details = { ...result };
    }
    out.push({
      fingerprint: fingerprint(`monitor:${m.name}`, labels),
      rule: m.name,
      severity: m.severity,
      labels,
      condition,
      value,
      summary: driftSummary(m.feature as string, result, share) + (key ? ` for ${groupText(key)}` : ''),
      details,
      forMs: m.for_minutes * MINUTE_MS,
      receivers: m.receivers,
    });
  }
  return out;
}

/** Good/total events of one minute's aggregate for an SLO. */
export function sloEvents(s: SloSpec, a: Aggregate): { bad: number; total: number } {
  if (s.sli === 'availability') return { bad: a.failed, total: a.n };
  if (s.sli === 'latency') {
    const sk = a.num.latency_ms;
    return { bad: sk.count - sk.countAtOrBelow(s.latency_threshold_ms as number), total: sk.count };
  }
  const sc = a.scores[s.score_name as string];
  if (!sc) return { bad: 0, total: 0 };
  const goodFrom = Math.round((s.score_min as number) * 10);
  let bad = 0;
  for (let i = 0; i < goodFrom; i++) bad += sc.h[i];
  return { bad, total: sc.n };
}

export async function sloInstances(database: Database, s: SloSpec, now: number): Promise<AlertInstance[]> {
  const to = minuteOf(now);
  const longest = Math.max(...DEFAULT_BURN_WINDOWS.map((w) => w.longMinutes));
  const perMinute = await readPerMinute(database, { from: to - longest * MINUTE_MS, to, filter: s.filter });
  const events = new Map<number, { bad: number; total: number }>();
  for (const [minute, a] of perMinute) events.set(minute, sloEvents(s, a));
  const counts = (minutes: number) => {
    let bad = 0;
    let total = 0;
    for (const [minute, e] of events) {
      if (minute >= to - minutes * MINUTE_MS) {
        bad += e.bad;
        total += e.total;
      }
    }
    return { bad, total };
  };
  return evaluateBurn(s.objective, counts).map((b) => {
    const labels: Record<string, string> = { ...s.labels, slo: s.name, severity: b.severity };
    return {
      fingerprint: fingerprint(`slo:${s.name}`, labels),
      rule: `slo:${s.name}`,
      severity: b.severity,
      labels,
      condition: b.firing ? 'active' : 'ok',
      value: b.longBurn,
      summary: `SLO ${s.name} (${s.sli}, ${(s.objective * 100).toFixed(2)}%) burning ${fmt(b.longBurn)}× over ${b.longMinutes} min and ${fmt(b.shortBurn)}× over ${b.shortMinutes} min (alert above ${b.factor}×)`,
      details: { ...b, objective: s.objective, sli: s.sli },
      forMs: 0,
      receivers: s.receivers,
    };
  });
}
