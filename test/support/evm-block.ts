/**
 * Blocks made up for the unit tests of EVM proofs: a header holding a receipts root, and the receipts trie
 * of a list of receipts, with the proof of one of them.
 */
import { encodeRlp, getBytes, hexlify, keccak256, toBeArray } from 'ethers';
import {
  buildReceiptProof,
  encodeReceipt,
  type Receipt,
  type ReceiptProof,
} from '../../ledgers/evm/receipts.js';

export const bytes = (length: number, fill: number) => new Uint8Array(length).fill(fill);
export const hex = (length: number, fill: number) => hexlify(bytes(length, fill));

/** A block header (London's 16 fields) with the given receipts root; the other fields are arbitrary. */
export function headerWith(receiptsRoot: string, number = 7n): Uint8Array {
  return getBytes(
    encodeRlp([
      hex(32, 1), // parentHash
      hex(32, 2), // sha3Uncles
      hex(20, 3), // miner
      hex(32, 4), // stateRoot
      hex(32, 5), // transactionsRoot
      receiptsRoot,
      hex(256, 0), // logsBloom
      '0x', // difficulty
      toBeArray(number),
      toBeArray(30_000_000),
      toBeArray(21_000),
      toBeArray(1_700_000_000), // timestamp
      '0x', // extraData
      hex(32, 6), // mixHash
      hex(8, 0), // nonce
      toBeArray(7), // baseFeePerGas
    ]),
  );
}

/** A block of these receipts: their encodings, the trie's root, a header holding it and its hash. */
export async function blockOf(receipts: readonly Receipt[], number = 7n) {
  const encoded = receipts.map(encodeReceipt);
  const { root } = await buildReceiptProof(encoded, 0);
  const header = headerWith(root, number);
  return { encoded, root, header, blockHash: keccak256(header) };
}

export async function proofOf(
  block: Awaited<ReturnType<typeof blockOf>>,
  txIndex: number,
): Promise<ReceiptProof> {
  const { proof } = await buildReceiptProof(block.encoded, txIndex);
  return { header: block.header, blockHash: block.blockHash, txIndex, proof };
}
