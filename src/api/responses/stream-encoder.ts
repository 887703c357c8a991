// Spec stream parts → the Responses API's typed SSE events, in the order the official SDKs accumulate them:
// response.created, response.in_progress, then per output item output_item.added → (content_part.added →
// output_text.delta… → output_text.done → content_part.done | function_call_arguments.delta… → .done |
// reasoning_summary_part.added → reasoning_summary_text.delta… → .done → reasoning_summary_part.done) →
// output_item.done, and last response.completed (or response.incomplete). An error ends the stream with one
// `error` event and nothing after it.
import type { FinishReason, StreamPart, Usage } from '../../spec/chat.ts';
import type { Json, StreamEncoder } from '../../spec/translate.ts';
import {
  functionCallItem,
  messageItem,
  newId,
  outputText,
  type ResponseShell,
  reasoningItem,
} from './convert-response.ts';

type OpenItem =
  | { kind: 'message'; index: number; id: string; text: string }
  | { kind: 'function_call'; index: number; id: string; callId: string; name: string; args: string }
  | { kind: 'reasoning'; index: number; id: string; text: string; signature?: string; redacted?: string };

export class ResponsesStreamEncoder implements StreamEncoder {
  private seq = 0;
  private started = false;
  private stopped = false;
  private model = '';
  private readonly output: Json[] = [];
  private current: OpenItem | null = null;
  /** Open function calls by the upstream's tool-call index (deltas may name an earlier call). */
  private readonly calls = new Map<number, Extract<OpenItem, { kind: 'function_call' }>>();
  private finish: FinishReason | undefined;
  private usage: Usage | null = null;
  /** The final response object, once end() produced it (stored for previous_response_id). */
  final: Json | null = null;

  constructor(private readonly shell: ResponseShell) {}

  encode(part: StreamPart): string {
    if (this.stopped) return '';
    if ('choice' in part && part.choice !== 0) return ''; // one answer per response (n is not a Responses field)
    switch (part.type) {
      case 'start':
        if (part.model) this.model = part.model;
        return this.start();
      case 'text-delta': {
        if (part.text === '') return '';
        let out = this.start();
        if (this.current?.kind !== 'message') out += this.openMessage();
        const item = this.current as Extract<OpenItem, { kind: 'message' }>;
        item.text += part.text;
        return out + this.event('response.output_text.delta', { ...this.at(item), delta: part.text, logprobs: [] });
      }
      case 'reasoning-delta': {
        if (part.text === '') return '';
        let out = this.start();
        if (this.current?.kind !== 'reasoning') out += this.openReasoning();
        const item = this.current as Extract<OpenItem, { kind: 'reasoning' }>;
        item.text += part.text;
        const at = { item_id: item.id, output_index: item.index, summary_index: 0 };
        return out + this.event('response.reasoning_summary_text.delta', { ...at, delta: part.text });
      }
      case 'reasoning-signature': {
        let out = this.start();
        if (this.current?.kind !== 'reasoning' || part.redacted !== undefined) out += this.openReasoning();
        const item = this.current as Extract<OpenItem, { kind: 'reasoning' }>;
        if (part.signature) item.signature = part.signature;
        if (part.redacted !== undefined) item.redacted = part.redacted;
        return out;
      }
      case 'tool-call-start': {
        const out = this.start() + this.close();
        const item = {
          kind: 'function_call' as const,
          index: this.output.length,
          id: newId('fc'),
          callId: part.id,
          name: part.name,
          args: '',
        };
        this.current = item;
        this.calls.set(part.index, item);
        this.output.push(functionCallItem(item.id, 'in_progress', item.callId, item.name, ''));
        return out + this.event('response.output_item.added', { output_index: item.index, item: this.itemOf(item) });
      }
      case 'tool-call-delta': {
        const item = this.calls.get(part.index);
        if (!item || part.argumentsDelta === '') return '';
        item.args += part.argumentsDelta;
        return this.event('response.function_call_arguments.delta', {
          item_id: item.id,
          output_index: item.index,
          delta: part.argumentsDelta,
        });
      }
      case 'finish':
        this.finish = part.reason;
        return this.start() + this.close();
      case 'usage':
        this.usage = part.usage;
        return '';
      case 'error': {
        const out = this.start();
        this.stopped = true;
        return (
          out + this.event('error', { code: part.errorType ?? 'server_error', message: part.message, param: null })
        );
      }
    }
  }

  end(): string {
    if (this.stopped) return '';
    const out = this.start() + this.close();
    this.stopped = true;
    const usage = this.usage ?? { inputTokens: 0, outputTokens: 0 };
    this.final = this.shell.object('completed', this.model, this.output, usage, this.finish);
    const type = this.final.status === 'incomplete' ? 'response.incomplete' : 'response.completed';
    return out + this.event(type, { response: this.final });
  }

  private start(): string {
    if (this.started) return '';
    this.started = true;
    const response = this.shell.object('in_progress', this.model, [], null);
    return this.event('response.created', { response }) + this.event('response.in_progress', { response });
  }

  private openMessage(): string {
    const out = this.close();
    const item = { kind: 'message' as const, index: this.output.length, id: newId('msg'), text: '' };
    this.current = item;
    this.output.push(messageItem(item.id, 'in_progress', []));
    return (
      out +
      this.event('response.output_item.added', { output_index: item.index, item: this.itemOf(item) }) +
      this.event('response.content_part.added', { ...this.at(item), part: outputText('') })
    );
  }

  private openReasoning(): string {
    const out = this.close();
    const item = { kind: 'reasoning' as const, index: this.output.length, id: newId('rs'), text: '' };
    this.current = item;
    this.output.push(reasoningItem(item.id, ''));
    const at = { item_id: item.id, output_index: item.index, summary_index: 0 };
    return (
      out +
      this.event('response.output_item.added', { output_index: item.index, item: this.itemOf(item) }) +
      this.event('response.reasoning_summary_part.added', { ...at, part: { type: 'summary_text', text: '' } })
    );
  }

  /** Closes the open item: its `.done` events, then output_item.done with the finished item. */
  private close(): string {
    const item = this.current;
    if (!item) return '';
    this.current = null;
    let out = '';
    if (item.kind === 'message') {
      out += this.event('response.output_text.done', { ...this.at(item), text: item.text, logprobs: [] });
      out += this.event('response.content_part.done', { ...this.at(item), part: outputText(item.text) });
    } else if (item.kind === 'function_call') {
      // A call without arguments gets "{}", never "": every client parses the arguments as JSON.
      if (item.args === '') item.args = '{}';
      out += this.event('response.function_call_arguments.done', {
        item_id: item.id,
        output_index: item.index,
        name: item.name,
        arguments: item.args,
      });
    } else {
      const at = { item_id: item.id, output_index: item.index, summary_index: 0 };
      out += this.event('response.reasoning_summary_text.done', { ...at, text: item.text });
      out += this.event('response.reasoning_summary_part.done', {
        ...at,
        part: { type: 'summary_text', text: item.text },
      });
    }
    const done = this.itemOf(item, 'completed');
    this.output[item.index] = done;
    return out + this.event('response.output_item.done', { output_index: item.index, item: done });
  }

  private itemOf(item: OpenItem, status = 'in_progress'): Json {
    if (item.kind === 'message')
      return messageItem(item.id, status, status === 'completed' ? [outputText(item.text)] : []);
    if (item.kind === 'function_call') return functionCallItem(item.id, status, item.callId, item.name, item.args);
    return reasoningItem(item.id, status === 'completed' ? item.text : '', item.signature, item.redacted);
  }

  private at(item: OpenItem): Json {
    return { item_id: item.id, output_index: item.index, content_index: 0 };
  }

  private event(type: string, data: Json): string {
    return `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: this.seq++, ...data })}\n\n`;
  }
}
