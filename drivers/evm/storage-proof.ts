/**
 * Fetches what proves an EVM storage slot's value at a block: the block's RLP header (rebuilt from
 * eth_getBlockByHash and checked against the block hash) and eth_getProof's account and storage proofs.
 * The result is checked with the same verifier every relying party runs, so an attestor never vouches for
 * a proof that would not verify.
 */
import {
  concat,
  encodeRlp,
  getBytes,
  isHexString,
  type JsonRpcProvider,
  keccak256,
  toBeArray,
  toBeHex,
  toUtf8Bytes,
  zeroPadValue,
} from 'ethers';
import { z } from 'zod';
import { describeError, WeftError } from '../../common/errors.js';
import { type StorageProof, verifyStorageProof } from '../../ledgers/evm/storage.js';

type FieldKind = 'data' | 'quantity';

/** The header fields of every fork since Frontier, in RLP order. */
const BASE_FIELDS: ReadonlyArray<readonly [string, FieldKind]> = [
  ['parentHash', 'data'],
  ['sha3Uncles', 'data'],
  ['miner', 'data'],
  ['stateRoot', 'data'],
  ['transactionsRoot', 'data'],
  ['receiptsRoot', 'data'],
  ['logsBloom', 'data'],
  ['difficulty', 'quantity'],
  ['number', 'quantity'],
  ['gasLimit', 'quantity'],
  ['gasUsed', 'quantity'],
  ['timestamp', 'quantity'],
  ['extraData', 'data'],
  ['mixHash', 'data'],
  ['nonce', 'data'],
];

/** Fields later forks append, in order; a block has a prefix of them, depending on its fork. */
const FORK_FIELDS: ReadonlyArray<readonly [string, FieldKind]> = [
  ['baseFeePerGas', 'quantity'], // London
  ['withdrawalsRoot', 'data'], // Shanghai
  ['blobGasUsed', 'quantity'], // Cancun
  ['excessBlobGas', 'quantity'], // Cancun
  ['parentBeaconBlockRoot', 'data'], // Cancun
  ['requestsHash', 'data'], // Prague
];

/** Hex quantities; leading zeros tolerated (some nodes pad), the header hash check catches any misreading. */
const QUANTITY = /^0x[0-9a-fA-F]+$/;

/**
 * The RLP header of a block as eth_getBlockByHash returns it (raw JSON), checked to hash to `block.hash`.
 * A mismatch means the block has a header field this code does not know (a newer fork or another chain).
 */
export function encodeHeader(block: Record<string, unknown>): Uint8Array {
  const hash = block.hash;
  const name = `block ${typeof hash === 'string' ? hash : '(no hash)'}`;
  const field = (key: string, kind: FieldKind): Uint8Array => {
    const value = block[key];
    if (kind === 'quantity' && typeof value === 'string' && QUANTITY.test(value)) {
      return toBeArray(BigInt(value));
    }
    if (kind === 'data' && typeof value === 'string' && isHexString(value) && value.length % 2 === 0) {
      return getBytes(value);
    }
    throw new WeftError('LEDGER_CALL_FAILED', `${name} has no valid header field ${key}`, {
      blockHash: hash,
      field: key,
      value,
    });
  };
  const items = BASE_FIELDS.map(([key, kind]) => field(key, kind));
  for (const [key, kind] of FORK_FIELDS) {
    if (block[key] !== undefined && block[key] !== null) items.push(field(key, kind));
  }
  const header = getBytes(encodeRlp(items));
  if (typeof hash !== 'string' || keccak256(header) !== hash.toLowerCase()) {
    throw new WeftError(
      'LEDGER_CALL_FAILED',
      `${name}: its header fields do not hash to its hash (a header field this code does not know?)`,
      { blockHash: hash, blockNumber: block.number, fields: Object.keys(block).join(',') },
    );
  }
  return header;
}

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

  const block = await call(provider, 'eth_getBlockByHash', [hash, false], context);
  if (!isRecord(block)) throw new WeftError('NOT_FOUND', `the node has no block ${hash}`, context);
  const header = encodeHeader(block);
  // A hex quantity: encodeHeader refuses a block whose number is not one.
  const blockNumber = BigInt(String(block.number));

  // EIP-1898: the state of exactly this block, even if another block of that number becomes canonical.
  const answer = await call(provider, 'eth_getProof', [address, [slot32], { blockHash: hash }], context);
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

async function call(
  provider: Pick<JsonRpcProvider, 'send'>,
  method: string,
  params: unknown[],
  context: Record<string, unknown>,
): Promise<unknown> {
  try {
    return await provider.send(method, params);
  } catch (error) {
    throw new WeftError(
      'LEDGER_CALL_FAILED',
      `${method} failed: ${describeError(error)}`,
      { ...context, method },
      { cause: error },
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
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
