// OpenAI Chat Completions response ⇄ neutral spec.
import type { ChatResponse, Choice, ContentPart } from '../../spec/chat.ts';
import type { Json } from '../../spec/translate.ts';
import { finishReasonFromSpec, finishReasonToSpec, usageFromSpec, usageToSpec } from './mapping.ts';
import type { OpenAIChatResponse, OpenAIMessage, OpenAIToolCall } from './wire.ts';

export function openaiResponseToSpec(body: Json): ChatResponse {
  const wire = body as unknown as OpenAIChatResponse;
  const res: ChatResponse = {
    id: wire.id,
    model: wire.model,
    created: wire.created,
    choices: wire.choices.map((c) => ({
      index: c.index,
      content: messageContentToSpec(c.message),
      finishReason: finishReasonToSpec(c.finish_reason),
    })),
  };
  if (wire.usage) res.usage = usageToSpec(wire.usage);
  return res;
}

function messageContentToSpec(message: OpenAIMessage): ContentPart[] {
  const parts: ContentPart[] = [];
  if (message.reasoning_content) parts.push({ type: 'reasoning', text: message.reasoning_content });
  const text = typeof message.content === 'string' ? message.content : '';
  // A refusal is the model's answer in words; the other dialect has no separate field for it.
  const answer = text || message.refusal || '';
  if (answer !== '') parts.push({ type: 'text', text: answer });
  for (const call of message.tool_calls ?? []) {
    parts.push({ type: 'tool_call', id: call.id, name: call.function.name, arguments: call.function.arguments });
  }
  if (message.function_call) {
    const { name, arguments: args } = message.function_call;
    parts.push({ type: 'tool_call', id: `call_fn_${name}`, name, arguments: args });
  }
  return parts;
}

export function openaiResponseFromSpec(res: ChatResponse): Json {
  const body: Json = {
    id: res.id,
    object: 'chat.completion',
    created: res.created,
    model: res.model,
    choices: res.choices.map(choiceFromSpec),
  };
  if (res.usage) body.usage = usageFromSpec(res.usage);
  return body;
}

function choiceFromSpec(choice: Choice): Json {
  const text = choice.content.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('');
  const calls: OpenAIToolCall[] = choice.content.flatMap((p) =>
    p.type === 'tool_call'
      ? [{ id: p.id, type: 'function' as const, function: { name: p.name, arguments: p.arguments } }]
      : [],
  );
  const refused = choice.finishReason === 'content_filter' && calls.length === 0 && text !== '';
  const message: Json = {
    role: 'assistant',
    content: refused || (text === '' && calls.length > 0) ? null : text,
    refusal: refused ? text : null,
  };
  if (calls.length > 0) message.tool_calls = calls;
  const reasoning = choice.content.flatMap((p) => (p.type === 'reasoning' ? [p] : []));
  if (reasoning.length > 0) {
    message.reasoning_content = reasoning.map((p) => p.text).join('');
    message.thinking_blocks = reasoning.map((p) =>
      p.redacted !== undefined
        ? { type: 'redacted_thinking', data: p.redacted }
        : { type: 'thinking', thinking: p.text, signature: p.signature ?? '' },
    );
  }
  return { index: choice.index, message, logprobs: null, finish_reason: finishReasonFromSpec(choice.finishReason) };
}
