import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { signCheckpoint } from './checkpoint.ts';
import { createEphemeralSigner } from './signer.ts';
import { FileCheckpointSink, WEBHOOK_SIGNATURE_HEADER, WebhookCheckpointSink, webhookSignature } from './sinks.ts';

const cp = signCheckpoint(createEphemeralSigner(), 42, 'ab'.repeat(32), 1_700_000_000_000);

describe('checkpoint sinks', () => {
  let server: Server;
  let url: string;
  let handler: (req: IncomingMessage, res: ServerResponse, body: string) => void = () => {};
  const sockets = new Set<import('node:net').Socket>();

  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => handler(req, res, body));
    });
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  after(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
  });

  it('file sink appends JSON lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lintel-sink-'));
    try {
      const sink = new FileCheckpointSink(join(dir, 'nested', 'cp.jsonl'));
      await sink.write(cp);
      await sink.write({ ...cp, treeSize: 43 });
      const lines = readFileSync(join(dir, 'nested', 'cp.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.deepEqual(lines[0], {
        tree_size: 42,
        root_hash: cp.rootHash,
        ts: cp.ts,
        key_id: cp.keyId,
        signature: cp.signature,
      });
      assert.equal(lines[1].tree_size, 43);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('webhook sink POSTs the checkpoint with an HMAC signature', async () => {
    let seen: { signature: string | undefined; body: string } | undefined;
    handler = (req, res, body) => {
      seen = { signature: req.headers[WEBHOOK_SIGNATURE_HEADER] as string | undefined, body };
      res.end('ok');
    };
    const logged: string[] = [];
    await new WebhookCheckpointSink({ url, secret: 'hook-secret', log: (m) => logged.push(m) }).write(cp);
    assert.deepEqual(logged, []);
    assert.ok(seen);
    assert.equal(seen.signature, webhookSignature('hook-secret', seen.body));
    assert.equal(JSON.parse(seen.body).checkpoint.tree_size, 42);
  });

  it('webhook failures are logged, not thrown', async () => {
    const logged: string[] = [];
    const log = (m: string) => logged.push(m);
    handler = (_req, res) => {
      res.statusCode = 500;
      res.end();
    };
    await new WebhookCheckpointSink({ url, secret: 's', log }).write(cp);
    handler = () => {}; // never answers
    const started = Date.now();
    await new WebhookCheckpointSink({ url, secret: 's', log, timeoutMs: 150 }).write(cp);
    assert.ok(Date.now() - started < 2000);
    await new WebhookCheckpointSink({ url: 'http://127.0.0.1:1/none', secret: 's', log }).write(cp);
    assert.equal(logged.length, 3);
    assert.match(logged[0], /HTTP 500/);
    assert.match(logged[1], /failed/);
    assert.match(logged[2], /failed/);
  });
});
