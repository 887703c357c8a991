// Spec stream parts → Anthropic Messages SSE (`event: NAME\ndata: {json}\n\n`).
//
// Ordering constraint: Anthropic puts input tokens in message_start, but an OpenAI upstream reports
// usage only after its finish chunk, at the very end. message_start therefore goes out at once with
// the input tokens known then (0 from an OpenAI upstream), and message_delta — which carries
// stop_reason and the final usage, input tokens included, that clients fold into the message — is
// held until both the finish and the usage have arrived, or until end(). The Anthropic SDK takes
// message_delta's usage as the final count, so the accumulated message ends up exact.
import { randomUUID } from 'node:crypto';
import type { FinishReason, StreamPart, Usage } from '../../spec/chat.ts';
import type { StreamEncoder } from '../../spec/translate.ts';
import { errorTypeFromSpec, stopReasonFromSpec, usageFromSpec } from './mapping.ts';

export interface AnthropicStreamEncoderOptions {
  requestModel: string;
}

export class AnthropicStreamEncoder implements StreamEncoder {
  private model: string;
  private started = false;
  private stopped = false;
  /** Position of the next content block; Anthropic indexes blocks by their place in `content`. */
  private nextBlock = 0;
  private open: { kind: 'text' | 'tool' | 'thinking'; index: number } | undefined;
  /** Upstream tool-call index → content-block index. */
  private readonly toolBlocks = new Map<number, number>();
  private finish: FinishReason | undefined;
  private usage: Usage | undefined;

  constructor(opts: AnthropicStreamEncoderOptions) {
    this.model = opts.requestModel;
  }

  encode(part: StreamPart): string {
    if (this.stopped) return '';
    // Anthropic has one answer per message; other choices cannot occur (n > 1 is refused on the way in).
    if ('choice' in part && part.choice !== 0) return '';
    switch (part.type) {
      case 'start':
        if (part.model) this.model = part.model; // the model that served the call, as in JSON answers
        return this.start(part.id);
      case 'text-delta':
        if (part.text === '') return '';
        return this.start() + this.openText() + this.delta({ type: 'text_delta', text: part.text });
      case 'reasoning-delta':
        if (part.text === '') return '';
        return this.start() + this.openThinking() + this.delta({ type: 'thinking_delta', thinking: part.text });
      case 'reasoning-signature': {
        if (part.redacted !== undefined) {
          const frames = this.start() + this.closeBlock();
          const index = this.nextBlock++;
          const block = { type: 'redacted_thinking', data: part.redacted };
          return (
            frames +
            frame('content_block_start', { type: 'content_block_start', index, content_block: block }) +
            frame('content_block_stop', { type: 'content_block_stop', index })
          );
        }
        if (!part.signature) return '';
        return this.start() + this.openThinking() + this.delta({ type: 'signature_delta', signature: part.signature });
      }
      case 'tool-call-start': {
        const frames = this.start() + this.closeBlock();
        const index = this.nextBlock++;
        this.open = { kind: 'tool', index };
        this.toolBlocks.set(part.index, index);
        const block = { type: 'tool_use', id: part.id, name: part.name, input: {} };
        return frames + frame('content_block_start', { type: 'content_block_start', index, content_block: block });
      }
      case 'tool-call-delta': {
        // A delta for a call whose block was already closed (interleaved parallel calls) still names
        // its own block index, which is how clients accumulate input_json_delta.
        const index = this.toolBlocks.get(part.index);
        if (index === undefined || part.argumentsDelta === '') return '';
        const delta = { type: 'input_json_delta', partial_json: part.argumentsDelta };
        return frame('content_block_delta', { type: 'content_block_delta', index, delta });
      }
      case 'finish':
        this.finish = part.reason;
        return this.start() + this.closeBlock() + (this.usage ? this.stop() : '');
      case 'usage':
        this.usage = part.usage;
        return this.finish !== undefined ? this.stop() : '';
      case 'error': {
        this.stopped = true; // Anthropic ends the stream after an error event
        const error = { type: errorTypeFromSpec(part.errorType), message: part.message };
        return frame('error', { type: 'error', error });
      }
    }
  }

  end(): string {
    if (this.stopped || !this.started) return '';
    return this.closeBlock() + this.stop();
  }

  private start(id?: string): string {
    if (this.started) return '';
    this.started = true;
    const usage = this.usage ? usageFromSpec(this.usage) : emptyUsage();
    const message = {
      id: id ?? `msg_${randomUUID().replaceAll('-', '')}`,
      type: 'message',
      role: 'assistant',
      model: this.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { ...usage, output_tokens: 0 },
    };
    return frame('message_start', { type: 'message_start', message });
  }

  private openText(): string {
    if (this.open?.kind === 'text') return '';
    const frames = this.closeBlock();
    const index = this.nextBlock++;
    this.open = { kind: 'text', index };
    return (
      frames +
      frame('content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } })
    );
  }

  private openThinking(): string {
    if (this.open?.kind === 'thinking') return '';
    const frames = this.closeBlock();
    const index = this.nextBlock++;
    this.open = { kind: 'thinking', index };
    const block = { type: 'thinking', thinking: '', signature: '' };
    return frames + frame('content_block_start', { type: 'content_block_start', index, content_block: block });
  }

  private delta(delta: object): string {
    return frame('content_block_delta', { type: 'content_block_delta', index: this.open!.index, delta });
  }

  private closeBlock(): string {
    if (!this.open) return '';
    const { index } = this.open;
    this.open = undefined;
    return frame('content_block_stop', { type: 'content_block_stop', index });
  }

  private stop(): string {
    this.stopped = true;
    const stop_reason = stopReasonFromSpec(this.finish ?? 'stop');
    const usage = this.usage ? usageFromSpec(this.usage) : emptyUsage();
    return (
      frame('message_delta', { type: 'message_delta', delta: { stop_reason, stop_sequence: null }, usage }) +
      frame('message_stop', { type: 'message_stop' })
    );
  }
}

function emptyUsage() {
  return { input_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 0 };
}

function frame(event: string, data: object): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
