import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { isWeftError } from '../common/errors.js';
import { hostile, lenField, MUTATIONS, nestedLen, repeatedField, seededRandom } from '../lab/fuzz/hostile.js';
import { encodeMessage } from '../transport/grpc.js';
import { decodeBounded, EDGE_BOUNDS, scanMessage, type WireBounds } from './bounds.js';
import { messageClass, messageType } from './index.js';

const SEED = Number(process.env.WEFT_FUZZ_SEED ?? 20_240_610);
const MiB = 1024 * 1024;
const BOUNDS: WireBounds = { ...EDGE_BOUNDS, maxBytes: 4 * MiB };
const CODES = ['REQUEST_INVALID', 'MESSAGE_TOO_LARGE', 'MESSAGE_TOO_DEEP'];

const random = seededRandom(SEED);
const text = (max: number) => random.bytes(random.int(0, max)).toString('base64');

/** Valid messages of every type decoded at an edge, with random contents. */
const samples: Record<string, () => Buffer> = {
  'common.query.Query': () =>
    encodeMessage('common.query.Query', {
      policy: Array.from({ length: random.int(0, 4) }, () => text(12)),
      address: text(200),
      requesting_relay: text(20),
      requesting_network: text(10),
      certificate: text(1200),
      requestor_signature: text(96),
      nonce: text(40),
      request_id: text(40),
      requesting_org: text(10),
      confidential: random.next() < 0.5,
    }),
  'networks.networks.NetworkQuery': () =>
    encodeMessage('networks.networks.NetworkQuery', {
      policy: [text(12)],
      address: text(200),
      certificate: text(1200),
      requestor_signature: text(96),
      nonce: text(40),
    }),
  'networks.networks.GetStateMessage': () =>
    encodeMessage('networks.networks.GetStateMessage', { request_id: text(40) }),
  'common.state.ViewPayload': () =>
    encodeMessage(
      'common.state.ViewPayload',
      random.next() < 0.5
        ? { request_id: text(40), error: text(400) }
        : {
            request_id: text(40),
            view: {
              meta: { protocol: random.int(0, 4), timestamp: text(20), proof_type: text(12) },
              data: random.bytes(random.int(0, 2_000)),
            },
          },
    ),
  'weft.evm.AttestRequest': () =>
    encodeMessage('weft.evm.AttestRequest', {
      view_address: text(200),
      nonce: text(40),
      requesting_network: text(10),
      requester: text(1200),
      requester_signature: text(96),
      block_number: String(random.int(0, Number.MAX_SAFE_INTEGER)),
      block_hash: random.bytes(32),
    }),
};

/** A refusal's code, or undefined when the bytes passed. */
function scanCode(typeName: string, bytes: Uint8Array, bounds: WireBounds = BOUNDS): string | undefined {
  try {
    scanMessage(typeName, bytes, bounds);
    return undefined;
  } catch (error) {
    if (!isWeftError(error)) throw error;
    return error.code;
  }
}

function refusal(typeName: string | protobuf.Type, bytes: Uint8Array, bounds: WireBounds = BOUNDS) {
  try {
    scanMessage(typeName, bytes, bounds);
  } catch (error) {
    if (isWeftError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe(`the edge's pre-scan (seed ${SEED})`, () => {
  it('passes every valid message, and decodes it as protobufjs reflection does', () => {
    for (const [typeName, sample] of Object.entries(samples)) {
      for (let i = 0; i < 100; i++) {
        const bytes = sample();
        const type = messageType(typeName);
        const options = { defaults: true, oneofs: true, longs: String };
        const decoded = decodeBounded(messageClass(typeName), bytes, BOUNDS);
        expect(decoded).toBeInstanceOf(messageClass(typeName));
        expect(type.toObject(type.fromObject(decoded), options)).toEqual(
          type.toObject(type.decode(bytes), options),
        );
      }
    }
  });

  it('refuses or passes every hostile message with a typed error; what passes, decodes', () => {
    const seen = new Map<string, number>();
    for (const [typeName, sample] of Object.entries(samples)) {
      for (let i = 0; i < 400; i++) {
        const kind = MUTATIONS[i % MUTATIONS.length]!;
        const bytes = hostile(random, kind, sample(), { limitBytes: 64 * 1024, bigBytes: 256 * 1024 });
        const bounds = { ...BOUNDS, maxBytes: 64 * 1024 };
        const code = scanCode(typeName, bytes, bounds);
        seen.set(code ?? 'passed', (seen.get(code ?? 'passed') ?? 0) + 1);
        if (code === undefined) {
          // What the scan lets through decodes; protobufjs itself refuses only text that is not UTF-8.
          try {
            decodeBounded(messageClass(typeName), bytes, bounds);
          } catch (error) {
            expect(error, `${typeName} ${kind} #${i}`).toMatchObject({
              code: 'REQUEST_INVALID',
              message: expect.stringContaining('utf-8'),
            });
          }
        } else expect(CODES).toContain(code);
      }
    }
    // Every kind of refusal happened, and some hostile messages (unknown fields, flipped bits in a string)
    // are simply valid.
    expect([...seen.keys()].sort()).toEqual(['MESSAGE_TOO_LARGE', 'REQUEST_INVALID', 'passed']);
  });

  it('stops early on a 4 MiB flood of fields, wherever the flood is', () => {
    const floods = [
      repeatedField(Buffer.from([0x0a, 0x00]), 2 * MiB), // empty policy entries: two million strings
      repeatedField(Buffer.from([0x78, 0x01]), 2 * MiB), // unknown varints, skipped one by one
      repeatedField(Buffer.from([0xc2, 0x3e, 0x00]), MiB), // unknown empty fields
    ];
    for (const flood of floods) {
      const error = refusal('common.query.Query', flood);
      expect(error.code).toBe('MESSAGE_TOO_LARGE');
      expect(error.context.offset).toBeLessThan(4 * (EDGE_BOUNDS.maxFields + 1));
    }
  });

  it('refuses groups at their first tag, however deep they would go', () => {
    for (const tag of [0x0b, 0x13, 0x0c]) {
      const error = refusal('common.state.ViewPayload', Buffer.alloc(4 * MiB, tag));
      expect(error).toMatchObject({ code: 'REQUEST_INVALID', context: { offset: 0 } });
      expect(error.message).toContain('groups');
    }
  });

  it('bounds nesting without recursing: a million levels of a recursive message', () => {
    const { root } = protobuf.parse('syntax = "proto3"; message Node { Node child = 1; string s = 2; }');
    const Node = root.lookupType('Node');
    const shallow = nestedLen(1, 7, lenField(2, Buffer.from('leaf')));
    expect(() => scanMessage(Node, shallow, BOUNDS)).not.toThrow();
    expect(refusal(Node, nestedLen(1, 8))).toMatchObject({
      code: 'MESSAGE_TOO_DEEP',
      context: { limit: 8, field: 'Node.child' },
    });
    // Built inside out, so only the outermost levels are ever read.
    const deep = nestedLen(1, 1_000_000);
    expect(deep.length).toBeGreaterThan(4 * MiB);
    expect(refusal(Node, deep, { ...BOUNDS, maxBytes: 8 * MiB })).toMatchObject({ code: 'MESSAGE_TOO_DEEP' });
    // Known message fields of weft's own types nest as deep as the schema and no deeper.
    const payload = lenField(2, lenField(1, Buffer.from([0x08, 0x03])));
    expect(scanCode('common.state.ViewPayload', payload)).toBeUndefined();
    expect(scanCode('common.state.ViewPayload', payload, { ...BOUNDS, maxDepth: 2 })).toBe(
      'MESSAGE_TOO_DEEP',
    );
  });

  it('refuses a message over its size, a string over its bound and a field of the wrong wire type', () => {
    expect(
      refusal('common.query.Query', Buffer.alloc(65 * 1024), { ...BOUNDS, maxBytes: 64 * 1024 }),
    ).toMatchObject({ code: 'MESSAGE_TOO_LARGE', context: { limit: 64 * 1024, size: 65 * 1024, offset: 0 } });
    const longAddress = lenField(2, Buffer.alloc(EDGE_BOUNDS.maxStringBytes + 1, 0x61));
    expect(refusal('common.query.Query', longAddress)).toMatchObject({
      code: 'MESSAGE_TOO_LARGE',
      context: { field: 'Query.address' },
    });
    // A bytes field is a slice, whatever its length: a view's data may take the whole message.
    expect(
      scanCode('common.state.ViewPayload', lenField(2, lenField(2, Buffer.alloc(3 * MiB)))),
    ).toBeUndefined();
    // confidential (field 10) is a bool: a varint, never a length-delimited field.
    expect(refusal('common.query.Query', lenField(10, Buffer.from([1]))).message).toContain(
      'Query.confidential has wire type 2',
    );
    expect(refusal('common.query.Query', Buffer.from([0x15, 1, 2, 3, 4])).message).toContain(
      'Query.address has wire type 5',
    );
  });

  it('refuses structure protobufjs would misread or recurse on', () => {
    const cases: Array<[number[], string]> = [
      [[0x02, 0x00], 'field number 0'],
      [[0x0e], 'invalid wire type 6'],
      [[0x0f], 'invalid wire type 7'],
      [[0x12, 0x05, 0x61], 'length past the end'],
      [[0x78, ...Array(11).fill(0xff), 0x01], 'varint longer than 10 bytes'],
      [[0x80, 0x80, 0x80, 0x80, 0x80, 0x01], 'varint longer than 5 bytes'],
      [[0x79, 1, 2, 3], 'truncated fixed-width field'],
      [[0x12], 'truncated varint'],
    ];
    for (const [bytes, message] of cases) {
      expect(refusal('common.query.Query', Buffer.from(bytes)).message).toContain(message);
    }
    // A packed array holds whole elements only.
    const { root } = protobuf.parse(
      'syntax = "proto3"; message P { repeated fixed32 v = 1; repeated uint64 w = 2; }',
    );
    const P = root.lookupType('P');
    expect(() => scanMessage(P, lenField(1, Buffer.alloc(8)), BOUNDS)).not.toThrow();
    expect(refusal(P, lenField(1, Buffer.alloc(7))).message).toContain('partial element');
    expect(refusal(P, lenField(2, Buffer.from([0x80]))).message).toContain('truncated varint');
    expect(refusal(P, lenField(2, Buffer.alloc(EDGE_BOUNDS.maxFields)))).toMatchObject({
      code: 'MESSAGE_TOO_LARGE',
    });
  });

  it('scans the map entries of a map field as messages', () => {
    const { root } = protobuf.parse(
      'syntax = "proto3"; message M { map<string, V> m = 1; } message V { V v = 1; uint32 n = 2; }',
    );
    const M = root.lookupType('M');
    const entry = Buffer.concat([lenField(1, Buffer.from('k')), lenField(2, Buffer.from([0x10, 0x07]))]);
    expect(() => scanMessage(M, lenField(1, entry), BOUNDS)).not.toThrow();
    const deep = Buffer.concat([lenField(1, Buffer.from('k')), lenField(2, nestedLen(1, 10))]);
    expect(refusal(M, lenField(1, deep)).code).toBe('MESSAGE_TOO_DEEP');
    // The key is a string: a varint there is refused.
    expect(refusal(M, lenField(1, Buffer.from([0x08, 0x01]))).message).toContain('M.m.key has wire type 0');
  });
});
