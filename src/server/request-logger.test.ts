// The lazy per-request logger logs exactly what Fastify's eager pino child logs, and makes no child for a request
// that logs nothing.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import Fastify, { type FastifyBaseLogger, LogController } from 'fastify';
import type { Logger } from 'pino';
import { createLogger } from '../telemetry/logger.ts';
import { lazyChildLoggerFactory } from './request-logger.ts';

function capture(): { logger: Logger; lines: Record<string, unknown>[]; children: () => number } {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n')) if (l) lines.push(JSON.parse(l));
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  let made = 0;
  const child = logger.child.bind(logger);
  logger.child = ((...args: Parameters<typeof child>) => {
    made++;
    return child(...args);
  }) as typeof logger.child;
  return { logger, lines, children: () => made };
}

async function run(lazy: boolean) {
  const c = capture();
  const app = Fastify({
    loggerInstance: c.logger,
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => 'req-1',
    ...(lazy ? { childLoggerFactory: lazyChildLoggerFactory } : {}),
  });
  app.get('/quiet', async () => ({ ok: true }));
  app.get('/logs', async (req, reply) => {
    const log: FastifyBaseLogger = req.log;
    const level = log.level;
    log.error({ err: new Error('boom Bearer sk-secret-123456789') }, 'internal error (500)');
    log.info({ n: 1 }, 'info line');
    log.debug('debug %s', 'formatted');
    log.trace('not at this level');
    log.child({ part: 'inner', api_key: 'sk-should-be-masked' }).warn('from a child');
    assert.equal(reply.log, req.log);
    return { level };
  });
  await app.ready();
  const before = c.children();
  const quiet = await app.inject({ method: 'GET', url: '/quiet' });
  assert.equal(quiet.statusCode, 200);
  const quietChildren = c.children() - before;
  const r = await app.inject({ method: 'GET', url: '/logs' });
  await app.close();
  return { body: r.json(), lines: c.lines.map(({ time: _t, ...rest }) => rest), quietChildren };
}

test('req.log made lazily logs the same lines as the eager child, and a quiet request makes no child', async () => {
  const eager = await run(false);
  const lazy = await run(true);
  assert.deepEqual(lazy.body, eager.body);
  assert.equal(lazy.lines.length, 4);
  assert.deepEqual(lazy.lines, eager.lines);
  assert.equal(eager.quietChildren, 1, 'Fastify makes a child for every request by default');
  assert.equal(lazy.quietChildren, 0, 'no child for a request that logs nothing');
  const first = lazy.lines[0] as { reqId?: string; msg?: string; err?: { message?: string } };
  assert.equal(first.reqId, 'req-1');
  assert.doesNotMatch(JSON.stringify(lazy.lines), /sk-secret-123456789|sk-should-be-masked/);
});
