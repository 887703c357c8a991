// Authenticated encryption under the master secret (LINTEL_SECRET_KEY): a fresh HKDF salt and GCM nonce per
// message, a purpose label so a ciphertext made for one use cannot be opened as another, and optional
// associated data (e.g. the tenant) bound into the tag.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export class SecretBoxError extends Error {}

/** The master secret from the option or LINTEL_SECRET_KEY; refuses to run without one. */
export function resolveSecret(secret?: string): string {
  const s = secret ?? process.env.LINTEL_SECRET_KEY;
  if (!s) throw new SecretBoxError('no secret key: set LINTEL_SECRET_KEY (at least 16 characters)');
  if (s.length < 16) throw new SecretBoxError('secret key too short: LINTEL_SECRET_KEY needs at least 16 characters');
  return s;
}

function deriveKey(secret: string, salt: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), salt, `lintel/${purpose}`, 32));
}

/** AES-256-GCM with a raw 32-byte key; output `iv.tag.ciphertext` in base64url. */
export function gcmEncrypt(key: Buffer, plaintext: Buffer, aad?: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (aad !== undefined) cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [iv, cipher.getAuthTag(), ct].map((b) => b.toString('base64url')).join('.');
}

/** Inverse of gcmEncrypt; throws SecretBoxError when the key, data or aad do not match. */
export function gcmDecrypt(key: Buffer, text: string, aad?: string): Buffer {
  const parts = text.split('.');
  if (parts.length !== 3) throw new SecretBoxError('malformed ciphertext');
  const [iv, tag, ct] = parts.map((p) => Buffer.from(p, 'base64url'));
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    if (aad !== undefined) decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ct), decipher.final()]);
  } catch {
    throw new SecretBoxError('decryption failed (wrong key or tampered data)');
  }
}

/** Encrypts `plaintext` under a key derived from `secret` for `purpose`. */
export function seal(secret: string, purpose: string, plaintext: Buffer, aad?: string): string {
  const salt = randomBytes(16);
  return `${VERSION}.${salt.toString('base64url')}.${gcmEncrypt(deriveKey(secret, salt, purpose), plaintext, aad)}`;
}

/** Opens a `seal` output; throws SecretBoxError on a wrong secret, purpose, aad or tampering. */
export function open(secret: string, purpose: string, sealed: string, aad?: string): Buffer {
  const dot = sealed.indexOf('.');
  const dot2 = sealed.indexOf('.', dot + 1);
  if (dot < 0 || dot2 < 0 || sealed.slice(0, dot) !== VERSION) throw new SecretBoxError('unknown sealed format');
  const salt = Buffer.from(sealed.slice(dot + 1, dot2), 'base64url');
  return gcmDecrypt(deriveKey(secret, salt, purpose), sealed.slice(dot2 + 1), aad);
}
