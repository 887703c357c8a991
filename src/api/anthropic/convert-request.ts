// Anthropic Messages request ⇄ neutral spec. Used only for cross-dialect calls.
import type { ChatRequest, ContentPart, Message, ResponseFormat, ToolChoice } from '../../spec/chat.ts';
import type { Json } from '../../spec/translate.ts';
import { TranslationError } from '../openai/translation-error.ts';
import type {
  AnthropicBlock,
  AnthropicImageBlock,
  AnthropicMessage,
  AnthropicRequest,
  AnthropicTextBlock,
  AnthropicToolChoice,
  AnthropicToolResultBlock,
} from './wire.ts';

/** Anthropic requires max_tokens; OpenAI callers often leave it out. */
export const DEFAULT_MAX_TOKENS = 4096;

export function anthropicRequestToSpec(body: Json): ChatRequest {
  const wire = body as unknown as AnthropicRequest;
  const req: ChatRequest = {
    model: wire.model,
    messages: wire.messages.flatMap(messageToSpec),
    maxTokens: wire.max_tokens,
    stream: wire.stream === true,
  };
  // Anthropic streams always report usage, so ask an OpenAI upstream for it too.
  if (req.stream) req.includeUsage = true;
  const system = typeof wire.system === 'string' ? wire.system : wire.system?.map((b) => b.text).join('\n\n');
  if (system) req.system = system;
  if (wire.tools && wire.tools.length > 0) {
    req.tools = wire.tools.map((t, i) => {
      if (t.type !== undefined && t.type !== 'custom') {
        throw new TranslationError(`tools[${i}]`, `Anthropic server tool ${t.type} cannot be used with this model`);
      }
      return t.description
        ? { name: t.name, description: t.description, parameters: t.input_schema! }
        : { name: t.name, parameters: t.input_schema! };
    });
  }
  if (wire.tool_choice) req.toolChoice = toolChoiceToSpec(wire.tool_choice);
  if (wire.tool_choice && 'disable_parallel_tool_use' in wire.tool_choice && wire.tool_choice.disable_parallel_tool_use)
    req.parallelToolCalls = false;
  if (wire.thinking?.type === 'enabled') {
    req.reasoningBudget = wire.thinking.budget_tokens;
    req.reasoningEffort = effortOfBudget(wire.thinking.budget_tokens);
  }
  if (wire.temperature !== undefined) req.temperature = wire.temperature;
  if (wire.top_p !== undefined) req.topP = wire.top_p;
  if (wire.stop_sequences && wire.stop_sequences.length > 0) req.stop = wire.stop_sequences;
  if (wire.metadata?.user_id) req.user = wire.metadata.user_id;
  if (wire.top_k !== undefined) warn(req, 'top_k dropped (no equivalent)');
  // OpenAI caches long prompt prefixes by itself; the breakpoints have no equivalent to send.
  if (JSON.stringify(body).includes('"cache_control"')) warn(req, 'cache_control dropped (automatic prompt caching)');
  const format = wire.output_config?.format ?? wire.output_format;
  if (format?.type === 'json_schema')
    req.responseFormat = { type: 'json_schema', name: 'output', schema: format.schema };
  return req;
}

/**
 * One Anthropic message may become several spec messages: tool results travel in user turns on
 * Anthropic but are their own role in the spec, so a user turn splits at each switch between
 * tool_result blocks and other blocks, keeping order.
 */
function messageToSpec(message: AnthropicMessage, i: number): Message[] {
  if (typeof message.content === 'string')
    return [{ role: message.role, content: [{ type: 'text', text: message.content }] }];
  const out: Message[] = [];
  message.content.forEach((block, j) => {
    const param = `messages[${i}].content[${j}]`;
    const part = blockToSpec(block, param);
    if (part === undefined) return;
    const role = part.type === 'tool_result' ? 'tool' : message.role;
    const last = out.at(-1);
    if (last?.role === role) last.content.push(part);
    else out.push({ role, content: [part] });
  });
  return out;
}

function blockToSpec(block: AnthropicBlock, param: string): ContentPart | undefined {
  switch (block.type) {
    case 'text':
      return { type: 'text', text: block.text };
    case 'image':
      return imageToSpec(block, param);
    case 'tool_use':
      return { type: 'tool_call', id: block.id, name: block.name, arguments: JSON.stringify(block.input) };
    case 'tool_result':
      return toolResultToSpec(block, param);
    case 'thinking':
      return { type: 'reasoning', text: block.thinking, signature: block.signature };
    case 'redacted_thinking':
      return { type: 'reasoning', text: '', redacted: block.data };
    case 'search_result':
      // Models without search-result support read the source as text (no citation blocks come back).
      return {
        type: 'text',
        text: `${block.title} (${block.source})\n${block.content.map((c) => c.text).join('\n')}`,
      };
    default:
      throw new TranslationError(param, `${block.type} blocks cannot be sent to this model`);
  }
}

function imageToSpec(block: AnthropicImageBlock, param: string): ContentPart {
  const { source } = block;
  if (source.type === 'base64') {
    return { type: 'image', url: `data:${source.media_type};base64,${source.data}`, mediaType: source.media_type };
  }
  if (source.type === 'url') return { type: 'image', url: source.url };
  throw new TranslationError(`${param}.source`, 'images from the Anthropic Files API cannot be sent to this model');
}

function toolResultToSpec(block: AnthropicToolResultBlock, param: string): ContentPart {
  let content = '';
  if (typeof block.content === 'string') content = block.content;
  else if (block.content) {
    content = block.content
      .map((b: AnthropicTextBlock | AnthropicImageBlock, k) => {
        if (b.type === 'text') return b.text;
        throw new TranslationError(`${param}.content[${k}]`, 'images inside tool results cannot be sent to this model');
      })
      .join('\n');
  }
  const part: ContentPart = { type: 'tool_result', toolCallId: block.tool_use_id, content };
  if (block.is_error) part.isError = true;
  return part;
}

function toolChoiceToSpec(choice: AnthropicToolChoice): ToolChoice {
  if (choice.type === 'tool') return { name: choice.name };
  if (choice.type === 'any') return 'required';
  return choice.type;
}

export function anthropicRequestFromSpec(req: ChatRequest): Json {
  if (req.n !== undefined && req.n > 1) {
    throw new TranslationError('n', 'Anthropic models return one choice per request; n must be 1');
  }
  const body: Json = {
    model: req.model,
    max_tokens: req.maxTokens ?? DEFAULT_MAX_TOKENS,
    messages: messagesFromSpec(req.messages),
  };
  const structured = structuredOutputTool(req);
  const instruction = structured ? undefined : req.responseFormat && responseFormatInstruction(req.responseFormat);
  const system = [req.system, instruction].filter(Boolean);
  if (system.length > 0) body.system = system.join('\n\n');
  if (req.stream) body.stream = true;
  // OpenAI's temperature runs 0–2, Anthropic's 0–1: values above 1 are clamped rather than rescaled,
  // so the common 0–1 settings keep their meaning.
  if (req.temperature !== undefined) body.temperature = Math.min(req.temperature, 1);
  if (req.topP !== undefined) body.top_p = req.topP;
  // Anthropic rejects whitespace-only stop sequences (common in OpenAI calls: "\n"). They are dropped,
  // as other gateways do, rather than failing the call; the rest still apply.
  const stop = req.stop?.filter((s) => s.trim() !== '');
  if (stop && stop.length > 0) body.stop_sequences = stop;
  if (req.tools && req.tools.length > 0) {
    body.tools = req.tools.map((t) =>
      t.description === undefined
        ? { name: t.name, input_schema: t.parameters }
        : { name: t.name, description: t.description, input_schema: t.parameters },
    );
  }
  if (req.toolChoice) body.tool_choice = toolChoiceFromSpec(req.toolChoice);
  if (structured) {
    // The answer comes back as this tool's input: forced when it is the only tool, else "some tool must be called".
    const tools = [...((body.tools as Json[] | undefined) ?? []), structured];
    body.tools = tools;
    if (req.toolChoice !== 'none')
      body.tool_choice = tools.length === 1 ? { type: 'tool', name: STRUCTURED_OUTPUT_TOOL } : { type: 'any' };
    warn(req, 'response_format json_schema -> forced tool call');
  }
  if (req.parallelToolCalls === false && req.tools && req.tools.length > 0) {
    body.tool_choice = {
      ...((body.tool_choice as Json | undefined) ?? { type: 'auto' }),
      disable_parallel_tool_use: true,
    };
  }
  if (req.user) body.metadata = { user_id: req.user };
  if (req.reasoningEffort !== undefined || req.reasoningBudget !== undefined) applyThinking(body, req);
  return body;
}

/** Thinking budgets for OpenAI reasoning efforts (Anthropic's minimum budget is 1024 tokens). */
export const THINKING_BUDGETS = { minimal: 1024, low: 2048, medium: 8192, high: 24576 } as const;

function effortOfBudget(budget: number): ChatRequest['reasoningEffort'] {
  if (budget <= THINKING_BUDGETS.minimal) return 'minimal';
  if (budget <= THINKING_BUDGETS.low) return 'low';
  if (budget <= THINKING_BUDGETS.medium) return 'medium';
  return 'high';
}

/**
 * reasoning_effort → `thinking` with a budget. OpenAI's token cap counts reasoning, Anthropic's max_tokens does
 * too, so the budget is kept below the cap; thinking requires the default temperature, so a temperature is dropped.
 */
function applyThinking(body: Json, req: ChatRequest): void {
  let budget = req.reasoningBudget ?? THINKING_BUDGETS[req.reasoningEffort ?? 'medium'];
  let max = body.max_tokens as number;
  if (req.maxTokens === undefined) max = DEFAULT_MAX_TOKENS + budget;
  else if (budget >= max) budget = Math.max(1024, Math.floor(max / 2));
  if (budget >= max) max = budget + 1024;
  body.max_tokens = max;
  body.thinking = { type: 'enabled', budget_tokens: budget };
  if (req.reasoningBudget === undefined)
    warn(req, `reasoning_effort=${req.reasoningEffort} -> thinking.budget_tokens=${budget}`);
  if (body.temperature !== undefined) {
    delete body.temperature;
    warn(req, 'temperature dropped (thinking requires the default)');
  }
}

export function warn(req: ChatRequest, note: string): void {
  if (req.warnings) req.warnings.push(note);
  else req.warnings = [note];
}

/** The tool whose input is the JSON answer (see structuredOutputTool); its calls are returned as text content. */
export const STRUCTURED_OUTPUT_TOOL = 'lintel_structured_output';

/**
 * response_format json_schema toward Claude, as the SDKs do it: a tool whose input schema is the answer's schema,
 * so the answer is schema-valid JSON as far as Claude's tool use guarantees. Not with thinking (which cannot be
 * combined with a forced tool) nor with a non-object schema (tool inputs are objects): the system prompt asks then.
 */
function structuredOutputTool(req: ChatRequest): Json | undefined {
  const f = req.responseFormat;
  if (f?.type !== 'json_schema' || f.schema.type !== 'object') return undefined;
  if (req.reasoningEffort !== undefined || req.reasoningBudget !== undefined) return undefined;
  return {
    name: STRUCTURED_OUTPUT_TOOL,
    description: `Respond with the final answer "${f.name}" as this tool's input. Call it exactly once.`,
    input_schema: f.schema,
  };
}

/**
 * Anthropic has no response_format: the format is asked for in the system prompt instead (no
 * guarantee, but Claude follows it reliably), schema included so the model sees every field.
 */
function responseFormatInstruction(format: ResponseFormat): string | undefined {
  if (format.type === 'json_object') {
    return 'Respond only with a single valid JSON object. Do not add any text before or after it, and do not wrap it in code fences.';
  }
  if (format.type === 'json_schema') {
    return (
      `Respond only with a single valid JSON value that matches the JSON Schema "${format.name}" below. ` +
      'Do not add any text before or after it, and do not wrap it in code fences.\n' +
      JSON.stringify(format.schema)
    );
  }
  return undefined;
}

function toolChoiceFromSpec(choice: ToolChoice): AnthropicToolChoice {
  if (typeof choice === 'object') return { type: 'tool', name: choice.name };
  if (choice === 'required') return { type: 'any' };
  return { type: choice };
}

/**
 * Spec `tool` messages become user turns of tool_result blocks, and consecutive turns of one role are
 * merged, so parallel tool results land in one user turn ahead of any follow-up text, as Anthropic
 * requires. Empty text is dropped: Anthropic rejects empty text blocks.
 */
function messagesFromSpec(messages: Message[]): AnthropicMessage[] {
  const out: { role: 'user' | 'assistant'; content: AnthropicBlock[] }[] = [];
  for (const m of messages) {
    const role = m.role === 'assistant' ? 'assistant' : 'user';
    const blocks = m.content.flatMap(partFromSpec);
    if (blocks.length === 0) continue;
    const last = out.at(-1);
    if (last?.role === role) last.content.push(...blocks);
    else out.push({ role, content: blocks });
  }
  return out.map((m) =>
    // A lone text block is sent as a string, Anthropic's shortest and most common form.
    m.content.length === 1 && m.content[0]!.type === 'text' ? { role: m.role, content: m.content[0]!.text } : m,
  );
}

function partFromSpec(part: ContentPart): AnthropicBlock[] {
  switch (part.type) {
    case 'reasoning':
      // Claude verifies its own thinking by signature; reasoning from another model cannot be sent back.
      if (part.redacted) return [{ type: 'redacted_thinking', data: part.redacted }];
      return part.signature ? [{ type: 'thinking', thinking: part.text, signature: part.signature }] : [];
    case 'text':
      return part.text === '' ? [] : [{ type: 'text', text: part.text }];
    case 'image':
      return [{ type: 'image', source: imageSourceFromSpec(part.url) }];
    case 'tool_call':
      return [{ type: 'tool_use', id: part.id, name: part.name, input: toolInput(part.arguments, part.id) }];
    case 'tool_result': {
      const block: AnthropicToolResultBlock = {
        type: 'tool_result',
        tool_use_id: part.toolCallId,
        content: part.content,
      };
      if (part.isError) block.is_error = true;
      return [block];
    }
  }
}

function imageSourceFromSpec(url: string): AnthropicImageBlock['source'] {
  if (!url.startsWith('data:')) return { type: 'url', url };
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(url);
  if (!match) throw new TranslationError('messages', 'image data URLs must be base64-encoded');
  return { type: 'base64', media_type: match[1]!, data: match[2]! };
}

/** Anthropic wants the tool input as an object; OpenAI history carries it as JSON text. */
function toolInput(args: string, id: string): Record<string, unknown> {
  if (args.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(args);
  } catch {
    throw new TranslationError('messages', `arguments of tool call ${id} are not valid JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TranslationError('messages', `arguments of tool call ${id} must be a JSON object`);
  }
  return value as Record<string, unknown>;
}
