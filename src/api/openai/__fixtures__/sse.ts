// Test helpers: read recorded wire fixtures and split SSE text into events the way the gateway's
// upstream reader does (the `[DONE]` sentinel is handled before JSON parsing, so it is dropped here).
import { readFileSync } from 'node:fs';
import type { StreamPart } from '../../../spec/chat.ts';
import type { Json, StreamDecoder, StreamEncoder } from '../../../spec/translate.ts';

export interface SseEvent {
  event: string | undefined;
  data: Json;
}

/** `base` is the test file's `import.meta.url`; fixtures live in `__fixtures__/` beside it. */
export function readFixture(base: string, name: string): string {
  return readFileSync(new URL(`./__fixtures__/${name}`, base), 'utf8');
}

export function readJsonFixture(base: string, name: string): Json {
  return JSON.parse(readFixture(base, name)) as Json;
}

/** Parses complete SSE text into events; throws on any frame that is not `event:`/`data:` lines. */
export function parseSse(text: string): SseEvent[] {
  if (!text.endsWith('\n\n')) throw new Error('SSE text must end with a blank line');
  const events: SseEvent[] = [];
  for (const block of text.slice(0, -2).split('\n\n')) {
    let event: string | undefined;
    let data: string | undefined;
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data = line.slice(6);
      else throw new Error(`unexpected SSE line: ${JSON.stringify(line)}`);
    }
    if (data === undefined) throw new Error(`SSE frame without data: ${JSON.stringify(block)}`);
    if (data === '[DONE]') continue;
    events.push({ event, data: JSON.parse(data) as Json });
  }
  return events;
}

/** A Response that delivers `text` in small slices, so SSE parsers meet frames split across reads. */
export function sseResponse(text: string, sliceBytes = 7): Response {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += sliceBytes) controller.enqueue(bytes.slice(i, i + sliceBytes));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

/** Every part a decoder yields for recorded SSE text. */
export function decodeAll(text: string, decoder: StreamDecoder): StreamPart[] {
  return parseSse(text).flatMap(({ event, data }) => decoder.decode(event, data));
}

/** The complete SSE text an encoder writes for these parts, end() included. */
export function encodeAll(parts: StreamPart[], encoder: StreamEncoder): string {
  return parts.map((p) => encoder.encode(p)).join('') + encoder.end();
}
