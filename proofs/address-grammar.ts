/**
 * What every ledger kind's view grammar shares (ledgers/<kind>/address.ts): arguments percent-encoded as
 * UTF-8 (`%3A` for ':', `%2F` for '/', `%25` for '%'), so that any string can travel in an argument and a
 * view has exactly one text form, and the ADDRESS_INVALID error naming what is wrong. Pure: no I/O.
 */
import { WeftError } from '../common/errors.js';

export interface RelayLocation {
  readonly host: string;
  readonly port: number;
}

/** A parsed address, `relay-host:port/network-id/view`, whatever the kind of `V`. */
export interface ViewAddressOf<V> {
  readonly relay: RelayLocation;
  readonly networkId: string;
  readonly view: V;
  /** The canonical text of the view segment (after the network id): what patterns and proofs refer to. */
  readonly viewText: string;
  /** The whole canonical address. */
  readonly text: string;
}

/** The most arguments a view names. */
export const MAX_ARGS = 64;

export function addressInvalid(address: string, reason: string): WeftError {
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

/** @throws {WeftError} ADDRESS_INVALID for an argument that is not canonical percent-encoded UTF-8. */
export function decodeArgument(address: string, text: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    throw addressInvalid(address, `argument ${JSON.stringify(text)} is not valid percent-encoded UTF-8`);
  }
  if (encodeArgument(decoded) !== text) {
    throw addressInvalid(
      address,
      `argument ${JSON.stringify(text)} is not in canonical form (${encodeArgument(decoded)})`,
    );
  }
  return decoded;
}

/** @throws {WeftError} ADDRESS_INVALID for more than MAX_ARGS arguments or one not canonical. */
export function decodeArguments(address: string, args: readonly string[]): string[] {
  if (args.length > MAX_ARGS) throw addressInvalid(address, `more than ${MAX_ARGS} arguments`);
  return args.map((a) => decodeArgument(address, a));
}
