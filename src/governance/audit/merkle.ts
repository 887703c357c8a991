// RFC 6962 / RFC 9162 Merkle tree hashing and proofs, as Certificate Transparency logs use them.
// Leaves are arbitrary byte strings (here: the 32-byte audit event hashes).
import { createHash } from 'node:crypto';

export type Hash = Buffer;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

export function sha256(...parts: Uint8Array[]): Hash {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
}

/** MTH({}) = SHA-256 of the empty string. */
export const EMPTY_TREE_HASH: Hash = sha256();

export function leafHash(data: Uint8Array): Hash {
  return sha256(LEAF_PREFIX, data);
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Hash {
  return sha256(NODE_PREFIX, left, right);
}

/** Largest power of two strictly below n (n ≥ 2): RFC 6962's split point. */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH over leaves[from, to), taking leaf data (not leaf hashes). */
function subtreeHash(leaves: readonly Uint8Array[], from: number, to: number): Hash {
  const n = to - from;
  if (n === 0) return EMPTY_TREE_HASH;
  if (n === 1) return leafHash(leaves[from]);
  const k = splitPoint(n);
  return nodeHash(subtreeHash(leaves, from, from + k), subtreeHash(leaves, from + k, to));
}

/** Merkle Tree Hash of the first `size` leaves (default all). */
export function treeHash(leaves: readonly Uint8Array[], size = leaves.length): Hash {
  checkSize(leaves, size);
  return subtreeHash(leaves, 0, size);
}

function checkSize(leaves: readonly Uint8Array[], size: number): void {
  if (!Number.isInteger(size) || size < 0 || size > leaves.length) {
    throw new RangeError(`tree size ${size} outside 0..${leaves.length}`);
  }
}

/** Audit path PATH(m, D[n]) of RFC 6962 §2.1.1 for leaf `index` in the tree of the first `size` leaves. */
export function inclusionProof(leaves: readonly Uint8Array[], index: number, size = leaves.length): Hash[] {
  checkSize(leaves, size);
  if (!Number.isInteger(index) || index < 0 || index >= size)
    throw new RangeError(`leaf ${index} not in tree of ${size}`);
  const path: Hash[] = [];
  const walk = (m: number, from: number, to: number): void => {
    const n = to - from;
    if (n <= 1) return;
    const k = splitPoint(n);
    if (m < k) {
      walk(m, from, from + k);
      path.push(subtreeHash(leaves, from + k, to));
    } else {
      walk(m - k, from + k, to);
      path.push(subtreeHash(leaves, from, from + k));
    }
  };
  walk(index, 0, size);
  return path;
}

/** RFC 9162 §2.1.3.2: does `proof` show that the leaf with hash `leaf` sits at `index` of the tree with `root`? */
export function verifyInclusion(
  leaf: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r: Uint8Array = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && Buffer.from(r).equals(Buffer.from(root));
}

/** Consistency proof PROOF(m, D[n]) of RFC 6962 §2.1.2 between the trees of the first `first` and `second` leaves. */
export function consistencyProof(leaves: readonly Uint8Array[], first: number, second = leaves.length): Hash[] {
  checkSize(leaves, second);
  if (!Number.isInteger(first) || first < 0 || first > second) throw new RangeError(`bad sizes ${first} → ${second}`);
  if (first === 0 || first === second) return [];
  const proof: Hash[] = [];
  const sub = (m: number, from: number, to: number, complete: boolean): void => {
    const n = to - from;
    if (m === n) {
      if (!complete) proof.push(subtreeHash(leaves, from, to));
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      sub(m, from, from + k, complete);
      proof.push(subtreeHash(leaves, from + k, to));
    } else {
      sub(m - k, from + k, to, false);
      proof.push(subtreeHash(leaves, from, from + k));
    }
  };
  sub(first, 0, second, true);
  return proof;
}

/** RFC 9162 §2.1.4.2: does `proof` show the tree (`second`, `secondRoot`) extends (`first`, `firstRoot`)? */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  const eq = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
  if (!Number.isInteger(first) || !Number.isInteger(second) || first < 0 || first > second) return false;
  if (first === second) return proof.length === 0 && eq(firstRoot, secondRoot);
  // Every tree extends the empty one; its root must still be the empty hash.
  if (first === 0) return proof.length === 0 && eq(firstRoot, EMPTY_TREE_HASH);
  if (proof.length === 0) return false;
  const path: Uint8Array[] = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Uint8Array = path[0];
  let sr: Uint8Array = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && eq(fr, firstRoot) && eq(sr, secondRoot);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

/**
 * Root of a growing tree in O(log n) memory: keeps the roots of the perfect subtrees that make up the
 * current size (one per set bit), so a log can be checkpointed without re-reading every event.
 */
export class MerkleAccumulator {
  private readonly stack: { size: number; hash: Hash }[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(data: Uint8Array): void {
    let node = { size: 1, hash: leafHash(data) };
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].size === node.size) {
      const left = this.stack.pop()!;
      node = { size: left.size * 2, hash: nodeHash(left.hash, node.hash) };
    }
    this.stack.push(node);
    this.count++;
  }

  /** MTH of everything pushed so far: the perfect subtrees folded right to left (RFC 6962's split). */
  root(): Hash {
    if (this.stack.length === 0) return EMPTY_TREE_HASH;
    let h = this.stack[this.stack.length - 1].hash;
    for (let i = this.stack.length - 2; i >= 0; i--) h = nodeHash(this.stack[i].hash, h);
    return h;
  }
}
