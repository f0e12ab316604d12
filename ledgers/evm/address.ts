/**
 * The view segment of an EVM address:
 *
 * - a call, `chainId:contract:function-signature:arg1...`, e.g. `31001:0xAb..:get(string):key-1`, arguments
 *   percent-encoded (proofs/address-grammar.ts);
 * - a storage slot, `chainId:contract:slot`, the slot as 32-byte hex;
 * - a stream of logs, `chainId:contract:log:topic0[:topic1[:topic2[:topic3]]]`, each topic after the first
 *   32-byte hex or `*` (any): the contract's logs whose topics match, in chain order, numbered from 1 from
 *   the chain's first block on.
 *
 * Pure: no I/O.
 */
import { addressInvalid, decodeArguments, encodeArgument } from '../../proofs/address-grammar.js';
import type { LedgerView, ViewGrammar } from '../adapter.js';
import { owned } from '../owned.js';

export interface EvmCallView {
  readonly ledger: 'evm';
  readonly kind: 'call';
  readonly chainId: bigint;
  /** 0x-prefixed, lower-case, 20 bytes. */
  readonly contract: string;
  /** Solidity signature, e.g. `get(string)`. */
  readonly signature: string;
  readonly args: readonly string[];
}

export interface EvmStorageView {
  readonly ledger: 'evm';
  readonly kind: 'storage';
  readonly chainId: bigint;
  readonly contract: string;
  /** 0x-prefixed, lower-case, 32 bytes. */
  readonly slot: string;
}

export interface EvmLogView {
  readonly ledger: 'evm';
  readonly kind: 'log';
  readonly chainId: bigint;
  readonly contract: string;
  /** 0x-prefixed, lower-case, 32 bytes: the event's signature hash. */
  readonly topic0: string;
  /** Indexed topics 1 to 3 as 0x-prefixed lower-case 32-byte hex, or null for any; trailing anys left out. */
  readonly filters: readonly (string | null)[];
}

export type EvmView = EvmCallView | EvmStorageView | EvmLogView;

/** The literal third segment of a log stream. */
export const LOG_SEGMENT = 'log';
const ANY_TOPIC = '*';

const CHAIN_ID = /^[1-9][0-9]{0,19}$/;
const EVM_ADDRESS = /^0x[0-9a-f]{40}$/;
const SLOT = /^0x[0-9a-f]{64}$/;
/** A Solidity function signature: name(type,type,...), types without spaces. */
const SIGNATURE = /^[A-Za-z_$][A-Za-z0-9_$]*\([A-Za-z0-9_[\](),]*\)$/;

export function isEvmView(view: LedgerView): view is EvmView {
  return view.ledger === 'evm';
}

export function isEvmLogView(view: LedgerView): view is EvmLogView {
  return isEvmView(view) && view.kind === 'log';
}

/** Whether a log's topics match a stream's: topic0, then each filter that is not `any`. */
export function logMatchesStream(view: EvmLogView, topics: readonly string[]): boolean {
  if (topics[0]?.toLowerCase() !== view.topic0) return false;
  return view.filters.every((filter, i) => filter === null || topics[i + 1]?.toLowerCase() === filter);
}

/** The topics filter of eth_getLogs for a stream: topic0, then each filter (null: any). */
export function streamTopics(view: EvmLogView): (string | null)[] {
  return [view.topic0, ...view.filters];
}

export function formatEvmView(view: EvmView): string {
  if (view.kind === 'storage') return `${view.chainId}:${view.contract}:${view.slot}`;
  if (view.kind === 'log') {
    return [
      String(view.chainId),
      view.contract,
      LOG_SEGMENT,
      view.topic0,
      ...view.filters.map((f) => f ?? ANY_TOPIC),
    ].join(':');
  }
  return [String(view.chainId), view.contract, view.signature, ...view.args.map(encodeArgument)].join(':');
}

function parseEvmView(address: string, segments: readonly string[]): EvmView {
  const [chainText, contract, third, ...rest] = segments;
  if (chainText === undefined || !CHAIN_ID.test(chainText)) {
    throw addressInvalid(address, `${JSON.stringify(chainText)} is not an EVM chain id`);
  }
  const chainId = BigInt(chainText);
  if (chainId > 2n ** 64n - 1n) throw addressInvalid(address, 'chain id does not fit 64 bits');
  if (contract === undefined || !EVM_ADDRESS.test(contract)) {
    throw addressInvalid(
      address,
      `contract ${JSON.stringify(contract ?? '')} is not a lower-case 0x address of 20 bytes`,
    );
  }
  if (third !== undefined && SLOT.test(third) && rest.length === 0) {
    return { ledger: 'evm', kind: 'storage', chainId, contract, slot: third };
  }
  if (third === LOG_SEGMENT) return parseLogView(address, chainId, contract, rest);
  if (third === undefined || !SIGNATURE.test(third)) {
    throw addressInvalid(
      address,
      `${JSON.stringify(third ?? '')} is neither a storage slot (0x + 64 hex digits) nor a function signature`,
    );
  }
  return {
    ledger: 'evm',
    kind: 'call',
    chainId,
    contract,
    signature: third,
    args: decodeArguments(address, rest),
  };
}

function parseLogView(
  address: string,
  chainId: bigint,
  contract: string,
  topics: readonly string[],
): EvmLogView {
  const [topic0, ...filters] = topics;
  if (topic0 === undefined || !SLOT.test(topic0)) {
    throw addressInvalid(address, `a log stream names its topic0 as 0x + 64 lower-case hex digits`);
  }
  if (filters.length > 3) throw addressInvalid(address, 'a log has at most 3 topics after topic0');
  const parsed = filters.map((f) => {
    if (f === ANY_TOPIC) return null;
    if (!SLOT.test(f)) {
      throw addressInvalid(address, `topic filter ${JSON.stringify(f)} is neither * nor 0x + 64 hex digits`);
    }
    return f;
  });
  // One spelling per stream: a trailing "any" says nothing, so the canonical text leaves it out.
  if (parsed.length > 0 && parsed[parsed.length - 1] === null) {
    throw addressInvalid(address, 'a trailing * filter matches anything: leave it out');
  }
  return { ledger: 'evm', kind: 'log', chainId, contract, topic0, filters: parsed };
}

export const evmViewGrammar: ViewGrammar<EvmView> = {
  firstSegment: 'an EVM chain id',
  claims: (first) => CHAIN_ID.test(first),
  parse: parseEvmView,
  is: isEvmView,
  format: owned('evm', isEvmView, formatEvmView),
};
