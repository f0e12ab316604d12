/**
 * What the EVM proofs' node side shares: JSON-RPC calls that fail as WeftError LEDGER_CALL_FAILED, and a
 * block's RLP header rebuilt from its JSON fields and checked against its hash (the bytes every proof's
 * verifier hashes to the attested block hash).
 */
import { encodeRlp, getBytes, isHexString, type JsonRpcProvider, keccak256, toBeArray } from 'ethers';
import { describeError, WeftError } from '../../common/errors.js';

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
export const QUANTITY = /^0x[0-9a-fA-F]+$/;

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

/** One JSON-RPC call; a failure is WeftError LEDGER_CALL_FAILED with `context` and the method. */
export async function rpcCall(
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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
