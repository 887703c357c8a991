// Responses request (plus the stored conversation of previous_response_id) → neutral spec. The gateway then
// runs it as a Chat Completions call, so every pipeline stage sees the format it knows; what the spec cannot
// carry is refused here, before any upstream attempt, with the parameter named.
import type { ChatRequest, ContentPart, Message, ToolChoice, ToolDefinition } from '../../spec/chat.ts';
import { TranslationError } from '../openai/translation-error.ts';
import { decodeReasoning } from './reasoning-token.ts';
import type {
  ResponsesFunctionTool,
  ResponsesInputContent,
  ResponsesItem,
  ResponsesRequest,
  ResponsesTextFormat,
} from './wire.ts';

const EMPTY_PARAMETERS = { type: 'object', properties: {} };

/** Items of the request's `input`, a string being one user message. */
export function inputItems(input: ResponsesRequest['input']): ResponsesItem[] {
  return typeof input === 'string' ? [{ type: 'message', role: 'user', content: input }] : input;
}

/** `history` are the items of the previous responses (their inputs and outputs), oldest first. */
export function responsesRequestToSpec(body: ResponsesRequest, history: ResponsesItem[]): ChatRequest {
  rejectUnsupported(body);
  const items = inputItems(body.input);
  const { system, messages } = itemsToSpec(history, items, history.length);
  const req: ChatRequest = { model: body.model, messages, stream: body.stream === true };
  // `instructions` of earlier responses are not carried over (as OpenAI documents); system messages in input are.
  const systems = [body.instructions, ...system].filter((s): s is string => typeof s === 'string' && s !== '');
  if (systems.length > 0) req.system = systems.join('\n\n');
  if (req.stream) req.includeUsage = true;
  const tools = (body.tools ?? []).map((t, i) => toolToSpec(t as ResponsesFunctionTool, i));
  if (tools.length > 0) req.tools = tools;
  const choice = toolChoiceToSpec(body.tool_choice);
  if (choice) req.toolChoice = choice;
  if (body.max_output_tokens != null) req.maxTokens = body.max_output_tokens;
  if (body.temperature != null) req.temperature = body.temperature;
  if (body.top_p != null) req.topP = body.top_p;
  if (body.user) req.user = body.user;
  if (body.metadata) req.metadata = body.metadata;
  if (body.parallel_tool_calls != null) req.parallelToolCalls = body.parallel_tool_calls;
  if (body.reasoning?.effort) req.reasoningEffort = body.reasoning.effort;
  const format = body.text?.format;
  if (format) req.responseFormat = formatToSpec(format);
  return req;
}

/** Features a Chat Completions or Messages target cannot provide: refused rather than silently dropped. */
function rejectUnsupported(body: ResponsesRequest): void {
  if (body.background) throw new TranslationError('background', 'background responses are not supported');
  if (body.top_logprobs) throw new TranslationError('top_logprobs', 'logprobs are not available for this model');
  for (const key of ['conversation', 'prompt'] as const) {
    if ((body as unknown as Record<string, unknown>)[key] != null) {
      throw new TranslationError(key, `${key} is not supported; use previous_response_id or input items`);
    }
  }
  (body.tools ?? []).forEach((t, i) => {
    if (t.type !== 'function') {
      throw new TranslationError(
        `tools[${i}]`,
        `The built-in tool ${t.type} cannot run on the targets of this model; only function tools are supported.`,
      );
    }
  });
}

function itemsToSpec(
  history: ResponsesItem[],
  items: ResponsesItem[],
  offset: number,
): { system: string[]; messages: Message[] } {
  const system: string[] = [];
  const messages: Message[] = [];
  const push = (role: Message['role'], part: ContentPart) => {
    const last = messages.at(-1);
    // Consecutive calls of one turn (parallel tool calls, reasoning before them) share one assistant message.
    if (last && last.role === role && (role === 'assistant' || role === 'tool')) last.content.push(part);
    else messages.push({ role, content: [part] });
  };
  [...history, ...items].forEach((item, n) => {
    const param = n < offset ? 'previous_response_id' : `input[${n - offset}]`;
    const kind = item.type ?? 'message';
    switch (kind) {
      case 'message': {
        const m = item as Extract<ResponsesItem, { role: string }>;
        if (m.role === 'system' || m.role === 'developer') {
          system.push(textOf(m.content, param));
          return;
        }
        const parts = contentToSpec(m.content, param);
        if (m.role === 'assistant') for (const p of parts) push('assistant', p);
        else messages.push({ role: 'user', content: parts });
        return;
      }
      case 'function_call': {
        const c = item as Extract<ResponsesItem, { type: 'function_call' }>;
        push('assistant', { type: 'tool_call', id: c.call_id, name: c.name, arguments: c.arguments || '{}' });
        return;
      }
      case 'function_call_output': {
        const o = item as Extract<ResponsesItem, { type: 'function_call_output' }>;
        const content = typeof o.output === 'string' ? o.output : textOf(o.output, `${param}.output`);
        push('tool', { type: 'tool_result', toolCallId: o.call_id, content });
        return;
      }
      case 'reasoning': {
        const r = item as Extract<ResponsesItem, { type: 'reasoning' }>;
        const text = r.summary.map((s) => s.text).join('\n\n');
        push('assistant', { type: 'reasoning', text, ...decodeReasoning(r.encrypted_content) });
        return;
      }
      default:
        throw new TranslationError(param, `input items of type ${kind} are not supported`);
    }
  });
  return { system, messages };
}

function contentToSpec(content: string | ResponsesInputContent[], param: string): ContentPart[] {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  return content.map((part, j): ContentPart => {
    switch (part.type) {
      case 'input_text':
      case 'output_text':
        return { type: 'text', text: part.text };
      case 'refusal':
        return { type: 'text', text: part.refusal };
      case 'input_image': {
        if (!part.image_url) {
          throw new TranslationError(`${param}.content[${j}]`, 'images by file_id are not supported; send image_url');
        }
        const mediaType = /^data:([^;,]+)[;,]/.exec(part.image_url)?.[1];
        return mediaType ? { type: 'image', url: part.image_url, mediaType } : { type: 'image', url: part.image_url };
      }
      default:
        throw new TranslationError(`${param}.content[${j}]`, `${part.type} parts are not supported`);
    }
  });
}

function textOf(content: string | ResponsesInputContent[], param: string): string {
  return contentToSpec(content, param)
    .map((p, j) => {
      if (p.type === 'text') return p.text;
      throw new TranslationError(`${param}.content[${j}]`, 'only text is allowed here');
    })
    .join('');
}

function toolToSpec(t: ResponsesFunctionTool, i: number): ToolDefinition {
  if (!t.name) throw new TranslationError(`tools[${i}].name`, 'a function tool needs a name');
  const tool: ToolDefinition = { name: t.name, parameters: t.parameters ?? EMPTY_PARAMETERS };
  if (t.description) tool.description = t.description;
  return tool;
}

function toolChoiceToSpec(choice: ResponsesRequest['tool_choice']): ToolChoice | undefined {
  if (choice == null) return undefined;
  if (typeof choice === 'string') return choice;
  if (choice.type === 'function' && typeof choice.name === 'string') return { name: choice.name };
  throw new TranslationError('tool_choice', `tool_choice of type ${choice.type} is not supported`);
}

function formatToSpec(format: ResponsesTextFormat): ChatRequest['responseFormat'] {
  if (format.type !== 'json_schema') return { type: format.type };
  return format.strict == null
    ? { type: 'json_schema', name: format.name, schema: format.schema }
    : { type: 'json_schema', name: format.name, schema: format.schema, strict: format.strict };
}
