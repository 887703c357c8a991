// OpenAI `chat.completion.chunk` events → spec stream parts. The caller strips the `[DONE]` sentinel
// before JSON parsing, so every event reaching here is a chunk object.
import type { StreamPart } from '../../spec/chat.ts';
import type { Json, StreamDecoder } from '../../spec/translate.ts';
import { finishReasonToSpec, usageToSpec } from './mapping.ts';
import type { OpenAIChunk } from './wire.ts';

export class OpenAIStreamDecoder implements StreamDecoder {
  private started = false;
  /** `${choice}:${index}` of tool calls already announced: some servers repeat id and name on every delta. */
  private readonly toolCalls = new Set<string>();

  decode(_event: string | undefined, data: Json): StreamPart[] {
    const chunk = data as unknown as OpenAIChunk;
    if (chunk.error) {
      return [{ type: 'error', message: chunk.error.message ?? 'upstream error', errorType: chunk.error.type }];
    }
    const parts: StreamPart[] = [];
    // Some deployments (Azure) open with a chunk whose id and model are empty: identity comes from the next one.
    if (!this.started && (chunk.id || chunk.model)) {
      this.started = true;
      parts.push({ type: 'start', id: chunk.id, model: chunk.model, created: chunk.created });
    }
    for (const choice of chunk.choices ?? []) {
      const { delta } = choice;
      if (delta?.reasoning_content)
        parts.push({ type: 'reasoning-delta', choice: choice.index, text: delta.reasoning_content });
      for (const b of delta?.thinking_blocks ?? []) {
        if (b.type === 'redacted_thinking')
          parts.push({ type: 'reasoning-signature', choice: choice.index, redacted: b.data });
        else if (b.signature) parts.push({ type: 'reasoning-signature', choice: choice.index, signature: b.signature });
      }
      const text = delta?.content || delta?.refusal;
      if (text) parts.push({ type: 'text-delta', choice: choice.index, text });
      for (const call of delta?.tool_calls ?? []) {
        const key = `${choice.index}:${call.index}`;
        if (!this.toolCalls.has(key)) {
          this.toolCalls.add(key);
          const id = call.id ?? `call_${choice.index}_${call.index}`;
          parts.push({
            type: 'tool-call-start',
            choice: choice.index,
            index: call.index,
            id,
            name: call.function?.name ?? '',
          });
        }
        const args = call.function?.arguments;
        if (args)
          parts.push({ type: 'tool-call-delta', choice: choice.index, index: call.index, argumentsDelta: args });
      }
      if (choice.finish_reason) {
        parts.push({ type: 'finish', choice: choice.index, reason: finishReasonToSpec(choice.finish_reason) });
      }
    }
    // With include_usage OpenAI sends it once, in a last chunk with `choices: []`; others put it on the finish chunk.
    if (chunk.usage) parts.push({ type: 'usage', usage: usageToSpec(chunk.usage) });
    return parts;
  }
}
