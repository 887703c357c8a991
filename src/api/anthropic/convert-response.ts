// Anthropic Messages response ⇄ neutral spec.
import type { ChatResponse, ContentPart } from '../../spec/chat.ts';
import type { Json } from '../../spec/translate.ts';
import { STRUCTURED_OUTPUT_TOOL } from './convert-request.ts';
import { stopReasonFromSpec, stopReasonToSpec, usageFromSpec, usageToSpec } from './mapping.ts';
import type { AnthropicBlock, AnthropicResponse } from './wire.ts';

export function anthropicResponseToSpec(body: Json): ChatResponse {
  const wire = body as unknown as AnthropicResponse;
  const content = wire.content.flatMap((block): ContentPart[] => {
    if (block.type === 'text') return [{ type: 'text', text: block.text }];
    if (block.type === 'tool_use') {
      // The structured-output tool carries the answer: it is content, not a call for the client to run.
      if (block.name === STRUCTURED_OUTPUT_TOOL) return [{ type: 'text', text: JSON.stringify(block.input) }];
      return [{ type: 'tool_call', id: block.id, name: block.name, arguments: JSON.stringify(block.input) }];
    }
    if (block.type === 'thinking') return [{ type: 'reasoning', text: block.thinking, signature: block.signature }];
    if (block.type === 'redacted_thinking') return [{ type: 'reasoning', text: '', redacted: block.data }];
    return []; // server-tool blocks have no place in the other dialect
  });
  return {
    id: wire.id,
    model: wire.model,
    created: Math.floor(Date.now() / 1000), // Anthropic does not say when; the gateway saw it now
    choices: [{ index: 0, content: mergeText(content), finishReason: finishOf(wire, content) }],
    usage: usageToSpec(wire.usage),
  };
}

/** A turn that stopped only to "call" the structured-output tool has finished its answer. */
function finishOf(wire: AnthropicResponse, content: ContentPart[]): ChatResponse['choices'][number]['finishReason'] {
  const answered = wire.content.some((b) => b.type === 'tool_use' && b.name === STRUCTURED_OUTPUT_TOOL);
  if (wire.stop_reason === 'tool_use' && answered && !content.some((p) => p.type === 'tool_call')) return 'stop';
  return stopReasonToSpec(wire.stop_reason);
}

/** Citations split one answer into many text blocks; the other dialect has one content string. */
function mergeText(parts: ContentPart[]): ContentPart[] {
  const out: ContentPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (part.type === 'text' && last?.type === 'text') last.text += part.text;
    else out.push(part.type === 'text' ? { ...part } : part);
  }
  return out;
}

/** Anthropic has one answer per message: choice 0 is used (n > 1 is refused on the way in). */
export function anthropicResponseFromSpec(res: ChatResponse): Json {
  const choice = res.choices.find((c) => c.index === 0) ?? res.choices[0];
  const content: AnthropicBlock[] = (choice?.content ?? []).flatMap((part): AnthropicBlock[] => {
    if (part.type === 'text') return part.text === '' ? [] : [{ type: 'text', text: part.text }];
    if (part.type === 'tool_call')
      return [{ type: 'tool_use', id: part.id, name: part.name, input: parseInput(part.arguments) }];
    if (part.type === 'reasoning') {
      if (part.redacted) return [{ type: 'redacted_thinking', data: part.redacted }];
      return [{ type: 'thinking', thinking: part.text, signature: part.signature ?? '' }];
    }
    return [];
  });
  const body: AnthropicResponse = {
    id: res.id,
    type: 'message',
    role: 'assistant',
    model: res.model,
    content,
    stop_reason: choice ? stopReasonFromSpec(choice.finishReason) : 'end_turn',
    stop_sequence: null,
    usage: usageFromSpec(res.usage ?? { inputTokens: 0, outputTokens: 0 }),
  };
  return body as unknown as Json;
}

/**
 * Models sometimes emit tool arguments that are not a JSON object; Anthropic's `input` must be one.
 * An empty object keeps the response valid, and the caller's tool-argument validation will flag it.
 */
export function parseInput(args: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(args);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  return {};
}
