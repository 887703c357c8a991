// OpenAI Chat Completions request ⇄ neutral spec. Used only for cross-dialect calls.
import type { ChatRequest, ContentPart, Message, ResponseFormat, ToolChoice, ToolDefinition } from '../../spec/chat.ts';
import type { Json } from '../../spec/translate.ts';
import { TranslationError } from './translation-error.ts';
import type {
  OpenAIChatRequest,
  OpenAIContentPart,
  OpenAIFunctionDefinition,
  OpenAIMessage,
  OpenAIResponseFormat,
  OpenAIThinkingBlock,
  OpenAIToolChoice,
} from './wire.ts';

/** OpenAI omits `parameters` for argument-less functions; other dialects need an object schema. */
const EMPTY_PARAMETERS = { type: 'object', properties: {} };

export function openaiRequestToSpec(body: Json): ChatRequest {
  const wire = body as unknown as OpenAIChatRequest;
  rejectUnrepresentable(wire);
  const { system, messages } = messagesToSpec(wire.messages);
  const req: ChatRequest = { model: wire.model, messages, stream: wire.stream === true };
  if (system !== undefined) req.system = system;
  const tools = wire.tools?.map((t) => toolToSpec(t.function)) ?? wire.functions?.map(toolToSpec);
  if (tools && tools.length > 0) req.tools = tools;
  const toolChoice = toolChoiceToSpec(wire.tool_choice ?? legacyFunctionChoice(wire.function_call));
  if (toolChoice) req.toolChoice = toolChoice;
  const maxTokens = wire.max_completion_tokens ?? wire.max_tokens;
  if (maxTokens != null) req.maxTokens = maxTokens;
  if (wire.temperature != null) req.temperature = wire.temperature;
  if (wire.top_p != null) req.topP = wire.top_p;
  if (wire.stop != null) req.stop = typeof wire.stop === 'string' ? [wire.stop] : wire.stop;
  if (wire.n != null) req.n = wire.n;
  if (wire.response_format) req.responseFormat = responseFormatToSpec(wire.response_format);
  if (wire.user) req.user = wire.user;
  if (wire.stream_options?.include_usage) req.includeUsage = true;
  if (wire.metadata) req.metadata = wire.metadata;
  if (wire.reasoning_effort) req.reasoningEffort = wire.reasoning_effort;
  if (wire.parallel_tool_calls != null) req.parallelToolCalls = wire.parallel_tool_calls;
  if (wire.seed != null) req.warnings = ['seed dropped (no equivalent; sampling is not reproducible)'];
  return req;
}

/** Features the spec cannot carry: silently dropping them would return something the caller did not ask for. */
function rejectUnrepresentable(wire: OpenAIChatRequest): void {
  if (wire.logprobs) throw new TranslationError('logprobs', 'logprobs are not available for this model');
  if (wire.top_logprobs) throw new TranslationError('top_logprobs', 'logprobs are not available for this model');
  for (const key of ['presence_penalty', 'frequency_penalty'] as const) {
    if (wire[key]) throw new TranslationError(key, `${key} has no equivalent for this model; leave it at 0`);
  }
  if (wire.logit_bias && Object.keys(wire.logit_bias).length > 0) {
    throw new TranslationError('logit_bias', 'logit_bias has no equivalent for this model');
  }
  if (wire.web_search_options != null) {
    throw new TranslationError('web_search_options', 'web search cannot run on the targets of this model');
  }
  if (wire.audio != null || wire.modalities?.includes('audio')) {
    throw new TranslationError(
      wire.audio != null ? 'audio' : 'modalities',
      'audio output is not available for this model',
    );
  }
}

function messagesToSpec(wire: OpenAIMessage[]): { system?: string; messages: Message[] } {
  const systemTexts: string[] = [];
  const messages: Message[] = [];
  let lastFunctionCallId: string | undefined; // legacy function messages answer the latest function_call
  wire.forEach((m, i) => {
    switch (m.role) {
      case 'system':
      case 'developer':
        // Both dialects downstream take one system prompt, so mid-conversation system messages are hoisted.
        systemTexts.push(textOf(m.content, i));
        return;
      case 'user':
        messages.push(withName({ role: 'user', content: userContentToSpec(m.content, i) }, m.name));
        return;
      case 'assistant': {
        const content: ContentPart[] = reasoningToSpec(m);
        const text = m.content == null ? '' : textOf(m.content, i);
        if (text !== '') content.push({ type: 'text', text });
        for (const call of m.tool_calls ?? []) {
          content.push({
            type: 'tool_call',
            id: call.id,
            name: call.function.name,
            arguments: call.function.arguments,
          });
        }
        if (m.function_call) {
          lastFunctionCallId = `call_fn_${i}`;
          const { name, arguments: args } = m.function_call;
          content.push({ type: 'tool_call', id: lastFunctionCallId, name, arguments: args });
        }
        messages.push(withName({ role: 'assistant', content }, m.name));
        return;
      }
      case 'tool':
        messages.push({
          role: 'tool',
          content: [{ type: 'tool_result', toolCallId: m.tool_call_id!, content: textOf(m.content, i) }],
        });
        return;
      case 'function':
        messages.push({
          role: 'tool',
          content: [
            {
              type: 'tool_result',
              toolCallId: lastFunctionCallId ?? `call_fn_${m.name}`,
              content: textOf(m.content, i),
            },
          ],
        });
        return;
    }
  });
  return systemTexts.length > 0 ? { system: systemTexts.join('\n\n'), messages } : { messages };
}

/** Signed thinking blocks win over plain reasoning_content (which Claude could not verify). */
function reasoningToSpec(m: OpenAIMessage): ContentPart[] {
  if (m.thinking_blocks && m.thinking_blocks.length > 0) {
    return m.thinking_blocks.map((b) =>
      b.type === 'redacted_thinking'
        ? { type: 'reasoning', text: '', redacted: b.data }
        : b.signature
          ? { type: 'reasoning', text: b.thinking, signature: b.signature }
          : { type: 'reasoning', text: b.thinking },
    );
  }
  return m.reasoning_content ? [{ type: 'reasoning', text: m.reasoning_content }] : [];
}

function withName<T extends Message | OpenAIMessage>(message: T, name: string | undefined): T {
  if (name) message.name = name;
  return message;
}

/** Text of a string-or-parts content where only text (and refusal) parts are allowed. */
function textOf(content: OpenAIMessage['content'], index: number): string {
  if (content == null) return '';
  if (typeof content === 'string') return content;
  return content
    .map((part, j) => {
      if (part.type === 'text') return part.text;
      if (part.type === 'refusal') return part.refusal;
      throw new TranslationError(
        `messages[${index}].content[${j}]`,
        `${part.type} parts are only allowed in user messages`,
      );
    })
    .join('');
}

function userContentToSpec(content: OpenAIMessage['content'], index: number): ContentPart[] {
  if (content == null) return [];
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  return content.map((part, j) => userPartToSpec(part, `messages[${index}].content[${j}]`));
}

function userPartToSpec(part: OpenAIContentPart, param: string): ContentPart {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: part.text };
    case 'image_url': {
      const mediaType = /^data:([^;,]+)[;,]/.exec(part.image_url.url)?.[1];
      return mediaType
        ? { type: 'image', url: part.image_url.url, mediaType }
        : { type: 'image', url: part.image_url.url };
    }
    case 'input_audio':
      throw new TranslationError(param, 'audio input cannot be sent to this model');
    case 'file':
      throw new TranslationError(param, 'file parts cannot be sent to this model');
    case 'refusal':
      return { type: 'text', text: part.refusal };
  }
}

function toolToSpec(fn: OpenAIFunctionDefinition): ToolDefinition {
  const tool: ToolDefinition = { name: fn.name, parameters: fn.parameters ?? EMPTY_PARAMETERS };
  if (fn.description) tool.description = fn.description;
  return tool;
}

function legacyFunctionChoice(choice: OpenAIChatRequest['function_call']): OpenAIToolChoice | undefined {
  if (choice == null) return undefined;
  return typeof choice === 'string' ? choice : { type: 'function', function: { name: choice.name } };
}

function toolChoiceToSpec(choice: OpenAIToolChoice | null | undefined): ToolChoice | undefined {
  if (choice == null) return undefined;
  return typeof choice === 'string' ? choice : { name: choice.function.name };
}

function responseFormatToSpec(format: OpenAIResponseFormat): ResponseFormat {
  if (format.type !== 'json_schema') return { type: format.type };
  const { name, schema, strict } = format.json_schema;
  return strict == null ? { type: 'json_schema', name, schema } : { type: 'json_schema', name, schema, strict };
}

export function openaiRequestFromSpec(req: ChatRequest): Json {
  const body: Json = { model: req.model, messages: messagesFromSpec(req) };
  if (req.stream) {
    body.stream = true;
    if (req.includeUsage) body.stream_options = { include_usage: true };
  }
  // max_completion_tokens, not the deprecated max_tokens that OpenAI reasoning models reject.
  if (req.maxTokens !== undefined) body.max_completion_tokens = req.maxTokens;
  if (req.temperature !== undefined) body.temperature = req.temperature;
  if (req.topP !== undefined) body.top_p = req.topP;
  if (req.n !== undefined) body.n = req.n;
  if (req.stop && req.stop.length > 0) body.stop = req.stop;
  if (req.tools && req.tools.length > 0) {
    body.tools = req.tools.map((t) => ({
      type: 'function',
      function: t.description === undefined ? { name: t.name, parameters: t.parameters } : { ...t },
    }));
  }
  if (req.toolChoice) {
    body.tool_choice =
      typeof req.toolChoice === 'string'
        ? req.toolChoice
        : { type: 'function', function: { name: req.toolChoice.name } };
  }
  if (req.responseFormat) body.response_format = responseFormatFromSpec(req.responseFormat);
  if (req.user) body.user = req.user;
  if (req.metadata) body.metadata = req.metadata;
  if (req.reasoningEffort) body.reasoning_effort = req.reasoningEffort;
  if (req.parallelToolCalls !== undefined && req.tools && req.tools.length > 0)
    body.parallel_tool_calls = req.parallelToolCalls;
  return body;
}

function messagesFromSpec(req: ChatRequest): OpenAIMessage[] {
  const out: OpenAIMessage[] = [];
  if (req.system) out.push({ role: 'system', content: req.system });
  for (const m of req.messages) {
    if (m.role === 'tool') {
      // One OpenAI tool message per result; text alongside results (Anthropic allows it) becomes a user message.
      for (const part of m.content) {
        if (part.type === 'tool_result')
          out.push({ role: 'tool', tool_call_id: part.toolCallId, content: part.content });
      }
      const rest = m.content.filter((p) => p.type !== 'tool_result');
      if (rest.length > 0) out.push({ role: 'user', content: userPartsFromSpec(rest) });
    } else if (m.role === 'assistant') {
      out.push(withName(assistantFromSpec(m.content), m.name));
    } else {
      out.push(withName({ role: m.role, content: userPartsFromSpec(m.content) }, m.name));
    }
  }
  return out;
}

function assistantFromSpec(parts: ContentPart[]): OpenAIMessage {
  const text = parts.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('');
  const calls = parts.flatMap((p) =>
    p.type === 'tool_call'
      ? [{ id: p.id, type: 'function' as const, function: { name: p.name, arguments: p.arguments } }]
      : [],
  );
  const msg: OpenAIMessage = { role: 'assistant', content: text === '' && calls.length > 0 ? null : text };
  if (calls.length > 0) msg.tool_calls = calls;
  // Signed thinking rides along (LiteLLM's thinking_blocks) so a later Claude target can verify it; buildUpstreamBody
  // strips it before a Chat Completions upstream, which takes no reasoning input.
  const blocks = parts.flatMap((p): OpenAIThinkingBlock[] => {
    if (p.type !== 'reasoning') return [];
    if (p.redacted !== undefined) return [{ type: 'redacted_thinking', data: p.redacted }];
    return p.signature ? [{ type: 'thinking', thinking: p.text, signature: p.signature }] : [];
  });
  if (blocks.length > 0) msg.thinking_blocks = blocks;
  return msg;
}

/** A plain string for a single text part (the common, most compatible form), parts otherwise. */
function userPartsFromSpec(parts: ContentPart[]): string | OpenAIContentPart[] {
  if (parts.length === 1 && parts[0]!.type === 'text') return parts[0]!.text;
  return parts.flatMap((p): OpenAIContentPart[] => {
    if (p.type === 'text') return [{ type: 'text', text: p.text }];
    if (p.type === 'image') return [{ type: 'image_url', image_url: { url: p.url } }];
    return []; // tool_call / tool_result never sit in a user message of a valid spec request
  });
}

function responseFormatFromSpec(format: ResponseFormat): OpenAIResponseFormat {
  if (format.type !== 'json_schema') return { type: format.type };
  const json_schema: { name: string; schema: Record<string, unknown>; strict?: boolean } = {
    name: format.name,
    schema: format.schema,
  };
  if (format.strict !== undefined) json_schema.strict = format.strict;
  return { type: 'json_schema', json_schema };
}
