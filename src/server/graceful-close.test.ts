// A response that has ended but is still flushing to a slow reader survives the server's close: the client gets
// every byte. Node's own closeIdleConnections destroys that socket (the control case below shows it).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { test } from 'node:test';
import { closeIdleGently, sweepIdleWhileClosing } from './graceful-close.ts';

const BODY = 32 * 1024 * 1024; // far beyond the socket buffers, so most of it is still in the process at close()

async function endThenClose(gentle: boolean): Promise<{ received: number; closed: boolean }> {
  let ended!: () => void;
  const endedP = new Promise<void>((r) => {
    ended = r;
  });
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-length': String(BODY) });
    res.end(Buffer.alloc(BODY, 97));
    ended();
  });
  if (gentle) closeIdleGently(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const socket = connect(port, '127.0.0.1');
  socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  socket.pause(); // a slow reader: the kernel buffers fill, Node keeps the rest
  let received = 0;
  const done = new Promise<void>((r) => socket.on('close', () => r()));
  socket.on('data', (d: Buffer) => {
    received += d.length;
  });
  socket.on('error', () => {});
  await endedP;
  const stop = gentle ? sweepIdleWhileClosing(server, 20) : () => {};
  const closed = new Promise<boolean>((r) => server.close(() => r(true)));
  socket.resume();
  await done;
  stop();
  return {
    received,
    closed: await Promise.race([closed, new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]),
  };
}

test('an answer still flushing at close() reaches the client whole', async () => {
  const { received, closed } = await endThenClose(true);
  assert.ok(received > BODY, `received ${received} bytes, expected the ${BODY}-byte body and its head`);
  assert.equal(closed, true, 'the server finished closing once the answer had left');
});

test("control: Node's default closeIdleConnections cuts the same answer", async () => {
  const { received } = await endThenClose(false);
  assert.ok(received < BODY, `expected a cut answer, received ${received} of ${BODY} bytes`);
});
