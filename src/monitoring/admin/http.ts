// Shared pieces of monitoring's admin routes: caller checks, zod → coded 400s naming the field, query parsing.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { LintelError } from '../../errors/lintel-error.ts';
import type { AdminActor, AdminCapability } from '../../server/admin-authz.ts';
import type { AreaContext } from '../../server/areas.ts';

/** Monitors, SLOs and alerts are node-wide: tenant-confined callers may not read or change them. */
export async function globalActor(ctx: AreaContext, req: FastifyRequest, c: AdminCapability): Promise<AdminActor> {
  const actor = await ctx.authorize(req, c);
  if (actor.tenant !== null) {
    throw new LintelError('permission_denied', 'Monitors, SLOs and alerts are node-wide; a global role is needed.');
  }
  return actor;
}

export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new LintelError('invalid_request', 'The request body must be a JSON object.');
  }
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path.join('.') || null;
  const msg = issue.code === 'unrecognized_keys' ? `Unknown field: ${field}.` : `${field ?? 'body'}: ${issue.message}`;
  throw new LintelError('invalid_request', msg, { param: field });
}

export function queryOf(req: FastifyRequest): Record<string, string | undefined> {
  const q = req.query as Record<string, unknown>;
  for (const [k, v] of Object.entries(q)) {
    if (Array.isArray(v)) throw new LintelError('invalid_request', `Query parameter ${k} is repeated.`, { param: k });
  }
  return q as Record<string, string | undefined>;
}

export function intParam(
  q: Record<string, string | undefined>,
  name: string,
  dflt: number,
  min: number,
  max: number,
): number {
  const raw = q[name];
  if (raw === undefined) return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new LintelError('invalid_request', `${name} must be an integer from ${min} to ${max}.`, { param: name });
  }
  return n;
}
