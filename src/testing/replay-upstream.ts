// A test upstream that replays canned provider answers (recorded wire fixtures) byte for byte: status, content
// type and body per request path. Tests set `next` before each call.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Canned {
  status: number;
  /** SSE when the body is a list of chunks (each written separately), JSON otherwise. */
  body: string | string[];
  headers?: Record<string, string>;
}

export interface ReplayUpstream {
  url: string;
  /** The answer to the next requests (per path; '*' for any). */
  answers: Map<string, Canned>;
  /** Bodies and headers received, in order. */
  received: { path: string; headers: IncomingMessage['headers']; body: string }[];
  close(): Promise<void>;
}

export async function startReplayUpstream(): Promise<ReplayUpstream> {
  const answers = new Map<string, Canned>();
  const received: ReplayUpstream['received'] = [];
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const c of req) body += c;
    const path = (req.url ?? '').split('?')[0]!;
    received.push({ path, headers: req.headers, body });
    const a = answers.get(path) ?? answers.get('*');
    if (!a) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"no canned answer"}}');
      return;
    }
    const sse = Array.isArray(a.body);
    res.writeHead(a.status, {
      'content-type': sse ? 'text/event-stream' : 'application/json',
      ...a.headers,
    });
    if (!sse) return res.end(a.body);
    for (const chunk of a.body as string[]) res.write(chunk);
    res.end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    answers,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
