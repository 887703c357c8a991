// Anthropic Messages API wire format: POST /v1/messages, JSON and the named-event SSE stream.

import { anthropicErrorBody } from './errors.ts';
import {
  answerSource,
  applyLimits,
  approxTokens,
  fragmentText,
  type Generated,
  replyPieces,
  stopList,
} from './generate.ts';
import {
  contentChars,
  contentText,
  type Frame,
  type GenContext,
  intField,
  isObject,
  type JsonObject,
  jsonPlan,
  type Plan,
} from './plan.ts';
import { randomId } from './random.ts';
import { exampleFromSchema } from './schema-example.ts';

export const ANTHROPIC_MODELS = ['claude-sonnet-4-5', 'claude-haiku-4-5', 'claude-opus-4-1'];

function invalid(message: string): Plan {
  return { kind: 'json', status: 400, body: anthropicErrorBody(400, message) };
}

interface ToolPick {
  name: string;
  schema: unknown;
}

export function anthropicMessages(raw: unknown, ctx: GenContext): Plan {
  if (!isObject(raw)) return invalid('The request body must be a JSON object.');
  const body = raw;
  if (typeof body.model !== 'string' || !body.model) return invalid('model: Field required');
  const maxTokens = intField(body, 'max_tokens');
  if (maxTokens === undefined) return invalid('max_tokens: Field required');
  if (!(maxTokens >= 1)) return invalid('max_tokens: Input should be an integer greater than or equal to 1');
  const messages = body.messages;
  if (!Array.isArray(messages)) return invalid('messages: Field required');
  if (messages.length === 0) return invalid('messages: at least one message is required');

  const tool = pickTool(body, messages);
  let gen: Generated;
  const format = outputFormatSchema(body);
  if (tool) gen = applyLimits(fragmentText(JSON.stringify(exampleFromSchema(tool.schema))), maxTokens, []);
  else if (format) gen = applyLimits(fragmentText(JSON.stringify(exampleFromSchema(format))), maxTokens, []);
  else
    gen = applyLimits(
      replyPieces(answerSource(lastUserText(messages), String(body.model), ctx.wrongRate), ctx.outputTokens),
      maxTokens,
      stopList(body.stop_sequences),
    );
  const stopReason =
    gen.finish === 'length'
      ? 'max_tokens'
      : tool
        ? 'tool_use'
        : gen.finish === 'stop_sequence'
          ? 'stop_sequence'
          : 'end_turn';
  const inputTokens = approxTokens(contentChars(body.system) + promptChars(messages));
  const outputTokens = gen.pieces.length;
  const id = randomId(ctx.rng, 'msg_');
  const toolId = tool ? randomId(ctx.rng, 'toolu_') : '';
  const text = gen.pieces.join('');
  const model = body.model;
  const cited = tool ? [] : citedSources(messages);

  if (body.stream === true) {
    return streamMessage({ id, model, tool, toolId, gen, stopReason, inputTokens, cited });
  }
  const block = tool
    ? { type: 'tool_use', id: toolId, name: tool.name, input: parseOr(text, {}) }
    : { type: 'text', text };
  return jsonPlan({
    id,
    type: 'message',
    role: 'assistant',
    model,
    content: [...cited.map((c) => ({ type: 'text', text: c.text, citations: [c.citation] })), block],
    stop_reason: stopReason,
    stop_sequence: gen.stopSequence,
    usage: {
      input_tokens: inputTokens,
      output_tokens: outputTokens,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    },
  });
}

function parseOr(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fallback; // truncated by max_tokens
  }
}

/** Tool use is answered when tools exist, tool_choice is not none and the last user turn carries no tool_result. */
function pickTool(body: JsonObject, messages: unknown[]): ToolPick | null {
  if (!Array.isArray(body.tools) || body.tools.length === 0) return null;
  const choice = isObject(body.tool_choice) ? body.tool_choice : { type: 'auto' };
  if (choice.type === 'none') return null;
  const last = messages[messages.length - 1];
  if (isObject(last) && Array.isArray(last.content)) {
    if (last.content.some((b) => isObject(b) && b.type === 'tool_result')) return null;
  }
  const tools: ToolPick[] = [];
  for (const t of body.tools) {
    if (isObject(t) && typeof t.name === 'string') tools.push({ name: t.name, schema: t.input_schema ?? {} });
  }
  if (choice.type === 'tool' && typeof choice.name === 'string') {
    return tools.find((t) => t.name === choice.name) ?? tools[0] ?? null;
  }
  return tools[0] ?? null;
}

/** POST /v1/messages/count_tokens: the same prompt estimate the messages endpoint reports as input_tokens. */
export function anthropicCountTokens(raw: unknown): Plan {
  if (!isObject(raw)) return invalid('The request body must be a JSON object.');
  if (typeof raw.model !== 'string' || !raw.model) return invalid('model: Field required');
  if (!Array.isArray(raw.messages)) return invalid('messages: Field required');
  return jsonPlan({ input_tokens: approxTokens(contentChars(raw.system) + promptChars(raw.messages)) });
}

/** Structured outputs (`output_config.format`, formerly the beta `output_format`): the text is schema-valid JSON. */
function outputFormatSchema(body: JsonObject): unknown {
  const cfg = isObject(body.output_config) ? body.output_config.format : body.output_format;
  return isObject(cfg) && cfg.type === 'json_schema' && isObject(cfg.schema) ? cfg.schema : undefined;
}

function lastUserText(messages: unknown[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (!isObject(m) || m.role !== 'user') continue;
    const text = contentText(m.content);
    if (text || !Array.isArray(m.content)) return text;
    // Only tool results: echo their content instead.
    const results = m.content
      .filter((b): b is JsonObject => isObject(b) && b.type === 'tool_result')
      .map((b) => contentText(b.content));
    return results.join(' ');
  }
  return '';
}

interface CitedSource {
  text: string;
  citation: JsonObject;
}

/**
 * Search results with citations enabled in the last user turn: like Claude, the answer quotes each one (its first
 * sentence) in a text block of its own carrying a search_result_location citation.
 */
function citedSources(messages: unknown[]): CitedSource[] {
  const last = messages[messages.length - 1];
  if (!isObject(last) || last.role !== 'user' || !Array.isArray(last.content)) return [];
  const out: CitedSource[] = [];
  last.content
    .filter((b): b is JsonObject => isObject(b) && b.type === 'search_result')
    .forEach((b, i) => {
      if (!isObject(b.citations) || b.citations.enabled !== true) return;
      const first = Array.isArray(b.content) ? b.content[0] : undefined;
      const body = isObject(first) && typeof first.text === 'string' ? first.text : '';
      const sentence = (/^[\s\S]*?[.!?](\s|$)/.exec(body)?.[0] ?? body).trim().slice(0, 300);
      if (!sentence) return;
      out.push({
        text: sentence,
        citation: {
          type: 'search_result_location',
          source: String(b.source ?? ''),
          title: typeof b.title === 'string' ? b.title : null,
          cited_text: sentence,
          search_result_index: i,
          start_block_index: 0,
          end_block_index: 0,
        },
      });
    });
  return out;
}

function promptChars(messages: unknown[]): number {
  let chars = 0;
  for (const m of messages) if (isObject(m)) chars += contentChars(m.content);
  return chars;
}

interface StreamSpec {
  id: string;
  model: string;
  tool: ToolPick | null;
  toolId: string;
  gen: Generated;
  stopReason: string;
  inputTokens: number;
  cited: CitedSource[];
}

function sse(event: string, data: string, tick = false): Frame {
  return { data: `event: ${event}\ndata: ${data}\n\n`, tick };
}

function streamMessage(s: StreamSpec): Plan {
  const message = {
    id: s.id,
    type: 'message',
    role: 'assistant',
    model: s.model,
    content: [],
    stop_reason: null,
    stop_sequence: null,
    usage: {
      input_tokens: s.inputTokens,
      output_tokens: 1,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    },
  };
  const block = s.tool ? { type: 'tool_use', id: s.toolId, name: s.tool.name, input: {} } : { type: 'text', text: '' };
  const frames: Frame[] = [sse('message_start', JSON.stringify({ type: 'message_start', message }))];
  // Cited quotes first, each its own text block: start, citations_delta, text_delta, stop.
  s.cited.forEach((c, index) => {
    const delta = (d: JsonObject) =>
      sse('content_block_delta', JSON.stringify({ type: 'content_block_delta', index, delta: d }), true);
    frames.push(
      sse(
        'content_block_start',
        JSON.stringify({
          type: 'content_block_start',
          index,
          content_block: { type: 'text', text: '', citations: [] },
        }),
      ),
      delta({ type: 'citations_delta', citation: c.citation }),
      delta({ type: 'text_delta', text: c.text }),
      sse('content_block_stop', JSON.stringify({ type: 'content_block_stop', index })),
    );
  });
  const index = s.cited.length;
  frames.push(
    sse('content_block_start', JSON.stringify({ type: 'content_block_start', index, content_block: block })),
    sse('ping', '{"type":"ping"}'),
  );
  const deltaHead = s.tool
    ? `{"type":"content_block_delta","index":${index},"delta":{"type":"input_json_delta","partial_json":`
    : `{"type":"content_block_delta","index":${index},"delta":{"type":"text_delta","text":`;
  for (const piece of s.gen.pieces)
    frames.push(sse('content_block_delta', `${deltaHead}${JSON.stringify(piece)}}}`, true));
  frames.push(sse('content_block_stop', `{"type":"content_block_stop","index":${index}}`));
  frames.push(
    sse(
      'message_delta',
      JSON.stringify({
        type: 'message_delta',
        delta: { stop_reason: s.stopReason, stop_sequence: s.gen.stopSequence },
        usage: { output_tokens: s.gen.pieces.length },
      }),
    ),
  );
  frames.push(sse('message_stop', '{"type":"message_stop"}'));
  return { kind: 'stream', frames, malformed: `event: content_block_delta\ndata: ${deltaHead}\n\n` };
}
