// JSON Schema validation of `response_format` answers (ajv, compiled schemas cached), plus the
// message for the optional single repair retry the gateway may make.

import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { SyncDetector } from '../../types.ts';

// ajv-formats is CommonJS with a default export; under NodeNext the callable sits on .default.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats)) as AddFormats;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

const MAX_CACHED = 256;
const byObject = new WeakMap<object, ValidateFunction>();
const byText = new Map<string, ValidateFunction>();

function compile(schema: Record<string, unknown>): ValidateFunction {
  let fn = byObject.get(schema);
  if (fn) return fn;
  const key = JSON.stringify(schema);
  fn = byText.get(key);
  if (!fn) {
    fn = ajv.compile(schema);
    if (byText.size >= MAX_CACHED) byText.delete(byText.keys().next().value as string);
    byText.set(key, fn);
  }
  byObject.set(schema, fn);
  return fn;
}

export type JsonValidation = { ok: true; value: unknown } | { ok: false; errors: string[] };

/** Strips a Markdown code fence some models wrap JSON in. */
function unfence(text: string): string {
  const m = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(text);
  return m ? m[1] : text;
}

/**
 * Validates a model answer against a JSON Schema. `errors` are short, path-prefixed messages that
 * never quote the answer's values. Throws only if the schema itself is invalid.
 */
export function validateJsonOutput(
  schema: Record<string, unknown>,
  text: string,
  opts: { allowFences?: boolean } = {},
): JsonValidation {
  let value: unknown;
  try {
    value = JSON.parse(opts.allowFences === false ? text : unfence(text));
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message.replace(/"[^"]*"/g, '…')}`] };
  }
  const validate = compile(schema);
  if (validate(value)) return { ok: true, value };
  const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  return { ok: false, errors: errors.length > 0 ? errors : ['does not match the schema'] };
}

/** The user message for one repair retry: what was wrong, and to answer with JSON only. */
export function repairPrompt(errors: readonly string[]): string {
  return (
    'Your previous answer did not match the required JSON Schema:\n' +
    errors
      .slice(0, 20)
      .map((e) => `- ${e}`)
      .join('\n') +
    '\nReply again with only the corrected JSON, no prose and no code fences.'
  );
}

export interface JsonSchemaOptions {
  /** A fixed schema; otherwise the request's `ctx.responseSchema` is used. */
  schema?: Record<string, unknown>;
  allowFences?: boolean;
}

/** Output detector: one detection over the whole answer when it does not validate. */
export function createJsonSchemaDetector(o: JsonSchemaOptions = {}, id = 'json_schema'): SyncDetector {
  if (o.schema) compile(o.schema); // invalid fixed schemas fail at config load
  return {
    id,
    kind: 'sync',
    streaming: 'final',
    detect({ view, ctx }) {
      const schema = o.schema ?? ctx.responseSchema;
      if (!schema) return [];
      const r = validateJsonOutput(schema, view.raw, { allowFences: o.allowFences });
      return r.ok ? [] : [{ detector: id, type: 'schema_invalid', start: 0, end: view.raw.length, score: 1 }];
    },
  };
}
