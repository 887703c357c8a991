// A signed evidence bundle in one file, verifiable offline: the evidence (as collectEvidence builds it), the
// SHA-256 of its canonical JSON, and an Ed25519 signature over those bytes by the node's audit signing key
// (the key that signs audit checkpoints), with that key's id and public key. Verification recomputes the
// canonical bytes, so any change to the evidence — a number, a key order aside — breaks the signature.
// The embedded public key proves integrity; pinning the key (`--public-key`, from `lintel audit export-key`)
// proves origin too.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { keyIdOf, type AuditSigner } from './audit/signer.ts';
import { canonicalize } from './canonical-json.ts';
import type { EvidenceBundle } from './export.ts';

export const SIGNED_BUNDLE_FORMAT = 'lintel.evidence-signed/v1';

export interface SignedEvidenceBundle {
  format: typeof SIGNED_BUNDLE_FORMAT;
  evidence: EvidenceBundle;
  /** Hex SHA-256 of canonicalize(evidence) (RFC 8785-style canonical JSON, UTF-8). */
  sha256: string;
  signature: { alg: 'Ed25519'; key_id: string; value: string };
  public_key_pem: string;
}

export function signEvidence(evidence: EvidenceBundle, signer: AuditSigner): SignedEvidenceBundle {
  const bytes = Buffer.from(canonicalize(evidence), 'utf8');
  return {
    format: SIGNED_BUNDLE_FORMAT,
    evidence,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    signature: { alg: 'Ed25519', key_id: signer.keyId, value: signer.sign(bytes).toString('base64') },
    public_key_pem: signer.publicKeyPem,
  };
}

export interface BundleVerification {
  ok: boolean;
  /** The signing key's id, when the bundle names one. */
  keyId: string | null;
  /** True when the signature was checked against a key the verifier supplied (origin), not only the embedded one. */
  pinned: boolean;
  sha256: string | null;
  period: { from: string; to: string } | null;
  /** Why it failed. */
  error?: string;
}

/** Checks a bundle (parsed JSON); `trustedPublicKeyPem` pins the key it must be signed with. */
export function verifyEvidenceBundle(doc: unknown, trustedPublicKeyPem?: string): BundleVerification {
  const fail = (error: string, keyId: string | null = null): BundleVerification => ({
    ok: false,
    keyId,
    pinned: trustedPublicKeyPem !== undefined,
    sha256: null,
    period: null,
    error,
  });
  const b = doc as Partial<SignedEvidenceBundle> | null;
  if (!b || typeof b !== 'object' || b.format !== SIGNED_BUNDLE_FORMAT) {
    return fail(`not a signed evidence bundle (format must be "${SIGNED_BUNDLE_FORMAT}")`);
  }
  const sig = b.signature;
  if (!sig || sig.alg !== 'Ed25519' || typeof sig.value !== 'string' || typeof sig.key_id !== 'string') {
    return fail('the bundle has no Ed25519 signature');
  }
  const pem = trustedPublicKeyPem ?? b.public_key_pem;
  if (typeof pem !== 'string') return fail('no public key to verify with', sig.key_id);
  let key: ReturnType<typeof createPublicKey>;
  try {
    key = createPublicKey(pem);
  } catch {
    return fail('the public key is not a valid PEM key', sig.key_id);
  }
  if (keyIdOf(key) !== sig.key_id) {
    return fail(`signed by key ${sig.key_id}, not by the key given (${keyIdOf(key)})`, sig.key_id);
  }
  let bytes: Buffer;
  try {
    bytes = Buffer.from(canonicalize(b.evidence), 'utf8');
  } catch (err) {
    return fail(`the evidence is not canonical JSON: ${(err as Error).message}`, sig.key_id);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== b.sha256) return fail('the evidence does not match its SHA-256 (changed after signing)', sig.key_id);
  if (!verify(null, bytes, key, Buffer.from(sig.value, 'base64'))) {
    return fail('the signature does not match the evidence', sig.key_id);
  }
  const period = (b.evidence as EvidenceBundle | undefined)?.period ?? null;
  return { ok: true, keyId: sig.key_id, pinned: trustedPublicKeyPem !== undefined, sha256, period };
}
