/** Storage values as Solidity lays them out, and verdicts of storage proofs as short strings, for tests. */
import { toUtf8Bytes } from 'ethers';
import { type StorageClaim, type StorageProof, verifyStorageProof } from '../../ledgers/evm/storage.js';

/** A string of fewer than 32 bytes as Solidity stores it: data left-aligned, length * 2 in the last byte. */
export function shortString(text: string): Uint8Array {
  const word = new Uint8Array(32);
  const bytes = toUtf8Bytes(text);
  word.set(bytes);
  word[31] = bytes.length * 2;
  return word;
}

/** An empty slot's value. */
export const ZERO = new Uint8Array(32);

/** 'VALID', or the failure the verifier names. */
export async function failureOf(claim: StorageClaim, proof: StorageProof): Promise<string> {
  const verdict = await verifyStorageProof(claim, proof);
  return verdict.valid ? 'VALID' : verdict.failure;
}
