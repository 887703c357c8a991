// Ingress validation of OpenAI Responses bodies. Loose objects: fields this gateway does not read pass untouched;
// input items are checked one by one against the schema of their kind so errors name `input[3].call_id`.
import { z } from 'zod';
import { type ValidationResult, validateWith } from '../openai/validation.ts';

const nonEmpty = z.string().min(1);

const contentPart = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('input_text'), text: z.string() }),
  z.looseObject({
    type: z.literal('input_image'),
    image_url: z.string().nullish(),
    file_id: z.string().nullish(),
    detail: z.enum(['auto', 'low', 'high']).optional(),
  }),
  z.looseObject({ type: z.literal('input_file') }),
  z.looseObject({ type: z.literal('output_text'), text: z.string() }),
  z.looseObject({ type: z.literal('refusal'), refusal: z.string() }),
]);

const ITEMS: Record<string, z.ZodType> = {
  message: z.looseObject({
    role: z.enum(['user', 'assistant', 'system', 'developer']),
    content: z.union([z.string(), z.array(contentPart)]),
  }),
  function_call: z.looseObject({ call_id: nonEmpty, name: nonEmpty, arguments: z.string() }),
  function_call_output: z.looseObject({ call_id: nonEmpty, output: z.union([z.string(), z.array(contentPart)]) }),
  reasoning: z.looseObject({
    summary: z.array(z.looseObject({ text: z.string() })),
    encrypted_content: z.string().nullish(),
  }),
};

const textFormat = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('text') }),
  z.looseObject({ type: z.literal('json_object') }),
  z.looseObject({
    type: z.literal('json_schema'),
    name: nonEmpty,
    schema: z.record(z.string(), z.unknown()),
    strict: z.boolean().nullish(),
    description: z.string().optional(),
  }),
]);

// Field order is the order errors are reported in.
const responsesRequest = z.looseObject({
  model: nonEmpty,
  input: z.union([z.string(), z.array(z.looseObject({}))]),
  instructions: z.string().nullish(),
  tools: z.array(z.looseObject({ type: nonEmpty })).nullish(),
  tool_choice: z.union([z.enum(['none', 'auto', 'required']), z.looseObject({ type: nonEmpty })]).nullish(),
  text: z.looseObject({ format: textFormat.optional() }).nullish(),
  reasoning: z
    .looseObject({
      effort: z.enum(['minimal', 'low', 'medium', 'high']).nullish(),
      summary: z.enum(['auto', 'concise', 'detailed']).nullish(),
    })
    .nullish(),
  max_output_tokens: z.int().min(1).nullish(),
  previous_response_id: nonEmpty.nullish(),
  store: z.boolean().nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
  stream: z.boolean().nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  parallel_tool_calls: z.boolean().nullish(),
  user: z.string().nullish(),
});

const functionTool = z.looseObject({
  type: z.literal('function'),
  name: nonEmpty,
  description: z.string().nullish(),
  parameters: z.record(z.string(), z.unknown()).nullish(),
  strict: z.boolean().nullish(),
});

export function validateResponsesRequest(body: unknown): ValidationResult {
  const top = validateWith(responsesRequest, body);
  if (!top.ok) return top;
  const { input, tools } = top.value as { input: unknown; tools?: { type: string }[] | null };
  if (Array.isArray(input)) {
    if (input.length === 0) return { ok: false, param: 'input', message: 'input must not be an empty array' };
    for (let i = 0; i < input.length; i++) {
      const item = input[i] as { type?: unknown; role?: unknown };
      // EasyInputMessage: `{role, content}` without a type is a message.
      const kind = typeof item.type === 'string' ? item.type : item.role !== undefined ? 'message' : undefined;
      const schema = kind === undefined ? undefined : ITEMS[kind];
      if (!schema) {
        // item_reference and other kinds are refused later, with unsupported_parameter, before any upstream call.
        if (typeof kind === 'string') continue;
        return { ok: false, param: `input[${i}]`, message: `input[${i}] must have a type (or a role for a message)` };
      }
      const r = validateWith(schema, item);
      if (!r.ok) return prefixed(r, `input[${i}]`);
    }
  }
  for (const [i, t] of (tools ?? []).entries()) {
    if (t.type !== 'function') continue; // built-in tools are refused by the translation, with their own message
    const r = validateWith(functionTool, t);
    if (!r.ok) return prefixed(r, `tools[${i}]`);
  }
  return top;
}

function prefixed(r: { ok: false; param: string; message: string }, at: string): ValidationResult {
  const param = r.param === '' ? at : `${at}.${r.param}`;
  const message = r.message.startsWith(r.param) && r.param !== '' ? `${at}.${r.message}` : `${at}: ${r.message}`;
  return { ok: false, param, message };
}
