import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashKey, newId, newSecret } from './key-format.ts';

test('keys are lk- + 32 random bytes, stored as a SHA-256 hash with a visible prefix', () => {
  const a = newSecret();
  const b = newSecret();
  assert.match(a.key, /^lk-[A-Za-z0-9_-]{43}$/);
  assert.equal(Buffer.from(a.key.slice(3), 'base64url').length, 32);
  assert.notEqual(a.key, b.key);
  assert.equal(a.hash, hashKey(a.key));
  assert.match(a.hash, /^[0-9a-f]{64}$/);
  assert.equal(a.prefix, a.key.slice(0, 11));
  assert.ok(!a.hash.includes(a.key.slice(3)));
  assert.match(newId('key'), /^key_[A-Za-z0-9_-]{16}$/);
});
