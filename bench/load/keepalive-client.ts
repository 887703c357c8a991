// A lean HTTP/1.1 keep-alive client for closed-loop and paced load: one socket per simulated client, one request in
// flight on it, the request's bytes prepared once. It parses only the status line and Content-Length and counts the
// body's bytes without decoding them, so the load generator (which shares the machine's cores with the server under
// test) spends as little CPU per request as it can. Answers without Content-Length (chunked; 204 and 304 need none)
// are refused: the routes it drives answer with a length.
import { connect, type Socket } from 'node:net';

export interface Answer {
  status: number;
  /** The body, only when asked for (`keepBody`) or when the status is not 2xx. */
  body: Buffer | null;
}

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length:\s*(\d+)/i;

/** The bytes of a POST with a JSON body (Host and keep-alive implied by HTTP/1.1). */
export function postRequest(host: string, path: string, headers: Record<string, string>, body: string): Buffer {
  const b = Buffer.from(body);
  const lines = [`POST ${path} HTTP/1.1`, `host: ${host}`, `content-length: ${b.length}`];
  for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), b]);
}

export class KeepAliveConnection {
  private socket: Socket | null = null;
  private head: Buffer | null = null;
  private status = 0;
  private remaining = -1;
  private chunks: Buffer[] = [];
  private keep = false;
  private pending: { ok(a: Answer): void; fail(e: Error): void } | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  private open(): Promise<Socket> {
    return new Promise((ok, fail) => {
      const s = connect({ host: this.host, port: this.port, noDelay: true });
      s.once('connect', () => ok(s));
      s.once('error', fail);
      s.on('data', (d: Buffer) => this.onData(d));
      s.on('error', (e) => this.abort(e));
      s.on('close', () => {
        this.socket = null;
        this.abort(new Error('connection closed by the server'));
      });
    });
  }

  /** Sends prepared request bytes and resolves with the answer's status (and body when kept). */
  async send(request: Buffer, keepBody = false): Promise<Answer> {
    if (this.pending) throw new Error('one request at a time per connection');
    this.socket ??= await this.open();
    this.head = null;
    this.remaining = -1;
    this.chunks = [];
    this.keep = keepBody;
    const answer = new Promise<Answer>((ok, fail) => {
      this.pending = { ok, fail };
    });
    this.socket.write(request);
    return answer;
  }

  private onData(d: Buffer): void {
    if (this.remaining < 0) {
      const buf = this.head ? Buffer.concat([this.head, d]) : d;
      const end = buf.indexOf(HEADER_END);
      if (end < 0) {
        this.head = buf;
        return;
      }
      const headers = buf.toString('latin1', 0, end);
      this.status = Number(headers.slice(9, 12));
      // 204 and 304 answers have no body and need no length.
      const len = this.status === 204 || this.status === 304 ? ['', '0'] : CONTENT_LENGTH.exec(headers);
      if (!len) {
        this.abort(new Error(`answer without Content-Length: ${headers.slice(0, 200)}`));
        return;
      }
      this.remaining = Number(len[1]);
      this.keep ||= this.status < 200 || this.status >= 300;
      d = buf.subarray(end + HEADER_END.length);
    }
    this.remaining -= d.length;
    if (this.keep) this.chunks.push(d);
    if (this.remaining > 0) return;
    if (this.remaining < 0) {
      this.abort(new Error('more bytes than Content-Length (pipelining is not used)'));
      return;
    }
    const p = this.pending;
    this.pending = null;
    this.remaining = -1;
    p?.ok({ status: this.status, body: this.keep ? Buffer.concat(this.chunks) : null });
  }

  private abort(e: Error): void {
    const p = this.pending;
    this.pending = null;
    if (p) {
      this.socket?.destroy();
      this.socket = null;
      p.fail(e);
    }
  }

  close(): void {
    this.socket?.end();
    this.socket = null;
  }
}
