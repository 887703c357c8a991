// Signed checkpoints (CT-style signed tree heads): the Merkle root over the first tree_size event hashes,
// signed with Ed25519 over the canonical JSON body {tree_size, root_hash, ts, key_id}.
import { createPublicKey, verify } from 'node:crypto';
import { canonicalize } from '../canonical-json.ts';
import { toNumber } from '../db.ts';
import { MerkleAccumulator } from './merkle.ts';
import type { AuditSigner } from './signer.ts';

export interface SignedCheckpoint {
  treeSize: number;
  /** Hex RFC 6962 tree hash over the event hashes (each leaf = the 32 raw bytes of an event hash). */
  rootHash: string;
  ts: number;
  keyId: string;
  /** Base64 Ed25519 signature over `checkpointBody`. */
  signature: string;
}

/** The exact bytes that are signed. */
export function checkpointBody(cp: Pick<SignedCheckpoint, 'treeSize' | 'rootHash' | 'ts' | 'keyId'>): Buffer {
  return Buffer.from(
    canonicalize({ tree_size: cp.treeSize, root_hash: cp.rootHash, ts: cp.ts, key_id: cp.keyId }),
    'utf8',
  );
}

export function signCheckpoint(signer: AuditSigner, treeSize: number, rootHash: string, ts: number): SignedCheckpoint {
  const unsigned = { treeSize, rootHash, ts, keyId: signer.keyId };
  return { ...unsigned, signature: signer.sign(checkpointBody(unsigned)).toString('base64') };
}

/** True when `signature` is a valid Ed25519 signature of the body by `publicKeyPem`. */
export function checkpointSignatureValid(cp: SignedCheckpoint, publicKeyPem: string): boolean {
  try {
    return verify(null, checkpointBody(cp), createPublicKey(publicKeyPem), Buffer.from(cp.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Merkle root (hex) over event hashes given in hex, in sequence order. */
export function rootOfEventHashes(hashes: Iterable<string>): string {
  const acc = new MerkleAccumulator();
  for (const h of hashes) acc.push(Buffer.from(h, 'hex'));
  return acc.root().toString('hex');
}

export interface CheckpointRow {
  tree_size: number | string;
  root_hash: string;
  ts: number | string;
  signature: string;
  key_id: string;
}

export function rowToCheckpoint(r: CheckpointRow): SignedCheckpoint {
  return {
    treeSize: toNumber(r.tree_size),
    rootHash: r.root_hash,
    ts: toNumber(r.ts),
    keyId: r.key_id,
    signature: r.signature,
  };
}

export function checkpointToRow(cp: SignedCheckpoint): CheckpointRow {
  return { tree_size: cp.treeSize, root_hash: cp.rootHash, ts: cp.ts, signature: cp.signature, key_id: cp.keyId };
}

/** Wire form (sinks, saved checkpoints): snake_case like the signed body, plus the signature. */
export function checkpointToJson(cp: SignedCheckpoint): Record<string, string | number> {
  return { tree_size: cp.treeSize, root_hash: cp.rootHash, ts: cp.ts, key_id: cp.keyId, signature: cp.signature };
}

/** Reads a checkpoint saved in wire form (or camelCase). */
export function checkpointFromJson(value: unknown): SignedCheckpoint {
  const v = value as Record<string, unknown>;
  const cp = {
    treeSize: toNumber(v.tree_size ?? v.treeSize),
    rootHash: String(v.root_hash ?? v.rootHash ?? ''),
    ts: toNumber(v.ts),
    keyId: String(v.key_id ?? v.keyId ?? ''),
    signature: String(v.signature ?? ''),
  };
  if (!Number.isInteger(cp.treeSize) || cp.treeSize < 0 || !/^[0-9a-f]{64}$/.test(cp.rootHash) || !cp.signature) {
    throw new Error('not a Lintel audit checkpoint');
  }
  return cp;
}
