// Per-tenant retention policy: how long request bodies and request records are kept, with a floor that
// refuses shorter retention (EU AI Act Art. 19/26 ask for logs kept at least six months).

export interface RetentionPolicy {
  tenant: string;
  /** Days bodies are kept (default 30). */
  bodiesDays?: number;
  /** Days request records are kept (default 180). */
  recordsDays?: number;
}

export interface RetentionDays {
  bodiesDays: number;
  recordsDays: number;
}

export const DEFAULT_RETENTION: RetentionDays = { bodiesDays: 30, recordsDays: 180 };
/** The shortest retention accepted unless configured otherwise. */
export const DEFAULT_RETENTION_FLOOR: RetentionDays = { bodiesDays: 1, recordsDays: 180 };

export class RetentionPolicyError extends Error {}

export interface ResolvedRetention {
  /** Applies to every tenant without its own policy (and to records without a tenant). */
  defaults: RetentionDays;
  tenants: Map<string, RetentionDays>;
  floor: RetentionDays;
}

export interface ResolveOptions {
  defaults?: Partial<RetentionDays>;
  floor?: Partial<RetentionDays>;
}

function check(days: RetentionDays, floor: RetentionDays, who: string): RetentionDays {
  for (const kind of ['bodiesDays', 'recordsDays'] as const) {
    const v = days[kind];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw new RetentionPolicyError(`${who}: ${kind} must be a positive number of days`);
    }
    if (v < floor[kind]) {
      throw new RetentionPolicyError(`${who}: ${kind} ${v} is below the retention floor of ${floor[kind]} days`);
    }
  }
  // Bodies belong to records: keeping them longer than their record would leave orphans nobody deletes.
  if (days.bodiesDays > days.recordsDays) {
    throw new RetentionPolicyError(`${who}: bodiesDays ${days.bodiesDays} exceeds recordsDays ${days.recordsDays}`);
  }
  return days;
}

/** Validates policies against the floor; throws RetentionPolicyError naming the offending tenant. */
export function resolveRetention(policies: RetentionPolicy[] = [], opts: ResolveOptions = {}): ResolvedRetention {
  const floor = { ...DEFAULT_RETENTION_FLOOR, ...opts.floor };
  for (const kind of ['bodiesDays', 'recordsDays'] as const) {
    if (!Number.isFinite(floor[kind]) || floor[kind] < 0) throw new RetentionPolicyError(`floor ${kind} must be ≥ 0`);
  }
  const defaults = check({ ...DEFAULT_RETENTION, ...opts.defaults }, floor, 'default policy');
  const tenants = new Map<string, RetentionDays>();
  for (const p of policies) {
    if (typeof p.tenant !== 'string' || p.tenant === '') throw new RetentionPolicyError('policy without a tenant');
    if (tenants.has(p.tenant)) throw new RetentionPolicyError(`tenant ${p.tenant}: more than one policy`);
    tenants.set(
      p.tenant,
      check(
        { bodiesDays: p.bodiesDays ?? defaults.bodiesDays, recordsDays: p.recordsDays ?? defaults.recordsDays },
        floor,
        `tenant ${p.tenant}`,
      ),
    );
  }
  return { defaults, tenants, floor };
}
