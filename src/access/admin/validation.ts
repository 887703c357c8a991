// Admin API bodies: strict schemas (unknown fields are errors) and one 400 per problem naming the field.
import { z } from 'zod';
import { LintelError } from '../../errors/lintel-error.ts';
import { BUDGET_PERIODS, ROLES } from '../types.ts';

/** Sensible ceilings: larger numbers are typos or probes, and would overflow counters downstream. */
const MAX_LIMIT = 1_000_000_000;
const MAX_BUDGET_USD = 1_000_000_000;

const posInt = (what: string) =>
  z
    .number({ message: `must be a positive integer (${what}) or null` })
    .int({ message: `must be a positive integer (${what}) or null` })
    .positive({ message: `must be a positive integer (${what}) or null` })
    .max(MAX_LIMIT, { message: `must be at most ${MAX_LIMIT} (${what}); use null for no limit` })
    .nullable();

export const limitsInput = z
  .object({
    rpm: posInt('requests per minute').optional(),
    tpm: posInt('tokens per minute').optional(),
    concurrency: posInt('requests in flight').optional(),
  })
  .strict();

const THRESHOLD = 'must be a share of the budget above 0 and at most 1 (0.8 = 80 %)';
const MAX_THRESHOLDS = 10;

/** Shares of a budget that alert, e.g. [0.5, 0.8, 1]: ascending and distinct, so each alerts once per period. */
const alertThresholdsInput = z
  .array(z.number({ message: THRESHOLD }).gt(0, { message: THRESHOLD }).lte(1, { message: THRESHOLD }), {
    message: 'must be a list of shares of the budget, e.g. [0.5, 0.8, 1]',
  })
  .min(1, { message: 'must hold at least one threshold (omit the field for the default 0.5, 0.8, 1)' })
  .max(MAX_THRESHOLDS, { message: `must hold at most ${MAX_THRESHOLDS} thresholds` })
  .refine((t) => t.every((x, i) => i === 0 || x > t[i - 1]), { message: 'must be ascending without repeats' });

export const budgetInput = z
  .object({
    usd: z
      .number({ message: 'must be a positive number of US dollars' })
      .positive({ message: 'must be a positive number of US dollars' })
      .max(MAX_BUDGET_USD, { message: `must be at most ${MAX_BUDGET_USD} US dollars` }),
    period: z.enum(BUDGET_PERIODS, { message: `must be one of ${BUDGET_PERIODS.join(', ')}` }),
    alert_thresholds: alertThresholdsInput.optional(),
  })
  .strict();

export const nameInput = z
  .string({ message: 'must be a string' })
  .min(1, { message: 'must not be empty' })
  .max(64, { message: 'must be at most 64 characters' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { message: 'use letters, digits, _ . - (starting with a letter or digit)' });

const keyName = z
  .string({ message: 'must be a string' })
  .min(1, { message: 'must not be empty' })
  .max(200, { message: 'must be at most 200 characters' })
  .regex(/^[^\u0000-\u001f\u007f]+$/, { message: 'must not contain control characters' });

const modelsInput = z
  .array(z.string({ message: 'must be a model name or glob' }).min(1).max(200), {
    message: 'must be a list of model names or globs, or null for any',
  })
  .max(200)
  .nullable();

const metadataInput = z
  .record(z.string().max(64), z.string({ message: 'values must be strings' }).max(1024), {
    message: 'must be an object of string values',
  })
  .refine((m) => Object.keys(m).length <= 50, { message: 'at most 50 entries' });

const expiresInput = z
  .string({ message: 'must be an ISO 8601 date-time or null' })
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time such as 2030-01-31T00:00:00Z' })
  .nullable();

const roleInput = z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` });

export const createTenantInput = z
  .object({
    name: nameInput,
    models: modelsInput.optional(),
    limits: limitsInput.optional(),
    budget: budgetInput.nullable().optional(),
    end_user: z
      .object({ limits: limitsInput.optional(), budget: budgetInput.nullable().optional() })
      .strict()
      .optional(),
    metadata: metadataInput.optional(),
  })
  .strict();
export const updateTenantInput = createTenantInput.omit({ name: true });

export const createTeamInput = z
  .object({
    name: nameInput,
    models: modelsInput.optional(),
    limits: limitsInput.optional(),
    budget: budgetInput.nullable().optional(),
    metadata: metadataInput.optional(),
  })
  .strict();
export const updateTeamInput = createTeamInput.omit({ name: true });

export const createKeyInput = z
  .object({
    name: keyName,
    tenant: nameInput.nullable().optional(),
    team: nameInput.nullable().optional(),
    role: roleInput.optional(),
    models: modelsInput.optional(),
    limits: limitsInput.optional(),
    budget: budgetInput.nullable().optional(),
    metadata: metadataInput.optional(),
    expires_at: expiresInput.optional(),
  })
  .strict();
export const updateKeyInput = createKeyInput.omit({ tenant: true }).partial();

export const rotateKeyInput = z
  .object({
    overlap_seconds: z
      .number({ message: 'must be a number of seconds from 0 to 2592000 (30 days)' })
      .int({ message: 'must be a whole number of seconds' })
      .min(0, { message: 'must not be negative' })
      .max(2_592_000, { message: 'must be at most 2592000 (30 days)' })
      .optional(),
  })
  .strict();

export const createCredentialInput = z
  .object({
    name: nameInput,
    provider: nameInput,
    api_key: z.string({ message: 'must be a string' }).min(1, { message: 'must not be empty' }).max(4096),
    tenant: nameInput.nullable().optional(),
  })
  .strict();

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v = input;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function pathText(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Parses `body` or throws a 400 whose message and `param` name the first offending field. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const input = body === undefined || body === null ? {} : body;
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new LintelError('invalid_request', 'The request body must be a JSON object.');
  }
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const field = pathText([...issue.path, issue.keys[0]]);
    throw new LintelError('invalid_request', `${field}: unknown field`, { param: field });
  }
  const field = pathText(issue.path) || '(body)';
  const message =
    issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined ? 'is required' : issue.message;
  throw new LintelError('invalid_request', `${field}: ${message}`, { param: field });
}

export function badField(field: string, message: string): LintelError {
  return new LintelError('invalid_request', `${field}: ${message}`, { param: field });
}

/** A name already taken: 409 `conflict`, as the registry answers (the body was valid, the state refuses it). */
export function takenField(field: string, message: string): LintelError {
  return new LintelError('conflict', `${field}: ${message}`, { param: field });
}
