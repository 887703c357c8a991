import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { gcmDecrypt, gcmEncrypt, open, resolveSecret, SecretBoxError, seal } from './secret-box.ts';

const SECRET = 'correct horse battery staple';

describe('secret box', () => {
  it('round-trips and binds secret, purpose and associated data', () => {
    const sealed = seal(SECRET, 'audit-key', Buffer.from('hello'), 'tenant-a');
    assert.equal(open(SECRET, 'audit-key', sealed, 'tenant-a').toString(), 'hello');
    assert.notEqual(seal(SECRET, 'audit-key', Buffer.from('hello'), 'tenant-a'), sealed, 'fresh salt and nonce');
    assert.throws(() => open('another secret value!', 'audit-key', sealed, 'tenant-a'), SecretBoxError);
    assert.throws(() => open(SECRET, 'tenant-key', sealed, 'tenant-a'), SecretBoxError);
    assert.throws(() => open(SECRET, 'audit-key', sealed, 'tenant-b'), SecretBoxError);
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[4], 'base64url');
    ct[0] ^= 1;
    const tampered = [...parts.slice(0, 4), ct.toString('base64url')].join('.');
    assert.throws(() => open(SECRET, 'audit-key', tampered, 'tenant-a'), SecretBoxError);
    assert.throws(() => open(SECRET, 'audit-key', 'v9.x.y.z.w'), SecretBoxError);
  });

  it('encrypts with a raw key', () => {
    const key = randomBytes(32);
    const ct = gcmEncrypt(key, Buffer.from('body'), 'aad');
    assert.equal(gcmDecrypt(key, ct, 'aad').toString(), 'body');
    assert.throws(() => gcmDecrypt(randomBytes(32), ct, 'aad'), SecretBoxError);
    assert.throws(() => gcmDecrypt(key, 'nonsense'), SecretBoxError);
  });

  it('requires a long enough secret', () => {
    assert.equal(resolveSecret(SECRET), SECRET);
    assert.throws(() => resolveSecret('short'), SecretBoxError);
    const saved = process.env.LINTEL_SECRET_KEY;
    delete process.env.LINTEL_SECRET_KEY;
    try {
      assert.throws(() => resolveSecret(), /LINTEL_SECRET_KEY/);
      process.env.LINTEL_SECRET_KEY = SECRET;
      assert.equal(resolveSecret(), SECRET);
    } finally {
      if (saved === undefined) delete process.env.LINTEL_SECRET_KEY;
      else process.env.LINTEL_SECRET_KEY = saved;
    }
  });
});
