// Builds a value that satisfies a JSON Schema well enough for tool arguments and structured output:
// string → "example", number/integer → 1, boolean → true, enum → first value, objects recursively.

type Schema = Record<string, unknown>;

const MAX_DEPTH = 8;

const STRING_FORMATS: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  email: 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  uuid: '00000000-0000-4000-8000-000000000000',
  ipv4: '127.0.0.1',
};

export function exampleFromSchema(schema: unknown): unknown {
  return build(schema, isObject(schema) ? schema : {}, 0);
}

function isObject(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function resolveRef(ref: string, root: Schema): unknown {
  if (!ref.startsWith('#/')) return {};
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    if (!isObject(node)) return {};
    node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function build(schema: unknown, root: Schema, depth: number): unknown {
  if (!isObject(schema) || depth > MAX_DEPTH) return null;
  if (typeof schema.$ref === 'string') return build(resolveRef(schema.$ref, root), root, depth + 1);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) {
      const nonNull = options.find((o) => !(isObject(o) && o.type === 'null')) ?? options[0];
      return build(nonNull, root, depth + 1);
    }
  }
  let type = schema.type;
  if (Array.isArray(type)) type = type.find((t) => t !== 'null') ?? type[0];
  if (type === undefined) type = isObject(schema.properties) ? 'object' : schema.items ? 'array' : 'string';
  switch (type) {
    case 'object':
      return buildObject(schema, root, depth);
    case 'array': {
      const min = typeof schema.minItems === 'number' ? Math.max(1, schema.minItems) : 1;
      return Array.from({ length: min }, () => build(schema.items ?? {}, root, depth + 1));
    }
    case 'string':
      return typeof schema.format === 'string' && STRING_FORMATS[schema.format]
        ? STRING_FORMATS[schema.format]
        : 'example';
    case 'number':
    case 'integer':
      return clampNumber(schema);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return null;
  }
}

function buildObject(schema: Schema, root: Schema, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props = isObject(schema.properties) ? schema.properties : {};
  // Every declared property is filled, which covers `required` (and strict mode, where all are required).
  for (const [name, sub] of Object.entries(props)) out[name] = build(sub, root, depth + 1);
  if (Array.isArray(schema.required)) {
    for (const name of schema.required) if (typeof name === 'string' && !(name in out)) out[name] = 'example';
  }
  return out;
}

function clampNumber(schema: Schema): number {
  let n = 1;
  if (typeof schema.minimum === 'number' && n < schema.minimum) n = schema.minimum;
  if (typeof schema.exclusiveMinimum === 'number' && n <= schema.exclusiveMinimum) n = schema.exclusiveMinimum + 1;
  if (typeof schema.maximum === 'number' && n > schema.maximum) n = schema.maximum;
  if (typeof schema.exclusiveMaximum === 'number' && n >= schema.exclusiveMaximum) n = schema.exclusiveMaximum - 1;
  return schema.type === 'integer' ? Math.ceil(n) : n;
}
