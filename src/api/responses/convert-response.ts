// Neutral spec → Responses `response` objects and output items, shared by JSON answers and the stream encoder.
import { randomBytes } from 'node:crypto';
import type { ChatResponse, ContentPart, FinishReason, Usage } from '../../spec/chat.ts';
import type { Json } from '../../spec/translate.ts';
import { encodeReasoning } from './reasoning-token.ts';
import type { ResponsesRequest } from './wire.ts';

export function newId(prefix: 'resp' | 'msg' | 'fc' | 'rs'): string {
  return `${prefix}_${randomBytes(24).toString('hex')}`;
}

/** What every `response` object of one request repeats from the request (as OpenAI echoes it). */
export class ResponseShell {
  readonly id = newId('resp');
  readonly createdAt = Math.floor(Date.now() / 1000);

  constructor(private readonly req: ResponsesRequest) {}

  object(status: string, model: string, output: Json[], usage: Usage | null, finish?: FinishReason): Json {
    const r = this.req;
    const incomplete = finish === 'length' ? { reason: 'max_output_tokens' } : null;
    return {
      id: this.id,
      object: 'response',
      created_at: this.createdAt,
      status: incomplete && status === 'completed' ? 'incomplete' : status,
      background: false,
      error: null,
      incomplete_details: incomplete,
      instructions: r.instructions ?? null,
      max_output_tokens: r.max_output_tokens ?? null,
      model: model || r.model,
      output,
      parallel_tool_calls: r.parallel_tool_calls ?? true,
      previous_response_id: r.previous_response_id ?? null,
      reasoning: { effort: r.reasoning?.effort ?? null, summary: r.reasoning?.summary ?? null },
      store: r.store ?? true,
      temperature: r.temperature ?? 1,
      text: { format: r.text?.format ?? { type: 'text' } },
      tool_choice: r.tool_choice ?? 'auto',
      tools: (r.tools ?? []).map((t) => ({ strict: true, description: null, parameters: null, ...t })),
      top_p: r.top_p ?? 1,
      truncation: 'disabled',
      usage: usage ? usageFromSpec(usage) : null,
      user: r.user ?? null,
      metadata: r.metadata ?? {},
    };
  }
}

export function usageFromSpec(u: Usage): Json {
  return {
    input_tokens: u.inputTokens,
    input_tokens_details: { cached_tokens: u.cachedInputTokens ?? 0 },
    output_tokens: u.outputTokens,
    output_tokens_details: { reasoning_tokens: u.reasoningTokens ?? 0 },
    total_tokens: u.inputTokens + u.outputTokens,
  };
}

export function outputText(text: string): Json {
  return { type: 'output_text', annotations: [], logprobs: [], text };
}

export function messageItem(id: string, status: string, content: Json[]): Json {
  return { id, type: 'message', status, content, role: 'assistant' };
}

export function functionCallItem(id: string, status: string, callId: string, name: string, args: string): Json {
  return { id, type: 'function_call', status, arguments: args, call_id: callId, name };
}

export function reasoningItem(id: string, text: string, signature?: string, redacted?: string): Json {
  const item: Json = { id, type: 'reasoning', summary: text ? [{ type: 'summary_text', text }] : [] };
  const token = encodeReasoning(signature, redacted);
  if (token) item.encrypted_content = token;
  return item;
}

/** Output items of one answer: reasoning, one message per run of text, one function_call per tool call. */
export function outputFromSpec(content: ContentPart[], finish: FinishReason): Json[] {
  const out: Json[] = [];
  let message: Json[] | null = null;
  for (const part of content) {
    if (part.type === 'text') {
      if (part.text === '') continue;
      if (!message) {
        message = [];
        out.push(messageItem(newId('msg'), 'completed', message));
      }
      // Anthropic's stop_reason "refusal" (spec content_filter) is the model declining: a refusal part.
      message.push(finish === 'content_filter' ? { type: 'refusal', refusal: part.text } : outputText(part.text));
    } else if (part.type === 'tool_call') {
      message = null;
      out.push(functionCallItem(newId('fc'), 'completed', part.id, part.name, part.arguments || '{}'));
    } else if (part.type === 'reasoning') {
      message = null;
      out.push(reasoningItem(newId('rs'), part.text, part.signature, part.redacted));
    }
  }
  return out;
}

export function responseFromSpec(shell: ResponseShell, res: ChatResponse): Json {
  const choice = res.choices[0];
  const finish = choice?.finishReason ?? 'stop';
  return shell.object('completed', res.model, outputFromSpec(choice?.content ?? [], finish), res.usage ?? null, finish);
}
