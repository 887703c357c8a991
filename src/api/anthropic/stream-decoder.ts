// Anthropic Messages stream events → spec stream parts.
// Usage is split across the stream (input at message_start, output at message_delta), so it is
// gathered and reported once, as one `usage` part at message_stop.
import type { StreamPart, Usage } from '../../spec/chat.ts';
import type { Json, StreamDecoder } from '../../spec/translate.ts';
import { STRUCTURED_OUTPUT_TOOL } from './convert-request.ts';
import { stopReasonToSpec, usageToSpec } from './mapping.ts';
import type { AnthropicStreamEvent, AnthropicUsage } from './wire.ts';

export class AnthropicStreamDecoder implements StreamDecoder {
  private usage: Partial<AnthropicUsage> = {};
  /** Content-block index → tool-call ordinal; text and ignored blocks are absent. */
  private readonly toolBlocks = new Map<number, number>();
  private readonly textBlocks = new Set<number>();
  private readonly thinkingBlocks = new Set<number>();
  /** Blocks of the structured-output tool: their input JSON is the answer text. */
  private readonly answerBlocks = new Set<number>();
  private finished = false;

  decode(event: string | undefined, data: Json): StreamPart[] {
    const ev = data as unknown as AnthropicStreamEvent;
    switch (event ?? ev.type) {
      case 'message_start': {
        const { message } = ev as Extract<AnthropicStreamEvent, { type: 'message_start' }>;
        this.mergeUsage(message.usage);
        return [{ type: 'start', id: message.id, model: message.model, created: Math.floor(Date.now() / 1000) }];
      }
      case 'content_block_start':
        return this.blockStart(ev as Extract<AnthropicStreamEvent, { type: 'content_block_start' }>);
      case 'content_block_delta':
        return this.blockDelta(ev as Extract<AnthropicStreamEvent, { type: 'content_block_delta' }>);
      case 'message_delta': {
        const { delta, usage } = ev as Extract<AnthropicStreamEvent, { type: 'message_delta' }>;
        this.mergeUsage(usage);
        if (!delta?.stop_reason || this.finished) return [];
        this.finished = true;
        // Stopping only to "call" the structured-output tool is the end of the answer.
        const answered = delta.stop_reason === 'tool_use' && this.toolBlocks.size === 0 && this.answerBlocks.size > 0;
        return [{ type: 'finish', choice: 0, reason: answered ? 'stop' : stopReasonToSpec(delta.stop_reason) }];
      }
      case 'message_stop':
        return [{ type: 'usage', usage: this.totalUsage() }];
      case 'error': {
        const { error } = ev as Extract<AnthropicStreamEvent, { type: 'error' }>;
        const failed: StreamPart = {
          type: 'error',
          message: error?.message ?? 'upstream error',
          errorType: error?.type,
        };
        // Usage reported before the error (input tokens at message_start, output so far) stays on the record.
        const seen = this.usage.input_tokens !== undefined || this.usage.output_tokens !== undefined;
        return seen ? [{ type: 'usage', usage: this.totalUsage() }, failed] : [failed];
      }
      default:
        return []; // ping, content_block_stop and event types added later
    }
  }

  private blockStart(ev: Extract<AnthropicStreamEvent, { type: 'content_block_start' }>): StreamPart[] {
    const block = ev.content_block;
    if (block.type === 'text') {
      this.textBlocks.add(ev.index);
      return block.text ? [{ type: 'text-delta', choice: 0, text: block.text }] : [];
    }
    if (block.type === 'thinking') {
      this.thinkingBlocks.add(ev.index);
      return block.thinking ? [{ type: 'reasoning-delta', choice: 0, text: block.thinking }] : [];
    }
    if (block.type === 'redacted_thinking') return [{ type: 'reasoning-signature', choice: 0, redacted: block.data }];
    if (block.type !== 'tool_use') return []; // server tools
    if (block.name === STRUCTURED_OUTPUT_TOOL) {
      this.answerBlocks.add(ev.index);
      const pre = block.input && Object.keys(block.input).length > 0 ? JSON.stringify(block.input) : '';
      return pre ? [{ type: 'text-delta', choice: 0, text: pre }] : [];
    }
    const ordinal = this.toolBlocks.size;
    this.toolBlocks.set(ev.index, ordinal);
    const parts: StreamPart[] = [
      { type: 'tool-call-start', choice: 0, index: ordinal, id: block.id, name: block.name },
    ];
    // Anthropic streams `input: {}` and sends the arguments as deltas; a pre-filled input is sent whole.
    if (block.input && Object.keys(block.input).length > 0) {
      parts.push({ type: 'tool-call-delta', choice: 0, index: ordinal, argumentsDelta: JSON.stringify(block.input) });
    }
    return parts;
  }

  private blockDelta(ev: Extract<AnthropicStreamEvent, { type: 'content_block_delta' }>): StreamPart[] {
    const { delta } = ev;
    if (delta.type === 'text_delta' && this.textBlocks.has(ev.index) && delta.text) {
      return [{ type: 'text-delta', choice: 0, text: delta.text }];
    }
    if (delta.type === 'input_json_delta' && delta.partial_json && this.answerBlocks.has(ev.index)) {
      return [{ type: 'text-delta', choice: 0, text: delta.partial_json }];
    }
    if (delta.type === 'input_json_delta' && delta.partial_json) {
      const ordinal = this.toolBlocks.get(ev.index);
      if (ordinal !== undefined)
        return [{ type: 'tool-call-delta', choice: 0, index: ordinal, argumentsDelta: delta.partial_json }];
    }
    if (this.thinkingBlocks.has(ev.index)) {
      if (delta.type === 'thinking_delta' && delta.thinking)
        return [{ type: 'reasoning-delta', choice: 0, text: delta.thinking }];
      if (delta.type === 'signature_delta' && delta.signature)
        return [{ type: 'reasoning-signature', choice: 0, signature: delta.signature }];
    }
    return []; // citation deltas
  }

  /** message_delta usage is cumulative and may restate input counts; later non-null values win. */
  private mergeUsage(usage: Partial<AnthropicUsage> | undefined): void {
    if (!usage) return;
    for (const key of [
      'input_tokens',
      'output_tokens',
      'cache_read_input_tokens',
      'cache_creation_input_tokens',
    ] as const) {
      const value = usage[key];
      if (typeof value === 'number') this.usage[key] = value;
    }
  }

  private totalUsage(): Usage {
    return usageToSpec(this.usage);
  }
}
