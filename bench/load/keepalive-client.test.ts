// The bench's lean keep-alive client against a real HTTP server: answers split across packets, one connection
// reused, bodies kept on errors, a chunked answer refused, a closed connection reopened.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { KeepAliveConnection, postRequest } from './keepalive-client.ts';

function serve(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, port: (server.address() as AddressInfo).port })),
  );
}

test('status, kept bodies, one reused connection, chunked refused, reconnect after close', async () => {
  const sockets = new Set<unknown>();
  const big = 'x'.repeat(200_000); // arrives in several packets
  const { server, port } = await serve((req, res) => {
    sockets.add(req.socket);
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      const { path } = JSON.parse(body) as { path: string };
      if (path === 'big') res.writeHead(200, { 'content-length': big.length }).end(big);
      else if (path === 'bad') res.writeHead(400, { 'content-length': 5 }).end('nope!');
      else if (path === 'chunked') {
        res.writeHead(200);
        res.write('a');
        res.end('b');
      } else if (path === 'close') res.writeHead(200, { 'content-length': 2, connection: 'close' }).end('ok');
      else res.writeHead(204).end();
    });
  });
  const host = `127.0.0.1:${port}`;
  const req = (path: string) =>
    postRequest(host, '/x', { 'content-type': 'application/json' }, JSON.stringify({ path }));
  const c = new KeepAliveConnection('127.0.0.1', port);
  try {
    const a = await c.send(req('big'), true);
    assert.equal(a.status, 200);
    assert.equal(a.body?.length, big.length);
    const counted = await c.send(req('big'));
    assert.deepEqual(counted, { status: 200, body: null }); // counted, not kept
    const bad = await c.send(req('bad'));
    assert.equal(bad.status, 400);
    assert.equal(bad.body?.toString(), 'nope!'); // an error's body is always kept
    assert.equal((await c.send(req('empty'))).status, 204);
    assert.equal(sockets.size, 1, 'one keep-alive connection for every request');
    assert.equal((await c.send(req('close'))).status, 200);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal((await c.send(req('empty'))).status, 204); // reopened after the server closed it
    assert.equal(sockets.size, 2);
    await assert.rejects(c.send(req('chunked')), /without Content-Length/);
  } finally {
    c.close();
    server.closeAllConnections();
    server.close();
  }
});
