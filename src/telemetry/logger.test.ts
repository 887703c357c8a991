import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger, redactSecrets } from './logger.ts';
import { redactSecretKeys } from './secrets.ts';

const OPENAI_KEY = 'sk-proj-AbCdEf0123456789xyzXYZ';
const ANTHROPIC_KEY = 'sk-ant-api03-QwErTy0123456789_abc-DEF';
const LINTEL_KEY = 'lk-live-0123456789abcdef';

/** A pino destination that keeps each line. */
function capture(): { lines: string[]; stream: { write(s: string): void } } {
  const lines: string[] = [];
  return { lines, stream: { write: (s: string) => lines.push(s) } };
}

describe('logger', () => {
  it('never writes auth headers or secret config fields', () => {
    const out = capture();
    const log = createLogger({ level: 'info', destination: out.stream });
    log.info(
      {
        req: {
          method: 'POST',
          url: '/v1/chat/completions',
          headers: {
            authorization: `Bearer ${OPENAI_KEY}`,
            'x-api-key': ANTHROPIC_KEY,
            cookie: 'session=abc123secret',
            'content-type': 'application/json',
          },
        },
        config: {
          providers: [
            { name: 'openai', apiKey: OPENAI_KEY, baseUrl: 'https://api.openai.com' },
            { name: 'anthropic', settings: { api_key: ANTHROPIC_KEY, auth: { password: 'hunter2', token: 't0k' } } },
          ],
          secret: 'shh',
        },
      },
      'config loaded',
    );
    log.warn(`upstream rejected key ${LINTEL_KEY} with Authorization: Bearer ${OPENAI_KEY}`);
    log.error({ err: new Error(`401 from upstream for ${ANTHROPIC_KEY}`) }, 'upstream failed');

    const text = out.lines.join('');
    for (const secret of [OPENAI_KEY, ANTHROPIC_KEY, LINTEL_KEY, 'abc123secret', 'hunter2', 't0k', 'shh']) {
      assert.ok(!text.includes(secret), `leaked ${secret}`);
    }
    const [first, second, third] = out.lines.map((l) => JSON.parse(l));
    assert.equal(first.level, 'info');
    assert.equal(first.msg, 'config loaded');
    assert.equal(first.req.headers.authorization, '[REDACTED]');
    assert.equal(first.req.headers['content-type'], 'application/json');
    assert.equal(first.config.providers[0].apiKey, '[REDACTED]');
    assert.equal(first.config.providers[0].baseUrl, 'https://api.openai.com');
    assert.equal(first.config.providers[1].settings.auth.password, '[REDACTED]');
    assert.match(second.msg, /lk-\[REDACTED\].*Bearer \[REDACTED\]/);
    assert.match(third.err.message, /sk-ant-\[REDACTED\]/);
  });

  it('masks secrets in child bindings and leaves the logged object untouched', () => {
    const out = capture();
    const config = { provider: 'openai', apiKey: OPENAI_KEY };
    createLogger({ level: 'info', destination: out.stream }).child({ config }).info('ready');
    assert.ok(!out.lines.join('').includes(OPENAI_KEY));
    assert.equal(config.apiKey, OPENAI_KEY, 'copy-on-write: the caller object is not mutated');
  });

  it('takes its level from LINTEL_LOG_LEVEL and rejects unknown levels', () => {
    const saved = process.env.LINTEL_LOG_LEVEL;
    try {
      process.env.LINTEL_LOG_LEVEL = 'silent';
      const out = capture();
      createLogger({ destination: out.stream }).error('nothing');
      assert.equal(out.lines.length, 0);
      assert.throws(() => createLogger({ level: 'loud' }), /invalid log level/);
    } finally {
      if (saved === undefined) delete process.env.LINTEL_LOG_LEVEL;
      else process.env.LINTEL_LOG_LEVEL = saved;
    }
  });
});

describe('redactSecrets', () => {
  it('masks key and bearer patterns, keeping the prefix', () => {
    assert.equal(
      redactSecrets(`bad key ${OPENAI_KEY}, ${ANTHROPIC_KEY} and ${LINTEL_KEY}`),
      'bad key sk-[REDACTED], sk-ant-[REDACTED] and lk-[REDACTED]',
    );
    assert.equal(redactSecrets('Authorization: Bearer eyJhbGciOi.J9.x-y_z'), 'Authorization: Bearer [REDACTED]');
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['no secrets here', 'task-1234567890 and bulk-processing-job', 'sk-short', 'risk-assessment']) {
      assert.equal(redactSecrets(text), text);
    }
  });
});

describe('redactSecretKeys', () => {
  it('returns the same object when there is nothing to mask', () => {
    const obj = { a: 1, b: { c: [1, 2, { d: 'x' }] }, inputTokens: 5 };
    assert.equal(redactSecretKeys(obj), obj);
  });

  it('masks keys case-insensitively inside arrays and skips class instances', () => {
    const err = Object.assign(new Error('x'), { token: 'keep-for-serializer' });
    const out = redactSecretKeys({ list: [{ Token: 'a' }, { APIKEY: 'b' }], err });
    assert.deepEqual(out.list, [{ Token: '[REDACTED]' }, { APIKEY: '[REDACTED]' }]);
    assert.equal(out.err, err);
  });
});
