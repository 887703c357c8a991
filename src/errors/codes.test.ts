// The error registry: every code maps to a status and to error types each API's clients understand, and errors
// render in the caller's format (JSON bodies and the SSE frame that ends a stream).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SseParser } from '../upstream/sse-parser.ts';
import { ERROR_CODES, type ErrorCode } from './codes.ts';
import { ERRORS_DOC, renderErrorsDoc } from './doc.ts';
import { errorBody, errorFrame } from './format.ts';
import { LintelError } from './lintel-error.ts';

const CODES = Object.keys(ERROR_CODES) as ErrorCode[];
// The `error.type` values the official SDKs know (OpenAI's rate-limit type is `requests`, its budget one
// `insufficient_quota`); Anthropic's are documented per status.
const OPENAI_TYPES = new Set(['invalid_request_error', 'server_error', 'requests', 'insufficient_quota']);
const ANTHROPIC_TYPE_FOR_STATUS: Record<number, string[]> = {
  400: ['invalid_request_error'],
  401: ['authentication_error'],
  403: ['permission_error'],
  404: ['not_found_error'],
  405: ['invalid_request_error'],
  413: ['request_too_large'],
  414: ['invalid_request_error'],
  415: ['invalid_request_error'],
  429: ['rate_limit_error'],
  431: ['invalid_request_error'],
};

test('every code has an error status, known types for both APIs, and a sentence as default message', () => {
  assert.ok(CODES.length >= 20);
  for (const code of CODES) {
    const s = ERROR_CODES[code];
    assert.ok(s.status >= 400 && s.status <= 599, `${code}: status ${s.status}`);
    assert.ok(OPENAI_TYPES.has(s.openaiType), `${code}: OpenAI type ${s.openaiType}`);
    if (s.status >= 500) {
      assert.equal(s.openaiType, 'server_error', `${code}: 5xx is a server_error for OpenAI clients`);
      assert.ok(['api_error', 'overloaded_error'].includes(s.anthropicType), `${code}: ${s.anthropicType}`);
    } else {
      const allowed = ANTHROPIC_TYPE_FOR_STATUS[s.status] ?? ['invalid_request_error'];
      assert.ok(allowed.includes(s.anthropicType), `${code}: ${s.status} → ${s.anthropicType}`);
    }
    assert.match(s.message, /^[A-Z].*\.$/, `${code}: "${s.message}"`);
  }
  for (const code of CODES) assert.match(code, /^[a-z][a-z0-9_]*$/, 'codes are snake_case');
});

test('a LintelError takes status and message from the registry unless given', () => {
  const plain = new LintelError('model_not_found');
  assert.equal(plain.status, 404);
  assert.equal(plain.message, ERROR_CODES.model_not_found.message);
  assert.equal(plain.param, null);
  const custom = new LintelError('invalid_request', 'max_tokens: too large', {
    param: 'max_tokens',
    status: 422,
    headers: { 'retry-after': '1' },
  });
  assert.deepEqual(
    [custom.status, custom.message, custom.param, custom.headers],
    [422, 'max_tokens: too large', 'max_tokens', { 'retry-after': '1' }],
  );
  assert.ok(custom instanceof Error);
});

test('bodies in each API format', () => {
  const err = new LintelError('rate_limit_exceeded', 'Slow down.', { param: 'model' });
  assert.deepEqual(JSON.parse(errorBody('openai', err)), {
    error: { message: 'Slow down.', type: 'requests', param: 'model', code: 'rate_limit_exceeded' },
  });
  assert.deepEqual(JSON.parse(errorBody('anthropic', err)), {
    type: 'error',
    error: { type: 'rate_limit_error', message: 'Slow down.' },
  });
});

test('the frame that ends a stream parses as one SSE event carrying the body (named `error` for Anthropic)', () => {
  const err = new LintelError('guardrail_blocked', 'Blocked by guardrail "x".');
  for (const dialect of ['openai', 'anthropic'] as const) {
    const events = new SseParser().push(Buffer.from(errorFrame(dialect, err)));
    assert.equal(events.length, 1);
    assert.equal(events[0].event, dialect === 'anthropic' ? 'error' : undefined);
    assert.equal(events[0].data, errorBody(dialect, err));
  }
});

test('docs/errors.md lists every code as the registry defines it (regenerate: node --import tsx src/errors/doc.ts)', () => {
  assert.ok(existsSync(ERRORS_DOC), 'docs/errors.md exists');
  const doc = readFileSync(ERRORS_DOC, 'utf8');
  assert.equal(doc, renderErrorsDoc(), 'docs/errors.md is stale');
  for (const code of CODES) assert.ok(doc.includes(`| \`${code}\` | ${ERROR_CODES[code].status} |`), code);
});
