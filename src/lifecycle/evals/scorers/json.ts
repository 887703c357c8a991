// JSON scorers: the answer parses as JSON; the answer validates against a JSON Schema (ajv, compiled once).
// `allow_fences: true` accepts an answer wrapped in a Markdown ```json fence (chat models often add one).
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { LintelError } from '../../../errors/lintel-error.ts';
import type { Scorer, ScorerSpec } from './types.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** A whole answer wrapped in a Markdown code fence (```json … ```) → its content. */
export function stripFences(s: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(s);
  return m ? m[1] : s;
}

function parse(output: string, fences = false): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(fences ? stripFences(output) : output) };
  } catch (err) {
    return { ok: false, reason: `not JSON: ${(err as Error).message}` };
  }
}

export function jsonValid(spec: ScorerSpec): Scorer {
  const fences = spec.allow_fences === true;
  return {
    name: spec.name ?? 'json_valid',
    needsReference: false,
    score: ({ output }) => {
      const p = parse(output, fences);
      return p.ok ? { score: 1, pass: true } : { score: 0, pass: false, reason: p.reason };
    },
  };
}

export function jsonSchema(spec: ScorerSpec, i: number): Scorer {
  if (!spec.schema || typeof spec.schema !== 'object') {
    throw new LintelError('invalid_request', 'json_schema needs a "schema" object', { param: `scorers.${i}.schema` });
  }
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
  let validate: ReturnType<Ajv['compile']>;
  try {
    validate = ajv.compile(spec.schema as object);
  } catch (err) {
    throw new LintelError('invalid_request', `invalid JSON Schema: ${(err as Error).message}`, {
      param: `scorers.${i}.schema`,
    });
  }
  const fences = spec.allow_fences === true;
  return {
    name: spec.name ?? 'json_schema',
    needsReference: false,
    score: ({ output }) => {
      const p = parse(output, fences);
      if (!p.ok) return { score: 0, pass: false, reason: p.reason };
      const pass = validate(p.value) as boolean;
      return pass
        ? { score: 1, pass }
        : { score: 0, pass, reason: ajv.errorsText(validate.errors, { separator: '; ' }) };
    },
  };
}
