/**
 * Protobuf at the wire level, for the differential test of the Solidity walkers (contracts/evm/WeftProtobuf.sol):
 * the rules they document, restated as plain TypeScript walks; protobufjs types that read every
 * length-delimited field as bytes (what a walker sees of a message: one level, strings unchecked); and
 * fast-check arbitraries of the messages WeftInterop parses, encoded by protobufjs, with unknown, repeated and
 * out-of-order fields and malformed ones.
 */
import fc from 'fast-check';
import protobuf from 'protobufjs';
import { messageType } from '../../protos/index.js';

export const WIRE = { VARINT: 0, I64: 1, LEN: 2, START_GROUP: 3, END_GROUP: 4, I32: 5 } as const;

/** A varint of `value` in `extra` more bytes than it needs (continuation bytes, the last one 0). */
export function varint(value: bigint, extra = 0): Uint8Array {
  const out: number[] = [];
  let rest = value;
  do {
    out.push(Number(rest & 0x7fn));
    rest >>= 7n;
  } while (rest > 0n);
  for (let i = 0; i < extra; i++) out.push(0);
  return Uint8Array.from(out, (byte, i) => (i < out.length - 1 ? byte | 0x80 : byte));
}

export function key(field: bigint | number, wire: number, extra = 0): Uint8Array {
  return varint((BigInt(field) << 3n) | BigInt(wire), extra);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

/** What WeftInterop reads of each message it parses: its length-delimited and varint fields. */
export interface ParsedMessage {
  readonly type: string;
  readonly bytesFields: readonly number[];
  readonly varintFields: readonly number[];
}

export const PARSED_MESSAGES: readonly ParsedMessage[] = [
  { type: 'msp.SerializedIdentity', bytesFields: [1], varintFields: [] },
  { type: 'protos.ProposalResponsePayload', bytesFields: [2], varintFields: [] },
  { type: 'protos.ChaincodeAction', bytesFields: [3, 4], varintFields: [] },
  { type: 'protos.ChaincodeID', bytesFields: [2], varintFields: [] },
  { type: 'protos.Response', bytesFields: [3], varintFields: [1] },
  {
    type: 'common.interop_payload.InteropPayload',
    bytesFields: [1, 2, 4, 5],
    varintFields: [3, 6],
  },
];

export const mask = (fields: readonly number[]) => fields.reduce((bits, field) => bits | (1 << field), 0);

/** A field the walk recorded: a length-delimited field's [start, end) in its message, or a varint's value. */
export type Recorded = { readonly start: number; readonly end: number } | { readonly value: bigint };

export type Walked =
  | { readonly ok: true; readonly fields: ReadonlyMap<number, Recorded> }
  | { readonly ok: false; readonly at: number; readonly why: string };

/**
 * The walk WeftProtobuf.scan documents. A key is a varint of at most 5 bytes below 2^32 (field numbers up to
 * 2^29 - 1), never of field 0; a length at most 5 bytes below 2^31 and within the message; any other varint
 * at most 10 bytes, the tenth 0 or 1. Wire types 0, 1, 2 and 5 only. A field the caller reads has its
 * declared wire type and occurs once; every other field is skipped.
 */
export function walk(bytes: Uint8Array, bytesFields: number, varintFields: number): Walked {
  const fields = new Map<number, Recorded>();
  let pos = 0;
  const refuse = (why: string): Walked => ({ ok: false, at: pos, why });
  /** A varint of at most `size` bytes whose last possible byte is below `bound`; undefined if malformed. */
  const read = (size: number, bound: number): bigint | undefined => {
    let value = 0n;
    for (let i = 0; i < size; i++) {
      if (pos >= bytes.length) return undefined;
      const byte = bytes[pos++]!;
      if (i === size - 1 && byte >= bound) return undefined;
      value |= BigInt(byte & 0x7f) << BigInt(7 * i);
      if (byte < 0x80) return value;
    }
    return undefined;
  };
  while (pos < bytes.length) {
    const tag = read(5, 0x10);
    if (tag === undefined) return refuse('key');
    const field = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (field === 0) return refuse('field 0');
    const bit = field < 8 ? 1 << field : 0;
    const wanted = (bit & (bytesFields | varintFields)) !== 0;
    if (wanted && fields.has(field)) return refuse('repeated');
    if (wire === WIRE.VARINT) {
      const value = read(10, 2);
      if (value === undefined || (bit & bytesFields) !== 0) return refuse('varint');
      if (wanted) fields.set(field, { value });
    } else if (wire === WIRE.LEN) {
      const length = read(5, 8);
      if (length === undefined || (bit & varintFields) !== 0 || length > BigInt(bytes.length - pos)) {
        return refuse('length');
      }
      if (wanted) fields.set(field, { start: pos, end: pos + Number(length) });
      pos += Number(length);
    } else if (wire === WIRE.I64 || wire === WIRE.I32) {
      const width = wire === WIRE.I64 ? 8 : 4;
      if (wanted || bytes.length - pos < width) return refuse('fixed');
      pos += width;
    } else {
      return refuse(`wire type ${wire}`);
    }
  }
  return { ok: true, fields };
}

/** A length-delimited field's content: [start, end) in its message. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A varint at `pos` of `bytes` of at most `size` bytes whose last possible byte is below `bound`. */
function readVarint(bytes: Uint8Array, pos: number, size: number, bound: number) {
  let value = 0n;
  for (let i = 0; i < size; i++) {
    if (pos + i >= bytes.length) return undefined;
    const byte = bytes[pos + i]!;
    if (i === size - 1 && byte >= bound) return undefined;
    value |= BigInt(byte & 0x7f) << BigInt(7 * i);
    if (byte < 0x80) return { value, next: pos + i + 1 };
  }
  return undefined;
}

/** A key at `pos` as `walk` reads it: its field (never 0) and wire type; undefined if malformed. */
function readKey(bytes: Uint8Array, pos: number) {
  const key = readVarint(bytes, pos, 5, 0x10);
  if (!key || key.value >> 3n === 0n) return undefined;
  return { field: Number(key.value >> 3n), wire: Number(key.value & 7n), next: key.next };
}

/** A length at `pos` as `walk` reads it, and its content's span, within the message; undefined if not. */
function readContent(bytes: Uint8Array, pos: number): Span | undefined {
  const length = readVarint(bytes, pos, 5, 8);
  if (!length || length.value > BigInt(bytes.length - length.next)) return undefined;
  return { start: length.next, end: length.next + Number(length.value) };
}

export type Headed =
  | { readonly ok: true; readonly found: false }
  | { readonly ok: true; readonly found: true; readonly content: Span }
  | { readonly ok: false; readonly why: string };

/** One field as `walk` reads it: its number, wire type, content or value, and where the next one starts. */
type Field =
  | {
      readonly ok: true;
      readonly field: number;
      readonly wire: number;
      readonly content?: Span;
      readonly value?: bigint;
      readonly next: number;
    }
  | { readonly ok: false; readonly why: string };

function readField(bytes: Uint8Array, pos: number): Field {
  const key = readKey(bytes, pos);
  if (!key) return { ok: false, why: 'key' };
  const { field, wire } = key;
  if (wire === WIRE.VARINT) {
    const value = readVarint(bytes, key.next, 10, 2);
    return value
      ? { ok: true, field, wire, value: value.value, next: value.next }
      : { ok: false, why: 'varint' };
  }
  if (wire === WIRE.LEN) {
    const content = readContent(bytes, key.next);
    return content ? { ok: true, field, wire, content, next: content.end } : { ok: false, why: 'length' };
  }
  if (wire === WIRE.I64 || wire === WIRE.I32) {
    const width = wire === WIRE.I64 ? 8 : 4;
    if (bytes.length - key.next < width) return { ok: false, why: 'fixed' };
    return { ok: true, field, wire, next: key.next + width };
  }
  return { ok: false, why: `wire type ${wire}` };
}

/**
 * WeftProtobuf.head as it documents itself: whether the first field is `field`, and then its content. That
 * first field is read by `walk`'s rules, and `field` must be length-delimited; nothing after it is read.
 */
export function head(bytes: Uint8Array, field: number): Headed {
  if (bytes.length === 0) return { ok: true, found: false };
  const first = readField(bytes, 0);
  if (!first.ok) return first;
  if (first.field !== field) return { ok: true, found: false };
  return first.content ? { ok: true, found: true, content: first.content } : { ok: false, why: 'wire type' };
}

/** Every field of `bytes` by `walk`'s rules, in order; undefined when they refuse one. */
export function fieldsOf(
  bytes: Uint8Array,
): Array<{ field: number; wire: number; value: bigint | undefined }> | undefined {
  const fields: Array<{ field: number; wire: number; value: bigint | undefined }> = [];
  for (let pos = 0; pos < bytes.length; ) {
    const read = readField(bytes, pos);
    if (!read.ok) return undefined;
    fields.push({ field: read.field, wire: read.wire, value: read.value });
    pos = read.next;
  }
  return fields;
}

export type WalkedRepeated =
  | { readonly ok: true; readonly contents: readonly Span[] }
  | { readonly ok: false; readonly at: number; readonly why: string };

/**
 * WeftProtobuf.repeated as it documents itself: `walk`'s rules for every field, `field` length-delimited
 * wherever it occurs; the contents of its occurrences, in order.
 */
export function walkRepeated(bytes: Uint8Array, field: number): WalkedRepeated {
  const contents: Span[] = [];
  for (let pos = 0; pos < bytes.length; ) {
    const read = readField(bytes, pos);
    if (!read.ok) return { ok: false, at: pos, why: read.why };
    if (read.field === field) {
      if (!read.content) return { ok: false, at: pos, why: 'wire type of the field' };
      contents.push(read.content);
    }
    pos = read.next;
  }
  return { ok: true, contents };
}

export type FirstVarint =
  | { readonly ok: true; readonly value: bigint | undefined }
  | { readonly ok: false; readonly why: string };

/**
 * WeftProtobuf.firstVarint as it documents itself: `walk`'s rules up to the first occurrence of `field`,
 * which must be a varint; nothing after it is read. Undefined when `field` does not occur.
 */
export function firstVarint(bytes: Uint8Array, field: number): FirstVarint {
  for (let pos = 0; pos < bytes.length; ) {
    const read = readField(bytes, pos);
    if (!read.ok) return read;
    if (read.field === field) {
      return read.value === undefined
        ? { ok: false, why: 'wire type of the field' }
        : { ok: true, value: read.value };
    }
    pos = read.next;
  }
  return { ok: true, value: undefined };
}

const flatTypes = new Map<string, protobuf.Type>();

/**
 * `name`'s fields with strings and messages read as bytes: protobufjs's reading of one level of the message,
 * which is all a walk sees.
 */
export function flatType(name: string): protobuf.Type {
  const known = flatTypes.get(name);
  if (known) return known;
  const real = messageType(name);
  const flat = new protobuf.Type(real.name);
  for (const field of real.fieldsArray) {
    const lengthDelimited = field.type === 'string' || field.resolve().resolvedType instanceof protobuf.Type;
    flat.add(new protobuf.Field(field.name, field.id, lengthDelimited ? 'bytes' : field.type));
  }
  new protobuf.Root().add(flat).resolveAll();
  flatTypes.set(name, flat);
  return flat;
}

/** A varint field's value as protobufjs reads it into the field's declared type, from the wire's 64 bits. */
export function typedVarint(type: string, raw: bigint): number | boolean | bigint {
  if (type === 'int32') return Number(BigInt.asIntN(32, raw));
  if (type === 'bool') return raw !== 0n;
  if (type === 'uint64') return raw;
  throw new TypeError(`no varint reading of ${type}`);
}

// ---------------------------------------------------------------------------------------------------------
// Arbitraries

/** One piece of a message's encoding, and what kind of piece it is (for coverage and for must-refuse). */
export interface Chunk {
  readonly bytes: Uint8Array;
  readonly kind: string;
  /** Refused wherever it stands in a message that is walked to its end. */
  readonly malformed: boolean;
}

export interface Message {
  readonly bytes: Uint8Array;
  readonly kinds: readonly string[];
  /** Holds a malformed chunk and was not truncated: the walk must refuse it. */
  readonly mustRefuse: boolean;
}

/** `arbitrary` once in `n` draws, else null. */
const onceIn = <T>(n: number, arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

/** `arbitrary` n - 1 times in n, else null: a field that is absent now and then. */
const allButOnceIn = <T>(n: number, arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: n - 1, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });

const printable = fc.constantFrom('a', 'z', 'Q', '0', '9', '/', ':', '.', '-', '_', ' ', 'é', '€', '𝄞');
export const text = (maxLength = 60) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.array(printable, { maxLength }).map((chars) => chars.join('')),
  );

/** Bytes, a few of them long enough for two-byte lengths. */
export const blob = fc.oneof(
  { weight: 4, arbitrary: fc.uint8Array({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 120, maxLength: 300 }) },
);

const uint64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });

/** A value for each declared scalar type; strings sometimes as raw bytes, which may not be UTF-8. */
function scalar(type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return fc.oneof({ weight: 5, arbitrary: text() }, { weight: 1, arbitrary: blob });
    case 'bytes':
      return blob;
    case 'bool':
      return fc.boolean();
    case 'int32':
      return fc.oneof(fc.constant(200), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));
    case 'uint64':
      return uint64.map(String);
    case 'int64':
      return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String);
    default:
      throw new TypeError(`no arbitrary for ${type}`);
  }
}

/** A field's encoding as protobufjs writes it; raw bytes for a string or message field through flatType. */
export function encodeField(typeName: string, field: protobuf.Field, value: unknown): Uint8Array {
  const real = messageType(typeName);
  const type = value instanceof Uint8Array && field.type !== 'bytes' ? flatType(typeName) : real;
  return type.encode(type.create({ [field.name]: value })).finish();
}

const minimalLength = (value: bigint) => varint(value).length;

/** A key of `field` and `wire` in `size` bytes if that is possible, else in the fewest it takes. */
const keyIn = (field: bigint | number, wire: number, size: number) =>
  key(field, wire, Math.max(0, size - minimalLength((BigInt(field) << 3n) | BigInt(wire))));

/** A wire type of a well-formed field and what follows its key. */
const wellFormedContent = fc.oneof(
  fc
    .tuple(fc.constant(WIRE.VARINT), uint64, fc.integer({ min: 0, max: 2 }))
    .map(([wire, value, extra]) => [wire, varint(value, extra)] as const),
  fc.tuple(fc.constant(WIRE.I64), fc.uint8Array({ minLength: 8, maxLength: 8 })),
  fc.tuple(fc.constant(WIRE.I32), fc.uint8Array({ minLength: 4, maxLength: 4 })),
  fc
    .tuple(fc.constant(WIRE.LEN), blob)
    .map(([wire, body]) => [wire, concat([varint(BigInt(body.length)), body])] as const),
);

/** A field number: one of the message's, another small one, or any up to 2^29 - 1. */
const fieldNumber = (known: readonly number[]) =>
  fc.oneof(
    fc.constantFrom(...known),
    fc.integer({ min: 1, max: 15 }),
    fc.integer({ min: 16, max: 2 ** 29 - 1 }),
  );

/** Any field of a well-formed wire type, its key in 1 to 5 bytes. */
const wellFormedField = (known: readonly number[]) =>
  fc
    .tuple(fieldNumber(known), wellFormedContent, fc.integer({ min: 1, max: 5 }))
    .map(([field, [wire, body], size]) => concat([keyIn(field, wire, size), body]));

/** Pieces a message may hold besides its own fields, well formed or not. */
function extraChunk(known: readonly number[]): fc.Arbitrary<Chunk> {
  const field = fieldNumber(known);
  const chunk = (kind: string, malformed: boolean) => (bytes: Uint8Array) => ({ bytes, kind, malformed });
  return fc.oneof(
    // Well formed, though a field of the message may come with another wire type or twice.
    { weight: 6, arbitrary: wellFormedField(known).map(chunk('field', false)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(field, blob, fc.integer({ min: 1, max: 5 }))
        .map(([f, body, size]) =>
          concat([
            key(f, WIRE.LEN),
            varint(BigInt(body.length), Math.max(1, size - minimalLength(BigInt(body.length)))),
            body,
          ]),
        )
        .map(chunk('padded length', false)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(field, uint64, fc.integer({ min: 0, max: 12 }))
        .map(([f, value, extra]) => concat([key(f, WIRE.VARINT), varint(value, extra)]))
        // Past 10 bytes now and then: the walk decides.
        .map(chunk('padded varint', false)),
    },
    // Malformed wherever they stand.
    {
      weight: 1,
      arbitrary: fc
        .tuple(field, wellFormedContent, fc.integer({ min: 6, max: 11 }))
        .map(([f, [wire, body], size]) => concat([keyIn(f, wire, size), body]))
        .map(chunk('key over 5 bytes', true)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.bigInt({ min: 2n ** 29n, max: 2n ** 61n - 1n }), wellFormedContent)
        .map(([f, [wire, body]]) => concat([key(f, wire), body]))
        .map(chunk('field number over 2^29 - 1', true)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(field, blob, fc.integer({ min: 6, max: 11 }))
        .map(([f, body, size]) =>
          concat([
            key(f, WIRE.LEN),
            varint(BigInt(body.length), size - minimalLength(BigInt(body.length))),
            body,
          ]),
        )
        .map(chunk('length over 5 bytes', true)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(field, fc.integer({ min: 11, max: 14 }))
        .map(([f, size]) => concat([key(f, WIRE.VARINT), varint(1n, size - 1)]))
        .map(chunk('varint over 10 bytes', true)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(field, fc.oneof(fc.constantFrom(2, 3), fc.integer({ min: 2, max: 0x7f })))
        .map(([f, tenth]) =>
          concat([key(f, WIRE.VARINT), new Uint8Array(9).fill(0xff), Uint8Array.of(tenth)]),
        )
        .map(chunk('varint over 64 bits', true)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(field, fc.array(wellFormedField(known), { maxLength: 2 }), fc.integer({ min: 0, max: 2 }))
        .map(([f, members, form]) => {
          const open = key(f, WIRE.START_GROUP);
          const close = key(f, WIRE.END_GROUP);
          return [concat([open, ...members, close]), open, close][form]!;
        })
        .map(chunk('group', true)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(field, fc.constantFrom(6, 7), fc.uint8Array({ maxLength: 8 }))
        .map(([f, wire, body]) => concat([key(f, wire), body]))
        .map(chunk('wire type 6 or 7', true)),
    },
    {
      weight: 1,
      arbitrary: wellFormedContent
        .map(([wire, body]) => concat([key(0, wire), body]))
        .map(chunk('field 0', true)),
    },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ minLength: 1, maxLength: 12 }).map(chunk('random bytes', false)),
    },
  );
}

/** How far past an end: by a byte or two as often as by more. */
const overBy = fc.oneof(fc.constantFrom(1, 2), fc.integer({ min: 1, max: 300 }));

/** A last field that the message ends before: its length, fixed width or varint runs past the end. */
const pastTheEnd = (known: readonly number[]) => {
  const field = fieldNumber(known);
  const chunk = (kind: string) => (bytes: Uint8Array) => ({ bytes, kind, malformed: true });
  return fc.oneof(
    fc
      .tuple(field, blob, overBy)
      .map(([f, body, surplus]) => concat([key(f, WIRE.LEN), varint(BigInt(body.length + surplus)), body]))
      .map(chunk('length past the end')),
    fc
      .tuple(field, fc.constantFrom(WIRE.I64, WIRE.I32), overBy)
      .map(([f, wire, short]) => {
        const width = wire === WIRE.I64 ? 8 : 4;
        return concat([key(f, wire), new Uint8Array(Math.max(0, width - short)).fill(0xab)]);
      })
      .map(chunk('fixed width past the end')),
    fc
      .tuple(field, fc.constantFrom(WIRE.VARINT, WIRE.LEN), uint64)
      // A varint (a value or a length) whose last byte still announces one more.
      .map(([f, wire, value]) => {
        const bytes = varint(value);
        bytes[bytes.length - 1]! |= 0x80;
        return concat([key(f, wire), bytes]);
      })
      .map(chunk('varint past the end')),
    fc
      .tuple(field, fc.constantFrom(WIRE.VARINT, WIRE.LEN))
      .map(([f, wire]) => key(f, wire))
      .map(chunk('key without content')),
  );
};

/** A message of which some fields' contents are given later (an enclosing message's child messages). */
export type Template = (given: Readonly<Record<string, Uint8Array>>) => Message;

export interface MessageOptions {
  /** Values for some fields; the others are random. */
  readonly values?: Readonly<Record<string, fc.Arbitrary<unknown>>>;
  /** Fields whose content the template is given. */
  readonly given?: readonly string[];
  /** How often the message is altered (extra or repeated fields, a field past the end, a truncation), 0 to 1. */
  readonly alter?: number;
  /** A field is absent once in this many messages (6 unless given). */
  readonly absentOnceIn?: number;
}

/** A field's place in a message being put together: its value, or the name of a given content. */
type Piece = { readonly chunk: Chunk } | { readonly given: string };

/**
 * Messages of `typeName`: protobufjs's encoding of random values, one field at a time in random order
 * (each absent now and then), often with extra pieces (unknown fields, fields of the wrong wire type,
 * repeated fields, malformed keys, lengths and varints, groups), a field running past the end, a truncation.
 */
export function messageTemplate(typeName: string, options: MessageOptions = {}): fc.Arbitrary<Template> {
  const type = messageType(typeName);
  const known = type.fieldsArray.map((f) => f.id);
  const own = (kind: string, bytes: Uint8Array): Chunk => ({ bytes, kind, malformed: false });
  const absence = options.absentOnceIn ?? 6;
  const fields = type.fieldsArray.map((field): fc.Arbitrary<Piece | null> => {
    if (options.given?.includes(field.name)) return allButOnceIn(absence, fc.constant({ given: field.name }));
    const nested = field.resolve().resolvedType;
    const value =
      options.values?.[field.name] ??
      (nested instanceof protobuf.Type
        ? messageArbitrary(nested.fullName.slice(1)).map((m) => m.bytes)
        : scalar(field.type));
    return allButOnceIn(absence, value).map((v) =>
      v === null ? null : { chunk: own('own field', encodeField(typeName, field, v)) },
    );
  });
  const slots = fields.length + 5;
  const altered = fc.record({
    extras: fc.array(extraChunk(known), { minLength: 1, maxLength: 3 }),
    repeat: onceIn(3, fc.nat()),
    tail: onceIn(4, pastTheEnd(known)),
    // Cut anywhere, or a byte or two short.
    truncate: onceIn(
      4,
      fc.oneof(
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }).map((at) => ({ at })),
        overBy.map((short) => ({ short })),
      ),
    ),
  });
  const unaltered = fc.constant({ extras: [] as Chunk[], repeat: null, tail: null, truncate: null });
  const weight = Math.round((options.alter ?? 0.5) * 100);
  return fc
    .tuple(
      fc.tuple(...fields),
      fc.oneof({ weight, arbitrary: altered }, { weight: 100 - weight, arbitrary: unaltered }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: slots, maxLength: slots }),
    )
    .map(([ownPieces, changes, order]) => (given) => {
      const byField = (piece: Piece): Chunk =>
        'chunk' in piece
          ? piece.chunk
          : own(
              'own field',
              encodeField(typeName, type.fields[piece.given]!, given[piece.given] ?? new Uint8Array()),
            );
      const present = ownPieces.filter((p): p is Piece => p !== null).map(byField);
      const again =
        changes.repeat === null ? undefined : present[changes.repeat % Math.max(1, present.length)];
      const pieces = [
        ...present,
        ...(again ? [{ ...again, kind: 'repeated field' }] : []),
        ...changes.extras,
      ];
      // In the order of random keys, one per piece.
      const ordered = pieces
        .map((chunk, i) => ({ chunk, rank: order[i]! }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ chunk }) => chunk);
      const chunks = changes.tail ? [...ordered, changes.tail] : ordered;
      const whole = concat(chunks.map((c) => c.bytes));
      const cut =
        changes.truncate === null
          ? whole.length
          : 'at' in changes.truncate
            ? Math.floor(changes.truncate.at * whole.length)
            : Math.max(0, whole.length - changes.truncate.short);
      const kinds = chunks.map((c) => c.kind);
      if (cut < whole.length) kinds.push('truncated');
      return {
        bytes: whole.subarray(0, cut),
        kinds,
        mustRefuse: cut === whole.length && malformedForSure(chunks),
      };
    });
}

const messages = new Map<string, fc.Arbitrary<Message>>();

/** messageTemplate's messages, with every field random. */
export function messageArbitrary(typeName: string): fc.Arbitrary<Message> {
  let arbitrary = messages.get(typeName);
  if (!arbitrary) {
    arbitrary = messageTemplate(typeName).map((template) => template({}));
    messages.set(typeName, arbitrary);
  }
  return arbitrary;
}

/** Bytes that follow an input in calldata, rich in what walkers look for ('/', continuation bits). */
export const trailing = fc
  .array(fc.oneof(fc.constantFrom(0x2f, 0x80, 0xff, 0x0a, 0x00), fc.integer({ min: 0, max: 255 })), {
    maxLength: 40,
  })
  .map((bytes) => Uint8Array.from(bytes));

/**
 * Messages of a repeated length-delimited `field` (a run's records): occurrences of it (their keys in 1 to 5
 * bytes, their lengths now and then padded, their contents `element`), most often first, among the pieces
 * messageTemplate adds to a message (other fields, `field` of another wire type, malformed keys, lengths and
 * varints, groups), now and then a last field past the end or a truncation.
 */
export function repeatedMessage(field: number, element: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Message> {
  const padding = fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 3 }));
  const occurrence = fc
    .tuple(
      element,
      fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, fc.integer({ min: 1, max: 5 })),
      padding,
    )
    .map(([body, size, extra]) => ({
      bytes: concat([keyIn(field, WIRE.LEN, size), varint(BigInt(body.length), extra), body]),
      kind: extra > 0 ? 'occurrence, padded length' : 'occurrence',
      malformed: false,
    }));
  const extras = fc.oneof(
    { weight: 2, arbitrary: fc.constant([] as Chunk[]) },
    { weight: 1, arbitrary: fc.array(extraChunk([field]), { minLength: 1, maxLength: 3 }) },
  );
  return fc
    .tuple(
      fc.array(occurrence, { maxLength: 8 }),
      extras,
      fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
      onceIn(6, pastTheEnd([field])),
      onceIn(6, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })),
    )
    .map(([occurrences, others, places, tail, truncate]) => {
      // Each extra piece at a random place among the occurrences, so that many messages start with one.
      const chunks = [...occurrences];
      for (const [i, extra] of others.entries()) {
        chunks.splice(places[i]! % (chunks.length + 1), 0, extra);
      }
      if (tail) chunks.push(tail);
      const whole = concat(chunks.map((c) => c.bytes));
      const cut = truncate === null ? whole.length : Math.floor(truncate * whole.length);
      const kinds = chunks.map((c) => c.kind);
      if (cut < whole.length) kinds.push('truncated');
      return {
        bytes: whole.subarray(0, cut),
        kinds,
        mustRefuse: cut === whole.length && malformedForSure(chunks),
      };
    });
}

/**
 * Whether a malformed chunk makes the whole message malformed: only when no random bytes come before it,
 * since random bytes may end in a length-delimited key whose length takes the malformed chunk in as content,
 * which a reader skips unread.
 */
function malformedForSure(
  chunks: ReadonlyArray<{ readonly kind: string; readonly malformed?: boolean }>,
): boolean {
  for (const chunk of chunks) {
    if (chunk.malformed) return true;
    if (chunk.kind === 'random bytes') return false;
  }
  return false;
}
