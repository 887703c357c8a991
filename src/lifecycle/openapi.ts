// OpenAPI entries of the lifecycle admin routes.
import { op } from '../access/admin/openapi-ops.ts';
import { registerOpenApiPath } from '../access/openapi.ts';
import { createDeploymentSchema } from './deployments/types.ts';
import { uploadSchema } from './evals/dataset.ts';
import { startRunSchema } from './evals/service.ts';
import { policySchema } from './gates/policy.ts';
import {
  cardSchema,
  createModelSchema,
  createVersionSchema,
  setAliasSchema,
  tagsBodySchema,
} from './registry/types.ts';

const obj = { type: 'object' };
const READ = ['admin', 'operator', 'auditor'] as const;
const WRITE = ['admin', 'operator'] as const;
let done = false;

export function registerLifecycleOpenApi(): void {
  if (done) return;
  done = true;
  const r = (
    path: string,
    method: string,
    summary: string,
    o: {
      write?: boolean;
      body?: Parameters<typeof op>[1]['body'];
      params?: string[];
      query?: { name: string; description: string }[];
      status?: number;
      tag: string;
    },
  ) =>
    registerOpenApiPath(
      path,
      method as 'get',
      op(summary, {
        tags: [o.tag],
        roles: [...(o.write ? WRITE : READ)],
        body: o.body,
        params: o.params,
        query: o.query,
        ok: { status: o.status, description: summary, schema: obj },
      }),
    );
  const M = 'model registry';
  r('/admin/models', 'post', 'Register a model', { write: true, body: createModelSchema, status: 201, tag: M });
  r('/admin/models', 'get', 'Registered models', { tag: M });
  r('/admin/models/:name', 'get', 'A model with its versions and aliases', { params: ['name'], tag: M });
  r('/admin/models/:name/policy', 'put', 'Set the promotion policy ({policy} or {policy: null})', {
    write: true,
    body: policySchema,
    params: ['name'],
    tag: M,
  });
  r('/admin/models/:name/versions', 'post', 'Register the next (immutable) version', {
    write: true,
    body: createVersionSchema,
    params: ['name'],
    status: 201,
    tag: M,
  });
  r(
    '/admin/models/:name/versions/:version',
    'get',
    'A version with its card, attached evaluations, aliases and lineage',
    { params: ['name', 'version'], tag: M },
  );
  r('/admin/models/:name/versions/:version/card', 'patch', "Update a version's model card", {
    write: true,
    body: cardSchema.partial(),
    params: ['name', 'version'],
    tag: M,
  });
  r('/admin/models/:name/versions/:version/tags', 'put', "Replace a version's tags", {
    write: true,
    body: tagsBodySchema,
    params: ['name', 'version'],
    tag: M,
  });
  r(
    '/admin/models/:name/aliases/:alias',
    'put',
    'Move an alias (gated when the policy guards it; 409 gate_refused with a report)',
    { write: true, body: setAliasSchema, params: ['name', 'alias'], tag: M },
  );
  r('/admin/models/:name/aliases/:alias', 'delete', 'Delete an alias', {
    write: true,
    params: ['name', 'alias'],
    status: 204,
    tag: M,
  });
  r('/admin/models/:name/aliases/:alias/check', 'post', 'Evaluate the gate for a version without moving the alias', {
    write: true,
    params: ['name', 'alias'],
    tag: M,
  });
  r('/admin/lineage/requests/:id', 'get', 'Lineage of a request: deployment, arm, version, eval runs, datasets', {
    params: ['id'],
    tag: M,
  });
  const E = 'evaluations';
  r('/admin/datasets', 'post', 'Upload a JSONL dataset (versioned by content hash)', {
    write: true,
    body: uploadSchema,
    status: 201,
    tag: E,
  });
  r('/admin/datasets', 'get', 'Dataset versions', { tag: E });
  r('/admin/datasets/:name', 'get', 'A dataset (name or name@hashprefix) with its versions', {
    params: ['name'],
    tag: E,
  });
  r('/admin/evals', 'post', 'Start an evaluation run (a durable job)', {
    write: true,
    body: startRunSchema,
    status: 202,
    tag: E,
  });
  r('/admin/evals', 'get', 'Evaluation runs', {
    query: [
      { name: 'model', description: 'model' },
      { name: 'version', description: 'version' },
    ],
    tag: E,
  });
  r('/admin/evals/compare', 'get', 'Paired comparison of two runs on the same dataset (b − a)', {
    query: [
      { name: 'a', description: 'run id' },
      { name: 'b', description: 'run id' },
    ],
    tag: E,
  });
  r('/admin/evals/:id', 'get', 'A run with progress and cost so far', { params: ['id'], tag: E });
  r('/admin/evals/:id/results', 'get', 'Per-item results', {
    params: ['id'],
    query: [{ name: 'format', description: 'json | csv' }],
    tag: E,
  });
  const D = 'deployments';
  r('/admin/deployments', 'post', 'Start a canary, A/B, shadow or progressive deployment on a registry route', {
    write: true,
    body: createDeploymentSchema,
    status: 201,
    tag: D,
  });
  r('/admin/deployments', 'get', 'Deployments', { query: [{ name: 'route', description: 'route' }], tag: D });
  r('/admin/deployments/:id', 'get', 'Status: per-arm metrics, shadow summary, history', { params: ['id'], tag: D });
  r(
    '/admin/deployments/:id/promote',
    'post',
    "Promote the candidate through the model's promotion gate ({reason?, override_reason?}); 409 gate_refused with the report",
    {
      write: true,
      params: ['id'],
      tag: D,
    },
  );
  r('/admin/deployments/:id/rollback', 'post', 'Roll back to the baseline ({reason})', {
    write: true,
    params: ['id'],
    tag: D,
  });
  r('/admin/deployments/:id/analyze', 'post', 'Run the rollout analysis now', { write: true, params: ['id'], tag: D });
  r('/admin/deployments/:id/shadow', 'get', 'Stored shadow comparisons', { params: ['id'], tag: D });
  for (const [path, where] of [
    ['/v1/predict', 'body {model, inputs}'],
    ['/v1/predict/:model', 'body {inputs}'],
  ] as const) {
    registerOpenApiPath(
      path,
      'post',
      op(
        `Run an ONNX version served by Lintel (model = NAME, NAME@ALIAS or NAME/VERSION); ${where}, inputs = {name: nested array}. Admitted, limited, recorded and counted like every gateway call; OpenAI-format errors`,
        {
          tags: [M],
          roles: ['admin', 'operator', 'auditor', 'developer'],
          params: path.endsWith(':model') ? ['model'] : [],
          ok: { description: '{object: "prediction", model, outputs, latency_ms}', schema: obj },
        },
      ),
    );
  }
}
