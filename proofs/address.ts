/**
 * View addresses: `relay-host:port/network-id/view`, where the view names state on the source ledger in
 * the grammar of the ledger kind that claims it (ledgers/<kind>/address.ts: `channel:chaincode:function:args`
 * for Fabric, `chainId:contract:signature:args` or `chainId:contract:slot` for EVM).
 *
 * This module reads the envelope and asks the registry (ledgers/registry.ts) for the view's grammar; it is
 * the one module of proofs/ above the registry, which never imports it. Arguments are percent-encoded
 * (proofs/address-grammar.ts), so every view has exactly one text form. The text is what proofs bind, so
 * parsing rejects any form other than the canonical one: two different strings never name the same view.
 * Pure: no I/O.
 */
import { formatView, parseView, type View } from '../ledgers/grammars.js';
import { addressInvalid, type RelayLocation, type ViewAddressOf } from './address-grammar.js';

export { formatView, type View } from '../ledgers/grammars.js';
export { encodeArgument, type RelayLocation } from './address-grammar.js';

export type ViewAddress = ViewAddressOf<View>;

export const MAX_ADDRESS_LENGTH = 4096;

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])$/;
export const NETWORK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Parses and validates a view address.
 *
 * @throws {WeftError} ADDRESS_INVALID naming what is wrong, for any text that is not a canonical address.
 */
export function parseAddress(address: string): ViewAddress {
  if (typeof address !== 'string') throw new TypeError('address must be a string');
  if (address.length === 0 || address.length > MAX_ADDRESS_LENGTH) {
    throw addressInvalid(address, `length must be 1 to ${MAX_ADDRESS_LENGTH} characters`);
  }
  const firstSlash = address.indexOf('/');
  const secondSlash = address.indexOf('/', firstSlash + 1);
  if (firstSlash < 0 || secondSlash < 0) {
    throw addressInvalid(address, 'expected relay-host:port/network-id/view');
  }
  const location = address.slice(0, firstSlash);
  const networkId = address.slice(firstSlash + 1, secondSlash);
  const viewText = address.slice(secondSlash + 1);
  const colon = location.lastIndexOf(':');
  const host = location.slice(0, colon);
  const portText = location.slice(colon + 1);
  if (colon < 0 || !HOST.test(host))
    throw addressInvalid(address, `relay host ${JSON.stringify(host)} is not valid`);
  const port = Number(portText);
  if (!/^[1-9][0-9]{0,4}$/.test(portText) || port > 65535) {
    throw addressInvalid(address, `relay port ${JSON.stringify(portText)} is not 1 to 65535`);
  }
  if (!NETWORK_ID.test(networkId))
    throw addressInvalid(address, `network id ${JSON.stringify(networkId)} is not valid`);
  if (viewText.includes('/'))
    throw addressInvalid(address, "the view contains '/': encode it in arguments as %2F");
  const view = parseView(address, viewText);
  const canonical = formatView(view);
  if (canonical !== viewText)
    throw addressInvalid(address, `the view is not in canonical form (${canonical})`);
  return { relay: { host, port }, networkId, view, viewText, text: address };
}

export function formatAddress(relay: RelayLocation, networkId: string, view: View): string {
  return `${relay.host}:${relay.port}/${networkId}/${formatView(view)}`;
}
