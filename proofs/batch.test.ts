import { SimpleMerkleTree } from '@openzeppelin/merkle-tree';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchLeaf, batchRootOf, batchSalt, batchTree, MAX_BATCH, MAX_PATH } from './batch.js';

const hex = (bytes: Uint8Array) => `0x${Buffer.from(bytes).toString('hex')}`;
const leavesArbitrary = fc.array(fc.uint8Array({ minLength: 1, maxLength: 64 }), {
  minLength: 1,
  maxLength: MAX_BATCH,
});

describe('batch trees', () => {
  it("every leaf's path leads to the root, as OpenZeppelin's verifier also finds, and within MAX_PATH", () => {
    fc.assert(
      fc.property(leavesArbitrary, (payloads) => {
        const leaves = payloads.map((p, i) => batchLeaf(batchSalt('tx', Uint8Array.of(i)), p));
        const tree = batchTree(leaves);
        leaves.forEach((leaf, i) => {
          const path = tree.path(i);
          expect(path.length).toBeLessThanOrEqual(MAX_PATH);
          expect(hex(batchRootOf(leaf, path))).toBe(hex(tree.root));
          expect(SimpleMerkleTree.verify(hex(tree.root), hex(leaf), path.map(hex))).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('no other leaf, and no changed sibling, leads to the root', () => {
    fc.assert(
      fc.property(leavesArbitrary, fc.nat(), fc.nat(), (payloads, at, flip) => {
        const leaves = payloads.map((p, i) => batchLeaf(batchSalt('tx', Uint8Array.of(i)), p));
        const tree = batchTree(leaves);
        const i = at % leaves.length;
        const path = tree.path(i);
        const outsider = batchLeaf(batchSalt('another tx', Uint8Array.of(i)), payloads[i]!);
        expect(hex(batchRootOf(outsider, path))).not.toBe(hex(tree.root));
        if (path.length > 0) {
          const changed = path.map((h) => Uint8Array.from(h));
          const j = flip % changed.length;
          changed[j]![flip % 32]! ^= 1 << (flip % 8);
          expect(hex(batchRootOf(leaves[i]!, changed))).not.toBe(hex(tree.root));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('salts differ per transaction and per signature, and are the same for the same two', () => {
    const salt = (tx: string, sig: string) => hex(batchSalt(tx, Buffer.from(sig)));
    expect(salt('tx1', 'sig')).toBe(salt('tx1', 'sig'));
    expect(salt('tx1', 'sig')).not.toBe(salt('tx2', 'sig'));
    expect(salt('tx1', 'sig')).not.toBe(salt('tx1', 'sig2'));
    // The transaction id and the signature are separated: moving a byte across them changes the salt.
    expect(salt('tx1', 'sig')).not.toBe(salt('tx', '1sig'));
  });

  it('a leaf is the double hash of salt ‖ payload: no inner node of 64 bytes passes for one', () => {
    const tree = batchTree([
      batchLeaf(new Uint8Array(32), Uint8Array.of(1)),
      batchLeaf(new Uint8Array(32), Uint8Array.of(2)),
    ]);
    const [left, right] = [tree.path(1)[0]!, tree.path(0)[0]!];
    const [low, high] = Buffer.compare(left, right) <= 0 ? [left, right] : [right, left];
    // The root is keccak(low ‖ high); a "leaf" whose salt ‖ payload are those 64 bytes hashes twice: another value.
    expect(hex(batchLeaf(low, high))).not.toBe(hex(tree.root));
  });

  it('refuses an empty batch and one over MAX_BATCH', () => {
    expect(() => batchTree([])).toThrow(RangeError);
    expect(() => batchTree(Array.from({ length: MAX_BATCH + 1 }, () => new Uint8Array(32)))).toThrow(
      RangeError,
    );
  });
});
