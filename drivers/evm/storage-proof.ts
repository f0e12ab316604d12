/**
 * Fetches what proves an EVM storage slot's value at a block: the block's RLP header (rebuilt from
 * eth_getBlockByHash and checked against the block hash) and eth_getProof's account and storage proofs.
 * The result is checked with the same verifier every relying party runs, so an attestor never vouches for
 * a proof that would not verify.
 */
import {
  concat,
  getBytes,
  isHexString,
  type JsonRpcProvider,
  keccak256,
  toBeHex,
  toUtf8Bytes,
  zeroPadValue,
} from 'ethers';
import { z } from 'zod';
import { WeftError } from '../../common/errors.js';
import { type StorageProof, verifyStorageProof } from '../../ledgers/evm/storage.js';
import { encodeHeader, isRecord, QUANTITY, rpcCall } from './block.js';

export { encodeHeader } from './block.js';

/**
 * The storage proof of `contract`'s `slot` at block `blockHash`, with the slot's value (32 bytes) and the
 * block number. Throws WeftError LEDGER_CALL_FAILED when the node fails or answers with data that does not
 * verify, NOT_FOUND when the block is unknown or the contract has no account at that block.
 */
export async function fetchStorageProof(
  provider: Pick<JsonRpcProvider, 'send'>,
  contract: string,
  slot: string,
  blockHash: string,
): Promise<{ proof: StorageProof; value: Uint8Array; blockNumber: bigint }> {
  if (!isHexString(contract, 20)) throw invalid('contract', contract);
  if (!isHexString(slot) || slot.length > 66 || slot.length % 2 !== 0) throw invalid('slot', slot);
  if (!isHexString(blockHash, 32)) throw invalid('blockHash', blockHash);
  const address = contract.toLowerCase();
  const slot32 = zeroPadValue(slot, 32).toLowerCase();
  const hash = blockHash.toLowerCase();
  const context = { contract: address, slot: slot32, blockHash: hash };

  const block = await rpcCall(provider, 'eth_getBlockByHash', [hash, false], context);
  if (!isRecord(block)) throw new WeftError('NOT_FOUND', `the node has no block ${hash}`, context);
  const header = encodeHeader(block);
  // A hex quantity: encodeHeader refuses a block whose number is not one.
  const blockNumber = BigInt(String(block.number));

  // EIP-1898: the state of exactly this block, even if another block of that number becomes canonical.
  const answer = await rpcCall(provider, 'eth_getProof', [address, [slot32], { blockHash: hash }], context);
  const parsed = parseProofAnswer(answer);
  if (!parsed) {
    throw new WeftError(
      'LEDGER_CALL_FAILED',
      'eth_getProof answered without account and storage proofs',
      context,
    );
  }
  const proof: StorageProof = {
    header,
    accountProof: parsed.accountProof,
    storageProof: parsed.storageProof,
  };
  const verdict = await verifyStorageProof(
    { blockHash: hash, blockNumber, contract: address, slot: slot32, value: parsed.value },
    proof,
  );
  if (!verdict.valid) {
    if (verdict.failure === 'ACCOUNT_ABSENT') {
      throw new WeftError('NOT_FOUND', `no contract ${address} at block ${blockNumber}`, context);
    }
    throw new WeftError('LEDGER_CALL_FAILED', `the node's proof does not verify: ${verdict.reason}`, {
      ...context,
      failure: verdict.failure,
    });
  }
  return { proof, value: parsed.value, blockNumber };
}

/**
 * The slot of `mapping(K => V)`'s entry `key` when the mapping is declared at slot `declaredSlot`:
 * keccak256(key ‖ uint256(declaredSlot)). `key` is a string or bytes key's raw bytes (a string is taken as
 * UTF-8), or for a value-type key its 32-byte ABI encoding.
 */
export function storageSlotOfMapping(key: string | Uint8Array, declaredSlot: bigint | number): string {
  const bytes = typeof key === 'string' ? toUtf8Bytes(key) : key;
  return keccak256(concat([bytes, toBeHex(declaredSlot, 32)]));
}

function invalid(what: string, value: string): WeftError {
  return new WeftError('REQUEST_INVALID', `${what} ${JSON.stringify(value)} is not valid hex of its size`);
}

const HEX = z.string().refine((text) => isHexString(text));

/** What eth_getProof answers for one slot; other fields (balance, nonce, the slot's key...) go unread. */
const PROOF_ANSWER = z.object({
  accountProof: z.array(HEX),
  storageProof: z.tuple([z.object({ proof: z.array(HEX), value: z.string().regex(QUANTITY) })]),
});

function parseProofAnswer(
  answer: unknown,
): { accountProof: Uint8Array[]; storageProof: Uint8Array[]; value: Uint8Array } | undefined {
  const parsed = PROOF_ANSWER.safeParse(answer);
  if (!parsed.success) return undefined;
  const [entry] = parsed.data.storageProof;
  const word = BigInt(entry.value);
  if (word >= 1n << 256n) return undefined;
  return {
    accountProof: parsed.data.accountProof.map((node) => getBytes(node)),
    storageProof: entry.proof.map((node) => getBytes(node)),
    value: getBytes(toBeHex(word, 32)),
  };
}
