// Ingress validation of OpenAI Chat Completions and Embeddings bodies. Loose objects: fields this gateway
// does not know pass through untouched; only the ones it reads or that upstreams would reject are checked.
import { z } from 'zod';
import { isPlainChatRequest } from './fast-check.ts';
import { type ValidationResult, validateWith } from './validation.ts';

export type { ValidationResult } from './validation.ts';

const nonEmpty = z.string().min(1);

const textPart = z.looseObject({ type: z.literal('text'), text: z.string() });
const imagePart = z.looseObject({
  type: z.literal('image_url'),
  image_url: z.looseObject({ url: nonEmpty, detail: z.enum(['auto', 'low', 'high']).optional() }),
});
const audioPart = z.looseObject({
  type: z.literal('input_audio'),
  input_audio: z.looseObject({ data: z.string(), format: z.string() }),
});
const filePart = z.looseObject({ type: z.literal('file'), file: z.looseObject({}) });
const refusalPart = z.looseObject({ type: z.literal('refusal'), refusal: z.string() });

const textContent = z.union([z.string(), z.array(textPart)]);
const userContent = z.union([
  z.string(),
  z.array(z.discriminatedUnion('type', [textPart, imagePart, audioPart, filePart])),
]);
const assistantContent = z.union([z.string(), z.array(z.discriminatedUnion('type', [textPart, refusalPart]))]);

const toolCall = z.looseObject({
  id: nonEmpty,
  type: z.literal('function'),
  function: z.looseObject({ name: nonEmpty, arguments: z.string() }),
});

const systemMessage = z.looseObject({
  role: z.enum(['system', 'developer']), // developer is the o-series name for system
  content: textContent,
  name: z.string().optional(),
});
const userMessage = z.looseObject({ role: z.literal('user'), content: userContent, name: z.string().optional() });
const assistantMessage = z
  .looseObject({
    role: z.literal('assistant'),
    content: assistantContent.nullish(),
    name: z.string().optional(),
    tool_calls: z.array(toolCall).nullish(),
    function_call: z.looseObject({ name: nonEmpty, arguments: z.string() }).nullish(),
  })
  .superRefine((msg, ctx) => {
    const acts = (msg.tool_calls?.length ?? 0) > 0 || msg.function_call != null;
    if (msg.content == null && !acts) {
      ctx.addIssue({ code: 'custom', path: ['content'], message: 'is required unless tool_calls is set' });
    }
  });
const toolMessage = z.looseObject({ role: z.literal('tool'), content: textContent, tool_call_id: nonEmpty });
const functionMessage = z.looseObject({ role: z.literal('function'), content: z.string().nullable(), name: nonEmpty });

const message = z.discriminatedUnion('role', [
  systemMessage,
  userMessage,
  assistantMessage,
  toolMessage,
  functionMessage,
]);

const functionDefinition = z.looseObject({
  name: nonEmpty,
  description: z.string().optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
  strict: z.boolean().nullish(),
});
const tool = z.looseObject({ type: z.literal('function'), function: functionDefinition });

const toolChoice = z.union([
  z.enum(['none', 'auto', 'required']),
  z.looseObject({ type: z.literal('function'), function: z.looseObject({ name: nonEmpty }) }),
]);

const responseFormat = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('text') }),
  z.looseObject({ type: z.literal('json_object') }),
  z.looseObject({
    type: z.literal('json_schema'),
    json_schema: z.looseObject({
      name: nonEmpty,
      description: z.string().optional(),
      schema: z.record(z.string(), z.unknown()),
      strict: z.boolean().nullish(),
    }),
  }),
]);

const positiveInt = z.int().min(1);

// Field order is the order errors are reported in.
export const chatCompletionRequest = z.looseObject({
  model: nonEmpty,
  messages: z.array(message).min(1),
  stream: z.boolean().nullish(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  n: z.int().min(1).max(128).nullish(),
  max_tokens: positiveInt.nullish(),
  max_completion_tokens: positiveInt.nullish(),
  presence_penalty: z.number().min(-2).max(2).nullish(),
  frequency_penalty: z.number().min(-2).max(2).nullish(),
  stop: z.union([z.string(), z.array(z.string()).max(4)]).nullish(),
  tools: z.array(tool).nullish(),
  tool_choice: toolChoice.nullish(),
  parallel_tool_calls: z.boolean().nullish(),
  functions: z.array(functionDefinition).nullish(),
  function_call: z.union([z.enum(['none', 'auto']), z.looseObject({ name: nonEmpty })]).nullish(),
  response_format: responseFormat.nullish(),
  user: z.string().nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
  logprobs: z.boolean().nullish(),
  seed: z.int().nullish(),
});

const embeddingInput = z.union(
  [z.string(), z.array(z.string()).min(1), z.array(z.int()).min(1), z.array(z.array(z.int()).min(1)).min(1)],
  { error: 'must be a string, a non-empty array of strings, of token integers or of token arrays' },
);

const embeddingRequest = z.looseObject({
  model: nonEmpty,
  input: embeddingInput,
  encoding_format: z.enum(['float', 'base64']).optional(),
  dimensions: positiveInt.optional(),
  user: z.string().optional(),
});

export function validateChatCompletionRequest(body: unknown): ValidationResult {
  if (isPlainChatRequest(body)) return { ok: true, value: body as Record<string, unknown> };
  return validateWith(chatCompletionRequest, body);
}

export function validateEmbeddingRequest(body: unknown): ValidationResult {
  return validateWith(embeddingRequest, body);
}
