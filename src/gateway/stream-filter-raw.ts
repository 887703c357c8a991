// Output guardrails on a same-dialect stream, applied to the upstream's own events: only the answer text is
// rewritten (held back, redacted, restored), every other event — Anthropic thinking and signature deltas, tool
// input, citations, OpenAI tool calls, logprobs, usage, unknown fields — is relayed as the upstream sent it.
// Re-encoding through the neutral spec would keep only what both dialects share.
//
// Anthropic: each text content block is filtered as its own unit (the filter's "choice" is the block index); its
// held-back text is flushed as a last delta just before the block's content_block_stop. OpenAI: each choice's
// `delta.content`; its held-back text is added to the chunk that finishes it.
import type { LintelError } from '../errors/lintel-error.ts';
import type { Dialect } from '../spec/chat.ts';
import type { Json } from '../spec/translate.ts';
import type { SseEvent } from '../upstream/sse-parser.ts';
import type { OutputStreamFilter } from './hooks.ts';

export interface FilteredEvent {
  /** SSE text to send for this event (may be '' when all its text is held back). */
  out: string;
  block?: LintelError;
}

const sse = (event: string | undefined, data: Json) =>
  `${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`;

export function createRawStreamFilter(dialect: Dialect, filter: OutputStreamFilter) {
  /** Anthropic: indexes of the content blocks that are text. */
  const textBlocks = new Set<number>();

  const anthropic = async (ev: SseEvent, data: Json): Promise<FilteredEvent> => {
    const index = typeof data.index === 'number' ? data.index : -1;
    if (ev.event === 'content_block_start' && (data.content_block as Json | undefined)?.type === 'text') {
      textBlocks.add(index);
      const initial = (data.content_block as Json).text;
      if (typeof initial === 'string' && initial !== '') {
        // Text in the start event itself (rare): filter it like a delta.
        const r = await filter.push(index, initial);
        if (r.block) return { out: '', block: r.block };
        return { out: sse(ev.event, { ...data, content_block: { type: 'text', text: r.emit } }) };
      }
      return { out: ev.raw };
    }
    if (ev.event === 'content_block_delta' && textBlocks.has(index)) {
      const delta = data.delta as Json | undefined;
      if (delta?.type !== 'text_delta' || typeof delta.text !== 'string') return { out: ev.raw };
      const r = await filter.push(index, delta.text);
      if (r.block) return { out: '', block: r.block };
      return { out: r.emit ? sse(ev.event, { ...data, delta: { ...delta, text: r.emit } }) : '' };
    }
    if (ev.event === 'content_block_stop' && textBlocks.has(index)) {
      textBlocks.delete(index);
      const r = await filter.end(index);
      if (r.block) return { out: '', block: r.block };
      const held = r.emit
        ? sse('content_block_delta', {
            type: 'content_block_delta',
            index,
            delta: { type: 'text_delta', text: r.emit },
          })
        : '';
      return { out: held + ev.raw };
    }
    return { out: ev.raw };
  };

  const openai = async (ev: SseEvent, data: Json): Promise<FilteredEvent> => {
    const choices = data.choices;
    if (!Array.isArray(choices) || choices.length === 0) return { out: ev.raw };
    let changed = false;
    const next: Json[] = [];
    for (const [i, c] of (choices as Json[]).entries()) {
      const index = typeof c.index === 'number' ? c.index : i;
      const delta = c.delta as Json | undefined;
      let text: string | null = null;
      if (typeof delta?.content === 'string') {
        const r = await filter.push(index, delta.content);
        if (r.block) throw r.block;
        text = r.emit;
      }
      if (c.finish_reason != null) {
        // The held-back tail rides in the finishing chunk itself, after this chunk's own released text.
        const r = await filter.end(index);
        if (r.block) throw r.block;
        if (r.emit) text = (text ?? '') + r.emit;
      }
      if (text === null || text === delta?.content) {
        next.push(c);
        continue;
      }
      changed = true;
      next.push({ ...c, delta: { ...(delta ?? {}), content: text } });
    }
    return { out: changed ? sse(undefined, { ...data, choices: next }) : ev.raw };
  };

  return async (ev: SseEvent, data: Json): Promise<FilteredEvent> => {
    if (dialect === 'anthropic') return anthropic(ev, data);
    try {
      return await openai(ev, data);
    } catch (err) {
      return { out: '', block: err as LintelError };
    }
  };
}
