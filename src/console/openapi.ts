// The console's endpoints in the OpenAPI document (/admin/openapi.json).
import { registerOpenApiPath } from '../access/openapi.ts';
import { op } from '../access/admin/openapi-ops.ts';

const obj = { type: 'object' };
const q = (name: string, description: string) => ({ name, description });
const range = [q('from', 'start (epoch ms or ISO 8601; default 24 h before `to`)'), q('to', 'end (default now)')];
let done = false;

export function registerConsoleOpenApi(): void {
  if (done) return;
  done = true;
  const session = (summary: string, status = 200) => ({
    summary,
    tags: ['console'],
    security: [],
    responses: {
      [status]: {
        description: 'the session (role, tenant, csrf_token, expires_at)',
        content: { 'application/json': { schema: obj } },
      },
      401: { description: 'not signed in / invalid key', content: { 'application/json': { schema: obj } } },
    },
  });
  registerOpenApiPath(
    '/console/api/session',
    'post',
    session('Sign in with a Lintel key: sets the HttpOnly session cookie'),
  );
  registerOpenApiPath('/console/api/session', 'get', session('The signed-in session and its CSRF token'));
  registerOpenApiPath(
    '/console/api/session',
    'delete',
    session('Sign out (the session is revoked server-side; needs x-csrf-token)'),
  );
  registerOpenApiPath(
    '/admin/console/overview',
    'get',
    op(
      'Overview: totals, series, top models/keys/tenants, latency percentiles (merged monitoring sketches), guardrail blocks',
      {
        tags: ['console'],
        roles: ['admin', 'auditor', 'developer'],
        ok: { description: 'aggregates from the usage rollups', schema: obj },
        query: range,
      },
    ),
  );
  registerOpenApiPath(
    '/admin/console/routes',
    'get',
    op('Routes, targets and their circuit state', {
      tags: ['console'],
      roles: ['admin', 'operator', 'auditor'],
      ok: { description: '{data, providers, guard_sets}', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/audit/events',
    'get',
    op('Audit events, newest first (tenant-bound callers: their tenant)', {
      tags: ['audit'],
      roles: ['admin', 'auditor'],
      ok: { description: '{data, next_before_seq}', schema: obj },
      query: [
        ...range,
        q('action', 'action prefix, e.g. killswitch.'),
        q('actor', 'actor'),
        q('before_seq', 'page cursor'),
        q('limit', '1–500'),
      ],
    }),
  );
  registerOpenApiPath(
    '/admin/console/evidence',
    'get',
    op('Signed evidence bundle for a period (global callers); verify offline with `lintel audit verify-bundle`', {
      tags: ['audit'],
      roles: ['admin', 'auditor'],
      ok: {
        description:
          '{format: "lintel.evidence-signed/v1", evidence (as `lintel governance export` writes evidence.json), sha256, signature: {alg: "Ed25519", key_id, value}, public_key_pem}',
        schema: obj,
      },
      query: range,
    }),
  );
  registerOpenApiPath(
    '/admin/console/guardrails',
    'get',
    op(
      'Guardrail hits by guard and action (block, redact, flag, log) over time, from the monitoring rollups, with sample requests (spans only, values masked)',
      {
        tags: ['guardrails'],
        roles: ['admin', 'auditor'],
        ok: {
          description:
            '{granularity, total, by_guard: [{guard, action, hits}], series: [{bucket, guard, action, hits}], samples}',
          schema: obj,
        },
        query: range,
      },
    ),
  );
  registerOpenApiPath(
    '/admin/guardrails/scan',
    'post',
    op('Runs text through guard sets and returns the detections', {
      tags: ['guardrails'],
      roles: ['admin', 'operator', 'auditor'],
      ok: { description: '{blocked, flagged, decisions}', schema: obj },
    }),
  );
}
