// Small pieces shared by the lifecycle modules: input validation in the admin error format, the audit seam, ids.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { LintelError } from '../errors/lintel-error.ts';
import type { AreaContext } from '../server/areas.ts';

export type Audit = AreaContext['audit'];

/** Parses with a zod schema; the first issue becomes a 400 naming the field (`error.param`). */
export function zodToLintel<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue.path.join('.');
  throw new LintelError('invalid_request', path ? `${path}: ${issue.message}` : issue.message, {
    param: path || null,
  });
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}

/** Percentile of a sorted copy (nearest rank); null on an empty list. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
