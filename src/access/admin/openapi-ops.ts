// Shared pieces of the access layer's OpenAPI operations.
import type { z } from 'zod';
import { jsonContent, jsonSchemaOf, type OpenApiOperation, ref, registerOpenApiSchema } from '../openapi.ts';
import type { Role } from '../types.ts';

registerOpenApiSchema('Error', {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        message: { type: 'string' },
        type: { type: 'string' },
        param: { type: ['string', 'null'], description: 'The offending field for 400s' },
        code: { type: 'string' },
      },
      required: ['message', 'type', 'code'],
    },
  },
});

const ERRORS = {
  400: { description: 'Invalid input; `error.param` names the field', content: jsonContent(ref('Error')) },
  401: { description: 'Missing, unknown, revoked or expired key', content: jsonContent(ref('Error')) },
  403: { description: 'The role or tenant of the calling key does not allow this', content: jsonContent(ref('Error')) },
  404: { description: 'Not found', content: jsonContent(ref('Error')) },
};

export function op(
  summary: string,
  opts: {
    tags: string[];
    roles: Role[];
    body?: z.ZodType;
    ok: { status?: number; description: string; schema: unknown };
    params?: string[];
    query?: { name: string; description: string }[];
  },
): OpenApiOperation {
  return {
    summary,
    tags: opts.tags,
    'x-lintel-roles': opts.roles,
    parameters: [
      ...(opts.params ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(opts.query ?? []).map((q) => ({
        name: q.name,
        in: 'query',
        description: q.description,
        schema: { type: 'string' },
      })),
    ],
    ...(opts.body ? { requestBody: { required: true, content: jsonContent(jsonSchemaOf(opts.body)) } } : {}),
    responses: {
      [opts.ok.status ?? 200]: { description: opts.ok.description, content: jsonContent(opts.ok.schema) },
      ...ERRORS,
    },
  };
}

const limits = {
  type: 'object',
  properties: {
    rpm: { type: ['integer', 'null'] },
    tpm: { type: ['integer', 'null'] },
    concurrency: { type: ['integer', 'null'] },
  },
};
const budget = {
  type: ['object', 'null'],
  properties: {
    usd: { type: 'number' },
    period: { enum: ['day', 'week', 'month', 'total'] },
    alert_thresholds: {
      type: 'array',
      items: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
      minItems: 1,
      maxItems: 10,
      description: 'Shares of usd that send a budget alert, ascending and distinct (default [0.5, 0.8, 1])',
    },
  },
};
const strings = { type: 'object', additionalProperties: { type: 'string' } };
const models = { type: ['array', 'null'], items: { type: 'string' } };
const date = { type: ['string', 'null'], format: 'date-time' };
/** The current period's spend (GET of one key, team or tenant, when it has a budget). */
const spend = (what: string) => ({
  type: 'object',
  description: `GET of one ${what} only, when it has a budget`,
  properties: {
    period_id: { type: 'string' },
    spent_usd: { type: 'number' },
    reserved_usd: { type: 'number' },
    alert_thresholds: { type: 'array', items: { type: 'number' }, description: 'Shares of the budget that alert' },
  },
});

registerOpenApiSchema('Tenant', {
  type: 'object',
  properties: {
    name: { type: 'string' },
    models,
    limits,
    budget,
    end_user: { type: 'object', properties: { limits, budget } },
    metadata: strings,
    created_at: date,
    updated_at: date,
    spend: spend('tenant'),
  },
});
registerOpenApiSchema('Team', {
  type: 'object',
  properties: {
    tenant: { type: 'string' },
    name: { type: 'string' },
    models,
    limits,
    budget,
    metadata: strings,
    created_at: date,
    updated_at: date,
    spend: spend('team'),
  },
});
registerOpenApiSchema('Key', {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    prefix: { type: 'string', description: 'The first characters of the key, for recognising it' },
    tenant: { type: ['string', 'null'] },
    team: { type: ['string', 'null'] },
    role: { enum: ['admin', 'operator', 'auditor', 'developer'] },
    owner_key_id: { type: ['string', 'null'] },
    models,
    limits,
    budget,
    metadata: strings,
    status: { enum: ['active', 'revoked', 'expired'] },
    expires_at: date,
    revoked_at: date,
    previous_key_valid_until: { ...date, description: 'After a rotation: until when the previous secret works' },
    created_at: date,
    updated_at: date,
    spend: spend('key'),
  },
});
registerOpenApiSchema('KeyWithSecret', {
  allOf: [
    ref('Key'),
    {
      type: 'object',
      properties: { key: { type: 'string', description: 'The secret (lk-…). Shown once; store it now.' } },
    },
  ],
});
registerOpenApiSchema('Credential', {
  type: 'object',
  description: 'A provider credential; the secret itself is never returned.',
  properties: {
    id: { type: 'string' },
    tenant: { type: ['string', 'null'] },
    name: { type: 'string' },
    provider: { type: 'string' },
    created_at: date,
    updated_at: date,
  },
});
