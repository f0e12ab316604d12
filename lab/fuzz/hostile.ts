/**
 * Seeded generators of hostile protobuf messages, shared by the edge's unit tests, the fuzz test against
 * running services and the long fuzz run (`npm run fuzz:long`): a failure names its seed and replays exactly.
 */

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  /** An integer in [min, max]. */
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const bytes = (length: number): Buffer => {
    const out = Buffer.allocUnsafe(length);
    for (let i = 0; i < length; i += 4) {
      const word = (next() * 4_294_967_296) >>> 0;
      for (let j = 0; j < 4 && i + j < length; j++) out[i + j] = (word >>> (8 * j)) & 0xff;
    }
    return out;
  };
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { next, int, bytes, pick };
}

export type Random = ReturnType<typeof seededRandom>;

export function varint(value: number): Buffer {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return Buffer.from(out);
}

/** A length-delimited field. */
export function lenField(field: number, body: Uint8Array): Buffer {
  return Buffer.concat([varint(field * 8 + 2), varint(body.length), body]);
}

/**
 * `depth` length-delimited fields, each the only content of the one around it: written back to front into
 * one buffer, so a million levels cost a few megabytes of writes, not a copy per level.
 */
export function nestedLen(field: number, depth: number, core: Uint8Array = Buffer.alloc(0)): Buffer {
  const tag = varint(field * 8 + 2);
  const lengths = new Float64Array(depth + 1);
  lengths[0] = core.length;
  for (let i = 0; i < depth; i++) lengths[i + 1] = lengths[i]! + tag.length + varintLength(lengths[i]!);
  const out = Buffer.allocUnsafe(lengths[depth]!);
  let pos = out.length - core.length;
  out.set(core, pos);
  for (let i = 0; i < depth; i++) {
    let length = lengths[i]!;
    pos -= varintLength(length);
    for (let at = pos; length >= 0x80; at++, length = Math.floor(length / 0x80))
      out[at] = (length % 0x80) | 0x80;
    out[pos + varintLength(lengths[i]!) - 1] = length;
    pos -= tag.length;
    out.set(tag, pos);
  }
  return out;
}

function varintLength(value: number): number {
  let length = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 0x80)) length++;
  return length;
}

/** The same small field `count` times: protobufjs makes one value per occurrence. */
export function repeatedField(field: Uint8Array, count: number): Buffer {
  const out = Buffer.allocUnsafe(field.length * count);
  for (let i = 0; i < count; i++) out.set(field, i * field.length);
  return out;
}

/** The kinds of hostile message, each from a valid one of the method's type. */
export const MUTATIONS = [
  'random',
  'truncated',
  'bit-flipped',
  'spliced',
  'oversized',
  'nested-groups',
  'nested-messages',
  'many-fields',
  'long-string',
  'length-lie',
] as const;

export type Mutation = (typeof MUTATIONS)[number];

export interface HostileOptions {
  /** The largest message the receiving method accepts: oversized ones are just above it. */
  readonly limitBytes: number;
  /** How big the big ones (nesting, field floods, long strings) get. */
  readonly bigBytes: number;
}

/** One hostile message of the given kind, derived from `valid`. */
export function hostile(random: Random, kind: Mutation, valid: Buffer, options: HostileOptions): Buffer {
  const big = () => random.int(Math.min(1024, options.bigBytes), options.bigBytes);
  switch (kind) {
    case 'random':
      return random.bytes(random.int(1, 2048));
    case 'truncated':
      return valid.subarray(0, random.int(0, Math.max(0, valid.length - 1)));
    case 'bit-flipped': {
      const out = Buffer.from(valid);
      for (let i = random.int(1, 8); i > 0 && out.length > 0; i--) {
        const at = random.int(0, out.length - 1);
        out[at]! ^= 1 << random.int(0, 7);
      }
      return out;
    }
    case 'spliced': {
      const at = random.int(0, valid.length);
      return Buffer.concat([valid.subarray(0, at), random.bytes(random.int(1, 64)), valid.subarray(at)]);
    }
    case 'oversized': {
      // A valid message padded with an unknown bytes field until it passes the limit.
      const size = random.int(options.limitBytes + 1, options.limitBytes + 64 * 1024);
      return Buffer.concat([valid, lenField(1000, Buffer.alloc(Math.max(0, size - valid.length - 8)))]);
    }
    case 'nested-groups':
      // Start-group tags of field 1 or 2, never closed: protobufjs skips them recursively.
      return Buffer.alloc(big(), random.pick([0x0b, 0x13]));
    case 'nested-messages': {
      const depth = Math.max(1, Math.floor(big() / 6));
      return Buffer.concat([valid, nestedLen(random.pick([1, 2, 3, 1000]), depth)]);
    }
    case 'many-fields': {
      // Empty repeated strings (field 1: a policy entry), unknown varints, or unknown empty fields.
      const field = random.pick([
        Buffer.from([0x0a, 0x00]),
        Buffer.from([0x78, 0x01]),
        Buffer.from([0xc2, 0x3e, 0x00]),
      ]);
      return Buffer.concat([valid, repeatedField(field, Math.floor(big() / field.length))]);
    }
    case 'long-string':
      return Buffer.concat([valid, lenField(random.int(1, 9), Buffer.alloc(big(), 0x41))]);
    case 'length-lie':
      return Buffer.concat([valid, Buffer.from([0x12]), varint(random.int(valid.length + 1, 0xffffffff))]);
  }
}
