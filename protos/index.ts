/**
 * weft's wire protocol, generated from the .proto files beside this module by protobufjs-cli (`npm run
 * protos`): a static class per message, which encodes and decodes it, typed with the field names of the
 * .proto (snake_case, as on the wire in JSON and in Weaver's own bindings); and the schema itself, read by
 * what walks message schemas (protos/bounds.ts) and by the gRPC service definitions (transport/grpc.ts).
 *
 * Decoded messages are instances of their class: fields never set (proto3 defaults) read from its
 * prototype, nested messages are instances too, 64-bit integers are Longs (`uint64` reads them as bigints).
 */
import protobuf from 'protobufjs/light.js';
import descriptor from './generated/descriptor.json' with { type: 'json' };
import * as generated from './generated/protos.js';

export type { Long } from 'protobufjs';
export { common, fabric, msp, networks, protos, weft } from './generated/protos.js';

/** What every generated message class offers. */
export interface MessageClass<T> {
  decode(reader: protobuf.Reader | Uint8Array, length?: number): T;
  encode(message: T, writer?: protobuf.Writer): protobuf.Writer;
  /** A message from a plain object of its fields (strings for 64-bit integers and base64 for bytes too). */
  fromObject(object: object): T;
  /** `prefix/full.name.of.Message`. */
  getTypeUrl(prefix?: string): string;
}

/** The full name of a message class, e.g. `common.query.Query`. */
export function messageName(type: MessageClass<unknown>): string {
  return type.getTypeUrl('').slice(1);
}

let root: protobuf.Root | undefined;

/** The schema of weft's protocol, resolved. */
export function protocolRoot(): protobuf.Root {
  root ??= protobuf.Root.fromJSON(descriptor);
  return root;
}

/** The schema of a message by its full name, e.g. `common.query.Query`. */
export function messageType(name: string): protobuf.Type {
  return protocolRoot().lookupType(name);
}

/** The schema of a service by its full name, e.g. `relay.datatransfer.DataTransfer`. */
export function serviceType(name: string): protobuf.Service {
  return protocolRoot().lookupService(name);
}

function isMessageClass(value: unknown): value is MessageClass<object> {
  return (
    typeof value === 'function' &&
    'decode' in value &&
    typeof value.decode === 'function' &&
    'encode' in value &&
    typeof value.encode === 'function' &&
    'fromObject' in value &&
    typeof value.fromObject === 'function' &&
    'getTypeUrl' in value &&
    typeof value.getTypeUrl === 'function'
  );
}

/**
 * The generated class of a message by its full name, for code that is given a schema's name (gRPC service
 * definitions); code that knows its message imports the class.
 *
 * @throws {TypeError} when the protocol has no such message.
 */
export function messageClass(name: string): MessageClass<object> {
  let found: unknown = generated;
  for (const part of name.replace(/^\./, '').split('.')) {
    found =
      found !== null && (typeof found === 'object' || typeof found === 'function')
        ? Reflect.get(found, part)
        : undefined;
  }
  if (!isMessageClass(found) || messageName(found) !== name.replace(/^\./, '')) {
    throw new TypeError(`no message ${name} in weft's protocol`);
  }
  return found;
}

const UINT64_MAX = 2n ** 64n - 1n;

/** A decoded 64-bit unsigned integer (a Long, or a number where one was given) as a bigint. */
export function uint64(value: number | protobuf.Long): bigint {
  if (typeof value === 'number') return BigInt(value);
  return (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
}

/**
 * A bigint for a 64-bit unsigned field: its two 32-bit halves, which protobufjs encodes exactly.
 *
 * @throws {RangeError} outside 0 to 2^64 - 1.
 */
export function toUint64(value: bigint): protobuf.Long {
  if (value < 0n || value > UINT64_MAX) throw new RangeError(`${value} is not a 64-bit unsigned integer`);
  return { low: Number(value & 0xffffffffn) | 0, high: Number(value >> 32n) | 0, unsigned: true };
}
