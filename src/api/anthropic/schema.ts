// Ingress validation of Anthropic Messages bodies. Loose objects: unknown fields (cache_control, citations,
// thinking config, ...) pass through; only what the gateway reads or what upstreams would reject is checked.
import { z } from 'zod';
import { type ValidationResult, validateWith } from '../openai/validation.ts';

export type { ValidationResult } from '../openai/validation.ts';

const nonEmpty = z.string().min(1);

const imageSource = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('base64'), media_type: nonEmpty, data: nonEmpty }),
  z.looseObject({ type: z.literal('url'), url: nonEmpty }),
  z.looseObject({ type: z.literal('file'), file_id: nonEmpty }),
]);

const textBlock = z.looseObject({ type: z.literal('text'), text: z.string() });
const imageBlock = z.looseObject({ type: z.literal('image'), source: imageSource });
const toolUseBlock = z.looseObject({
  type: z.literal('tool_use'),
  id: nonEmpty,
  name: nonEmpty,
  input: z.record(z.string(), z.unknown()),
});
const toolResultBlock = z.looseObject({
  type: z.literal('tool_result'),
  tool_use_id: nonEmpty,
  content: z.union([z.string(), z.array(z.discriminatedUnion('type', [textBlock, imageBlock]))]).optional(),
  is_error: z.boolean().optional(),
});
const thinkingBlock = z.looseObject({ type: z.literal('thinking'), thinking: z.string(), signature: z.string() });
const redactedThinkingBlock = z.looseObject({ type: z.literal('redacted_thinking'), data: z.string() });
// Accepted so pass-through calls keep working (PDFs, web-search history); the translator rejects them.
const documentBlock = z.looseObject({ type: z.literal('document'), source: z.looseObject({}) });
const searchResultBlock = z.looseObject({
  type: z.literal('search_result'),
  source: z.string(),
  title: z.string(),
  content: z.array(textBlock),
});
const serverToolUseBlock = z.looseObject({ type: z.literal('server_tool_use'), id: nonEmpty, name: nonEmpty });
const webSearchResultBlock = z.looseObject({ type: z.literal('web_search_tool_result'), tool_use_id: nonEmpty });

const contentBlock = z.discriminatedUnion('type', [
  textBlock,
  imageBlock,
  toolUseBlock,
  toolResultBlock,
  thinkingBlock,
  redactedThinkingBlock,
  documentBlock,
  searchResultBlock,
  serverToolUseBlock,
  webSearchResultBlock,
]);

const message = z.looseObject({
  role: z.enum(['user', 'assistant']),
  content: z.union([z.string(), z.array(contentBlock)]),
});

// A tool without `type` (or type "custom") is a client tool and needs a schema; any other type is an
// Anthropic server tool (web_search_20250305, bash_20250124, ...) whose shape Anthropic defines.
const tool = z
  .looseObject({
    name: nonEmpty,
    type: z.string().optional(),
    description: z.string().optional(),
    input_schema: z.looseObject({ type: z.literal('object') }).optional(),
  })
  .superRefine((t, ctx) => {
    if ((t.type === undefined || t.type === 'custom') && t.input_schema === undefined) {
      ctx.addIssue({ code: 'custom', path: ['input_schema'], message: 'is required' });
    }
  });

const toolChoice = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('auto'), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal('any'), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal('none') }),
  z.looseObject({ type: z.literal('tool'), name: nonEmpty, disable_parallel_tool_use: z.boolean().optional() }),
]);

// Field order is the order errors are reported in.
const messagesRequest = z.looseObject({
  model: nonEmpty,
  max_tokens: z.int().min(1),
  messages: z.array(message).min(1),
  system: z.union([z.string(), z.array(textBlock)]).optional(),
  stream: z.boolean().optional(),
  temperature: z.number().min(0).max(1).optional(),
  top_p: z.number().min(0).max(1).optional(),
  top_k: z.int().min(0).optional(),
  stop_sequences: z.array(z.string()).optional(),
  tools: z.array(tool).optional(),
  tool_choice: toolChoice.optional(),
  metadata: z.looseObject({ user_id: z.string().nullish() }).optional(),
});

export function validateMessagesRequest(body: unknown): ValidationResult {
  return validateWith(messagesRequest, body);
}

/** count_tokens takes a messages request without max_tokens (and without sampling settings). */
const countTokensRequest = messagesRequest.omit({ max_tokens: true });

export function validateCountTokensRequest(body: unknown): ValidationResult {
  return validateWith(countTokensRequest, body);
}
