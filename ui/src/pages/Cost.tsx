// Cost & budgets: spend by tenant, team, key, model or provider (from the usage rollups), budget burn-down per
// key with the alert thresholds, and CSV export of the table shown.
import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { download, TimeControls, useTimeControls } from '../components/controls.tsx';
import { QueryView } from '../components/states.tsx';
import { fmtInt, fmtPct, fmtTokens, fmtUsd, rangeBounds } from '../format.ts';
import { useParams } from '../route.ts';
import { can } from '../session.ts';
import type { KeyView, UsageRow } from '../types.ts';

const THRESHOLDS = [0.5, 0.8, 1];

function Burn({ k }: { k: KeyView }) {
  if (!k.budget) return null;
  const spent = k.spend?.spent_usd ?? 0;
  const share = k.budget.usd > 0 ? spent / k.budget.usd : 0;
  const level = share >= 1 ? 'over' : share >= 0.8 ? 'high' : share >= 0.5 ? 'mid' : 'low';
  return (
    <div className="burn" data-testid={`burn-${k.id}`}>
      <div className="row between">
        <span>
          {k.name} <code>{k.id}</code>
        </span>
        <span>
          {fmtUsd(spent)} of {fmtUsd(k.budget.usd)} per {k.budget.period} ({fmtPct(share)})
        </span>
      </div>
      <div
        className={`bar ${level}`}
        role="meter"
        aria-valuemin={0}
        aria-valuemax={k.budget.usd}
        aria-valuenow={spent}
        aria-label={`Budget used by ${k.name}`}
      >
        <meter min={0} max={1} value={Math.min(1, share)} low={0.5} high={0.8} optimum={0} aria-hidden="true" />
        {THRESHOLDS.map((t) => (
          <span key={t} className="tick" data-t={t} aria-hidden="true" />
        ))}
      </div>
    </div>
  );
}

function Budgets() {
  const keys = useQuery({ queryKey: ['keys'], queryFn: () => api<{ data: KeyView[] }>('/admin/keys') });
  const budgeted = (keys.data?.data ?? []).filter((k) => k.budget && k.status === 'active');
  const details = useQueries({
    queries: budgeted.map((k) => ({
      queryKey: ['key', k.id],
      queryFn: () => api<KeyView>(`/admin/keys/${k.id}`),
      refetchInterval: 5000,
    })),
  });
  return (
    <section className="card" aria-label="Budget burn-down">
      <h2>Budget burn-down</h2>
      <p className="muted">Alerts at 50 %, 80 % and 100 % of each budget.</p>
      {budgeted.length === 0 ? <p className="muted">No key has a budget. Set one on the Access page.</p> : null}
      {details.map((d, i) => (d.data ? <Burn key={budgeted[i].id} k={d.data} /> : null))}
    </section>
  );
}

export default function Cost() {
  const s = useSignedIn();
  const [params, set] = useParams();
  const { range, refetchInterval } = useTimeControls();
  const developer = s.role === 'developer';
  const groupBy = developer ? 'key' : (params.by ?? 'model');
  const q = useQuery({
    queryKey: ['usage', range, groupBy],
    queryFn: () =>
      api<{ data: UsageRow[] }>('/admin/usage', {
        query: { ...rangeBounds(range), group_by: groupBy, granularity: 'hour' },
      }),
    refetchInterval,
  });
  const rows = Object.values(
    (q.data?.data ?? []).reduce<Record<string, { group: string; requests: number; tokens: number; cost: number }>>(
      (acc, r) => {
        const g = r.group ?? '(none)';
        acc[g] ??= { group: g, requests: 0, tokens: 0, cost: 0 };
        acc[g].requests += r.requests;
        acc[g].tokens += r.input_tokens + r.output_tokens;
        acc[g].cost += r.cost_usd ?? 0;
        return acc;
      },
      {},
    ),
  ).sort((a, b) => b.cost - a.cost);
  const csv = () =>
    download(
      `lintel-spend-by-${groupBy}.csv`,
      'text/csv',
      [
        'group,requests,tokens,cost_usd',
        ...rows.map((r) => `"${r.group.replace(/"/g, '""')}",${r.requests},${r.tokens},${r.cost}`),
      ].join('\n'),
    );
  return (
    <>
      <div className="page-head">
        <h1>Cost &amp; budgets</h1>
        <TimeControls />
      </div>
      <section className="card" aria-label="Spend">
        <div className="row between">
          <h2>Spend by {groupBy}</h2>
          <div className="row">
            {!developer ? (
              <label>
                Group by{' '}
                <select
                  value={groupBy}
                  onChange={(e) => set({ by: e.target.value === 'model' ? undefined : e.target.value })}
                >
                  {['model', 'key', 'team', 'tenant', 'provider', 'route'].map((g) => (
                    <option key={g}>{g}</option>
                  ))}
                </select>
              </label>
            ) : null}
            <button type="button" onClick={csv} disabled={rows.length === 0}>
              Export CSV
            </button>
          </div>
        </div>
        <QueryView q={q} empty={() => rows.length === 0}>
          {() => (
            <table>
              <thead>
                <tr>
                  <th scope="col">{groupBy}</th>
                  <th scope="col" className="num">
                    Requests
                  </th>
                  <th scope="col" className="num">
                    Tokens
                  </th>
                  <th scope="col" className="num">
                    Cost
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.group}>
                    <td>{r.group}</td>
                    <td className="num">{fmtInt(r.requests)}</td>
                    <td className="num">{fmtTokens(r.tokens)}</td>
                    <td className="num">{fmtUsd(r.cost)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryView>
      </section>
      {can(s, 'manage_keys') ? <Budgets /> : null}
    </>
  );
}
