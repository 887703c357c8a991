// OpenAPI entries of the admin routes defined outside the access layer (request log, usage, governance).
import { op } from '../access/admin/openapi-ops.ts';
import { registerOpenApiPath } from '../access/openapi.ts';
import { stopBody } from './admin-governance.ts';

const obj = { type: 'object' };
const LOGS = ['admin', 'auditor', 'developer'] as const;
const CONFIG = ['admin', 'operator', 'auditor'] as const;
const OPERATE = ['admin', 'operator'] as const;

let done = false;

export function registerServerOpenApi(): void {
  if (done) return;
  done = true;
  const q = (name: string, description: string) => ({ name, description });
  registerOpenApiPath(
    '/admin/requests',
    'get',
    op('Request records, newest first, cursor-paginated', {
      tags: ['requests'],
      roles: [...LOGS],
      ok: { description: '{data, next_cursor}', schema: obj },
      query: [
        q('tenant', 'tenant (tenant-bound callers: their own)'),
        q('key_id', 'key id (developers: one of their keys; default their own)'),
        q('model', 'model requested or served'),
        q('status', 'exact status (429) or class (5xx)'),
        q('route', 'the route (public model name) that matched'),
        q('guard', 'guardrail outcome: block, redact, flag, log (a decision with that action), any, none'),
        q('tag', 'tags, comma-separated: key=value or key (present); all must match'),
        q('q', 'text search on the request id (substring)'),
        q('from', 'inclusive lower bound (epoch ms or ISO 8601)'),
        q('to', 'exclusive upper bound'),
        q('limit', '1..500, default 50'),
        q('cursor', 'next_cursor of the previous page'),
      ],
    }),
  );
  registerOpenApiPath(
    '/admin/requests/:id',
    'get',
    op('One request record (bodies when recorded)', {
      tags: ['requests'],
      roles: [...LOGS],
      params: ['id'],
      ok: { description: 'the record', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/requests/:id/explain',
    'get',
    op('Why the request went as it did: route, targets considered, circuit states, fallbacks, checks, config version', {
      tags: ['requests'],
      roles: [...LOGS],
      params: ['id'],
      ok: { description: 'the explanation record', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/usage',
    'get',
    op('Usage from hourly/daily rollups', {
      tags: ['requests'],
      roles: ['admin', 'auditor', 'developer'],
      ok: { description: '{data: rows}', schema: obj },
      query: [
        q('group_by', 'model | key | team | tenant | provider | route (developers: key)'),
        q('from', 'start (epoch ms or ISO 8601)'),
        q('to', 'end'),
        q('granularity', 'hour | day'),
        q('tenant', 'tenant filter'),
      ],
    }),
  );
  registerOpenApiPath(
    '/admin/killswitch',
    'get',
    op('Active stops', { tags: ['governance'], roles: [...OPERATE], ok: { description: '{data}', schema: obj } }),
  );
  registerOpenApiPath(
    '/admin/killswitch',
    'post',
    op('Stop a route, model, provider, key or tenant at once (tenant-bound callers: their own tenant and keys)', {
      tags: ['governance'],
      roles: [...OPERATE],
      body: stopBody,
      ok: { status: 201, description: 'the stop', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/killswitch/:scope/:target',
    'delete',
    op('Resume', {
      tags: ['governance'],
      roles: [...OPERATE],
      params: ['scope', 'target'],
      ok: { description: 'resumed', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/config/reload',
    'post',
    op(
      'Re-read the config file and apply it: routes and providers at once, other changes listed as restart_required (global callers)',
      {
        tags: ['governance'],
        roles: [...OPERATE],
        ok: { description: '{version, previous_version, changed, applied, restart_required}', schema: obj },
      },
    ),
  );
  registerOpenApiPath(
    '/admin/config/versions',
    'get',
    op('Stored config versions', {
      tags: ['governance'],
      roles: [...CONFIG],
      ok: { description: '{data}', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/config/versions/:version',
    'get',
    op('One config version (secrets masked); ?diff=OTHER adds a line diff', {
      tags: ['governance'],
      roles: [...CONFIG],
      params: ['version'],
      query: [q('diff', 'version to diff against')],
      ok: { description: 'the version', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/audit/verify',
    'get',
    op('Verify the audit chain, Merkle checkpoints and signatures (global callers)', {
      tags: ['audit'],
      roles: ['admin', 'auditor'],
      ok: { description: 'the report (409 when it fails)', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/audit/checkpoint',
    'post',
    op('Force a signed checkpoint', {
      tags: ['audit'],
      roles: ['admin'],
      ok: { description: 'the checkpoint', schema: obj },
    }),
  );
  registerOpenApiPath('/admin/audit/public-key', 'get', {
    summary: 'The audit signing public key (no authentication)',
    tags: ['audit'],
    responses: { '200': { description: '{keyId, publicKeyPem}' } },
  });
}
