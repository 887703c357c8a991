// The policy every access scope carries (models, limits, budget): one set of form fields and one reader for
// keys, teams and tenants, so each edit form sends the same body shape the admin API validates.
import type { Policy } from '../types.ts';

const num = (v: FormDataEntryValue | null) => (String(v ?? '').trim() === '' ? null : Number(v));

export function PolicyFields({ p }: { p?: Policy }) {
  return (
    <>
      <label>
        Models (comma-separated, empty = all)
        <input name="models" defaultValue={(p?.models ?? []).join(', ')} />
      </label>
      <label>
        Budget (USD)
        <input name="budget_usd" type="number" step="0.000001" min="0" defaultValue={p?.budget?.usd ?? ''} />
      </label>
      <label>
        Budget period
        <select name="period" defaultValue={p?.budget?.period ?? 'month'}>
          <option>day</option>
          <option>week</option>
          <option>month</option>
        </select>
      </label>
      <label>
        Budget alerts at (% of budget, comma-separated; empty = 50, 80, 100)
        <input
          name="alert_thresholds"
          inputMode="decimal"
          defaultValue={(p?.budget?.alert_thresholds ?? []).map((t) => Math.round(t * 1000) / 10).join(', ')}
        />
      </label>
      <label>
        Requests per minute
        <input name="rpm" type="number" min="1" defaultValue={p?.limits.rpm ?? ''} />
      </label>
      <label>
        Tokens per minute
        <input name="tpm" type="number" min="1" defaultValue={p?.limits.tpm ?? ''} />
      </label>
      <label>
        Requests in flight
        <input name="concurrency" type="number" min="1" defaultValue={p?.limits.concurrency ?? ''} />
      </label>
    </>
  );
}

/** The admin API body for the fields above: empty means "no limit" / "any model" (null). */
export function readPolicy(f: FormData): Record<string, unknown> {
  const models = String(f.get('models') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const usd = num(f.get('budget_usd'));
  const thresholds = readThresholds(f);
  return {
    models: models.length ? models : null,
    budget: usd
      ? { usd, period: String(f.get('period')), ...(thresholds ? { alert_thresholds: thresholds } : {}) }
      : null,
    limits: { rpm: num(f.get('rpm')), tpm: num(f.get('tpm')), concurrency: num(f.get('concurrency')) },
  };
}

/** Percentages typed by the user as the API's fractions; a non-number goes through as NaN → null for the API to refuse. */
function readThresholds(f: FormData): number[] | null {
  const parts = String(f.get('alert_thresholds') ?? '')
    .split(',')
    .map((s) => s.trim().replace(/%$/, ''))
    .filter(Boolean);
  return parts.length ? parts.map((s) => Number(s) / 100) : null;
}

export function policySummary(p: Policy, fmtUsd: (n: number) => string): string {
  const parts = [
    p.models?.length ? `models ${p.models.join(', ')}` : 'all models',
    p.budget ? `${fmtUsd(p.budget.usd)} / ${p.budget.period}` : 'no budget',
  ];
  if (p.limits.rpm) parts.push(`${p.limits.rpm} rpm`);
  if (p.limits.tpm) parts.push(`${p.limits.tpm} tpm`);
  if (p.limits.concurrency) parts.push(`${p.limits.concurrency} in flight`);
  return parts.join(' · ');
}
