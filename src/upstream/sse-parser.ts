// Incremental Server-Sent Events parser over upstream bytes. Keeps each event's raw text so
// same-dialect streams can be forwarded byte for byte; UTF-8 is decoded with a streaming decoder.
import { StringDecoder } from 'node:string_decoder';

export interface SseEvent {
  event: string | undefined;
  data: string;
  /** The complete frame as received, normalised to end in "\n\n". */
  raw: string;
}

export class SseParser {
  private buf = '';
  private readonly decoder = new StringDecoder('utf8');

  /** Feeds bytes; returns the events completed by them. */
  push(chunk: Buffer): SseEvent[] {
    this.buf += this.decoder.write(chunk);
    return this.drain();
  }

  /** Flushes a final unterminated event (some servers omit the last blank line). */
  end(): SseEvent[] {
    this.buf += this.decoder.end();
    if (this.buf.trim() === '') return [];
    if (this.buf.endsWith('\r')) this.buf = `${this.buf.slice(0, -1)}\n`; // a lone final CR is a line break
    this.buf += '\n\n';
    return this.drain();
  }

  private drain(): SseEvent[] {
    const out: SseEvent[] = [];
    if (this.buf.includes('\r')) {
      // A '\r' at the very end may be the first half of a "\r\n" split across chunks: keep it as it is until the
      // next bytes arrive, or one line break would count as two and end the event early.
      const held = this.buf.endsWith('\r') ? '\r' : '';
      this.buf = (held ? this.buf.slice(0, -1) : this.buf).replace(/\r\n?/g, '\n') + held;
    }
    let idx = this.buf.indexOf('\n\n');
    while (idx !== -1) {
      const block = this.buf.slice(0, idx);
      this.buf = this.buf.slice(idx + 2);
      const ev = parseBlock(block);
      if (ev) out.push(ev);
      idx = this.buf.indexOf('\n\n');
    }
    return out;
  }
}

function parseBlock(block: string): SseEvent | null {
  let event: string | undefined;
  let data: string | undefined;
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data = data === undefined ? value : `${data}\n${value}`;
    else if (field === 'event') event = value;
  }
  if (data === undefined) return null; // comments / keep-alives only
  return { event, data, raw: `${block}\n\n` };
}
