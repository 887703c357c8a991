// Checks a predict request against the model's input signature; every refusal names the input.
import type ort from 'onnxruntime-node';
import { LintelError } from '../../errors/lintel-error.ts';
import type { BatchRequest } from './batcher.ts';

const bad = (msg: string, param: string) => new LintelError('invalid_request', msg, { param });

/** Shape of a nested array (rectangular) and its flat values; null when ragged or not numbers. */
function flatten(v: unknown): { shape: number[]; data: number[] } | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { shape: [], data: [v] } : null;
  if (!Array.isArray(v) || v.length === 0) return null;
  const parts = v.map(flatten);
  if (parts.some((p) => p === null)) return null;
  const inner = (parts[0] as { shape: number[] }).shape;
  if (parts.some((p) => p?.shape.join(',') !== inner.join(','))) return null;
  return { shape: [v.length, ...inner], data: parts.flatMap((p) => (p as { data: number[] }).data) };
}

export function validateInputs(session: ort.InferenceSession, body: unknown): BatchRequest {
  const inputs = (body as { inputs?: unknown } | null)?.inputs;
  if (!inputs || typeof inputs !== 'object' || Array.isArray(inputs)) {
    throw bad('The body needs "inputs": an object of input name → nested array.', 'inputs');
  }
  const given = inputs as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (!session.inputNames.includes(name)) {
      throw bad(`Unknown input "${name}" (the model takes ${session.inputNames.join(', ')}).`, `inputs.${name}`);
    }
  }
  const out: BatchRequest = { inputs: {}, rows: 0 };
  for (const meta of session.inputMetadata) {
    const param = `inputs.${meta.name}`;
    if (!(meta.name in given)) throw bad(`Missing input "${meta.name}".`, param);
    if (!meta.isTensor || meta.type !== 'float32') {
      throw bad(
        `Input "${meta.name}" has type ${meta.isTensor ? meta.type : 'non-tensor'}; only float32 inputs are served.`,
        param,
      );
    }
    const flat = flatten(given[meta.name]);
    if (!flat) throw bad(`Input "${meta.name}" must be a rectangular nested array of numbers.`, param);
    const want = meta.shape;
    const ok = flat.shape.length === want.length && want.every((d, i) => typeof d !== 'number' || d === flat.shape[i]);
    if (!ok) {
      throw bad(
        `Input "${meta.name}" has shape [${flat.shape.join(', ')}]; the model expects [${want.join(', ')}].`,
        param,
      );
    }
    if (typeof want[0] === 'number') {
      throw bad(`Input "${meta.name}" has a fixed first dimension; only batchable inputs ([N, …]) are served.`, param);
    }
    if (out.rows && out.rows !== flat.shape[0]) throw bad('All inputs need the same number of rows.', param);
    out.rows = flat.shape[0];
    out.inputs[meta.name] = { data: Float32Array.from(flat.data), shape: flat.shape };
  }
  return out;
}
