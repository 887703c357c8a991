// Relays an upstream SSE stream to the client: byte-for-byte when dialects match (output guards then rewrite only
// the text inside the events, stream-filter-raw.ts), through the spec
// codecs when they differ. Each upstream chunk becomes at most one client write; backpressure from
// the client pauses the upstream read; a client that leaves destroys the upstream request.
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { errorFrame } from '../errors/format.ts';
import { LintelError } from '../errors/lintel-error.ts';
import type { Dialect, StreamPart } from '../spec/chat.ts';
import type { Egress, Json, StreamDecoder, StreamEncoder } from '../spec/translate.ts';
import type { SseEvent } from '../upstream/sse-parser.ts';
import { codecs, withExtensions } from './chat.ts';
import type { RequestContext } from './context.ts';
import type { OutputStreamFilter } from './hooks.ts';
import { gatewayHeaders } from './respond.ts';
import { createRawStreamFilter } from './stream-filter-raw.ts';
import type { StreamAttemptResult } from './upstream-call.ts';

export interface RelayOptions {
  ingress: Dialect;
  upstream: Dialect;
  /** Whether the caller asked for usage in the stream (always true for Anthropic). */
  includeUsage: boolean;
  requestModel: string;
  /** Output guardrails on the streamed text (same dialect: applied to the upstream's own events). */
  filter: OutputStreamFilter | null;
  /** Keep the frames sent, for the response cache. */
  keepFrames: boolean;
  /** Fires when a draining node's limit is reached: the stream ends with a shutting_down error event. */
  drain?: AbortSignal;
  /** The client's format when it is not the ingress dialect's own (the Responses API). */
  egress?: Egress | null;
  /** Documented extension fields (e.g. `lintel_citations` of RAG), added to the first OpenAI chunk. */
  extensions?: Record<string, unknown> | null;
}

class StreamBlocked extends Error {
  /** Frames produced before the block in the same upstream chunk: they are sent before the error event. */
  partial = '';
  constructor(readonly error: LintelError) {
    super(error.message);
  }
}

/** Observes parts for the record: usage, output size, upstream errors. */
const MAX_KEPT_TEXT = 256 * 1024;

class StreamObserver {
  outputChars = 0;
  /** Output text kept (bounded) in case the upstream sends no usage and tokens must be estimated. */
  text = '';
  finish: string | null = null;
  error: string | null = null;
  constructor(private readonly ctx: RequestContext) {}
  see(parts: StreamPart[]): void {
    for (const p of parts) {
      if (p.type === 'text-delta') {
        this.outputChars += p.text.length;
        if (this.text.length < MAX_KEPT_TEXT) this.text += p.text;
      } else if (p.type === 'tool-call-delta') this.outputChars += p.argumentsDelta.length;
      else if (p.type === 'usage') this.ctx.usage = { ...(this.ctx.usage ?? {}), ...p.usage };
      else if (p.type === 'start' && p.model) this.ctx.modelServed = p.model;
      else if (p.type === 'error') this.error = p.message;
      else if (p.type === 'finish' && p.choice === 0) this.finish = p.reason;
    }
  }
}

/** Returns the frames sent when `keepFrames` and the stream completed normally, else null. */
export async function relayStream(
  ctx: RequestContext,
  res: ServerResponse,
  up: StreamAttemptResult,
  o: RelayOptions,
): Promise<string[] | null> {
  const filter = o.filter;
  // Same dialect: the upstream's events go out as they came; output guards rewrite only the text in them.
  const same = o.ingress === o.upstream && !o.egress;
  const rawFilter = same && filter ? createRawStreamFilter(o.ingress, filter) : null;
  const decoder: StreamDecoder = codecs[o.upstream].streamDecoder();
  const encoder: StreamEncoder | null = same
    ? null
    : (o.egress?.streamEncoder() ??
      codecs[o.ingress].streamEncoder({ includeUsage: o.includeUsage, requestModel: o.requestModel }));
  // Lintel's own error events: in the egress format when there is one (it then ends that stream's events).
  const errorEvent = (le: LintelError): string =>
    o.egress && encoder
      ? encoder.encode({ type: 'error', message: le.message, errorType: le.code })
      : errorFrame(o.ingress, le);
  const frames: string[] | null = o.keepFrames ? [] : null;
  const observer = new StreamObserver(ctx);
  let malformed = 0;
  let sawEnd = false;
  let completed = false;

  const onClose = () => {
    if (!res.writableFinished) up.body.destroy();
  };
  res.once('close', onClose);
  let drained = false;
  const onDrain = () => {
    drained = true;
    up.body.destroy();
  };
  if (o.drain?.aborted) onDrain();
  else o.drain?.addEventListener('abort', onDrain, { once: true });

  const translate = async (events: SseEvent[]): Promise<string> => {
    let out = '';
    for (const ev of events) {
      if (observer.error !== null) break; // an upstream error event ends what the client is sent
      if (ev.data === '[DONE]') {
        sawEnd = true;
        if (same) out += ev.raw;
        continue;
      }
      let data: Json;
      try {
        data = JSON.parse(ev.data) as Json;
      } catch {
        malformed++; // an unparseable event is dropped, never forwarded to break the client's parser
        continue;
      }
      if (ev.event === 'message_stop') sawEnd = true;
      const parts = decoder.decode(ev.event, data);
      observer.see(parts);
      if (encoder) {
        try {
          for (const p of parts) out += filter ? await encodeFiltered(encoder, filter, p) : encoder.encode(p);
        } catch (err) {
          if (err instanceof StreamBlocked) err.partial = out;
          throw err;
        }
      } else if (!(o.ingress === 'openai' && !o.includeUsage && isUsageOnlyChunk(data))) {
        if (rawFilter) {
          const r = await rawFilter(ev, data);
          if (r.block) {
            const blocked = new StreamBlocked(r.block);
            blocked.partial = out;
            throw blocked;
          }
          out += r.out;
        } else out += ev.raw;
      }
    }
    return out;
  };

  let extensions = o.ingress === 'openai' && !o.egress ? (o.extensions ?? null) : null;
  const write = async (chunk: string): Promise<void> => {
    if (chunk === '' || res.destroyed) return;
    if (extensions) {
      const withFields = withFirstChunkExtensions(chunk, extensions);
      if (withFields !== chunk) extensions = null;
      chunk = withFields;
    }
    if (!res.headersSent) {
      const headers = gatewayHeaders(ctx);
      headers['content-type'] = 'text/event-stream; charset=utf-8';
      headers['cache-control'] = 'no-cache';
      headers.connection = 'keep-alive';
      headers['x-accel-buffering'] = 'no';
      res.writeHead(200, headers);
      ctx.status = 200;
    }
    ctx.markFirstByte();
    frames?.push(chunk);
    if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  };

  try {
    await write(await translate(up.first));
    while (observer.error === null) {
      const { value, done } = await up.iterator.next();
      if (done) {
        await write(await translate(up.parser.end()));
        break;
      }
      await write(await translate(up.parser.push(value)));
    }
    if (observer.error !== null) {
      // Exactly one error event reached the client (in its format) and nothing follows it; usage reported
      // before the error stays on the record.
      up.body.destroy();
      ctx.errorType = 'upstream_stream_error';
      ctx.notes.push(`upstream error mid-stream: ${observer.error}`);
      return null;
    }
    if (encoder) {
      const tail = encoder.end();
      await o.egress?.beforeFinish?.();
      await write(tail);
    }
    if (!sawEnd) throw new Error('upstream stream ended without its end marker');
    completed = true;
    return frames;
  } catch (err) {
    if (err instanceof StreamBlocked) {
      // An output guard stopped the stream: end it with an error event in the caller's format.
      up.body.destroy();
      ctx.errorType = err.error.code;
      if (!res.destroyed) await write(err.partial + errorEvent(err.error));
      return null;
    }
    if (drained && !res.destroyed) {
      // The node is shutting down past its drain limit: one error event in the caller's format, then the end.
      ctx.errorType = 'shutting_down';
      ctx.notes.push('stream ended by the drain limit of a shutting-down node');
      const le = new LintelError('shutting_down', 'The node is shutting down; retry the request.');
      if (!res.headersSent) await write(errorFrame(o.ingress, le));
      else res.write(errorFrame(o.ingress, le));
      return null;
    }
    if (res.destroyed || (res.writableEnded && !res.writableFinished)) {
      ctx.status = 499;
      ctx.errorType = 'client_closed';
      return null;
    }
    ctx.errorType = 'upstream_stream_error';
    ctx.notes.push(`stream interrupted: ${(err as Error).message}`);
    const le = new LintelError('upstream_error', 'The upstream stream was interrupted.');
    if (!res.headersSent) {
      await write(errorEvent(le));
    } else if (!res.destroyed) {
      res.write(errorEvent(le));
    }
    return null;
  } finally {
    res.off('close', onClose);
    o.drain?.removeEventListener('abort', onDrain);
    if (malformed > 0) ctx.notes.push(`${malformed} malformed upstream event(s) dropped`);
    ctx.answer = { text: observer.text, finishReason: observer.finish };
    if (ctx.usage === null && observer.outputChars > 0) {
      ctx.tokensEstimated = true;
      ctx.usage = { inputTokens: 0, outputTokens: Math.ceil(observer.outputChars / 4) };
      ctx.outputText = observer.text;
    }
    if (!res.destroyed && !res.writableEnded) res.end();
    // The client has the whole answer; async output guards judge it now, for the record.
    if (completed && filter?.settle) await filter.settle();
  }
}

/** Passes text deltas through the output filter; flushes held-back text before a choice finishes. */
async function encodeFiltered(encoder: StreamEncoder, filter: OutputStreamFilter, p: StreamPart): Promise<string> {
  if (p.type === 'text-delta') {
    const r = await filter.push(p.choice, p.text);
    if (r.block) throw new StreamBlocked(r.block);
    return r.emit ? encoder.encode({ ...p, text: r.emit }) : '';
  }
  if (p.type === 'finish') {
    const r = await filter.end(p.choice);
    if (r.block) throw new StreamBlocked(r.block);
    const held = r.emit ? encoder.encode({ type: 'text-delta', choice: p.choice, text: r.emit }) : '';
    return held + encoder.encode(p);
  }
  return encoder.encode(p);
}

/**
 * Adds the fields to the first `chat.completion.chunk` event of `chunk` (unchanged when it holds none): the
 * SDKs keep unknown fields, so a streaming caller reads them from the first chunk, as JSON callers do from the body.
 */
export function withFirstChunkExtensions(chunk: string, fields: Record<string, unknown>): string {
  return chunk.replace(
    FIRST_DATA_LINE,
    (_, start: string, json: string) => `${start}data: ${withExtensions(json, fields)}`,
  );
}
const FIRST_DATA_LINE = /(^|\n)data: (\{[^\n]*)/;

function isUsageOnlyChunk(data: Json): boolean {
  return Array.isArray(data.choices) && data.choices.length === 0 && data.usage != null;
}
