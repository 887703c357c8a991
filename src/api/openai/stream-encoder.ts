// Spec stream parts → OpenAI Chat Completions SSE (`data: {chunk}\n\n`, ending with `data: [DONE]\n\n`).
import { randomUUID } from 'node:crypto';
import type { StreamPart } from '../../spec/chat.ts';
import type { StreamEncoder } from '../../spec/translate.ts';
import { finishReasonFromSpec, usageFromSpec } from './mapping.ts';
import type { OpenAIChunk } from './wire.ts';

type ChunkChoice = OpenAIChunk['choices'][number];
type Delta = ChunkChoice['delta'];

export interface OpenAIStreamEncoderOptions {
  includeUsage: boolean;
  requestModel: string;
}

export class OpenAIStreamEncoder implements StreamEncoder {
  private id = '';
  private created = 0;
  private model: string;
  private readonly includeUsage: boolean;
  /** Choices whose opening `{role:"assistant"}` delta was sent. */
  private readonly opened = new Set<number>();
  /** Upstream tool-call index → OpenAI's 0-based position of the call within its choice, per choice. */
  private readonly toolIndex = new Map<string, number>();
  private readonly toolCount = new Map<number, number>();
  /** `${choice}:${position}` of calls that have received no argument text yet. */
  private readonly noArgs = new Set<string>();

  constructor(opts: OpenAIStreamEncoderOptions) {
    this.model = opts.requestModel;
    this.includeUsage = opts.includeUsage;
  }

  encode(part: StreamPart): string {
    switch (part.type) {
      case 'start':
        this.id = part.id;
        this.created = part.created;
        if (part.model) this.model = part.model; // the model that served the call, as in JSON answers
        return this.open(0);
      case 'text-delta':
        if (part.text === '') return '';
        return this.open(part.choice) + this.delta(part.choice, { content: part.text });
      case 'reasoning-delta':
        if (part.text === '') return '';
        return this.open(part.choice) + this.delta(part.choice, { reasoning_content: part.text });
      case 'reasoning-signature': {
        const block =
          part.redacted !== undefined
            ? { type: 'redacted_thinking' as const, data: part.redacted }
            : { type: 'thinking' as const, thinking: '', signature: part.signature ?? '' };
        return this.open(part.choice) + this.delta(part.choice, { thinking_blocks: [block] });
      }
      case 'tool-call-start': {
        const index = this.toolPosition(part.choice, part.index);
        const call = { index, id: part.id, type: 'function' as const, function: { name: part.name, arguments: '' } };
        this.noArgs.add(`${part.choice}:${index}`);
        return this.open(part.choice) + this.delta(part.choice, { tool_calls: [call] });
      }
      case 'tool-call-delta': {
        if (part.argumentsDelta === '') return '';
        const index = this.toolPosition(part.choice, part.index);
        this.noArgs.delete(`${part.choice}:${index}`);
        const call = { index, function: { arguments: part.argumentsDelta } };
        return this.open(part.choice) + this.delta(part.choice, { tool_calls: [call] });
      }
      case 'finish':
        return (
          this.open(part.choice) +
          this.emptyArguments(part.choice) +
          this.chunk([choice(part.choice, {}, finishReasonFromSpec(part.reason))])
        );
      case 'usage':
        if (!this.includeUsage) return '';
        this.ensureIdentity();
        return frame({ ...this.envelope(), choices: [], usage: usageFromSpec(part.usage) });
      case 'error': {
        const error = { message: part.message, type: part.errorType ?? 'server_error', param: null, code: null };
        return frame({ error });
      }
    }
  }

  end(): string {
    return 'data: [DONE]\n\n';
  }

  /** A call without arguments (Anthropic streams none for `input: {}`) gets "{}", which every client parses. */
  private emptyArguments(choiceIndex: number): string {
    let out = '';
    for (const key of this.noArgs) {
      const [c, index] = key.split(':').map(Number);
      if (c !== choiceIndex) continue;
      this.noArgs.delete(key);
      out += this.delta(choiceIndex, { tool_calls: [{ index: index!, function: { arguments: '{}' } }] });
    }
    return out;
  }

  /** The first chunk of each choice carries the role, as OpenAI's does. */
  private open(index: number): string {
    if (this.opened.has(index)) return '';
    this.opened.add(index);
    this.ensureIdentity();
    return this.chunk([choice(index, { role: 'assistant', content: '' }, null)]);
  }

  private delta(index: number, delta: Delta): string {
    return this.chunk([choice(index, delta, null)]);
  }

  private chunk(choices: ChunkChoice[]): string {
    // With include_usage OpenAI sends `usage: null` on every chunk but the last.
    return frame(this.includeUsage ? { ...this.envelope(), choices, usage: null } : { ...this.envelope(), choices });
  }

  private envelope(): Omit<OpenAIChunk, 'choices'> {
    return { id: this.id, object: 'chat.completion.chunk', created: this.created, model: this.model };
  }

  /** Parts may arrive without a `start` (an upstream that failed early); chunks still need an identity. */
  private ensureIdentity(): void {
    if (this.id !== '') return;
    this.id = `chatcmpl-${randomUUID().replaceAll('-', '')}`;
    this.created = Math.floor(Date.now() / 1000);
  }

  private toolPosition(choiceIndex: number, upstreamIndex: number): number {
    const key = `${choiceIndex}:${upstreamIndex}`;
    let position = this.toolIndex.get(key);
    if (position === undefined) {
      position = this.toolCount.get(choiceIndex) ?? 0;
      this.toolCount.set(choiceIndex, position + 1);
      this.toolIndex.set(key, position);
    }
    return position;
  }
}

function choice(index: number, delta: Delta, finishReason: ChunkChoice['finish_reason']): ChunkChoice {
  return { index, delta, logprobs: null, finish_reason: finishReason };
}

function frame(payload: object): string {
  return `data: ${JSON.stringify(payload)}\n\n`;
}
