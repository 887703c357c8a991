// OpenAPI entries of the retrieval admin API.
import { op } from '../access/admin/openapi-ops.ts';
import { registerOpenApiPath } from '../access/openapi.ts';
import { createCollectionBody, evalBody, explainBody, ingestBody, rollbackBody } from './schemas.ts';

const obj = { type: 'object' };
const READ = ['admin', 'operator', 'auditor'] as const;
const OPERATE = ['admin', 'operator'] as const;
let done = false;

export function registerRetrievalOpenApi(): void {
  if (done) return;
  done = true;
  const base = '/admin/retrieval/collections';
  const tags = ['retrieval'];
  const tenant = {
    name: 'tenant',
    description: 'global callers: the tenant (default "default"); tenant keys: their own',
  };
  registerOpenApiPath(
    base,
    'get',
    op('List retrieval collections', {
      tags,
      roles: [...READ],
      query: [tenant],
      ok: { description: '{data}', schema: obj },
    }),
  );
  registerOpenApiPath(
    base,
    'post',
    op(
      'Create a collection (BM25 k1/b, chunking, PII redaction, embeddings model, ERM settings, default hybrid fusion)',
      {
        tags,
        roles: [...OPERATE],
        body: createCollectionBody,
        ok: { status: 201, description: 'the collection', schema: obj },
      },
    ),
  );
  registerOpenApiPath(
    `${base}/:name`,
    'get',
    op('One collection with its document count and index versions (lineage)', {
      tags,
      roles: [...READ],
      params: ['name'],
      query: [tenant],
      ok: { description: 'the collection', schema: obj },
    }),
  );
  registerOpenApiPath(
    `${base}/:name`,
    'delete',
    op('Delete a collection with its documents, chunks and key versions', {
      tags,
      roles: [...OPERATE],
      params: ['name'],
      query: [tenant],
      ok: { status: 204, description: 'deleted', schema: obj },
    }),
  );
  registerOpenApiPath(
    `${base}/:name/documents`,
    'get',
    op('Documents of a collection (source, version, content hash, index version)', {
      tags,
      roles: [...READ],
      params: ['name'],
      query: [tenant],
      ok: { description: '{data}', schema: obj },
    }),
  );
  registerOpenApiPath(
    `${base}/:name/ingest`,
    'post',
    op('Start an ingestion run (a durable job): files, URLs, a PostgreSQL query', {
      tags,
      roles: [...OPERATE],
      params: ['name'],
      body: ingestBody,
      ok: { status: 202, description: '{job}', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/retrieval/jobs/:id',
    'get',
    op('An ingestion job: state, progress, result (stats)', {
      tags,
      roles: [...READ],
      params: ['id'],
      ok: { description: 'the job', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/retrieval/jobs/:id/cancel',
    'post',
    op('Cancel an ingestion job', {
      tags,
      roles: [...OPERATE],
      params: ['id'],
      ok: { description: '{cancelled}', schema: obj },
    }),
  );
  registerOpenApiPath(
    `${base}/:name/keys`,
    'get',
    op('ERM key versions (the active one flagged)', {
      tags,
      roles: [...READ],
      params: ['name'],
      query: [tenant],
      ok: { description: '{data}', schema: obj },
    }),
  );
  registerOpenApiPath(
    `${base}/:name/keys/commit`,
    'post',
    op('Commit the ERM memory into a new key version now', {
      tags,
      roles: [...OPERATE],
      params: ['name'],
      query: [tenant],
      ok: { description: '{version}', schema: obj },
    }),
  );
  registerOpenApiPath(
    `${base}/:name/keys/rollback`,
    'post',
    op('Make an earlier (or later) ERM key version active', {
      tags,
      roles: [...OPERATE],
      params: ['name'],
      body: rollbackBody,
      ok: { description: '{from, to}', schema: obj },
    }),
  );
  registerOpenApiPath(
    `${base}/:name/eval`,
    'post',
    op('Evaluate the live search on judged queries: nDCG@10, recall@100, MRR@10 overall and per query', {
      tags,
      roles: [...READ],
      params: ['name'],
      body: evalBody,
      ok: { description: '{metrics, per_query, mode, index_version, key_version}', schema: obj },
    }),
  );
  registerOpenApiPath(
    `${base}/:name/explain`,
    'post',
    op('Why a chunk matches a query: content terms and the learned ERM units', {
      tags,
      roles: [...READ],
      params: ['name'],
      body: explainBody,
      ok: { description: 'explanation', schema: obj },
    }),
  );
}
