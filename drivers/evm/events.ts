/**
 * The EVM event source (drivers/events.ts): a stream is `chainId:contract:log:topic0[:filters]`
 * (ledgers/evm/address.ts). Its length is the number of its logs up to the final block (the head less the
 * configured confirmations); event n is its n-th log, with the Merkle proof of the log's receipt under its
 * block and the attestations of the orgs the subscriber's policy names, each of which recounts the stream
 * on its own node. New blocks say when to look again.
 */
import type { JsonRpcProvider } from 'ethers';
import { WeftError } from '../../common/errors.js';
import { type EvmLogView, isEvmLogView } from '../../ledgers/evm/address.js';
import type { DecodedEvmView } from '../../ledgers/evm/proof.js';
import { toUint64, type weft } from '../../protos/index.js';
import type { AddressedQuery } from '../../transport/edge.js';
import type { DriverSubscription, EventSource } from '../events.js';
import { rpcCall } from './block.js';
import { fetchReceiptProof } from './receipt-proof.js';
import { type StreamLog, streamLogs } from './stream-logs.js';
import { evmWireView } from './wire-view.js';

type Block = { readonly number: bigint; readonly hash: string };

export interface EvmEventSourceParts {
  readonly provider: JsonRpcProvider;
  readonly config: { readonly networkId: string; readonly evm: { readonly chainId: bigint } };
  readonly attestAt: (
    query: AddressedQuery,
    block: Block,
    extra?: Pick<weft.evm.IAttestRequest, 'sequence' | 'tx_index' | 'log_index'>,
  ) => Promise<DecodedEvmView>;
  /** The newest block with the confirmations the network asks for. */
  readonly finalBlock: () => Promise<Block>;
}

/** How often the node is asked for its head while some stream is watched. */
const BLOCK_POLL_MS = 250;

export function createEvmEventSource(parts: EvmEventSourceParts): EventSource {
  const { provider, config } = parts;

  const streamOf = (subscription: DriverSubscription): EvmLogView => {
    const { view, networkId } = subscription.query.parsedAddress;
    if (!isEvmLogView(view) || networkId !== config.networkId || view.chainId !== config.evm.chainId) {
      throw new WeftError(
        'REQUEST_INVALID',
        `a stream of ${config.networkId} is ${config.evm.chainId}:<contract>:log:<topic0>[:<topic>...], not ${subscription.query.address}`,
      );
    }
    return view;
  };

  // The stream's logs up to the final block, read once per stream and final block: counting and the proofs
  // proven ahead share one eth_getLogs.
  const read = new Map<string, { block: Block; logs: Promise<StreamLog[]> }>();
  const logsOf = async (subscription: DriverSubscription) => {
    const view = streamOf(subscription);
    const block = await parts.finalBlock();
    const key = subscription.query.address;
    const known = read.get(key);
    if (known && known.block.hash === block.hash) return { block, logs: await known.logs };
    const logs = streamLogs(provider, view, block.number);
    read.set(key, { block, logs });
    logs.catch(() => read.delete(key));
    return { block, logs: await logs };
  };

  const prove = async (subscription: DriverSubscription, sequence: bigint) => {
    const { block, logs } = await logsOf(subscription);
    const log = logs[Number(sequence - 1n)];
    if (!log) {
      // Not there yet: the attestors still check the requester and its access (and answer EVENT_NOT_YET).
      await parts.attestAt(subscription.query, block, { sequence: toUint64(sequence) });
      throw new WeftError(
        'EVENT_NOT_YET',
        `event ${sequence} of ${subscription.query.address} is not final yet`,
      );
    }
    // The block's receipts give the proof and, from the block-wide index, the log's place in its receipt.
    const receipt = await fetchReceiptProof(provider, {
      blockHash: log.blockHash,
      txIndex: log.transactionIndex,
      logIndex: log.logIndex,
    });
    const view = await parts.attestAt(
      subscription.query,
      { number: log.blockNumber, hash: log.blockHash },
      { sequence: toUint64(sequence), tx_index: log.transactionIndex, log_index: receipt.logIndexInReceipt! },
    );
    return evmWireView({ ...view, receiptProof: { header: receipt.header, proof: receipt.proof } });
  };

  const watchers = new Set<() => void>();
  let poll: ReturnType<typeof setInterval> | undefined;
  let head = -1n;
  const startPolling = () => {
    poll = setInterval(() => {
      void rpcCall(provider, 'eth_blockNumber', [], {}).then(
        (value) => {
          const number = BigInt(String(value));
          if (number === head) return;
          head = number;
          for (const changed of watchers) changed();
        },
        () => {}, // the node is away: the pump's poll and the next tick cover it
      );
    }, BLOCK_POLL_MS);
    poll.unref();
  };

  return {
    async check(subscription) {
      streamOf(subscription);
      try {
        await prove(subscription, subscription.from);
      } catch (error) {
        // The attestors checked the requester and its access first: an event not yet emitted is no refusal.
        if (error instanceof WeftError && error.code === 'EVENT_NOT_YET') return;
        throw error;
      }
    },
    async count(subscription) {
      return BigInt((await logsOf(subscription)).logs.length);
    },
    prove,
    watch(_subscription, changed) {
      watchers.add(changed);
      if (!poll) startPolling();
      return () => {
        watchers.delete(changed);
        if (watchers.size === 0 && poll) {
          clearInterval(poll);
          poll = undefined;
        }
      };
    },
  };
}
