/**
 * The batch form of a view: one endorsement answers many requests of the same view. The source's interop
 * chaincode checks each request as it checks one, builds each request's own InteropPayload, and endorses a
 * Merkle root over one leaf per request; each requester's view carries the shared endorsement, its own
 * InteropPayload, the leaf's salt and the leaf's path to the root.
 *
 * Why it hides the other requests: a leaf is keccak256(keccak256(salt ‖ payload)), and a salt is derived
 * from its request's signature, which only that requester (and the relays and endorsers that carry it)
 * knows; a sibling hash on a path therefore tells nothing of the payload under it, even to one who can
 * guess every field but the salt. A batch holds only requests of one view from one requesting network,
 * none confidential: what else the endorsed result shows (the read set, the value, the source time) is
 * what each of them reads for itself. What a view does reveal is the batch's size (from its path length,
 * and the endorsed `leaves`).
 *
 * The tree is OpenZeppelin's SimpleMerkleTree (keccak256 over sorted pairs), whose proofs OpenZeppelin's
 * MerkleProof checks on an EVM ledger: one tree for every verifier. Leaves are hashed twice, so that no
 * 64-byte inner node can pass for a leaf. Pure: no I/O.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { SimpleMerkleTree } from '@openzeppelin/merkle-tree';

/** The scheme an EndorsedBatch names: what tells it from an InteropPayload. */
export const BATCH_SCHEME = 'weft-batch-v1';
/** Requests one endorsement answers at most; a path is then at most 6 hashes. */
export const MAX_BATCH = 64;
export const MAX_PATH = 7;
export const HASH_BYTES = 32;

const SALT_TAG = new TextEncoder().encode('weft/batch/salt\u0000');

/**
 * A request's salt: the same on every endorser (from the transaction id and the request's own signature),
 * unknown to the other requesters of the batch.
 */
export function batchSalt(txId: string, signature: Uint8Array): Uint8Array {
  const id = new TextEncoder().encode(`${txId}\u0000`);
  const input = new Uint8Array(SALT_TAG.length + id.length + signature.length);
  input.set(SALT_TAG, 0);
  input.set(id, SALT_TAG.length);
  input.set(signature, SALT_TAG.length + id.length);
  return keccak_256(input);
}

/** The leaf of one request: keccak256(keccak256(salt ‖ payload)), `payload` its serialized InteropPayload. */
export function batchLeaf(salt: Uint8Array, payload: Uint8Array): Uint8Array {
  const input = new Uint8Array(salt.length + payload.length);
  input.set(salt, 0);
  input.set(payload, salt.length);
  return keccak_256(keccak_256(input));
}

const hex = (bytes: Uint8Array) =>
  `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text.slice(2), 'hex'));

export interface BatchTree {
  readonly root: Uint8Array;
  /** The path of leaf `index` (in the order given) to the root. */
  path(index: number): Uint8Array[];
}

/** The tree over the leaves, in the order given (the requests' order: leaves are not sorted). */
export function batchTree(leaves: readonly Uint8Array[]): BatchTree {
  if (leaves.length === 0 || leaves.length > MAX_BATCH) {
    throw new RangeError(`a batch holds 1 to ${MAX_BATCH} leaves, not ${leaves.length}`);
  }
  const tree = SimpleMerkleTree.of(leaves.map(hex), { sortLeaves: false });
  return { root: bytesOf(tree.root), path: (index) => tree.getProof(index).map(bytesOf) };
}

/** The root a leaf and its path lead to; compared with the endorsed root, it proves the leaf is in it. */
export function batchRootOf(leaf: Uint8Array, path: readonly Uint8Array[]): Uint8Array {
  let node = leaf;
  const pair = new Uint8Array(2 * HASH_BYTES);
  for (const sibling of path) {
    const [low, high] = Buffer.compare(node, sibling) <= 0 ? [node, sibling] : [sibling, node];
    pair.set(low, 0);
    pair.set(high, HASH_BYTES);
    node = keccak_256(pair);
  }
  return node;
}
