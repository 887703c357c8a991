import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ScopeCheck } from './limits/types.ts';
import { formatReset, rateLimitHeaders } from './rate-headers.ts';

test('reset durations read like OpenAI’s', () => {
  assert.equal(formatReset(20), '20ms');
  assert.equal(formatReset(1500), '1.5s');
  assert.equal(formatReset(59_999.2), '1m0s');
  assert.equal(formatReset(59_001), '59.001s');
  assert.equal(formatReset(360_000), '6m0s');
  assert.equal(formatReset(61_250), '1m1.25s');
  assert.equal(formatReset(-5), '0ms');
});

test('headers come from the most restrictive level per dimension', () => {
  const scope = (rpm: number | null, tpm: number | null): ScopeCheck => ({
    id: 'x',
    level: 'key',
    tenant: null,
    name: 'x',
    limits: { rpm, tpm, concurrency: null },
    budget: null,
  });
  const h = rateLimitHeaders(
    [scope(100, null), scope(1000, 5000)],
    [
      { remainingRequests: 40, resetRequestsMs: 1000, remainingTokens: null, resetTokensMs: null },
      { remainingRequests: 900, resetRequestsMs: 2000, remainingTokens: 4000, resetTokensMs: 3000 },
    ],
  );
  assert.deepEqual(h, {
    'x-ratelimit-limit-requests': '100',
    'x-ratelimit-remaining-requests': '40',
    'x-ratelimit-reset-requests': '1s',
    'x-ratelimit-limit-tokens': '5000',
    'x-ratelimit-remaining-tokens': '4000',
    'x-ratelimit-reset-tokens': '3s',
  });
  assert.deepEqual(rateLimitHeaders([], []), {});
});
