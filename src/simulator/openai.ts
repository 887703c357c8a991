// OpenAI wire format: /v1/chat/completions (JSON and SSE), /v1/embeddings, /v1/models.

import { openaiErrorBody } from './errors.ts';
import {
  answerSource,
  applyLimits,
  approxTokens,
  echoPrefix,
  fragmentText,
  type Generated,
  replyPieces,
  stopList,
} from './generate.ts';
import {
  contentChars,
  contentText,
  FINGERPRINT,
  type Frame,
  type GenContext,
  intField,
  isObject,
  type JsonObject,
  jsonPlan,
  type Plan,
} from './plan.ts';
import { createRng, hashString, randomId } from './random.ts';
import { exampleFromSchema } from './schema-example.ts';

export const OPENAI_MODELS = ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1-mini', 'text-embedding-3-small'];
const MAX_N = 128;
const DEFAULT_DIMENSIONS = 16;
const MAX_DIMENSIONS = 8192;

function badRequest(message: string, param: string | null = null, code: string | null = null): Plan {
  return { kind: 'json', status: 400, body: openaiErrorBody(400, message, { param, code }) };
}

interface ToolPick {
  name: string;
  parameters: unknown;
}

type Output = { kind: 'text'; gen: Generated } | { kind: 'tool'; tool: ToolPick; gen: Generated };

export function openaiChat(raw: unknown, ctx: GenContext): Plan {
  if (!isObject(raw)) return badRequest('The request body must be a JSON object.');
  const body = raw;
  if (typeof body.model !== 'string' || !body.model) return badRequest('you must provide a model parameter');
  const messages = body.messages;
  if (!Array.isArray(messages)) {
    return badRequest("Missing required parameter: 'messages'.", 'messages', 'missing_required_parameter');
  }
  if (messages.length === 0) {
    return badRequest(
      "Invalid 'messages': empty array. Expected an array with minimum length 1.",
      'messages',
      'empty_array',
    );
  }
  const n = intField(body, 'n') ?? 1;
  if (!(n >= 1 && n <= MAX_N))
    return badRequest(`Invalid 'n': expected an integer from 1 to ${MAX_N}.`, 'n', 'invalid_value');
  const maxKey = body.max_completion_tokens !== undefined ? 'max_completion_tokens' : 'max_tokens';
  const maxTokens = intField(body, maxKey);
  if (maxTokens !== undefined && !(maxTokens >= 1)) {
    return badRequest(`Invalid '${maxKey}': expected an integer of at least 1.`, maxKey, 'invalid_value');
  }

  const output = decideOutput(body, messages, ctx, maxTokens);
  const callIds = output.kind === 'tool' ? Array.from({ length: n }, () => randomId(ctx.rng, 'call_')) : [];
  const finish = output.kind === 'tool' && output.gen.finish !== 'length' ? 'tool_calls' : finishReason(output.gen);
  const promptTokens = approxTokens(promptChars(messages));
  const completionTokens = output.gen.pieces.length * n;
  const usage = {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0 },
  };
  const id = randomId(ctx.rng, 'chatcmpl-');
  const created = Math.floor(Date.now() / 1000);
  const model = body.model;

  if (body.stream === true) {
    const includeUsage = isObject(body.stream_options) && body.stream_options.include_usage === true;
    return streamChat({ id, created, model, n, output, callIds, finish, usage: includeUsage ? usage : null });
  }
  const text = output.gen.pieces.join('');
  const choices = [];
  for (let i = 0; i < n; i++) {
    const message =
      output.kind === 'tool'
        ? {
            role: 'assistant',
            content: null,
            refusal: null,
            tool_calls: [{ id: callIds[i], type: 'function', function: { name: output.tool.name, arguments: text } }],
          }
        : { role: 'assistant', content: text, refusal: null };
    choices.push({ index: i, message, logprobs: null, finish_reason: finish });
  }
  return jsonPlan({
    id,
    object: 'chat.completion',
    created,
    model,
    system_fingerprint: FINGERPRINT,
    choices,
    usage,
  });
}

function finishReason(gen: Generated): string {
  return gen.finish === 'length' ? 'length' : 'stop';
}

function decideOutput(body: JsonObject, messages: unknown[], ctx: GenContext, maxTokens: number | undefined): Output {
  const tool = pickTool(body, messages);
  if (tool) {
    const args = JSON.stringify(exampleFromSchema(tool.parameters ?? { type: 'object' }));
    return { kind: 'tool', tool, gen: applyLimits(fragmentText(args), maxTokens, []) };
  }
  const userText = lastUserText(messages);
  const stops = stopList(body.stop);
  const rf = body.response_format;
  if (isObject(rf) && rf.type === 'json_object') {
    const json = JSON.stringify({ reply: echoPrefix(userText) });
    return { kind: 'text', gen: applyLimits(fragmentText(json), maxTokens, stops) };
  }
  if (isObject(rf) && rf.type === 'json_schema') {
    const schema = isObject(rf.json_schema) ? rf.json_schema.schema : undefined;
    const json = JSON.stringify(exampleFromSchema(schema ?? { type: 'object' }));
    return { kind: 'text', gen: applyLimits(fragmentText(json), maxTokens, stops) };
  }
  const said = answerSource(userText, String(body.model), ctx.wrongRate);
  return { kind: 'text', gen: applyLimits(replyPieces(said, ctx.outputTokens), maxTokens, stops) };
}

/** A tool call is answered when tools exist, tool_choice is not "none" and the last turn is not a tool result. */
function pickTool(body: JsonObject, messages: unknown[]): ToolPick | null {
  if (!Array.isArray(body.tools) || body.tools.length === 0 || body.tool_choice === 'none') return null;
  const last = messages[messages.length - 1];
  if (isObject(last) && last.role === 'tool') return null;
  const fns: ToolPick[] = [];
  for (const t of body.tools) {
    if (isObject(t) && isObject(t.function) && typeof t.function.name === 'string') {
      fns.push({ name: t.function.name, parameters: t.function.parameters });
    }
  }
  const choice = body.tool_choice;
  if (isObject(choice) && isObject(choice.function) && typeof choice.function.name === 'string') {
    const wanted = choice.function.name;
    return fns.find((f) => f.name === wanted) ?? fns[0] ?? null;
  }
  return fns[0] ?? null;
}

function lastUserText(messages: unknown[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (isObject(m) && m.role === 'user') return contentText(m.content);
  }
  return '';
}

function promptChars(messages: unknown[]): number {
  let chars = 0;
  for (const m of messages) {
    if (!isObject(m)) continue;
    chars += contentChars(m.content);
    if (Array.isArray(m.tool_calls)) {
      for (const c of m.tool_calls) {
        if (isObject(c) && isObject(c.function) && typeof c.function.arguments === 'string') {
          chars += c.function.arguments.length;
        }
      }
    }
  }
  return chars;
}

interface StreamSpec {
  id: string;
  created: number;
  model: string;
  n: number;
  output: Output;
  callIds: string[];
  finish: string;
  usage: JsonObject | null;
}

/** Chunks share a prefix, built once; per-token work is one small JSON.stringify of the piece. */
function streamChat(s: StreamSpec): Plan {
  const head =
    `data: {"id":${JSON.stringify(s.id)},"object":"chat.completion.chunk","created":${s.created},` +
    `"model":${JSON.stringify(s.model)},"system_fingerprint":"${FINGERPRINT}","choices":[`;
  const tail = s.usage ? '],"usage":null}\n\n' : ']}\n\n';
  const choice = (i: number, delta: string, finish: string | null) =>
    `{"index":${i},"delta":${delta},"logprobs":null,"finish_reason":${finish ? `"${finish}"` : 'null'}}`;
  const frames: Frame[] = [];
  const { output } = s;

  for (let i = 0; i < s.n; i++) {
    const delta =
      output.kind === 'tool'
        ? `{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"${s.callIds[i]}","type":"function",` +
          `"function":{"name":${JSON.stringify(output.tool.name)},"arguments":""}}],"refusal":null}`
        : '{"role":"assistant","content":"","refusal":null}';
    frames.push({ data: head + choice(i, delta, null) + tail, tick: false });
  }
  // Token rounds: with n > 1 the choices are interleaved, one frame per choice per round.
  for (const piece of output.gen.pieces) {
    const p = JSON.stringify(piece);
    const delta =
      output.kind === 'tool' ? `{"tool_calls":[{"index":0,"function":{"arguments":${p}}}]}` : `{"content":${p}}`;
    for (let i = 0; i < s.n; i++) frames.push({ data: head + choice(i, delta, null) + tail, tick: i === 0 });
  }
  for (let i = 0; i < s.n; i++) frames.push({ data: head + choice(i, '{}', s.finish) + tail, tick: false });
  if (s.usage) frames.push({ data: `${head}],"usage":${JSON.stringify(s.usage)}}\n\n`, tick: false });
  frames.push({ data: 'data: [DONE]\n\n', tick: false });
  return { kind: 'stream', frames, malformed: `${head}{"index":0,"delta":{"content":\n\n` };
}

export function openaiEmbeddings(raw: unknown): Plan {
  if (!isObject(raw)) return badRequest('The request body must be a JSON object.');
  if (typeof raw.model !== 'string' || !raw.model) return badRequest('you must provide a model parameter');
  const inputs = embeddingInputs(raw.input);
  if (!inputs) {
    return badRequest("'input' must be a string, an array of strings, or an array of token arrays.", 'input');
  }
  const dims = intField(raw, 'dimensions') ?? DEFAULT_DIMENSIONS;
  if (!(dims >= 1 && dims <= MAX_DIMENSIONS)) return badRequest("Invalid 'dimensions'.", 'dimensions', 'invalid_value');
  const base64 = raw.encoding_format === 'base64';
  let tokens = 0;
  const data = inputs.map((input, index) => {
    tokens += typeof input === 'string' ? approxTokens(input.length) : input.length;
    const key = typeof input === 'string' ? `s:${input}` : `t:${input.join(',')}`;
    // Models named "…ngram…" embed by hashed character trigrams (texts sharing words land near each other);
    // every other model gets a random unit vector per exact input (no meaning: only identical texts match).
    const vec =
      String(raw.model).includes('ngram') && typeof input === 'string'
        ? ngramVector(input, dims)
        : unitVector(key, dims);
    return { object: 'embedding', index, embedding: base64 ? toBase64(vec) : vec };
  });
  return jsonPlan({ object: 'list', data, model: raw.model, usage: { prompt_tokens: tokens, total_tokens: tokens } });
}

function embeddingInputs(input: unknown): Array<string | number[]> | null {
  if (typeof input === 'string') return [input];
  if (!Array.isArray(input) || input.length === 0) return null;
  if (input.every((x) => typeof x === 'number')) return [input as number[]];
  if (input.every((x) => typeof x === 'string')) return input as string[];
  if (input.every((x) => Array.isArray(x) && x.every((t) => typeof t === 'number'))) return input as number[][];
  return null;
}

function unitVector(key: string, dims: number): number[] {
  const rng = createRng(hashString(key));
  const v = new Array<number>(dims);
  let norm = 0;
  for (let i = 0; i < dims; i++) {
    v[i] = rng() * 2 - 1;
    norm += v[i] * v[i];
  }
  norm = Math.sqrt(norm) || 1;
  // Rounded through float32 so the float and base64 forms carry the same numbers.
  for (let i = 0; i < dims; i++) v[i] = Math.fround(v[i] / norm);
  return v;
}

/**
 * Feature hashing of each word's character trigrams (with boundary marks), signed, L2-normalised. Words of up to
 * three characters are skipped: without corpus statistics, function words would dominate every vector.
 */
function ngramVector(text: string, dims: number): number[] {
  const v = new Array<number>(dims).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []) {
    const w = `<${word}>`;
    for (let i = 0; i + 3 <= w.length; i++) {
      const h = hashString(w.slice(i, i + 3));
      v[h % dims] += h & 0x80000000 ? -1 : 1;
    }
  }
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return v.map((x) => Math.fround(x / norm));
}

function toBase64(vec: number[]): string {
  const buf = Buffer.allocUnsafe(vec.length * 4);
  for (let i = 0; i < vec.length; i++) buf.writeFloatLE(vec[i], i * 4);
  return buf.toString('base64');
}

export function openaiModels(extra: Iterable<string>): Plan {
  const ids = new Set([...OPENAI_MODELS, ...extra]);
  const created = 1700000000;
  const data = [...ids].map((id) => ({ id, object: 'model', created, owned_by: 'lintel-simulator' }));
  return jsonPlan({ object: 'list', data });
}
