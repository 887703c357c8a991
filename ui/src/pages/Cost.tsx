// Cost & budgets: spend by tenant, team, key, model or provider (from the usage rollups), budget burn-down per
// tenant, team and key with the alert thresholds the server applies, and CSV export of the table shown.
import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { download, TimeControls, useTimeControls } from '../components/controls.tsx';
import { QueryView } from '../components/states.tsx';
import { fmtInt, fmtPct, fmtTokens, fmtUsd, rangeBounds } from '../format.ts';
import { useParams } from '../route.ts';
import { can } from '../session.ts';
import type { Budget, KeyView, Spend, TeamView, TenantView, UsageRow } from '../types.ts';

/** One budget line: a key, a team or a tenant, with the alert thresholds the server applies. */
interface BurnLine {
  id: string;
  label: string;
  name: string;
  budget: Budget;
  spend?: Spend;
}

const pcts = (marks: number[]) => marks.map((t) => fmtPct(t)).join(', ');

/** `ownMarks`: say this budget's thresholds on its line (they differ from the other budgets'). */
function Burn({ l, ownMarks }: { l: BurnLine; ownMarks: boolean }) {
  const spent = l.spend?.spent_usd ?? 0;
  const share = l.budget.usd > 0 ? spent / l.budget.usd : 0;
  // Each budget's own thresholds (default 50/80/100 %): the bar turns at the first and the last below 100 %.
  const marks = l.spend?.alert_thresholds ?? [];
  const below = marks.filter((t) => t < 1);
  const low = below[0] ?? 1;
  const high = below[below.length - 1] ?? 1;
  const level = share >= 1 ? 'over' : share >= high ? 'high' : share >= low ? 'mid' : 'low';
  return (
    <div className="burn" data-testid={`burn-${l.id}`}>
      <div className="row between">
        <span>
          {l.label} <code>{l.name}</code>
        </span>
        <span>
          {fmtUsd(spent)} of {fmtUsd(l.budget.usd)} per {l.budget.period} ({fmtPct(share)})
          {ownMarks && marks.length ? <span className="muted"> · alerts at {pcts(marks)}</span> : null}
        </span>
      </div>
      <div
        className={`bar ${level}`}
        role="meter"
        aria-valuemin={0}
        aria-valuemax={l.budget.usd}
        aria-valuenow={spent}
        aria-label={`Budget used by ${l.label} ${l.name}`}
      >
        <meter min={0} max={1} value={Math.min(1, share)} low={low} high={high} optimum={0} aria-hidden="true" />
        {marks.map((t) => (
          <span
            key={t}
            className="tick"
            data-t={t}
            // Set through the CSSOM (allowed by the CSP, unlike a style attribute in HTML).
            style={{ left: `min(${t * 100}%, 100% - 2px)` }}
            title={`alert at ${fmtPct(t)}`}
            aria-hidden="true"
          />
        ))}
      </div>
    </div>
  );
}

function Budgets({ scopes }: { scopes: boolean }) {
  // The lists refresh like the spends: a budget set elsewhere shows up without a reload.
  const keys = useQuery({
    queryKey: ['keys'],
    queryFn: () => api<{ data: KeyView[] }>('/admin/keys'),
    refetchInterval: 5000,
  });
  // Tenants and teams are read by admins (the API refuses others); a tenant admin gets its own tenant.
  const tenants = useQuery({
    queryKey: ['tenants'],
    enabled: scopes,
    queryFn: () => api<{ data: TenantView[] }>('/admin/tenants'),
    refetchInterval: 5000,
  });
  const teams = useQueries({
    queries: (tenants.data?.data ?? []).map((t) => ({
      queryKey: ['teams', t.name],
      queryFn: () => api<{ data: TeamView[] }>(`/admin/tenants/${encodeURIComponent(t.name)}/teams`),
      refetchInterval: 5000,
    })),
  });
  const wanted = [
    ...(tenants.data?.data ?? [])
      .filter((t) => t.budget)
      .map((t) => ({ id: `tenant-${t.name}`, path: `/admin/tenants/${encodeURIComponent(t.name)}` })),
    ...teams
      .flatMap((q) => q.data?.data ?? [])
      .filter((t) => t.budget)
      .map((t) => ({
        id: `team-${t.tenant}-${t.name}`,
        path: `/admin/tenants/${encodeURIComponent(t.tenant)}/teams/${encodeURIComponent(t.name)}`,
      })),
    ...(keys.data?.data ?? [])
      .filter((k) => k.budget && k.status === 'active')
      .map((k) => ({ id: k.id, path: `/admin/keys/${k.id}` })),
  ];
  const details = useQueries({
    queries: wanted.map((w) => ({
      queryKey: ['spend', w.path],
      queryFn: () => api<KeyView & TeamView & TenantView>(w.path),
      refetchInterval: 5000,
    })),
  });
  const lines: BurnLine[] = details.flatMap((d, i) => {
    const v = d.data;
    if (!v?.budget) return [];
    const id = wanted[i].id;
    if (id.startsWith('tenant-')) return [{ id, label: 'Tenant', name: v.name, budget: v.budget, spend: v.spend }];
    if (id.startsWith('team-'))
      return [{ id, label: 'Team', name: `${v.tenant}/${v.name}`, budget: v.budget, spend: v.spend }];
    return [{ id, label: v.name, name: v.id, budget: v.budget, spend: v.spend }];
  });
  // Budgets may set their own thresholds: one sentence when they all alert alike, else each line says its own.
  const sets = new Set(lines.flatMap((l) => (l.spend ? [l.spend.alert_thresholds.join(',')] : [])));
  const shared = sets.size === 1 ? lines.find((l) => l.spend)?.spend?.alert_thresholds : undefined;
  return (
    <section className="card" aria-label="Budget burn-down">
      <h2>Budget burn-down</h2>
      {shared ? <p className="muted">Alerts at {pcts(shared)} of each budget.</p> : null}
      {wanted.length === 0 ? (
        <p className="muted">No tenant, team or key has a budget. Set one on the Access page.</p>
      ) : null}
      {lines.map((l) => (
        <Burn key={l.id} l={l} ownMarks={!shared} />
      ))}
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
      {can(s, 'manage_keys') ? <Budgets scopes={can(s, 'admin')} /> : null}
    </>
  );
}
