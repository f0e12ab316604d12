/**
 * Bounded decoding at an edge: before protobufjs builds anything, one iterative pass over the wire bytes
 * checks the message against its schema and a budget (size, nesting depth, number of fields, string
 * length), so that the work protobufjs then does is bounded by the budget, not by what a sender chose to
 * send. A 4 MiB body of two-byte fields would otherwise become two million strings before any validation
 * could look at it.
 *
 * The pass refuses what weft's protocol never produces: groups (proto2 only), wire types 6 and 7, field
 * number 0, a known field with another wire type than its declared type's, varints longer than 10 bytes and
 * lengths past the end of the enclosing message. Unknown fields of the other wire types are skipped, as
 * proto3 requires.
 */
import protobuf from 'protobufjs/light.js';
import { WeftError } from '../common/errors.js';
import { type MessageClass, messageName, messageType } from './index.js';

/** A message's schema: its full name, its reflected type, or its generated class. */
export type MessageSchema = string | protobuf.Type | MessageClass<unknown>;

function schemaOf(type: MessageSchema): protobuf.Type {
  if (typeof type === 'string') return messageType(type);
  return type instanceof protobuf.Type ? type : messageType(messageName(type));
}

export interface WireBounds {
  /** The whole message. */
  readonly maxBytes: number;
  /** Nested messages, the outermost message being depth 1. */
  readonly maxDepth: number;
  /** Fields in the whole message, nested ones and each element of a packed array included. */
  readonly maxFields: number;
  /** Any one string field. */
  readonly maxStringBytes: number;
}

/** Generous for every message weft decodes at an edge (the deepest, a ViewPayload, is 3 deep). */
export const EDGE_BOUNDS: Omit<WireBounds, 'maxBytes'> = {
  maxDepth: 8,
  maxFields: 512,
  maxStringBytes: 64 * 1024,
};

/**
 * A view's bounds, checked before it is verified: whoever submits a view (to every peer of a Fabric
 * destination, to the SDK) chooses its bytes. Room for 64 endorsements or attestations and the nodes of a
 * storage proof; no size bound beyond the transport's.
 */
export const VIEW_BOUNDS: WireBounds = {
  ...EDGE_BOUNDS,
  maxBytes: Number.POSITIVE_INFINITY,
  maxFields: 1024,
};

/**
 * Below this size a view cannot hold a flood worth refusing early (8,192 empty entries at most, decoded in
 * well under a millisecond), and real views (4-5 KiB) skip the scan's pass: it costs a verifier about 5 % of
 * its rate.
 */
export const VIEW_SCAN_ABOVE_BYTES = 16 * 1024;

/** Scans a view of `bytes.length` above VIEW_SCAN_ABOVE_BYTES against VIEW_BOUNDS. */
export function scanView(type: MessageSchema, bytes: Uint8Array): void {
  if (bytes.length > VIEW_SCAN_ABOVE_BYTES) scanMessage(type, bytes, VIEW_BOUNDS);
}

const WIRE = { VARINT: 0, I64: 1, LEN: 2, START_GROUP: 3, END_GROUP: 4, I32: 5 } as const;

/** What the scan needs to know of a declared field. */
type FieldShape =
  | { readonly kind: 'message'; readonly fields: FieldTable; readonly name: string }
  | { readonly kind: 'string'; readonly name: string }
  | { readonly kind: 'bytes'; readonly name: string }
  | {
      readonly kind: 'scalar';
      readonly wire: number;
      /** Repeated and packable: also accepted as one LEN field of packed elements. */
      readonly packable: boolean;
      readonly name: string;
    };

type FieldTable = ReadonlyMap<number, FieldShape>;

/** Tables per message type, built once: keyed by the schema's types, never by anything received. */
const tables = new WeakMap<protobuf.Type, FieldTable>();

function shapeOf(
  type: string,
  resolved: protobuf.ReflectionObject | null,
  name: string,
  repeated: boolean,
): FieldShape {
  if (type === 'string') return { kind: 'string', name };
  if (type === 'bytes') return { kind: 'bytes', name };
  if (resolved instanceof protobuf.Type) return { kind: 'message', fields: tableOf(resolved), name };
  const wire =
    resolved instanceof protobuf.Enum
      ? WIRE.VARINT
      : (protobuf.types.basic as Readonly<Record<string, number | undefined>>)[type];
  if (wire === undefined) throw new TypeError(`no wire type for ${name} (${type})`);
  return { kind: 'scalar', wire, packable: repeated, name };
}

/** A map field is, on the wire, a repeated message of key (field 1) and value (field 2). */
function mapEntry(field: protobuf.MapField, name: string): FieldShape {
  const entry = new Map<number, FieldShape>([
    [1, shapeOf(field.keyType, null, `${name}.key`, false)],
    [2, shapeOf(field.type, field.resolve().resolvedType, `${name}.value`, false)],
  ]);
  return { kind: 'message', fields: entry, name };
}

function tableOf(type: protobuf.Type): FieldTable {
  const known = tables.get(type);
  if (known) return known;
  const table = new Map<number, FieldShape>();
  // Registered before its fields, so a recursive schema refers to the table being built.
  tables.set(type, table);
  for (const field of type.fieldsArray) {
    const name = `${type.name}.${field.name}`;
    table.set(
      field.id,
      field instanceof protobuf.MapField
        ? mapEntry(field, name)
        : shapeOf(field.type, field.resolve().resolvedType, name, field.repeated),
    );
  }
  return table;
}

interface Frame {
  readonly fields: FieldTable;
  readonly end: number;
}

function invalid(typeName: string, message: string, offset: number): WeftError {
  return new WeftError('REQUEST_INVALID', `the message is not a valid ${typeName}: ${message}`, { offset });
}

/**
 * Checks `bytes` against the schema of `type` and `bounds` in one pass, without recursion or allocation
 * proportional to the input. Every refusal says at which offset it stopped.
 *
 * @throws {WeftError} MESSAGE_TOO_LARGE (size, field count, a string), MESSAGE_TOO_DEEP, REQUEST_INVALID
 */
export function scanMessage(type: MessageSchema, bytes: Uint8Array, bounds: WireBounds): void {
  const root = schemaOf(type);
  const typeName = root.fullName.replace(/^\./, '');
  if (bytes.length > bounds.maxBytes) {
    throw new WeftError(
      'MESSAGE_TOO_LARGE',
      `a ${typeName} is at most ${bounds.maxBytes} bytes; this one has ${bytes.length}`,
      { limit: bounds.maxBytes, size: bytes.length, offset: 0 },
    );
  }
  const stack: Frame[] = [{ fields: tableOf(root), end: bytes.length }];
  let pos = 0;
  let fields = 0;

  /** A varint of at most `maxLength` bytes before `end`; its value (exact below 2^53). */
  const varint = (end: number, maxLength: number): number => {
    let value = 0;
    for (let i = 0; i < maxLength; i++) {
      if (pos >= end) throw invalid(typeName, 'truncated varint', pos);
      const byte = bytes[pos++]!;
      value += (byte & 0x7f) * 2 ** (7 * i);
      if (byte < 0x80) return value;
    }
    throw invalid(typeName, `varint longer than ${maxLength} bytes`, pos);
  };
  const count = () => {
    if (++fields > bounds.maxFields) {
      throw new WeftError('MESSAGE_TOO_LARGE', `a ${typeName} holds at most ${bounds.maxFields} fields`, {
        limit: bounds.maxFields,
        offset: pos,
      });
    }
  };
  /** A packed array: whole elements only, each one counted as a field. */
  const packed = (wire: number, end: number, name: string) => {
    const width = wire === WIRE.I64 ? 8 : wire === WIRE.I32 ? 4 : 0;
    if (width > 0 && (end - pos) % width !== 0)
      throw invalid(typeName, `${name} holds a partial element`, pos);
    while (pos < end) {
      count();
      if (width > 0) pos += width;
      else varint(end, 10);
    }
  };

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (pos === frame.end) {
      stack.pop();
      continue;
    }
    const at = pos;
    const tag = varint(frame.end, 5);
    if (tag > 0xffffffff) throw invalid(typeName, 'tag out of range', at);
    const id = Math.floor(tag / 8);
    const wire = tag % 8;
    if (id === 0) throw invalid(typeName, 'field number 0', at);
    if (wire === WIRE.START_GROUP || wire === WIRE.END_GROUP)
      throw invalid(typeName, 'groups are not part of the protocol', at);
    if (wire > WIRE.I32) throw invalid(typeName, `invalid wire type ${wire}`, at);
    count();
    const shape = frame.fields.get(id);
    if (wire !== WIRE.LEN) {
      if (shape && (shape.kind !== 'scalar' || shape.wire !== wire))
        throw invalid(typeName, `${shape.name} has wire type ${wire}`, at);
      if (wire === WIRE.VARINT) varint(frame.end, 10);
      else {
        pos += wire === WIRE.I64 ? 8 : 4;
        if (pos > frame.end) throw invalid(typeName, 'truncated fixed-width field', at);
      }
      continue;
    }
    const length = varint(frame.end, 5);
    const start = pos;
    if (length > frame.end - start) throw invalid(typeName, 'length past the end of the message', at);
    const end = start + length;
    if (!shape || shape.kind === 'bytes') {
      pos = end;
    } else if (shape.kind === 'string') {
      if (length > bounds.maxStringBytes) {
        throw new WeftError(
          'MESSAGE_TOO_LARGE',
          `${shape.name} is at most ${bounds.maxStringBytes} bytes; this one has ${length}`,
          { field: shape.name, limit: bounds.maxStringBytes, offset: at },
        );
      }
      pos = end;
    } else if (shape.kind === 'scalar') {
      if (!shape.packable) throw invalid(typeName, `${shape.name} has wire type ${wire}`, at);
      packed(shape.wire, end, shape.name);
    } else {
      if (stack.length >= bounds.maxDepth) {
        throw new WeftError(
          'MESSAGE_TOO_DEEP',
          `a ${typeName} nests messages at most ${bounds.maxDepth} deep (at ${shape.name})`,
          { limit: bounds.maxDepth, field: shape.name, offset: at },
        );
      }
      stack.push({ fields: shape.fields, end });
    }
  }
}

/**
 * Scans, then decodes with the message's generated class.
 *
 * @throws {WeftError} MESSAGE_TOO_LARGE, MESSAGE_TOO_DEEP, REQUEST_INVALID
 */
export function decodeBounded<T>(type: MessageClass<T>, bytes: Uint8Array, bounds: WireBounds): T {
  scanMessage(type, bytes, bounds);
  try {
    return type.decode(bytes);
  } catch (error) {
    throw new WeftError(
      'REQUEST_INVALID',
      `the message is not a valid ${messageName(type)}: ${(error as Error).message}`,
      {},
      { cause: error },
    );
  }
}
