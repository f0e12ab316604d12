/**
 * A log stream on the node (ledgers/evm/address.ts, kind `log`): its logs in chain order, numbered from 1,
 * as the driver finds them and each attestor recounts them on its own node. A stream is counted from the
 * chain's first block: every reader derives the same numbers without agreeing on a start.
 */
import { isHexString, type JsonRpcProvider, toQuantity } from 'ethers';
import { WeftError } from '../../common/errors.js';
import { type EvmLogView, streamTopics } from '../../ledgers/evm/address.js';
import { isRecord, QUANTITY, rpcCall } from './block.js';

/** A log as eth_getLogs returns it, checked. */
export interface StreamLog {
  readonly blockNumber: bigint;
  readonly blockHash: string;
  readonly transactionIndex: number;
  readonly transactionHash: string;
  /** Block-wide, as JSON-RPC numbers logs. */
  readonly logIndex: number;
  readonly topics: readonly string[];
  readonly data: string;
}

const quantity = (value: unknown): bigint | undefined =>
  typeof value === 'string' && QUANTITY.test(value) ? BigInt(value) : undefined;

function streamLog(value: unknown): StreamLog | undefined {
  if (!isRecord(value) || value.removed === true) return undefined;
  const blockNumber = quantity(value.blockNumber);
  const transactionIndex = quantity(value.transactionIndex);
  const logIndex = quantity(value.logIndex);
  const { blockHash, transactionHash, topics, data } = value;
  if (
    blockNumber === undefined ||
    transactionIndex === undefined ||
    logIndex === undefined ||
    !isHexString(blockHash, 32) ||
    !isHexString(transactionHash, 32) ||
    !Array.isArray(topics) ||
    !topics.every((t) => isHexString(t, 32)) ||
    !isHexString(data)
  ) {
    return undefined;
  }
  return {
    blockNumber,
    blockHash: blockHash.toLowerCase(),
    transactionIndex: Number(transactionIndex),
    transactionHash: transactionHash.toLowerCase(),
    logIndex: Number(logIndex),
    topics: topics.map((t: string) => t.toLowerCase()),
    data,
  };
}

/** The stream's logs up to and including block `toBlock`, in chain order (event n is at index n - 1). */
export async function streamLogs(
  provider: Pick<JsonRpcProvider, 'send'>,
  view: EvmLogView,
  toBlock: bigint,
): Promise<StreamLog[]> {
  const raw = await rpcCall(
    provider,
    'eth_getLogs',
    [{ fromBlock: '0x0', toBlock: toQuantity(toBlock), address: view.contract, topics: streamTopics(view) }],
    { contract: view.contract },
  );
  if (!Array.isArray(raw)) throw new WeftError('LEDGER_CALL_FAILED', 'eth_getLogs answered no list');
  const logs = raw.map(streamLog);
  if (logs.some((log) => log === undefined)) {
    throw new WeftError('LEDGER_CALL_FAILED', 'eth_getLogs answered a malformed or removed log');
  }
  return (logs as StreamLog[]).sort((a, b) =>
    a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
  );
}

/** The log's index within its transaction's receipt (the receipt proof's index), from the node's receipt. */
export async function logIndexInReceipt(
  provider: Pick<JsonRpcProvider, 'send'>,
  log: StreamLog,
): Promise<number> {
  const receipt = await rpcCall(provider, 'eth_getTransactionReceipt', [log.transactionHash], {
    transactionHash: log.transactionHash,
  });
  const logs = isRecord(receipt) && Array.isArray(receipt.logs) ? receipt.logs : undefined;
  const index = logs?.findIndex((l: unknown) => isRecord(l) && quantity(l.logIndex) === BigInt(log.logIndex));
  if (index === undefined || index < 0) {
    throw new WeftError(
      'LEDGER_CALL_FAILED',
      `the receipt of ${log.transactionHash} lacks its log ${log.logIndex}`,
    );
  }
  return index;
}
