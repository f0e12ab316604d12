/**
 * View addresses: `relay-host:port/network-id/view`, where the view names state on the source ledger.
 *
 * - Fabric: `channel:chaincode:function:arg1:arg2...`
 * - EVM call: `chainId:contract:function-signature:arg1...`, e.g. `31001:0xAb..:get(string):key-1`
 * - EVM storage: `chainId:contract:slot`, the slot as 32-byte hex
 *
 * Arguments are percent-encoded UTF-8 (`%3A` for ':', `%2F` for '/', `%25` for '%'), so any string can travel
 * in an argument and every view has exactly one text form. The text is what proofs bind, so parsing rejects
 * any form other than the canonical one: two different strings never name the same view. Pure: no I/O.
 */
import { WeftError } from '../common/errors.js';

export interface RelayLocation {
  readonly host: string;
  readonly port: number;
}

export interface FabricView {
  readonly ledger: 'fabric';
  readonly channel: string;
  readonly chaincode: string;
  readonly function: string;
  readonly args: readonly string[];
}

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

export type View = FabricView | EvmCallView | EvmStorageView;

export interface ViewAddress {
  readonly relay: RelayLocation;
  readonly networkId: string;
  readonly view: View;
  /** The canonical text of the view segment (after the network id): what patterns and proofs refer to. */
  readonly viewText: string;
  /** The whole canonical address. */
  readonly text: string;
}

export const MAX_ADDRESS_LENGTH = 4096;
const MAX_ARGS = 64;

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])$/;
export const NETWORK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Fabric channel names: lower-case letters, digits, '.', '-', starting with a letter. */
const CHANNEL = /^[a-z][a-z0-9.-]{0,248}$/;
const CHAINCODE = /^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}$/;
const FUNCTION = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/;
const CHAIN_ID = /^[1-9][0-9]{0,19}$/;
const EVM_ADDRESS = /^0x[0-9a-f]{40}$/;
const SLOT = /^0x[0-9a-f]{64}$/;
/** A Solidity function signature: name(type,type,...), types without spaces. */
const SIGNATURE = /^[A-Za-z_$][A-Za-z0-9_$]*\([A-Za-z0-9_[\](),]*\)$/;

function invalid(address: string, reason: string): WeftError {
  return new WeftError('ADDRESS_INVALID', `invalid view address: ${reason}`, {
    address: address.length > 200 ? `${address.slice(0, 200)}…` : address,
  });
}

/** Characters an argument keeps as they are; every other byte is percent-encoded. */
const UNRESERVED = /[A-Za-z0-9._~!$&'()*+,;=@-]/;

export function encodeArgument(value: string): string {
  let out = '';
  for (const char of value) {
    if (UNRESERVED.test(char)) out += char;
    else
      for (const byte of Buffer.from(char, 'utf8'))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function decodeArgument(address: string, text: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    throw invalid(address, `argument ${JSON.stringify(text)} is not valid percent-encoded UTF-8`);
  }
  if (encodeArgument(decoded) !== text) {
    throw invalid(
      address,
      `argument ${JSON.stringify(text)} is not in canonical form (${encodeArgument(decoded)})`,
    );
  }
  return decoded;
}

function parseView(address: string, text: string): View {
  const parts = text.split(':');
  const [first] = parts;
  if (first !== undefined && CHAIN_ID.test(first)) return parseEvmView(address, parts);
  // Channel, chaincode, function and arguments are separated by ':' and none of them contains one.
  const [channel, chaincode, fn, ...args] = parts;
  if (channel === undefined || !CHANNEL.test(channel)) {
    throw invalid(address, `${JSON.stringify(channel)} is neither a Fabric channel nor an EVM chain id`);
  }
  if (chaincode === undefined || !CHAINCODE.test(chaincode)) {
    throw invalid(address, `chaincode name ${JSON.stringify(chaincode ?? '')} is not valid`);
  }
  if (fn === undefined || !FUNCTION.test(fn)) {
    throw invalid(address, `function name ${JSON.stringify(fn ?? '')} is not valid`);
  }
  if (args.length > MAX_ARGS) throw invalid(address, `more than ${MAX_ARGS} arguments`);
  return {
    ledger: 'fabric',
    channel,
    chaincode,
    function: fn,
    args: args.map((a) => decodeArgument(address, a)),
  };
}

function parseEvmView(address: string, parts: readonly string[]): View {
  const [chainText, contract, third, ...rest] = parts;
  const chainId = BigInt(chainText!);
  if (chainId > 2n ** 64n - 1n) throw invalid(address, 'chain id does not fit 64 bits');
  if (contract === undefined || !EVM_ADDRESS.test(contract)) {
    throw invalid(
      address,
      `contract ${JSON.stringify(contract ?? '')} is not a lower-case 0x address of 20 bytes`,
    );
  }
  if (third !== undefined && SLOT.test(third) && rest.length === 0) {
    return { ledger: 'evm', kind: 'storage', chainId, contract, slot: third };
  }
  if (third === undefined || !SIGNATURE.test(third)) {
    throw invalid(
      address,
      `${JSON.stringify(third ?? '')} is neither a storage slot (0x + 64 hex digits) nor a function signature`,
    );
  }
  if (rest.length > MAX_ARGS) throw invalid(address, `more than ${MAX_ARGS} arguments`);
  return {
    ledger: 'evm',
    kind: 'call',
    chainId,
    contract,
    signature: third,
    args: rest.map((a) => decodeArgument(address, a)),
  };
}

export function formatView(view: View): string {
  if (view.ledger === 'fabric') {
    return [view.channel, view.chaincode, view.function, ...view.args.map(encodeArgument)].join(':');
  }
  if (view.kind === 'storage') return `${view.chainId}:${view.contract}:${view.slot}`;
  return [String(view.chainId), view.contract, view.signature, ...view.args.map(encodeArgument)].join(':');
}

/**
 * Parses and validates a view address.
 *
 * @throws {WeftError} ADDRESS_INVALID naming what is wrong, for any text that is not a canonical address.
 */
export function parseAddress(address: string): ViewAddress {
  if (typeof address !== 'string') throw new TypeError('address must be a string');
  if (address.length === 0 || address.length > MAX_ADDRESS_LENGTH) {
    throw invalid(address, `length must be 1 to ${MAX_ADDRESS_LENGTH} characters`);
  }
  const firstSlash = address.indexOf('/');
  const secondSlash = address.indexOf('/', firstSlash + 1);
  if (firstSlash < 0 || secondSlash < 0) {
    throw invalid(address, 'expected relay-host:port/network-id/view');
  }
  const location = address.slice(0, firstSlash);
  const networkId = address.slice(firstSlash + 1, secondSlash);
  const viewText = address.slice(secondSlash + 1);
  const colon = location.lastIndexOf(':');
  const host = location.slice(0, colon);
  const portText = location.slice(colon + 1);
  if (colon < 0 || !HOST.test(host))
    throw invalid(address, `relay host ${JSON.stringify(host)} is not valid`);
  const port = Number(portText);
  if (!/^[1-9][0-9]{0,4}$/.test(portText) || port > 65535) {
    throw invalid(address, `relay port ${JSON.stringify(portText)} is not 1 to 65535`);
  }
  if (!NETWORK_ID.test(networkId))
    throw invalid(address, `network id ${JSON.stringify(networkId)} is not valid`);
  if (viewText.includes('/')) throw invalid(address, "the view contains '/': encode it in arguments as %2F");
  const view = parseView(address, viewText);
  const canonical = formatView(view);
  if (canonical !== viewText) throw invalid(address, `the view is not in canonical form (${canonical})`);
  return { relay: { host, port }, networkId, view, viewText, text: address };
}

export function formatAddress(relay: RelayLocation, networkId: string, view: View): string {
  return `${relay.host}:${relay.port}/${networkId}/${formatView(view)}`;
}
