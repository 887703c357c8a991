import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  consistencyProof,
  EMPTY_TREE_HASH,
  inclusionProof,
  leafHash,
  MerkleAccumulator,
  nodeHash,
  treeHash,
  verifyConsistency,
  verifyInclusion,
} from './merkle.ts';

const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const unhex = (s: string) => Buffer.from(s, 'hex');

// The Certificate Transparency reference leaves and the tree head for each size 1..8 (RFC 6962 test data).
const CT_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map(unhex);
const CT_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

const leavesOf = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`event-${i}`));

describe('RFC 6962 Merkle tree', () => {
  it('empty tree hash is SHA-256 of the empty string', () => {
    assert.equal(hex(EMPTY_TREE_HASH), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(hex(treeHash([])), hex(EMPTY_TREE_HASH));
  });

  it('computes small trees as done by hand', () => {
    const [a, b, c, d, e] = leavesOf(5);
    const L = (x: Buffer) => sha(Buffer.from([0]), x);
    const N = (l: Buffer, r: Buffer) => sha(Buffer.from([1]), l, r);
    assert.deepEqual(leafHash(a), L(a));
    assert.deepEqual(nodeHash(L(a), L(b)), N(L(a), L(b)));
    assert.deepEqual(treeHash([a]), L(a));
    assert.deepEqual(treeHash([a, b]), N(L(a), L(b)));
    // Size 3 splits at 2 (largest power of two below n), not in the middle.
    assert.deepEqual(treeHash([a, b, c]), N(N(L(a), L(b)), L(c)));
    assert.deepEqual(treeHash([a, b, c, d]), N(N(L(a), L(b)), N(L(c), L(d))));
    assert.deepEqual(treeHash([a, b, c, d, e]), N(N(N(L(a), L(b)), N(L(c), L(d))), L(e)));
  });

  it('matches the Certificate Transparency reference roots and proofs', () => {
    for (let n = 1; n <= 8; n++) assert.equal(hex(treeHash(CT_LEAVES, n)), CT_ROOTS[n - 1], `size ${n}`);
    assert.deepEqual(inclusionProof(CT_LEAVES, 0, 8).map(hex), [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    assert.deepEqual(inclusionProof(CT_LEAVES, 5, 8).map(hex), [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    assert.deepEqual(consistencyProof(CT_LEAVES, 2, 8).map(hex), [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    assert.deepEqual(consistencyProof(CT_LEAVES, 2, 5).map(hex), [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ]);
  });

  it('accumulator root equals the tree hash at every size', () => {
    const leaves = leavesOf(70);
    const acc = new MerkleAccumulator();
    assert.deepEqual(acc.root(), EMPTY_TREE_HASH);
    for (let n = 1; n <= leaves.length; n++) {
      acc.push(leaves[n - 1]);
      assert.equal(acc.size, n);
      assert.deepEqual(acc.root(), treeHash(leaves, n), `size ${n}`);
    }
  });

  it('every inclusion proof verifies for sizes 1..20, and altered ones do not', () => {
    const leaves = leavesOf(20);
    for (let n = 1; n <= 20; n++) {
      const root = treeHash(leaves, n);
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(leaves, i, n);
        const leaf = leafHash(leaves[i]);
        assert.ok(verifyInclusion(leaf, i, n, proof, root), `${i} in ${n}`);
        assert.ok(!verifyInclusion(leafHash(Buffer.from('other')), i, n, proof, root));
        if (n > 1) assert.ok(!verifyInclusion(leaf, (i + 1) % n, n, proof, root), `wrong index ${i} in ${n}`);
        // (A proof can be valid for a larger size with the same root shape; the signed tree_size binds the size.)
        if (n < 20) assert.ok(!verifyInclusion(leaf, i, n + 1, proof, treeHash(leaves, n + 1)));
        assert.ok(!verifyInclusion(leaf, i, n, [...proof, EMPTY_TREE_HASH], root));
        if (proof.length > 0) {
          assert.ok(!verifyInclusion(leaf, i, n, proof.slice(1), root));
          const flipped = proof.map((p) => Buffer.from(p));
          flipped[0][0] ^= 1;
          assert.ok(!verifyInclusion(leaf, i, n, flipped, root));
        }
      }
    }
    assert.ok(!verifyInclusion(leafHash(leaves[0]), 1, 1, [], treeHash(leaves, 1)));
    assert.throws(() => inclusionProof(leaves, 3, 3), RangeError);
  });

  it('every consistency proof verifies for sizes up to 20, and altered ones do not', () => {
    const leaves = leavesOf(20);
    const roots = Array.from({ length: 21 }, (_, n) => treeHash(leaves, n));
    for (let second = 0; second <= 20; second++) {
      for (let first = 0; first <= second; first++) {
        const proof = consistencyProof(leaves, first, second);
        assert.ok(verifyConsistency(first, second, roots[first], roots[second], proof), `${first}→${second}`);
        if (first > 0 && first < second) {
          assert.ok(proof.length > 0);
          assert.ok(!verifyConsistency(first, second, roots[first], roots[second], proof.slice(1)));
          assert.ok(!verifyConsistency(first, second, roots[first], roots[second], [...proof, roots[0]]));
          const flipped = proof.map((p) => Buffer.from(p));
          flipped[flipped.length - 1][5] ^= 1;
          assert.ok(!verifyConsistency(first, second, roots[first], roots[second], flipped));
          // A different old root (a rewritten history) cannot be proven consistent.
          const otherFirst = treeHash([Buffer.from('forged'), ...leaves.slice(1)], first);
          assert.ok(!verifyConsistency(first, second, otherFirst, roots[second], proof));
          assert.ok(!verifyConsistency(first, second, roots[first], roots[first], proof));
        }
      }
    }
    assert.ok(!verifyConsistency(4, 3, roots[4], roots[3], []));
    assert.ok(!verifyConsistency(0, 3, roots[1], roots[3], []));
    assert.throws(() => consistencyProof(leaves, 5, 4), RangeError);
  });
});
