// The OpenAPI 3.1 document of /admin/*, kept as data. Each module registers the operations it serves:
//
//   registerOpenApiPath('/admin/requests', 'get', {
//     summary: 'List request records', tags: ['requests'], 'x-lintel-roles': ['admin', 'auditor'],
//     parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
//     responses: { 200: { description: 'Records', content: json({ type: 'array' }) } },
//   });
//
// Fastify-style paths (`/admin/keys/:id`) are converted to OpenAPI's (`/admin/keys/{id}`). Served at
// GET /admin/openapi.json by the access layer.
import { z } from 'zod';

export type OpenApiOperation = Record<string, unknown> & {
  summary: string;
  responses: Record<string, unknown>;
};

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

const paths = new Map<string, Map<Method, OpenApiOperation>>();
const schemas = new Map<string, unknown>();

export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

/** Adds or replaces one operation. */
export function registerOpenApiPath(path: string, method: Method | Uppercase<Method>, op: OpenApiOperation): void {
  const p = toOpenApiPath(path);
  let ops = paths.get(p);
  if (!ops) {
    ops = new Map();
    paths.set(p, ops);
  }
  ops.set(method.toLowerCase() as Method, op);
}

/** Adds a named schema under components.schemas (referenced as `#/components/schemas/<name>`). */
export function registerOpenApiSchema(name: string, schema: unknown): void {
  schemas.set(name, schema);
}

/** A JSON Schema from a zod schema, without the `$schema` line (OpenAPI 3.1 uses JSON Schema 2020-12). */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

export function jsonContent(schema: unknown): Record<string, unknown> {
  return { 'application/json': { schema } };
}

export function ref(name: string): { $ref: string } {
  return { $ref: `#/components/schemas/${name}` };
}

export function openApiDocument(): Record<string, unknown> {
  const outPaths: Record<string, Record<string, unknown>> = {};
  for (const p of [...paths.keys()].sort()) outPaths[p] = Object.fromEntries(paths.get(p) ?? []);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lintel admin API',
      version: '0.1.0',
      description:
        'Administration of Lintel: tenants, teams, keys, provider credentials and (from other modules) request ' +
        'logs, usage and audit. Authenticate with `Authorization: Bearer <master key or Lintel key>`. Errors use ' +
        'OpenAI\'s shape: `{"error":{"message","type","param","code"}}`; a 400 names the field in `param`.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths: outPaths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: Object.fromEntries([...schemas.entries()].sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}
