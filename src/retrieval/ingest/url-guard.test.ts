// URL sources: private addresses refused by default; with them allowed (config), pages are fetched, redirects are
// followed hop by hop and size limits hold.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { checkUrl, DEFAULT_URL_POLICY, isPrivateAddress, safeFetch, UrlRefused } from './url-guard.ts';

let server: Server;
let base: string;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        '<html><head><title>Kites</title></head><body><h1>Kites</h1><p>Kites fly on steady wind.</p></body></html>',
      );
    } else if (req.url === '/hop') {
      res.writeHead(302, { location: '/page' });
      res.end();
    } else if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(5000));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

test('private, loopback, link-local and odd schemes are refused by default', async () => {
  for (const ip of [
    '127.0.0.1',
    '10.0.0.8',
    '172.16.3.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '::1',
    'fe80::1',
    'fd00::2',
    '::ffff:127.0.0.1',
    '0.0.0.0',
  ])
    assert.equal(isPrivateAddress(ip), true, ip);
  for (const ip of ['8.8.8.8', '1.1.1.1', '2606:4700::1111']) assert.equal(isPrivateAddress(ip), false, ip);
  await assert.rejects(checkUrl(`${base}/page`, DEFAULT_URL_POLICY), UrlRefused);
  await assert.rejects(checkUrl('gopher://example.com/', DEFAULT_URL_POLICY), /only http/);
  await assert.rejects(checkUrl('http://user:pw@example.com/', DEFAULT_URL_POLICY), /credentials/);
});

test('allowed by config: fetched, redirects followed, loops and oversize bodies refused', async () => {
  const policy = { ...DEFAULT_URL_POLICY, allowPrivate: true, maxBytes: 1000, maxRedirects: 3 };
  const r = await safeFetch(`${base}/hop`, policy);
  assert.equal(r.url, `${base}/page`);
  assert.match(r.body.toString(), /steady wind/);
  await assert.rejects(safeFetch(`${base}/loop`, policy), /more than 3 redirects/);
  await assert.rejects(safeFetch(`${base}/big`, policy), /larger than 1000 bytes/);
  await assert.rejects(safeFetch(`${base}/missing`, policy), /answered 404/);
});
