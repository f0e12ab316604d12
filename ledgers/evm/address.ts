/**
 * The view segment of an EVM address:
 *
 * - a call, `chainId:contract:function-signature:arg1...`, e.g. `31001:0xAb..:get(string):key-1`, arguments
 *   percent-encoded (proofs/address-grammar.ts);
 * - a storage slot, `chainId:contract:slot`, the slot as 32-byte hex.
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

export type EvmView = EvmCallView | EvmStorageView;

const CHAIN_ID = /^[1-9][0-9]{0,19}$/;
const EVM_ADDRESS = /^0x[0-9a-f]{40}$/;
const SLOT = /^0x[0-9a-f]{64}$/;
/** A Solidity function signature: name(type,type,...), types without spaces. */
const SIGNATURE = /^[A-Za-z_$][A-Za-z0-9_$]*\([A-Za-z0-9_[\](),]*\)$/;

export function isEvmView(view: LedgerView): view is EvmView {
  return view.ledger === 'evm';
}

export function formatEvmView(view: EvmView): string {
  if (view.kind === 'storage') return `${view.chainId}:${view.contract}:${view.slot}`;
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

export const evmViewGrammar: ViewGrammar<EvmView> = {
  firstSegment: 'an EVM chain id',
  claims: (first) => CHAIN_ID.test(first),
  parse: parseEvmView,
  is: isEvmView,
  format: owned('evm', isEvmView, formatEvmView),
};
