// Idle-stream client (its own process): opens N streaming requests over raw sockets, counts a stream
// as held once its first `data:` event arrived, keeps every socket open until told to close.
import { connect, type Socket } from 'node:net';

export interface IdleOpen {
  type: 'open';
  host: string;
  port: number;
  headers: Record<string, string>;
  /** Request bodies; stream i sends bodies[i % bodies.length]. */
  bodies: string[];
  count: number;
  /** Opens in flight at once. */
  parallel: number;
  timeoutMs: number;
}

export type IdleToClient = IdleOpen | { type: 'close' };
export type IdleFromClient =
  | { type: 'opened'; held: number; failed: number; openS: number; firstError: string | null }
  | { type: 'closed' };

const sockets: Socket[] = [];

function openOne(o: IdleOpen, i: number): Promise<string | null> {
  const body = o.bodies[i % o.bodies.length];
  const head =
    `POST /v1/chat/completions HTTP/1.1\r\nhost: ${o.host}:${o.port}\r\ncontent-type: application/json\r\n` +
    `content-length: ${Buffer.byteLength(body)}\r\n` +
    Object.entries(o.headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('') +
    '\r\n';
  return new Promise((resolve) => {
    const s = connect(o.port, o.host);
    let seen = '';
    let done = false;
    const finish = (err: string | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) s.destroy();
      else sockets.push(s);
      resolve(err);
    };
    const timer = setTimeout(() => finish('timed out waiting for the first event'), o.timeoutMs);
    s.once('connect', () => s.write(head + body));
    s.on('data', (chunk: Buffer) => {
      if (done) return; // held: later bytes are ignored
      seen += chunk.toString('latin1');
      if (!seen.startsWith('HTTP/1.1 200')) {
        if (seen.includes('\r\n')) finish(`answered ${seen.split('\r\n')[0]}`);
        return;
      }
      if (seen.includes('data:')) finish(null);
    });
    s.once('error', (err) => finish(err.message));
    s.once('close', () => finish('closed before the first event'));
  });
}

async function openAll(o: IdleOpen): Promise<IdleFromClient> {
  const t0 = performance.now();
  let next = 0;
  let failed = 0;
  let firstError: string | null = null;
  const lane = async () => {
    while (next < o.count) {
      const err = await openOne(o, next++);
      if (err) {
        failed++;
        firstError ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.parallel, o.count) }, lane));
  return { type: 'opened', held: sockets.length, failed, openS: (performance.now() - t0) / 1000, firstError };
}

process.on('message', (msg: IdleToClient) => {
  if (msg.type === 'open') {
    openAll(msg).then((r) => process.send?.(r));
  } else if (msg.type === 'close') {
    for (const s of sockets.splice(0)) s.destroy();
    process.send?.({ type: 'closed' } satisfies IdleFromClient);
    process.disconnect();
  }
});
