/**
 * The contract's protobuf walkers (WeftProtobuf.scan; head, repeated and firstVarint, which WeftInterop reads
 * runs of events with) and WeftInterop's reading of a Fabric view, differential against protobufjs on a real
 * anvil node: random messages of every type the contract parses, encoded by protobufjs, with unknown,
 * repeated and out-of-order fields, and malformed ones (truncated; keys, lengths and varints too long;
 * lengths past the end; wrong wire types; groups; wire types 6 and 7; field 0), many walked in one eth_call,
 * each followed in calldata by bytes it must never read. Whenever the contract accepts, protobufjs reads the
 * same fields from the same bytes; whatever protobufjs refuses, the contract refuses; and the contract
 * refuses exactly what its documented rules (`walk`, `head`, `walkRepeated`, `firstVarint`) refuse.
 */
import {
  Contract,
  ContractFactory,
  getBytes,
  hexlify,
  Interface,
  keccak256,
  toBeHex,
  toBigInt,
} from 'ethers';
import fc from 'fast-check';
import protobuf from 'protobufjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../../common/paths.js';
import { messageType } from '../../protos/index.js';
import { compileContract } from '../../topology/evm/solidity.js';
import { startAnvil, type TestAnvil } from '../support/anvil.js';
import {
  blob,
  concat,
  fieldsOf,
  firstVarint,
  flatType,
  head,
  type Message,
  mask,
  messageArbitrary,
  messageTemplate,
  PARSED_MESSAGES,
  type ParsedMessage,
  type Recorded,
  repeatedMessage,
  text,
  trailing,
  typedVarint,
  walk,
  walkRepeated,
} from '../support/protobuf-wire.js';

const HARNESS = 'test/WeftProtobufHarness.sol';
/** Inputs per eth_call, and calls per property: thousands of inputs in a few seconds. */
const BATCH = 100;
const RUNS = 25;

let anvil: TestAnvil;
let scanner: Contract;
let reader: Contract;

async function deployHarness(name: string): Promise<Contract> {
  const compiled = await compileContract(name, cacheDir(), HARNESS);
  const factory = new ContractFactory(compiled.abi, compiled.bytecode, anvil.signer(0));
  const deployed = await factory.deploy();
  await deployed.waitForDeployment();
  return new Contract(await deployed.getAddress(), compiled.abi, anvil.provider);
}

beforeAll(async () => {
  // WeftFabricViewHarness extends WeftInterop, which is within a few bytes of EIP-170's limit.
  anvil = await startAnvil({ unlimitedCodeSize: true });
  scanner = await deployHarness('WeftProtobufHarness');
  reader = await deployHarness('WeftFabricViewHarness');
}, 60_000);

afterAll(async () => {
  await anvil?.stop();
});

const uint32 = (n: number) => Uint8Array.from(getBytes(toBeHex(n, 4)));

/** What the harness returns of one input: its refusal (revert data), or the words of what it read. */
interface Outcome {
  readonly ok: boolean;
  readonly reason: string;
  /** The input's calldata offset in the call that read it. */
  readonly base: bigint;
  readonly words: readonly bigint[];
}

function outcome(packed: string): Outcome {
  const bytes = getBytes(packed);
  const rest = bytes.subarray(1);
  if (bytes[0] !== 1) return { ok: false, reason: hexlify(rest), base: 0n, words: [] };
  const words = Array.from({ length: rest.length / 32 }, (_, i) =>
    toBigInt(rest.subarray(32 * i, 32 * i + 32)),
  );
  return { ok: true, reason: '0x', base: words[0]!, words: words.slice(1) };
}

/** The harness's Fields: start[8] then end[8]. */
const scanOutcome = (packed: string) => {
  const o = outcome(packed);
  return { ...o, start: o.words.slice(0, 8), end: o.words.slice(8, 16) };
};

const VIEW_FIELDS = [
  'valueStart',
  'valueEnd',
  'addressStart',
  'addressEnd',
  'requesterStart',
  'requesterEnd',
  'nonceStart',
  'nonceEnd',
  'networkStart',
  'networkEnd',
  'sourceTimeMs',
  'chaincodeHash',
] as const;

/** The harness's FabricView, in its declared order. */
const viewOutcome = (packed: string) => {
  const o = outcome(packed);
  return { ...o, fabricView: Object.fromEntries(VIEW_FIELDS.map((name, i) => [name, o.words[i] ?? 0n])) };
};

const MALFORMED = new Interface(['error MalformedPayload()']).encodeErrorResult('MalformedPayload', []);

/** A length-delimited field's absolute [start, end) in the call that walked it; zeros when absent. */
const offsets = (recorded: Recorded | undefined, base: bigint): [bigint, bigint] =>
  recorded && 'start' in recorded ? [base + BigInt(recorded.start), base + BigInt(recorded.end)] : [0n, 0n];

const describeInput = (bytes: Uint8Array, kinds: readonly string[]) =>
  `${hexlify(bytes)} (${kinds.join(', ') || 'own fields only'})`;

const seen = new Map<string, number>();
const count = (label: string) => seen.set(label, (seen.get(label) ?? 0) + 1);

describe('WeftProtobuf.scan', () => {
  interface Sample {
    readonly parsed: ParsedMessage;
    readonly bytesFields: readonly number[];
    readonly varintFields: readonly number[];
    readonly message: Message;
    readonly trailing: Uint8Array;
  }

  /** The fields of `type` by how they travel: length-delimited or varint. */
  const fieldsOf = (type: protobuf.Type) => {
    const varints = type.fieldsArray.filter((f) => ['int32', 'bool', 'uint64'].includes(f.type));
    const lengths = type.fieldsArray.filter((f) => !varints.includes(f));
    return { lengths: lengths.map((f) => f.id), varints: varints.map((f) => f.id) };
  };

  const sample: fc.Arbitrary<Sample> = fc.oneof(
    ...PARSED_MESSAGES.map((parsed) => {
      const { lengths, varints } = fieldsOf(messageType(parsed.type));
      // The contract's own reading of the message, or any other the library allows.
      const read = fc.oneof(
        { weight: 3, arbitrary: fc.constant([parsed.bytesFields, parsed.varintFields] as const) },
        { weight: 1, arbitrary: fc.tuple(fc.subarray(lengths), fc.subarray(varints)) },
      );
      return fc
        .tuple(read, messageArbitrary(parsed.type), trailing)
        .map(([[bytesFields, varintFields], message, after]) => ({
          parsed,
          bytesFields,
          varintFields,
          message,
          trailing: after,
        }));
    }),
  );

  /** Why the contract's outcome is wrong, or undefined. */
  function mismatch(s: Sample, outcome: ReturnType<typeof scanOutcome>) {
    const bytes = s.message.bytes;
    const expected = walk(bytes, mask(s.bytesFields), mask(s.varintFields));
    if (!outcome.ok) {
      if (outcome.reason !== MALFORMED) return `refused with ${outcome.reason}, not MalformedPayload()`;
      return expected.ok ? 'refused; the rules accept it' : undefined;
    }
    if (!expected.ok) return `accepted; the rules refuse it (${expected.why} at ${expected.at})`;
    const base = outcome.base;
    for (let field = 1; field < 8; field++) {
      const recorded = expected.fields.get(field);
      const [start, end] = s.bytesFields.includes(field)
        ? offsets(recorded, base)
        : [recorded && 'value' in recorded ? recorded.value : 0n, 0n];
      if (outcome.start[field] !== start || outcome.end[field] !== end) {
        return `field ${field}: [${outcome.start[field]}, ${outcome.end[field]}), the rules: [${start}, ${end})`;
      }
    }
    const type = messageType(s.parsed.type);
    let decoded: Record<string, unknown>;
    try {
      const flat = flatType(s.parsed.type);
      decoded = flat.toObject(flat.decode(bytes), { defaults: true, longs: String });
    } catch (error) {
      return `accepted; protobufjs refuses it: ${(error as Error).message}`;
    }
    if (s.message.mustRefuse) return 'accepted a malformed message';
    for (const field of type.fieldsArray) {
      const recorded = expected.fields.get(field.id);
      if (s.bytesFields.includes(field.id)) {
        const read =
          recorded && 'start' in recorded ? bytes.subarray(recorded.start, recorded.end) : new Uint8Array();
        if (!Buffer.from(read).equals(Buffer.from(decoded[field.name] as Uint8Array))) {
          return `${field.name}: ${hexlify(read)}; protobufjs reads ${hexlify(decoded[field.name] as Uint8Array)}`;
        }
      } else if (s.varintFields.includes(field.id)) {
        const raw = recorded && 'value' in recorded ? recorded.value : 0n;
        const protobufjs =
          field.type === 'uint64' ? BigInt(decoded[field.name] as string) : decoded[field.name];
        if (typedVarint(field.type, raw) !== protobufjs) {
          return `${field.name}: ${raw}; protobufjs reads ${protobufjs}`;
        }
      }
    }
    return undefined;
  }

  it('reads what protobufjs decodes, refuses what protobufjs or its rules refuse, never past its input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sample, { minLength: 1, maxLength: BATCH, size: 'max' }), async (samples) => {
        const inputs = samples.map((s) =>
          concat([
            uint32(s.message.bytes.length),
            Uint8Array.of(mask(s.bytesFields), mask(s.varintFields)),
            s.message.bytes,
            s.trailing,
          ]),
        );
        const outcomes: string[] = await scanner.getFunction('scanAll').staticCall(inputs);
        samples.forEach((s, i) => {
          const outcome = scanOutcome(outcomes[i]!);
          const wrong = mismatch(s, outcome);
          if (wrong) {
            throw new Error(`${s.parsed.type} ${describeInput(s.message.bytes, s.message.kinds)}: ${wrong}`);
          }
          count(outcome.ok ? 'scan accepted' : 'scan refused');
          for (const kind of s.message.kinds) count(kind);
        });
      }),
      { numRuns: RUNS },
    );
    // Both outcomes well represented: neither side of the property is vacuous.
    const accepted = seen.get('scan accepted') ?? 0;
    const refused = seen.get('scan refused') ?? 0;
    expect(accepted / (accepted + refused)).toBeGreaterThan(0.25);
    expect(refused / (accepted + refused)).toBeGreaterThan(0.25);
    for (const kind of [
      'repeated field',
      'truncated',
      'key over 5 bytes',
      'field number over 2^29 - 1',
      'length over 5 bytes',
      'padded length',
      'padded varint',
      'varint over 10 bytes',
      'varint over 64 bits',
      'length past the end',
      'fixed width past the end',
      'varint past the end',
      'key without content',
      'group',
      'wire type 6 or 7',
      'field 0',
    ]) {
      expect(seen.get(kind), kind).toBeGreaterThan(5);
    }
  }, 60_000);
});

describe('WeftProtobuf.head, repeated and firstVarint', () => {
  /** weft.events.EventRecords.records: what WeftInterop reads with head and repeated. */
  const RUN_FIELD = 16;
  /** weft.events.EventRecord.sequence: what it reads with firstVarint. */
  const SEQUENCE_FIELD = 2;
  const MODES = ['head', 'repeated', 'firstVarint'] as const;

  interface Sample {
    readonly mode: (typeof MODES)[number];
    readonly field: number;
    /** repeated's occurrence. */
    readonly index: number;
    readonly message: Message;
    readonly trailing: Uint8Array;
  }

  /** protobufjs's reading of one field `field` of `type` (repeated bytes, or uint64), built once per field. */
  const types = new Map<string, protobuf.Type>();
  const oneField = (field: number, type: 'bytes' | 'uint64') => {
    const name = `${type}${field}`;
    let t = types.get(name);
    if (!t) {
      t = new protobuf.Type(name).add(
        new protobuf.Field('items', field, type, type === 'bytes' ? 'repeated' : undefined),
      );
      new protobuf.Root().add(t).resolveAll();
      types.set(name, t);
    }
    return t;
  };

  /** What protobufjs reads of field `field` of `bytes`, or why it refuses. */
  function protobufjsRead(bytes: Uint8Array, field: number, type: 'bytes' | 'uint64'): unknown {
    try {
      const t = oneField(field, type);
      return (t.toObject(t.decode(bytes), { defaults: true, longs: String }) as { items: unknown }).items;
    } catch (error) {
      return new Error((error as Error).message);
    }
  }

  const element = fc.oneof(
    { weight: 3, arbitrary: messageArbitrary('weft.events.EventRecord').map((m) => m.bytes) },
    { weight: 1, arbitrary: blob },
  );
  /** An element of 16 KiB or more, whose length takes three bytes: a few in every batch. */
  const large = fc.integer({ min: 16_384, max: 16_600 }).map((n) => new Uint8Array(n).fill(0x2f));
  const largeSample: fc.Arbitrary<Sample> = fc
    .tuple(fc.constantFrom<Sample['mode']>('head', 'repeated'), fc.nat({ max: 3 }), trailing)
    .chain(([mode, index, after]) =>
      repeatedMessage(RUN_FIELD, fc.oneof(element, large)).map((message) => ({
        mode,
        field: RUN_FIELD,
        index,
        message,
        trailing: after,
      })),
    );
  // One each run: a run of records of which every one needs a length of three bytes or more, so that
  // the coverage check below sees that case in every run, not by luck.
  const largeRepeated: fc.Arbitrary<Sample> = fc.tuple(fc.nat({ max: 3 }), trailing).chain(([index, after]) =>
    repeatedMessage(RUN_FIELD, large).map((message) => ({
      mode: 'repeated' as const,
      field: RUN_FIELD,
      index,
      message,
      trailing: after,
    })),
  );
  const sample: fc.Arbitrary<Sample> = fc
    .tuple(
      fc.constantFrom(...MODES),
      fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 20 })),
      fc.nat({ max: 9 }),
      trailing,
    )
    .chain(([mode, otherField, index, after]) => {
      const usual = mode === 'firstVarint' ? SEQUENCE_FIELD : RUN_FIELD;
      const field = otherField || usual;
      const message =
        mode === 'firstVarint'
          ? fc.oneof(
              { weight: 3, arbitrary: messageArbitrary('weft.events.EventRecord') },
              { weight: 1, arbitrary: repeatedMessage(field, element) },
            )
          : repeatedMessage(field, element);
      return message.map((m) => ({ mode, field, index, message: m, trailing: after }));
    });

  const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

  /** Why the contract's outcome is wrong, or undefined. */
  function mismatch(s: Sample, outcome: Outcome) {
    const bytes = s.message.bytes;
    const [first = 0n, second = 0n, third = 0n] = outcome.words;
    const absolute = (span: { start: number; end: number } | undefined): [bigint, bigint] =>
      span ? [outcome.base + BigInt(span.start), outcome.base + BigInt(span.end)] : [0n, 0n];
    const whole = fieldsOf(bytes);
    const expected =
      s.mode === 'head'
        ? head(bytes, s.field)
        : s.mode === 'repeated'
          ? walkRepeated(bytes, s.field)
          : firstVarint(bytes, s.field);
    if (!outcome.ok) {
      if (outcome.reason !== MALFORMED) return `refused with ${outcome.reason}, not MalformedPayload()`;
      return expected.ok ? 'refused; the rules accept it' : undefined;
    }
    if (!expected.ok) return `accepted; the rules refuse it (${expected.why})`;
    if ('found' in expected) {
      const [start, end] = absolute(expected.found ? expected.content : undefined);
      if (first !== (expected.found ? 1n : 0n) || second !== start || third !== end) {
        return `${first} [${second}, ${third}), the rules: ${expected.found} [${start}, ${end})`;
      }
      count(expected.found ? 'head found' : 'head not found');
      // Of a message well formed whole, the field head finds is protobufjs's first occurrence.
      if (expected.found && whole) {
        const items = protobufjsRead(bytes, s.field, 'bytes');
        if (items instanceof Error) return `accepted; protobufjs refuses it: ${items.message}`;
        const read = bytes.subarray(expected.content.start, expected.content.end);
        if (!same((items as Uint8Array[])[0]!, read)) return 'protobufjs reads another first occurrence';
      }
      return undefined;
    }
    if ('contents' in expected) {
      const [start, end] = absolute(expected.contents[s.index]);
      if (first !== BigInt(expected.contents.length) || second !== start || third !== end) {
        const rules = `${expected.contents.length}, [${start}, ${end})`;
        return `${first} occurrences, #${s.index} [${second}, ${third}); the rules: ${rules}`;
      }
      const items = protobufjsRead(bytes, s.field, 'bytes');
      if (items instanceof Error) return `accepted; protobufjs refuses it: ${items.message}`;
      if (s.message.mustRefuse) return 'accepted a malformed message';
      const list = items as Uint8Array[];
      if (list.length !== expected.contents.length) return `protobufjs reads ${list.length} occurrences`;
      const read = expected.contents[s.index];
      if (read && !same(list[s.index]!, bytes.subarray(read.start, read.end))) {
        return `protobufjs reads another occurrence #${s.index}`;
      }
      count(expected.contents.length > 1 ? 'repeated accepted, several' : 'repeated accepted');
      if (read) count('repeated accepted, index read');
      if (list.some((item) => item.length >= 16_384)) count('repeated accepted, a length of three bytes');
      return undefined;
    }
    if (first !== (expected.value === undefined ? 0n : 1n) || second !== (expected.value ?? 0n)) {
      return `${first} ${second}, the rules: ${expected.value}`;
    }
    count(expected.value === undefined ? 'firstVarint absent' : 'firstVarint found');
    // Of a message well formed whole that holds the field once, protobufjs reads the same value.
    const occurrences = whole?.filter((f) => f.field === s.field) ?? [];
    if (whole && occurrences.length === 1 && expected.value !== undefined) {
      const value = protobufjsRead(bytes, s.field, 'uint64');
      if (value instanceof Error) return `accepted; protobufjs refuses it: ${value.message}`;
      if (BigInt(value as string) !== expected.value) return `protobufjs reads ${value}`;
      count('firstVarint found, protobufjs agrees');
    }
    return undefined;
  }

  it('read what protobufjs decodes, refuse what protobufjs or their rules refuse, never past their input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(
          fc.array(sample, { minLength: 1, maxLength: BATCH, size: 'max' }),
          fc.array(largeSample, { minLength: 1, maxLength: 3 }),
          largeRepeated,
        ),
        async ([usual, larger, three]) => {
          const samples = [...usual, ...larger, three];
          const inputs = samples.map((s) =>
            concat([
              uint32(s.message.bytes.length),
              uint32(s.field),
              Uint8Array.of(MODES.indexOf(s.mode), s.index),
              s.message.bytes,
              s.trailing,
            ]),
          );
          const outcomes: string[] = await scanner.getFunction('fieldAll').staticCall(inputs);
          samples.forEach((s, i) => {
            const result = outcome(outcomes[i]!);
            const wrong = mismatch(s, result);
            if (wrong) {
              const what = s.mode === 'repeated' ? `repeated #${s.index}` : s.mode;
              throw new Error(
                `${what} of ${s.field}: ${describeInput(s.message.bytes, s.message.kinds)}: ${wrong}`,
              );
            }
            count(`${s.mode} ${result.ok ? 'accepted' : 'refused'}`);
          });
        },
      ),
      { numRuns: RUNS },
    );
    for (const label of [
      'head found',
      'head not found',
      'head refused',
      'repeated accepted, several',
      'repeated accepted, index read',
      'repeated refused',
      'repeated accepted, a length of three bytes',
      'firstVarint found, protobufjs agrees',
      'firstVarint absent',
      'firstVarint refused',
    ]) {
      expect(seen.get(label), label).toBeGreaterThan(5);
    }
  }, 60_000);
});

describe("WeftInterop's reading of a Fabric view", () => {
  const realisticTime = fc.integer({ min: 1_500_000_000_000, max: 2_500_000_000_000 }).map(String);
  const addressText = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(text(12), text(12), text(20)).map((parts) => parts.join('/')) },
    { weight: 1, arbitrary: text() },
  );

  // Most views are well formed down to their last field, so that each check in turn is reached.
  const level = { alter: 0.1, absentOnceIn: 20 };
  const interopPayload = messageTemplate('common.interop_payload.InteropPayload', {
    ...level,
    values: {
      address: addressText,
      confidential: fc.oneof({ weight: 10, arbitrary: fc.constant(false) }, fc.constant(true)),
      source_time_ms: fc.oneof(
        { weight: 10, arbitrary: realisticTime },
        fc.constant('0'),
        fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String),
      ),
    },
  });
  const response = messageTemplate('protos.Response', {
    ...level,
    given: ['payload'],
    values: {
      status: fc.oneof(
        { weight: 10, arbitrary: fc.constant(200) },
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
      ),
    },
  });
  const chaincodeId = messageTemplate('protos.ChaincodeID', {
    ...level,
    values: { name: fc.oneof({ weight: 3, arbitrary: fc.constant('interop') }, text(), blob) },
  });
  const action = messageTemplate('protos.ChaincodeAction', { ...level, given: ['response', 'chaincode_id'] });
  const proposalResponse = messageTemplate('protos.ProposalResponsePayload', {
    ...level,
    given: ['extension'],
  });

  /** A ProposalResponsePayload around a ChaincodeAction around a Response and an InteropPayload. */
  const view = fc
    .tuple(interopPayload, response, chaincodeId, action, proposalResponse, trailing)
    .map(([payloadOf, responseOf, chaincodeOf, actionOf, prpOf, after]) => {
      const payload = payloadOf({});
      const answer = responseOf({ payload: payload.bytes });
      const chaincode = chaincodeOf({});
      const chaincodeAction = actionOf({ response: answer.bytes, chaincode_id: chaincode.bytes });
      const prp = prpOf({ extension: chaincodeAction.bytes });
      const levels = [payload, answer, chaincode, chaincodeAction, prp];
      return { prp, trailing: after, kinds: levels.flatMap((level) => level.kinds) };
    });

  it('reads what protobufjs decodes, and refuses what protobufjs or its rules refuse', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(view, { minLength: 1, maxLength: BATCH / 2, size: 'max' }), async (views) => {
        const inputs = views.map((v) => concat([uint32(v.prp.bytes.length), v.prp.bytes, v.trailing]));
        const outcomes: string[] = await reader.getFunction('readAll').staticCall(inputs);
        views.forEach((v, i) => {
          const outcome = viewOutcome(outcomes[i]!);
          const wrong = viewMismatch(v.prp.bytes, outcome);
          if (wrong) throw new Error(`${describeInput(v.prp.bytes, v.kinds)}: ${wrong}`);
          count(`view ${outcome.ok ? 'accepted' : reader.interface.parseError(outcome.reason)?.name}`);
        });
      }),
      { numRuns: RUNS },
    );
    for (const outcome of [
      'accepted',
      'MalformedPayload',
      'ChaincodeFailed',
      'ConfidentialNotSupported',
      'MissingSourceTime',
      'InvalidViewAddress',
    ]) {
      expect(seen.get(`view ${outcome}`), outcome).toBeGreaterThan(5);
    }
  }, 60_000);
});

/** A field's place in the whole view: [start, end) from the view's first byte, or undefined when absent. */
type Span = { readonly start: number; readonly end: number } | undefined;

interface ViewReading {
  readonly value: Span;
  readonly address: Span;
  readonly requester: Span;
  readonly nonce: Span;
  readonly network: { readonly start: number; readonly end: number };
  readonly sourceTimeMs: bigint;
  readonly chaincodeName: Uint8Array;
}

type ViewVerdict =
  | { readonly ok: true; readonly reading: ViewReading }
  | { readonly ok: false; readonly error: string };

/** WeftInterop._readFabricView as its documentation states it, over `walk`. */
function readView(prp: Uint8Array): ViewVerdict {
  const malformed: ViewVerdict = { ok: false, error: 'MalformedPayload()' };
  const within = (span: Span) => (span ? prp.subarray(span.start, span.end) : new Uint8Array());
  const level = (span: Span, bytesFields: number[], varintFields: number[] = []) => {
    const walked = walk(within(span), mask(bytesFields), mask(varintFields));
    if (!walked.ok) return undefined;
    const at = (field: number): Span => {
      const recorded = walked.fields.get(field);
      return recorded && 'start' in recorded && span
        ? { start: span.start + recorded.start, end: span.start + recorded.end }
        : undefined;
    };
    const value = (field: number) => {
      const recorded = walked.fields.get(field);
      return recorded && 'value' in recorded ? recorded.value : 0n;
    };
    return { at, value };
  };
  const whole = { start: 0, end: prp.length };
  const payload = level(whole, [2]);
  const action = payload && level(payload.at(2), [3, 4]);
  const chaincode = action && level(action.at(4), [2]);
  const response = chaincode && action && level(action.at(3), [3], [1]);
  if (!response || !chaincode || !action) return malformed;
  const status = BigInt.asIntN(32, response.value(1));
  if (status !== 200n) return { ok: false, error: `ChaincodeFailed(${status})` };
  const interop = level(response.at(3), [1, 2, 4, 5], [3, 6]);
  if (!interop) return malformed;
  if (interop.value(3) !== 0n) return { ok: false, error: 'ConfidentialNotSupported()' };
  if (interop.value(6) === 0n) return { ok: false, error: 'MissingSourceTime()' };
  const address = interop.at(2);
  const text = within(address);
  const first = text.indexOf(0x2f);
  const second = first < 0 ? -1 : text.indexOf(0x2f, first + 1);
  if (!address || second < 0 || second === first + 1) return { ok: false, error: 'InvalidViewAddress()' };
  return {
    ok: true,
    reading: {
      value: interop.at(1),
      address,
      requester: interop.at(4),
      nonce: interop.at(5),
      network: { start: address.start + first + 1, end: address.start + second },
      sourceTimeMs: interop.value(6),
      chaincodeName: within(chaincode.at(2)),
    },
  };
}

/** The contract's revert as `Name(args)`. */
function errorText(reason: string): string {
  const parsed = reader.interface.parseError(reason);
  return parsed ? `${parsed.name}(${parsed.args.join(', ')})` : `unknown revert ${reason}`;
}

const utf8 = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/** What the SDK's decoding reads of a view's messages. */
interface TypedAction {
  readonly chaincode_id: { readonly name: string } | null;
  readonly response: { readonly status: number; readonly payload: Uint8Array };
}
interface TypedInterop {
  readonly payload: Uint8Array;
  readonly address: string;
  readonly requestor_certificate: string;
  readonly nonce: string;
  readonly source_time_ms: { toString(): string };
}

const decodeAs = <T>(type: string, bytes: Uint8Array) => messageType(type).decode(bytes) as unknown as T;

/** Why the contract's reading of a view is wrong, or undefined. */
function viewMismatch(prp: Uint8Array, outcome: ReturnType<typeof viewOutcome>) {
  const expected = readView(prp);
  if (!outcome.ok) {
    const got = errorText(outcome.reason);
    if (expected.ok) return `refused with ${got}; the rules accept it`;
    return got === expected.error ? undefined : `refused with ${got}; the rules: ${expected.error}`;
  }
  if (!expected.ok) return `accepted; the rules refuse it with ${expected.error}`;
  const r = expected.reading;
  const v = outcome.fabricView;
  const base = outcome.base;
  const pairs: Array<[string, Span, string, string]> = [
    ['value', r.value, 'valueStart', 'valueEnd'],
    ['address', r.address, 'addressStart', 'addressEnd'],
    ['requester', r.requester, 'requesterStart', 'requesterEnd'],
    ['nonce', r.nonce, 'nonceStart', 'nonceEnd'],
    ['network', r.network, 'networkStart', 'networkEnd'],
  ];
  for (const [name, span, startKey, endKey] of pairs) {
    const [start, end] = span ? [base + BigInt(span.start), base + BigInt(span.end)] : [0n, 0n];
    if (v[startKey] !== start || v[endKey] !== end) {
      return `${name}: [${v[startKey]}, ${v[endKey]}), the rules: [${start}, ${end})`;
    }
  }
  if (v.sourceTimeMs !== r.sourceTimeMs) return `source time ${v.sourceTimeMs}, the rules: ${r.sourceTimeMs}`;
  if (v.chaincodeHash !== (toBigInt(keccak256(r.chaincodeName)) >> 96n) << 96n) return 'chaincode name hash';

  // protobufjs's reading, one level at a time with strings as bytes (what the contract compares)...
  const bytesOf = (span: Span) => (span ? prp.subarray(span.start, span.end) : new Uint8Array());
  let flat: { name: Uint8Array; status: number; interop: Record<string, unknown> };
  try {
    const decode = (type: string, bytes: Uint8Array) => {
      const t = flatType(type);
      return t.toObject(t.decode(bytes), { defaults: true, longs: String });
    };
    const action = decode('protos.ChaincodeAction', decode('protos.ProposalResponsePayload', prp).extension);
    const response = decode('protos.Response', action.response);
    flat = {
      name: decode('protos.ChaincodeID', action.chaincode_id).name,
      status: response.status,
      interop: decode('common.interop_payload.InteropPayload', response.payload),
    };
  } catch (error) {
    return `accepted; protobufjs refuses it: ${(error as Error).message}`;
  }
  const same = (a: Uint8Array, b: unknown) => Buffer.from(a).equals(Buffer.from(b as Uint8Array));
  if (!same(r.chaincodeName, flat.name)) return 'protobufjs reads another chaincode name';
  if (flat.status !== 200) return `protobufjs reads status ${flat.status}`;
  if (flat.interop.confidential !== false) return 'protobufjs reads a confidential payload';
  if (BigInt(flat.interop.source_time_ms as string) !== r.sourceTimeMs)
    return 'protobufjs reads another time';
  for (const [name, span] of [
    ['payload', r.value],
    ['address', r.address],
    ['requestor_certificate', r.requester],
    ['nonce', r.nonce],
  ] as const) {
    if (!same(bytesOf(span), flat.interop[name])) return `protobufjs reads another ${name}`;
  }
  // ... and as the SDK reads it, strings as UTF-8: the same, unless a string is no UTF-8, which only
  // protobufjs checks (the contract compares bytes).
  try {
    const { extension } = decodeAs<{ extension: Uint8Array }>('protos.ProposalResponsePayload', prp);
    const action = decodeAs<TypedAction>('protos.ChaincodeAction', extension);
    const interop = decodeAs<TypedInterop>('common.interop_payload.InteropPayload', action.response.payload);
    const typed = [
      [action.chaincode_id?.name ?? '', utf8(r.chaincodeName)],
      [action.response.status, 200],
      [interop.address, utf8(bytesOf(r.address))],
      [interop.requestor_certificate, utf8(bytesOf(r.requester))],
      [interop.nonce, utf8(bytesOf(r.nonce))],
      [hexlify(Uint8Array.from(interop.payload)), hexlify(bytesOf(r.value))],
      [BigInt(interop.source_time_ms.toString()), r.sourceTimeMs],
    ];
    const differs = typed.findIndex(([a, b]) => a !== b);
    if (differs >= 0) return `protobufjs reads ${typed[differs]![0]}, the contract ${typed[differs]![1]}`;
  } catch (error) {
    if (!(error instanceof TypeError && /utf-8/.test(error.message))) {
      return `accepted; protobufjs refuses it: ${(error as Error).message}`;
    }
    count('view accepted, a string no UTF-8');
  }
  return undefined;
}
