// Local receivers for the sink tests: one HTTP server speaking OTLP/HTTP logs, Splunk HEC and Elastic _bulk, and a
// syslog server (TCP or TLS) parsing RFC 6587 octet-counted RFC 5424 frames. Each can be stopped and started again
// on the same port, to play a receiver outage.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';

export interface Received {
  /** `kind:id` of each event in arrival order. */
  order: string[];
  /** Every request's headers, for checks. */
  headers: IncomingMessage['headers'][];
  /** Decoded payloads (OTLP log records, HEC events, bulk documents, syslog messages). */
  items: Record<string, unknown>[];
}

const fresh = (): Received => ({ order: [], headers: [], items: [] });

/** Starts `listen(port)` again on the port it first got (0 = any). */
async function listenOn(server: HttpServer | NetServer, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as { port: number }).port;
}

export interface HttpReceivers {
  port: number;
  otlp: Received;
  hec: Received;
  elastic: Received;
  /** Elastic documents by _id (a second `create` of the same id answers 409, as Elasticsearch does). */
  elasticDocs: Map<string, Record<string, unknown>>;
  /** Per-path override answering instead of the receiver (e.g. 403 for HEC). */
  answer: Map<string, { status: number; body: string }>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startHttpReceivers(): Promise<HttpReceivers> {
  const r: HttpReceivers = {
    port: 0,
    otlp: fresh(),
    hec: fresh(),
    elastic: fresh(),
    elasticDocs: new Map(),
    answer: new Map(),
    stop: async () => {},
    start: async () => {},
  };
  const make = () =>
    createHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const forced = r.answer.get(path);
        if (forced) {
          res.writeHead(forced.status, { 'content-type': 'application/json' }).end(forced.body);
          return;
        }
        try {
          if (path === '/v1/logs') {
            r.otlp.headers.push(req.headers);
            const doc = JSON.parse(body) as {
              resourceLogs: { resource: unknown; scopeLogs: { logRecords: Record<string, unknown>[] }[] }[];
            };
            for (const rl of doc.resourceLogs) {
              for (const sl of rl.scopeLogs) {
                for (const lr of sl.logRecords) {
                  const parsed = JSON.parse((lr.body as { stringValue: string }).stringValue) as {
                    kind: string;
                    id: string;
                  };
                  r.otlp.order.push(`${parsed.kind}:${parsed.id}`);
                  r.otlp.items.push({ ...lr, resource: rl.resource });
                }
              }
            }
            res.writeHead(200, { 'content-type': 'application/json' }).end('{"partialSuccess":{}}');
          } else if (path === '/services/collector/event') {
            r.hec.headers.push(req.headers);
            // Concatenated JSON objects, one per line as Lintel sends them.
            for (const line of body.split('\n').filter(Boolean)) {
              const e = JSON.parse(line) as { event: { kind: string; id: string } };
              r.hec.order.push(`${e.event.kind}:${e.event.id}`);
              r.hec.items.push(e);
            }
            res.writeHead(200, { 'content-type': 'application/json' }).end('{"text":"Success","code":0}');
          } else if (path === '/_bulk') {
            r.elastic.headers.push(req.headers);
            const lines = body.split('\n');
            if (lines.pop() !== '') throw new Error('bulk body must end with a newline');
            const items: unknown[] = [];
            for (let i = 0; i < lines.length; i += 2) {
              const action = JSON.parse(lines[i]) as { create: { _index: string; _id: string } };
              const doc = JSON.parse(lines[i + 1]) as Record<string, unknown>;
              const id = action.create._id;
              if (r.elasticDocs.has(id)) {
                items.push({
                  create: {
                    _index: action.create._index,
                    _id: id,
                    status: 409,
                    error: { type: 'version_conflict_engine_exception' },
                  },
                });
                continue;
              }
              r.elasticDocs.set(id, { ...doc, _index: action.create._index });
              r.elastic.order.push(`${doc['event.kind']}:${id}`);
              r.elastic.items.push({ action, doc });
              items.push({ create: { _index: action.create._index, _id: id, status: 201, result: 'created' } });
            }
            const errors = items.some((i) => (i as { create: { status: number } }).create.status >= 300);
            res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ took: 1, errors, items }));
          } else {
            res.writeHead(404).end();
          }
        } catch (err) {
          res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(err) }));
        }
      });
    });
  let server = make();
  r.port = await listenOn(server, 0);
  r.stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  r.start = async () => {
    server = make();
    await listenOn(server, r.port);
  };
  return r;
}

/** Splits RFC 6587 octet-counted frames off `buf`; returns the messages and the unconsumed rest. */
export function takeFrames(buf: Buffer): { messages: string[]; rest: Buffer } {
  const messages: string[] = [];
  let at = 0;
  for (;;) {
    const sp = buf.indexOf(0x20, at);
    if (sp < 0) break;
    const lenText = buf.subarray(at, sp).toString('ascii');
    if (!/^[1-9]\d{0,8}$/.test(lenText)) throw new Error(`bad octet count "${lenText.slice(0, 20)}"`);
    const len = Number(lenText);
    if (buf.length < sp + 1 + len) break;
    messages.push(buf.subarray(sp + 1, sp + 1 + len).toString('utf8'));
    at = sp + 1 + len;
  }
  return { messages, rest: buf.subarray(at) };
}

export interface Rfc5424 {
  pri: number;
  version: number;
  timestamp: string;
  hostname: string;
  appName: string;
  procId: string;
  msgId: string;
  /** SD-ID → params (values unescaped). */
  sd: Record<string, Record<string, string>>;
  msg: string;
}

/** Parses one RFC 5424 message strictly enough to catch malformed headers and structured data. */
export function parseRfc5424(m: string): Rfc5424 {
  const head = /^<(\d{1,3})>(\d) (\S+) (\S+) (\S+) (\S+) (\S+) /.exec(m);
  if (!head) throw new Error(`not an RFC 5424 header: ${m.slice(0, 80)}`);
  let i = head[0].length;
  const sd: Rfc5424['sd'] = {};
  if (m[i] === '-') i++;
  else {
    while (m[i] === '[') {
      i++;
      const idEnd = m.indexOf(' ', i);
      const close = m.indexOf(']', i);
      const id = m.slice(i, idEnd >= 0 && idEnd < close ? idEnd : close);
      i += id.length;
      const params: Record<string, string> = {};
      while (m[i] === ' ') {
        const eq = m.indexOf('="', i);
        const name = m.slice(i + 1, eq);
        if (!/^[^= \]"]{1,32}$/.test(name)) throw new Error(`bad SD param name "${name}"`);
        let j = eq + 2;
        let value = '';
        while (m[j] !== '"') {
          if (m[j] === '\\' && ['"', '\\', ']'].includes(m[j + 1])) j++;
          if (j >= m.length) throw new Error('unterminated SD param value');
          value += m[j++];
        }
        params[name] = value;
        i = j + 1;
      }
      if (m[i] !== ']') throw new Error(`SD element not closed at ${i}`);
      i++;
      sd[id] = params;
    }
  }
  if (m[i] !== ' ') throw new Error('no space before MSG');
  return {
    pri: Number(head[1]),
    version: Number(head[2]),
    timestamp: head[3],
    hostname: head[4],
    appName: head[5],
    procId: head[6],
    msgId: head[7],
    sd,
    msg: m.slice(i + 1),
  };
}

export interface SyslogReceiver {
  port: number;
  received: Received & { messages: Rfc5424[] };
  errors: string[];
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1 / localhost, made with the openssl CLI. */
export function selfSignedCert(): { certFile: string; keyFile: string; cert: string; key: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lintel-cert-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { certFile, keyFile, cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
}

export async function startSyslogReceiver(tls?: { cert: string; key: string }): Promise<SyslogReceiver> {
  const r: SyslogReceiver = {
    port: 0,
    received: { ...fresh(), messages: [] },
    errors: [],
    stop: async () => {},
    start: async () => {},
  };
  const sockets = new Set<Socket>();
  const onSocket = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let buf: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      try {
        const { messages, rest } = takeFrames(Buffer.concat([buf, chunk]));
        buf = rest;
        for (const m of messages) {
          const parsed = parseRfc5424(m);
          const body = JSON.parse(parsed.msg) as { kind: string; id: string };
          r.received.order.push(`${body.kind}:${body.id}`);
          r.received.items.push(body);
          r.received.messages.push(parsed);
        }
      } catch (err) {
        r.errors.push(String(err));
        socket.destroy();
      }
    });
  };
  const make = () => (tls ? createTlsServer({ cert: tls.cert, key: tls.key }, onSocket) : createNetServer(onSocket));
  let server = make();
  r.port = await listenOn(server, 0);
  r.stop = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  r.start = async () => {
    server = make();
    await listenOn(server, r.port);
  };
  return r;
}
