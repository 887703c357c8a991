// Feedback and judge scores: resolve the request (recent in-memory first, then the request log), check the
// caller may see it (another tenant's request is "not found", never "forbidden"), store idempotently and roll
// the score into the current window of the request's dimensions.
import { LintelError } from '../../errors/lintel-error.ts';
import type { Database } from '../../storage/database.ts';
import type { Clock } from '../clock.ts';
import type { SignalCollector } from '../signals/collector.ts';
import type { Dimensions } from '../signals/features.ts';
import type { NormalisedFeedback } from './schema.ts';
import { type FeedbackRow, type FeedbackStore, sameValues } from './store.ts';

export interface Caller {
  tenant: string | null;
  global: boolean;
}

export class FeedbackService {
  constructor(
    private readonly database: Database,
    private readonly store: FeedbackStore,
    private readonly collector: SignalCollector,
    private readonly clock: Clock,
  ) {}

  /** The request's tenant and dimensions, or null when no such request is known. */
  async lookup(requestId: string): Promise<{ tenant: string | null; dims: Dimensions } | null> {
    const recent = this.collector.recentRequest(requestId);
    if (recent) return recent;
    const r = await this.database.db
      .selectFrom('requests')
      .select(['tenant', 'route', 'model_served', 'model_requested', 'attempts', 'tags'])
      .where('id', '=', requestId)
      .executeTakeFirst();
    if (!r) return null;
    const attempts = JSON.parse(r.attempts as string) as { target: string }[];
    const tags = JSON.parse(r.tags as string) as Record<string, string>;
    return {
      tenant: r.tenant as string | null,
      dims: {
        route: (r.route as string | null) ?? '',
        model: ((r.model_served ?? r.model_requested) as string | null) ?? '',
        arm: tags.arm ?? attempts[attempts.length - 1]?.target ?? '',
        tenant: (r.tenant as string | null) ?? '',
      },
    };
  }

  /** Stores feedback; `created` false for a replay or an update of the same (request, name, source). */
  async submit(
    caller: Caller,
    f: NormalisedFeedback,
  ): Promise<{ row: FeedbackRow; created: boolean; replayed: boolean }> {
    const req = await this.lookup(f.requestId);
    if (!req || (!caller.global && caller.tenant !== req.tenant)) {
      throw new LintelError('not_found', `No request with id "${f.requestId}".`, { param: 'request_id' });
    }
    return this.record(req, f);
  }

  /** Stores a score for a known request (online evaluation, request-time tags). */
  async record(
    req: { tenant: string | null; dims: Dimensions },
    f: NormalisedFeedback,
  ): Promise<{ row: FeedbackRow; created: boolean; replayed: boolean }> {
    const now = this.clock.now();
    const prev = await this.store.get(f.requestId, f.name, f.source);
    if (prev && sameValues(prev, f)) return { row: prev, created: false, replayed: true };
    const row: FeedbackRow = {
      ...f,
      tenant: req.tenant ?? '',
      dims: req.dims,
      createdAt: prev?.createdAt ?? now,
      updatedAt: now,
    };
    await this.store.upsert(row);
    if (prev) this.rollup(prev, -1);
    this.rollup(row, 1);
    return { row, created: prev === null, replayed: false };
  }

  private rollup(f: FeedbackRow, weight: number): void {
    if (f.value !== null) this.collector.score(f.dims, f.name, f.value, weight);
    if (f.label !== null) this.collector.label(f.dims, f.name, f.label, weight);
  }
}
