// Serves the built single-page app at /ui: hashed assets cached for a year (immutable), index.html never
// cached (so a deploy takes effect on the next load), every other path under /ui answered with index.html
// (client-side routes), and a strict Content-Security-Policy (no inline or remote scripts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** The built UI: dist/ui beside the sources (tsx) or beside the compiled files (dist/src/console → dist/ui). */
export function uiDir(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '../../dist/ui'), join(here, '../../ui')]) {
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

function securityHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .header('cross-origin-opener-policy', 'same-origin');
}

export function registerStaticUi(app: FastifyInstance, dir: string | null): void {
  const sendIndex = (reply: FastifyReply) => {
    if (!dir) {
      return securityHeaders(reply)
        .code(503)
        .header('content-type', 'text/plain; charset=utf-8')
        .send('The console is not built: run `npm run build` (or `node scripts/ensure-ui.mjs`).');
    }
    return securityHeaders(reply)
      .header('content-type', TYPES['.html'])
      .header('cache-control', 'no-cache')
      .send(readFileSync(join(dir, 'index.html')));
  };
  app.get('/', async (_req, reply) => reply.redirect('/ui/'));
  app.get('/ui', async (_req, reply) => reply.redirect('/ui/'));
  app.get('/ui/*', async (req, reply) => {
    const rel = (req.params as { '*': string })['*'] ?? '';
    if (!dir || rel === '' || rel === 'index.html') return sendIndex(reply);
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep)) return reply.code(404).send();
    if (existsSync(file) && statSync(file).isFile()) {
      const hashed = rel.startsWith('assets/');
      return securityHeaders(reply)
        .header('content-type', TYPES[extname(file)] ?? 'application/octet-stream')
        .header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
        .send(readFileSync(file));
    }
    // A missing asset is a 404 (a stale page asking for an old hash must not get HTML back).
    if (rel.startsWith('assets/')) return reply.code(404).header('cache-control', 'no-store').send();
    return sendIndex(reply);
  });
}
