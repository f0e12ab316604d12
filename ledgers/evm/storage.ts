/**
 * Verifies that contract C's storage slot K held value V at block B, from the block hash alone: the header
 * hashes to the attested block hash, its state root leads through the account proof to C's account, whose
 * storage root leads through the storage proof to K's value (EIP-1186 proofs, as eth_getProof returns them).
 *
 * Runs on every endorsing peer of the Fabric interop chaincode, so it is deterministic and pure: no I/O, no
 * clock. Hostile input yields a verdict naming the failed check, never an exception, and the work is bounded
 * by the size limits below.
 */
import { verifyMerkleProof } from '@ethereumjs/mpt';
import { decodeRlp, getBytes, hexlify } from 'ethers';
import type { Codes } from '../../common/errors.js';
import { readHeader } from './header.js';
import { ADDRESS, HASH } from './rlp.js';

export { MAX_HEADER_BYTES } from './header.js';

export interface StorageProof {
  /** The RLP-encoded block header, exactly the bytes whose keccak256 is the block hash. */
  readonly header: Uint8Array;
  /** eth_getProof accountProof nodes (RLP bytes each). */
  readonly accountProof: readonly Uint8Array[];
  /** eth_getProof storageProof[0].proof nodes. */
  readonly storageProof: readonly Uint8Array[];
}

export interface StorageClaim {
  /** 0x, 32 bytes (attested). */
  readonly blockHash: string;
  /** Attested. */
  readonly blockNumber: bigint;
  /** Attested, in seconds; checked against the header's when given. */
  readonly blockTimestamp?: bigint;
  /** 0x, 20 bytes. */
  readonly contract: string;
  /** 0x, 32 bytes. */
  readonly slot: string;
  /** 32 bytes, the claimed slot value (left-padded big-endian; all zero = empty slot). */
  readonly value: Uint8Array;
}

export type StorageProofFailure = Codes<
  | 'MALFORMED_PROOF'
  | 'HEADER_MISMATCH'
  | 'BLOCK_NUMBER_MISMATCH'
  | 'BLOCK_TIMESTAMP_MISMATCH'
  | 'ACCOUNT_PROOF_INVALID'
  | 'ACCOUNT_ABSENT'
  | 'STORAGE_PROOF_INVALID'
  | 'VALUE_MISMATCH'
>;

export type StorageProofVerdict =
  | { valid: true; stateRoot: string; storageRoot: string }
  | { valid: false; failure: StorageProofFailure; reason: string };

/**
 * Bounds on hostile input. A trie path has at most 64 nibbles, so at most 64 nodes plus the leaf, and the
 * largest node (a full branch) is 532 bytes; the header's bound is MAX_HEADER_BYTES (./header.ts).
 */
export const MAX_PROOF_NODES = 64;
export const MAX_NODE_BYTES = 1024;

const ACCOUNT_STORAGE_ROOT = 2;

const fail = (failure: StorageProofFailure, reason: string): StorageProofVerdict => ({
  valid: false,
  failure,
  reason,
});

/**
 * Checks, in order: the claim's shape and the proof's bounds (MALFORMED_PROOF), keccak256(header) is the
 * block hash, the header's number is the block number, the account proof from the header's state root, the
 * storage proof from the proven account's storage root, and the proven value (zero when the slot is absent).
 */
export async function verifyStorageProof(
  claim: StorageClaim,
  proof: StorageProof,
): Promise<StorageProofVerdict> {
  const claimProblem = checkClaim(claim);
  if (claimProblem) return fail('MALFORMED_PROOF', claimProblem);
  const shape = checkShape(proof);
  if (typeof shape === 'string') return fail('MALFORMED_PROOF', shape);
  const { accountProof, storageProof } = shape;

  const read = readHeader(proof.header, claim.blockHash);
  if (!read.ok) return fail(read.failure, read.reason);
  const { number, timestamp, stateRoot } = read.header;
  if (number !== claim.blockNumber) {
    return fail('BLOCK_NUMBER_MISMATCH', `the header is of block ${number}, not ${claim.blockNumber}`);
  }
  if (claim.blockTimestamp !== undefined) {
    if (timestamp !== claim.blockTimestamp) {
      return fail(
        'BLOCK_TIMESTAMP_MISMATCH',
        `the header is of time ${timestamp}, not the attested ${claim.blockTimestamp}`,
      );
    }
  }

  let account: Uint8Array | null;
  try {
    // `root` is what makes this a check: without it the library trusts the first node as the root.
    account = await verifyMerkleProof(getBytes(claim.contract), accountProof, {
      root: getBytes(stateRoot),
      useKeyHashing: true,
    });
  } catch {
    return fail(
      'ACCOUNT_PROOF_INVALID',
      `the account proof of ${claim.contract} does not lead from the state root`,
    );
  }
  if (account === null) {
    return fail('ACCOUNT_ABSENT', `the state at block ${number} proves no account ${claim.contract}`);
  }
  // The storage root comes from the proven account, never from eth_getProof's unproven storageHash.
  const storageRoot = accountStorageRoot(account);
  if (storageRoot === undefined) {
    return fail(
      'ACCOUNT_PROOF_INVALID',
      `the proven account ${claim.contract} is not [nonce, balance, storageRoot, codeHash]`,
    );
  }

  let leaf: Uint8Array | null;
  try {
    leaf = await verifyMerkleProof(getBytes(claim.slot), storageProof, {
      root: getBytes(storageRoot),
      useKeyHashing: true,
    });
  } catch {
    return fail(
      'STORAGE_PROOF_INVALID',
      `the storage proof of slot ${claim.slot} does not lead from the storage root`,
    );
  }
  const value = leaf === null ? new Uint8Array(32) : slotValue(leaf);
  if (value === undefined) {
    return fail(
      'STORAGE_PROOF_INVALID',
      `the proven value of slot ${claim.slot} is not an RLP integer of 32 bytes at most`,
    );
  }
  if (hexlify(value) !== hexlify(claim.value)) {
    return fail(
      'VALUE_MISMATCH',
      `slot ${claim.slot} holds ${hexlify(value)}, not the claimed ${hexlify(claim.value)}`,
    );
  }
  return { valid: true, stateRoot, storageRoot };
}

function checkClaim(claim: StorageClaim): string | undefined {
  if (typeof claim !== 'object' || claim === null) return 'no claim';
  if (typeof claim.blockHash !== 'string' || !HASH.test(claim.blockHash))
    return 'the claimed block hash is not 32-byte hex';
  if (typeof claim.blockNumber !== 'bigint' || claim.blockNumber < 0n)
    return 'the claimed block number is not a natural number';
  if (typeof claim.contract !== 'string' || !ADDRESS.test(claim.contract))
    return 'the claimed contract is not a 20-byte address';
  if (typeof claim.slot !== 'string' || !HASH.test(claim.slot)) return 'the claimed slot is not 32-byte hex';
  if (!(claim.value instanceof Uint8Array) || claim.value.length !== 32)
    return 'the claimed value is not 32 bytes';
  return undefined;
}

/**
 * The proof's node lists, size-checked and copied (the library keeps references to the nodes it is given);
 * readHeader checks the header.
 */
function checkShape(
  proof: StorageProof,
): string | { accountProof: Uint8Array[]; storageProof: Uint8Array[] } {
  if (typeof proof !== 'object' || proof === null) return 'no proof';
  const accountProof = nodes(proof.accountProof, 'account');
  if (typeof accountProof === 'string') return accountProof;
  const storageProof = nodes(proof.storageProof, 'storage');
  if (typeof storageProof === 'string') return storageProof;
  return { accountProof, storageProof };
}

function nodes(list: readonly Uint8Array[], what: string): Uint8Array[] | string {
  if (!Array.isArray(list)) return `the ${what} proof is not a list of nodes`;
  if (list.length > MAX_PROOF_NODES) return `the ${what} proof has more than ${MAX_PROOF_NODES} nodes`;
  const copies: Uint8Array[] = [];
  for (const node of list) {
    if (!(node instanceof Uint8Array) || node.length === 0 || node.length > MAX_NODE_BYTES) {
      return `a node of the ${what} proof is not 1 to ${MAX_NODE_BYTES} bytes`;
    }
    copies.push(Uint8Array.from(node));
  }
  return copies;
}

function accountStorageRoot(account: Uint8Array): string | undefined {
  try {
    const fields = decodeRlp(account);
    const root = Array.isArray(fields) && fields.length === 4 ? fields[ACCOUNT_STORAGE_ROOT] : undefined;
    return typeof root === 'string' && HASH.test(root) ? root : undefined;
  } catch {
    return undefined;
  }
}

/** A storage leaf's value, RLP(minimal big-endian integer), left-padded to 32 bytes. */
function slotValue(leaf: Uint8Array): Uint8Array | undefined {
  try {
    const item = decodeRlp(leaf);
    if (typeof item !== 'string' || item.startsWith('0x00')) return undefined;
    const bytes = getBytes(item);
    if (bytes.length > 32) return undefined;
    const value = new Uint8Array(32);
    value.set(bytes, 32 - bytes.length);
    return value;
  } catch {
    return undefined;
  }
}
