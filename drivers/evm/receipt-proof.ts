/**
 * Fetches what proves a transaction's receipt, and one of its logs, in its block: the block's RLP header
 * (rebuilt from eth_getBlockByHash and checked against the block hash), every receipt of the block
 * (eth_getBlockReceipts), encoded and built into the receipts trie, whose root must be the header's
 * receiptsRoot, and the trie path to the receipt. The result is checked with the same verifier every
 * relying party runs, so an attestor never vouches for a proof that would not verify.
 */
import { getBytes, isHexString, type JsonRpcProvider, toQuantity } from 'ethers';
import { z } from 'zod';
import { WeftError } from '../../common/errors.js';
import {
  buildReceiptProof,
  encodeReceipt,
  MAX_TX_INDEX,
  RECEIPT_TYPES,
  type Receipt,
  type ReceiptProof,
  type ReceiptType,
  verifyReceiptProof,
} from '../../ledgers/evm/receipts.js';
import { encodeHeader, isRecord, QUANTITY, rpcCall } from './block.js';

/**
 * Which receipt: a transaction's, or the one at a position of a block. `logIndex` is a log's block-wide
 * index, as JSON-RPC logs carry it; the result then says which log of the receipt it is.
 */
export type ReceiptTarget = (
  | { readonly transactionHash: string }
  | { readonly blockHash: string; readonly txIndex: number }
  | { readonly blockNumber: bigint; readonly txIndex: number }
) & { readonly logIndex?: number };

export interface FetchedReceiptProof extends ReceiptProof {
  readonly blockNumber: bigint;
  /** The proven receipt, as the verifier reads it from the proof. */
  readonly receipt: Receipt;
  /** The asked log's index within the receipt's logs, when `logIndex` was given. */
  readonly logIndexInReceipt?: number;
}

/**
 * The proof of the target's receipt. Throws WeftError REQUEST_INVALID for a malformed target, NOT_FOUND
 * when the node has no such transaction, block, position or log (a pending transaction has no receipt),
 * LEDGER_CALL_FAILED when the node fails or answers with data that does not verify.
 */
export async function fetchReceiptProof(
  provider: Pick<JsonRpcProvider, 'send'>,
  target: ReceiptTarget,
): Promise<FetchedReceiptProof> {
  const { logIndex } = target;
  if (logIndex !== undefined && !(Number.isSafeInteger(logIndex) && logIndex >= 0)) {
    throw invalid('logIndex', logIndex);
  }
  const { block, txIndex, transactionHash } = await locate(provider, target);
  const header = encodeHeader(block);
  // Hex: encodeHeader refuses a block whose hash or number is not.
  const blockHash = String(block.hash).toLowerCase();
  const blockNumber = BigInt(String(block.number));
  const context = { blockHash, blockNumber, txIndex };

  const receipts = parseReceipts(await rpcCall(provider, 'eth_getBlockReceipts', [blockHash], context));
  if (typeof receipts === 'string') {
    throw new WeftError(
      'LEDGER_CALL_FAILED',
      `eth_getBlockReceipts of block ${blockHash}: ${receipts}`,
      context,
    );
  }
  const asked = receipts[txIndex];
  if (!asked) {
    throw new WeftError(
      'NOT_FOUND',
      `block ${blockNumber} has ${receipts.length} transactions, no index ${txIndex}`,
      context,
    );
  }
  if (transactionHash !== undefined && asked.transactionHash !== transactionHash) {
    throw new WeftError(
      'LEDGER_CALL_FAILED',
      `the node's receipt at index ${txIndex} of block ${blockHash} is not of transaction ${transactionHash}`,
      context,
    );
  }

  const { root, proof } = await buildReceiptProof(
    receipts.map((entry) => encodeReceipt(entry.receipt)),
    txIndex,
  );
  if (root !== String(block.receiptsRoot).toLowerCase()) {
    throw new WeftError(
      'LEDGER_CALL_FAILED',
      `the node's receipts of block ${blockHash} do not make its receiptsRoot (a receipt field this code does not know?)`,
      { ...context, receiptsRoot: block.receiptsRoot, built: root },
    );
  }
  const logIndexInReceipt =
    logIndex === undefined ? undefined : logInReceipt(receipts, txIndex, logIndex, context);

  const verdict = await verifyReceiptProof({ header, blockHash, txIndex, proof });
  if (!verdict.valid) {
    throw new WeftError('LEDGER_CALL_FAILED', `the node's receipt proof does not verify: ${verdict.reason}`, {
      ...context,
      failure: verdict.failure,
    });
  }
  return {
    header,
    blockHash,
    txIndex,
    proof,
    blockNumber,
    receipt: verdict.receipt,
    ...(logIndexInReceipt === undefined ? {} : { logIndexInReceipt }),
  };
}

/**
 * A log's index within its receipt from its block-wide index: the EVM numbers a block's logs in order,
 * so it is the block-wide index less the logs of the transactions before; undefined when the log is not
 * one of transaction `txIndex`'s.
 */
export function logIndexWithinReceipt(
  logCounts: readonly number[],
  txIndex: number,
  blockLogIndex: number,
): number | undefined {
  const before = logCounts.slice(0, txIndex).reduce((sum, count) => sum + count, 0);
  const within = blockLogIndex - before;
  return within >= 0 && within < (logCounts[txIndex] ?? 0) ? within : undefined;
}

/** The block holding the target and the target's position; a transaction's hash for a transaction target. */
async function locate(
  provider: Pick<JsonRpcProvider, 'send'>,
  target: ReceiptTarget,
): Promise<{ block: Record<string, unknown>; txIndex: number; transactionHash?: string }> {
  if ('transactionHash' in target) {
    const hash = target.transactionHash;
    if (!isHexString(hash, 32)) throw invalid('transactionHash', hash);
    const transactionHash = hash.toLowerCase();
    const context = { transactionHash };
    const receipt = await rpcCall(provider, 'eth_getTransactionReceipt', [transactionHash], context);
    const located = TX_LOCATION.safeParse(receipt);
    if (!located.success) {
      throw new WeftError('NOT_FOUND', `the node has no mined transaction ${transactionHash}`, context);
    }
    const block = await blockBy(provider, { hash: located.data.blockHash });
    return { block, txIndex: Number(BigInt(located.data.transactionIndex)), transactionHash };
  }
  const { txIndex } = target;
  if (!(Number.isSafeInteger(txIndex) && txIndex >= 0 && txIndex <= MAX_TX_INDEX))
    throw invalid('txIndex', txIndex);
  if ('blockHash' in target) {
    if (!isHexString(target.blockHash, 32)) throw invalid('blockHash', target.blockHash);
    return { block: await blockBy(provider, { hash: target.blockHash.toLowerCase() }), txIndex };
  }
  const { blockNumber } = target;
  if (typeof blockNumber !== 'bigint' || blockNumber < 0n) throw invalid('blockNumber', blockNumber);
  return { block: await blockBy(provider, { number: blockNumber }), txIndex };
}

/**
 * The block of that hash or number, as JSON. It must be the block asked for: encodeHeader checks the
 * fields against the block's own hash only.
 */
async function blockBy(
  provider: Pick<JsonRpcProvider, 'send'>,
  id: { readonly hash: string } | { readonly number: bigint },
): Promise<Record<string, unknown>> {
  const byHash = 'hash' in id;
  const param = byHash ? id.hash : toQuantity(id.number);
  const context = byHash ? { blockHash: id.hash } : { blockNumber: id.number };
  const method = byHash ? 'eth_getBlockByHash' : 'eth_getBlockByNumber';
  const block = await rpcCall(provider, method, [param, false], context);
  if (!isRecord(block)) throw new WeftError('NOT_FOUND', `the node has no block ${param}`, context);
  const { hash, number } = block;
  const asked = byHash
    ? typeof hash === 'string' && hash.toLowerCase() === id.hash
    : typeof number === 'string' && QUANTITY.test(number) && BigInt(number) === id.number;
  if (!asked) {
    throw new WeftError('LEDGER_CALL_FAILED', `the node answered another block for ${param}`, {
      ...context,
      answered: byHash ? hash : number,
    });
  }
  return block;
}

function logInReceipt(
  receipts: readonly NodeReceipt[],
  txIndex: number,
  logIndex: number,
  context: Record<string, unknown>,
): number {
  const within = logIndexWithinReceipt(
    receipts.map((entry) => entry.receipt.logs.length),
    txIndex,
    logIndex,
  );
  if (within === undefined) {
    throw new WeftError('NOT_FOUND', `log ${logIndex} of the block is not one of transaction ${txIndex}`, {
      ...context,
      logIndex,
    });
  }
  // The node's own numbering, where it gives one, must agree: else its logs are not in block order.
  const numbered = receipts[txIndex]?.logIndexes[within];
  if (numbered !== undefined && numbered !== logIndex) {
    throw new WeftError(
      'LEDGER_CALL_FAILED',
      `the node numbers log ${within} of the receipt ${numbered}, not ${logIndex}`,
      {
        ...context,
        logIndex,
      },
    );
  }
  return within;
}

function invalid(what: string, value: unknown): WeftError {
  return new WeftError('REQUEST_INVALID', `${what} ${String(value)} is not valid`);
}

const hexOf = (bytes: number) => z.string().refine((text) => isHexString(text, bytes));
const HASH = hexOf(32).transform((text) => text.toLowerCase());
const QTY = z.string().regex(QUANTITY);

const TX_LOCATION = z.object({ blockHash: HASH, transactionIndex: QTY });

/** What weft reads of a receipt of eth_getBlockReceipts; other fields (gasUsed, from, to...) go unread. */
const RECEIPT_ANSWER = z.object({
  // Nodes before Berlin answer no type: every receipt is legacy.
  type: QTY.optional(),
  // A pre-Byzantium receipt has a post-state root here instead: not supported.
  status: QTY,
  cumulativeGasUsed: QTY,
  logsBloom: hexOf(256),
  logs: z.array(
    z.object({
      address: hexOf(20).transform((text) => text.toLowerCase()),
      topics: z.array(HASH),
      data: z.string().refine((text) => isHexString(text, true)),
      logIndex: QTY.optional(),
    }),
  ),
  transactionHash: HASH,
});

interface NodeReceipt {
  readonly receipt: Receipt;
  readonly transactionHash: string;
  /** The node's block-wide index of each log, where it gives one. */
  readonly logIndexes: readonly (number | undefined)[];
}

/** The block's receipts in transaction order, or why the answer is none. */
function parseReceipts(answer: unknown): NodeReceipt[] | string {
  if (!Array.isArray(answer)) return 'not a list of receipts';
  const receipts: NodeReceipt[] = [];
  for (const [index, entry] of answer.entries()) {
    const parsed = RECEIPT_ANSWER.safeParse(entry);
    if (!parsed.success) return `receipt ${index} is not a receipt with a status`;
    const { data } = parsed;
    const type = Number(BigInt(data.type ?? '0x0'));
    const status = BigInt(data.status);
    const gas = BigInt(data.cumulativeGasUsed);
    if (!isReceiptType(type)) return `receipt ${index} is of type ${type}, which this code does not know`;
    if (status !== 0n && status !== 1n) return `receipt ${index} has status ${status}`;
    if (gas >= 2n ** 64n) return `receipt ${index}'s cumulative gas used is beyond a uint64`;
    receipts.push({
      receipt: {
        type,
        status: status === 1n ? 1 : 0,
        cumulativeGasUsed: gas,
        logsBloom: getBytes(data.logsBloom),
        logs: data.logs.map((log) => ({
          address: log.address,
          topics: log.topics,
          data: getBytes(log.data),
        })),
      },
      transactionHash: data.transactionHash,
      logIndexes: data.logs.map((log) =>
        log.logIndex === undefined ? undefined : Number(BigInt(log.logIndex)),
      ),
    });
  }
  return receipts;
}

function isReceiptType(type: number): type is ReceiptType {
  return (RECEIPT_TYPES as readonly number[]).includes(type);
}
