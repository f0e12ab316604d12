/**
 * The view segment of a Fabric address: `channel:chaincode:function:arg1:arg2...`, arguments
 * percent-encoded (proofs/address-grammar.ts). Channel, chaincode, function and arguments are separated by
 * ':' and none of them contains one. Pure: no I/O.
 */
import { addressInvalid, decodeArguments, encodeArgument } from '../../proofs/address-grammar.js';
import type { LedgerView, ViewGrammar } from '../adapter.js';
import { owned } from '../owned.js';

export interface FabricView {
  readonly ledger: 'fabric';
  readonly channel: string;
  readonly chaincode: string;
  readonly function: string;
  readonly args: readonly string[];
}

/** Fabric channel names: lower-case letters, digits, '.', '-', starting with a letter. */
const CHANNEL = /^[a-z][a-z0-9.-]{0,248}$/;
const CHAINCODE = /^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}$/;
const FUNCTION = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/;

export function isFabricView(view: LedgerView): view is FabricView {
  return view.ledger === 'fabric';
}

export function formatFabricView(view: FabricView): string {
  return [view.channel, view.chaincode, view.function, ...view.args.map(encodeArgument)].join(':');
}

function parseFabricView(address: string, segments: readonly string[]): FabricView {
  const [channel, chaincode, fn, ...args] = segments;
  if (channel === undefined || !CHANNEL.test(channel)) {
    throw addressInvalid(address, `${JSON.stringify(channel)} is not a Fabric channel`);
  }
  if (chaincode === undefined || !CHAINCODE.test(chaincode)) {
    throw addressInvalid(address, `chaincode name ${JSON.stringify(chaincode ?? '')} is not valid`);
  }
  if (fn === undefined || !FUNCTION.test(fn)) {
    throw addressInvalid(address, `function name ${JSON.stringify(fn ?? '')} is not valid`);
  }
  return { ledger: 'fabric', channel, chaincode, function: fn, args: decodeArguments(address, args) };
}

export const fabricViewGrammar: ViewGrammar<FabricView> = {
  firstSegment: 'a Fabric channel',
  claims: (first) => CHANNEL.test(first),
  parse: parseFabricView,
  is: isFabricView,
  format: owned('fabric', isFabricView, formatFabricView),
};
