/**
 * Runs of events on an EVM destination: a view whose value is `EventRecords` (consecutive records of one
 * stream, endorsed once) is submitted once per event, and WeftInterop takes from it the record at the
 * stream's next sequence, announces that record alone and hands its payload to AssetStore. Fabric views are
 * built and endorsed here as Fabric peers endorse them (real cryptogen identities, registered on the
 * contract), on a real anvil node; an EVM source's attested run goes through submitEvmEvent alike. Every
 * refusal is on chain, by code: a replay, a gap, a run not consecutive or of two streams, a run too long, a
 * record changed after endorsement.
 */
import { randomUUID } from 'node:crypto';
import { Contract, getBytes, hexlify, randomBytes, Wallet, ZeroAddress } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WeftError } from '../../common/errors.js';
import { type EvmStatement, signAttestation } from '../../ledgers/evm/attestation.js';
import { readRemoteAssetEvent } from '../../ledgers/evm/destination.js';
import {
  decodeEventRun,
  type EventRecord,
  encodeEventRecord,
  encodeEventRun,
  MAX_RUN,
  nextOfRun,
} from '../../proofs/events.js';
import { msp } from '../../protos/index.js';
import {
  openStream,
  registerEvmNetwork,
  registerFabricNetwork,
  type SubmittedEvent,
  setPolicy,
  streamNext,
  submitEvmEvent,
  submitFabricEvent,
} from '../../sdk/evm-interop.js';
import { startAnvil, type TestAnvil } from '../support/anvil.js';
import {
  type Endorser,
  endorse,
  fabricView,
  generateOrgs,
  responsePayload,
} from '../support/fabric-views.js';
import { calldataGas, printGas } from '../support/gas.js';
import { concat, key, varint, WIRE } from '../support/protobuf-wire.js';

const FABRIC = 'fabric-a';
const EVM = 'evm-s';
const EVM_CHAIN_ID = 1337n;
const TEXT = 'mychannel:assets:EventAt:AssetPut';
const STREAM = `127.0.0.1:9080/${FABRIC}/${TEXT}`;
const OTHER_TEXT = 'mychannel:assets:EventAt:AssetDeleted';
/** weft.events.EventRecords.records. */
const RUN_FIELD = 16;

let anvil: TestAnvil;
let orgs: Endorser[];
/** WeftInterop as its owner, and as the subscriber (account 1). */
let owner: Contract;
let interop: Contract;
let subscriber: string;
let app: string;
let assets: Contract;
const attestors = [Wallet.createRandom(), Wallet.createRandom()];

const identity = (endorser: Endorser) =>
  msp.SerializedIdentity.encode(
    msp.SerializedIdentity.create({ mspid: endorser.mspId, id_bytes: Buffer.from(endorser.certificate) }),
  ).finish();

beforeAll(async () => {
  const [node, generated] = await Promise.all([
    startAnvil(),
    generateOrgs('runs.weft.test', ['Org1', 'Org2']),
  ]);
  anvil = node;
  orgs = [generated.Org1!, generated.Org2!];
  const deployed = await anvil.deploy('WeftInterop');
  const store = await anvil.deploy('AssetStore', [deployed.address]);
  owner = new Contract(deployed.address, deployed.abi as never[], anvil.signer(0));
  interop = new Contract(deployed.address, deployed.abi as never[], anvil.signer(1));
  assets = new Contract(store.address, store.abi as never[], anvil.provider);
  app = store.address;
  subscriber = anvil.wallets[1]!.address.toLowerCase();
  await registerFabricNetwork(owner, {
    networkId: FABRIC,
    interopChaincode: 'interop',
    orgs: { Org1MSP: [identity(orgs[0]!)], Org2MSP: [identity(orgs[1]!)] },
  });
  await setPolicy(owner, FABRIC, 2, ['Org1MSP', 'Org2MSP']);
  await registerEvmNetwork(owner, {
    networkId: EVM,
    chainId: EVM_CHAIN_ID,
    orgs: { OrgA: [attestors[0]!.address], OrgB: [attestors[1]!.address] },
  });
}, 120_000);

afterAll(async () => {
  await anvil?.stop();
});

let writes = 0;

/** Event `sequence` of stream `text`: a write of the Fabric sample application (payload 40 bytes or so). */
function record(sequence: bigint, text = TEXT): EventRecord {
  const n = ++writes;
  return {
    stream: text,
    sequence,
    name: 'AssetPut',
    payload: Buffer.from(JSON.stringify({ key: `run-key-${n}`, value: `value ${n}` })),
    txId: hexlify(randomBytes(32)).slice(2),
    blockNumber: 0n,
    sourceTimeMs: Date.now(),
  };
}

const records = (from: bigint, count: number, text = TEXT) =>
  Array.from({ length: count }, (_, i) => record(from + BigInt(i), text));

/** EventRecords of `run` as proofs/events.ts encodes it, and checked as the TypeScript side reads it. */
function encodeRun(run: readonly EventRecord[]): Uint8Array {
  const bytes = encodeEventRun(run);
  // The tag of field 16 leads: the contract tells a run from a record by it.
  expect([...bytes.subarray(0, 2)]).toEqual([0x82, 0x01]);
  return bytes;
}

/** A Fabric view of `value` for subscription `nonce` of STREAM, endorsed by both orgs, for the subscriber. */
function eventView(nonce: string, value: Uint8Array): Uint8Array {
  const signed = responsePayload({ address: STREAM, nonce, requesterCertificate: subscriber, value });
  return fabricView(orgs.map((org) => endorse(signed, org)));
}

/** A new subscription of STREAM from `from`, opened by the subscriber. */
async function subscribe(from: bigint): Promise<string> {
  const nonce = `sub-${randomUUID()}`;
  await openStream(interop, STREAM, nonce, from);
  return nonce;
}

const submit = (view: Uint8Array, to = app) => submitFabricEvent(interop, view, to);

/** The WeftError's code, and the contract error and its arguments, of a refused submission. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WeftError) {
      return { code: error.code, error: error.context.error, args: error.context.args };
    }
    throw error;
  }
  throw new Error('accepted, expected a refusal');
}

/** The record the receipt's EventVerified announces. */
function announced(submitted: SubmittedEvent): string {
  for (const log of submitted.receipt.logs) {
    const parsed = interop.interface.parseLog(log);
    if (parsed?.name === 'EventVerified') return parsed.args.record as string;
  }
  throw new Error('no EventVerified');
}

describe('a run of events on an EVM destination', () => {
  it('takes a run of 16, endorsed once, one record per submission in order; AssetStore keeps each payload', async () => {
    const from = 1000n;
    // A single record first: AssetStore then holds the stream's latest sequence, which each later event
    // rewrites, so that the gas figures below compare alike.
    const nonce = await subscribe(from - 1n);
    await submit(eventView(nonce, encodeEventRecord(record(from - 1n))));
    const run = records(from, 16);
    const value = encodeRun(run);
    const view = eventView(nonce, value);
    const gas: bigint[] = [];
    for (const [i, expected] of run.entries()) {
      // The record the TypeScript side takes next (proofs/events.ts nextOfRun) is the one the contract takes.
      const next = { stream: TEXT, next: from + BigInt(i) };
      expect(nextOfRun(decodeEventRun(value), next)).toMatchObject({
        valid: true,
        record: { sequence: next.next },
      });
      const submitted = await submit(view);
      // The record taken, returned and announced alone: its own bytes, not the run's.
      expect(hexlify(encodeEventRecord(submitted.record))).toBe(hexlify(encodeEventRecord(expected)));
      expect(announced(submitted)).toBe(hexlify(encodeEventRecord(expected)));
      expect(await streamNext(interop, STREAM, nonce)).toBe(from + BigInt(i) + 1n);
      gas.push(submitted.gasUsed);
    }
    for (const [i, expected] of run.entries()) {
      const asset = JSON.parse(Buffer.from(expected.payload).toString()) as { key: string; value: string };
      expect(await readRemoteAssetEvent(assets, STREAM, from + BigInt(i))).toEqual(asset);
    }
    expect(await assets.getFunction('latestRemoteEvent')(STREAM)).toBe(from + 15n);
    // A 17th time: every record is behind the stream.
    const behind = nextOfRun(decodeEventRun(value), { stream: TEXT, next: from + 16n });
    expect(behind).toMatchObject({ valid: false, failure: 'EVENT_REPLAYED' });
    expect(await refusal(submit(view))).toEqual({
      code: 'EVENT_REPLAYED',
      error: 'EventReplayed',
      args: [String(from + 16n), String(from + 15n)],
    });
    const single = await submit(eventView(nonce, encodeEventRecord(record(from + 16n))));
    const label = (what: string) => `fabric event, ${what}, 2 endorsements, AssetStore keeps its payload`;
    printGas(label('single record'), single.gasUsed);
    printGas(label('record 1 of a run of 16'), gas[0]!);
    printGas(label('record 16 of a run of 16'), gas[15]!);
  }, 120_000);

  it('costs, without the application: a single record, the first and the last of a run of 16 and of 64', async () => {
    /** Its gas, and what its call data and its execution cost of it (every submission sends the whole run). */
    const report = async (label: string, submitted: SubmittedEvent) => {
      const tx = await anvil.provider.getTransaction(submitted.receipt.hash);
      const { bytes, intrinsic, floor, execution } = calldataGas(tx!.data, submitted.gasUsed);
      printGas(label, submitted.gasUsed);
      const spent = execution === undefined ? `the floor, ${floor}` : `${intrinsic} + execution ${execution}`;
      console.log(`  ${bytes} bytes of call data: ${spent}`);
    };
    const single = await subscribe(1n);
    await report(
      'fabric event, single record, 2 endorsements, no app',
      await submit(eventView(single, encodeEventRecord(record(1n))), ZeroAddress),
    );
    for (const size of [16, 64]) {
      const nonce = await subscribe(1n);
      const view = eventView(nonce, encodeRun(records(1n, size)));
      for (let i = 1; i <= size; i++) {
        const submitted = await submit(view, ZeroAddress);
        if (i === 1 || i === size) {
          await report(`fabric event, record ${i} of a run of ${size}, 2 endorsements, no app`, submitted);
        }
      }
    }
  }, 240_000);

  it('refuses a run that starts after the next sequence (a gap), and takes it once the stream is there', async () => {
    const nonce = await subscribe(5n);
    const later = records(6n, 4);
    const view = eventView(nonce, encodeRun(later));
    expect(await refusal(submit(view))).toEqual({
      code: 'EVENT_GAP',
      error: 'EventGap',
      args: ['5', '6'],
    });
    await submit(eventView(nonce, encodeEventRecord(record(5n))));
    expect((await submit(view)).record.sequence).toBe(6n);
  });

  it('refuses a run whose records are not consecutive where it is read, or of another stream', async () => {
    // Runs no TypeScript side takes (decodeEventRun refuses every one of them whole), endorsed nonetheless. The
    // contract reads of a run the records that decide a submission: it takes a record that is at the stream's
    // next sequence and of its stream, and refuses the submission the defect decides.
    const holes = [record(10n), record(11n), record(13n)];
    expect(() => decodeEventRun(encodeRun(holes))).toThrow(/consecutive/);
    // [10, 11, 13]: 10 and 11 are taken; at 12, the record at 12's place is 13.
    const nonce = await subscribe(10n);
    const holed = eventView(nonce, encodeRun(holes));
    await submit(holed);
    await submit(holed);
    expect(await refusal(submit(holed))).toMatchObject({ code: 'EVENT_INVALID', error: 'EventRunInvalid' });
    // [20, 25] with the stream at 22, past the run's end: its last record is not behind the stream.
    const ahead = eventView(await subscribe(22n), encodeRun([record(20n), record(25n)]));
    expect(await refusal(submit(ahead))).toMatchObject({ code: 'EVENT_INVALID', error: 'EventRunInvalid' });
    // [30, 31, 30]: a record again where 32 would be.
    const again = await subscribe(30n);
    const repeated = eventView(again, encodeRun([record(30n), record(31n), record(30n)]));
    await submit(repeated);
    await submit(repeated);
    expect(await refusal(submit(repeated))).toMatchObject({
      code: 'EVENT_INVALID',
      error: 'EventRunInvalid',
    });

    // Two streams: the record taken is checked against the stream's view text, wherever it stands.
    const mixed = await subscribe(40n);
    const twoStreams = eventView(mixed, encodeRun([record(40n), record(41n, OTHER_TEXT), record(42n)]));
    await submit(twoStreams);
    expect(await refusal(submit(twoStreams))).toMatchObject({
      code: 'EVENT_STREAM_MISMATCH',
      error: 'EventStreamMismatch',
    });
    expect(await streamNext(interop, STREAM, mixed)).toBe(41n);
    // A run of another stream: refused as such, whether the stream is inside it, before it or past it.
    for (const from of [50n, 49n, 54n]) {
      const view = eventView(await subscribe(from), encodeRun(records(50n, 4, OTHER_TEXT)));
      expect((await refusal(submit(view))).error).toBe('EventStreamMismatch');
    }
  });

  it('refuses a run of more than MAX_RUN (64) records, and takes one of 64', async () => {
    const nonce = await subscribe(1n);
    const long = eventView(nonce, encodeRun(records(1n, MAX_RUN + 1)));
    expect(await refusal(submit(long, ZeroAddress))).toMatchObject({
      code: 'EVENT_INVALID',
      error: 'EventRunInvalid',
    });
    const full = eventView(nonce, encodeRun(records(1n, MAX_RUN)));
    expect((await submit(full, ZeroAddress)).record.sequence).toBe(1n);
  });

  it('refuses a run with a record changed after endorsement, and a malformed run', async () => {
    const nonce = await subscribe(1n);
    const run = records(1n, 4);
    const honest = eventView(nonce, encodeRun(run));
    // Every endorser's copy of the third record's payload changed alike: the endorsements sign the original.
    const tampered = Buffer.from(honest);
    const truth = Buffer.from(run[2]!.payload);
    const fake = Buffer.from(truth.toString().replace('value', 'vaLue'));
    for (let at = tampered.indexOf(truth); at >= 0; at = tampered.indexOf(truth, at + 1))
      fake.copy(tampered, at);
    expect(tampered.equals(Buffer.from(honest))).toBe(false);
    expect(await refusal(submit(tampered))).toMatchObject({ code: 'VIEW_INVALID', error: 'BadSignature' });
    // The honest view still takes its records.
    expect((await submit(honest)).record.sequence).toBe(1n);
    // A run whose second record runs past its end: endorsed, and refused by the walk.
    const first = encodeEventRecord(run[0]!);
    const cut = concat([
      key(RUN_FIELD, WIRE.LEN),
      varint(BigInt(first.length)),
      first,
      key(RUN_FIELD, WIRE.LEN),
      varint(200n),
      encodeEventRecord(run[1]!).subarray(0, 20),
    ]);
    const malformed = eventView(await subscribe(1n), cut);
    expect(await refusal(submit(malformed))).toMatchObject({
      code: 'VIEW_INVALID',
      error: 'MalformedPayload',
    });
  });

  it('takes a single record as before', async () => {
    const nonce = await subscribe(7n);
    const one = record(7n);
    const submitted = await submit(eventView(nonce, encodeEventRecord(one)));
    expect(submitted.record.sequence).toBe(7n);
    expect(announced(submitted)).toBe(hexlify(encodeEventRecord(one)));
    expect(await refusal(submit(eventView(nonce, encodeEventRecord(one))))).toMatchObject({
      code: 'EVENT_REPLAYED',
      args: ['8', '7'],
    });
  });

  it("takes an EVM source's attested run alike (submitEvmEvent)", async () => {
    const target = hexlify(randomBytes(20));
    const text = `${target}:log:0x${'ab'.repeat(32)}`;
    const address = `127.0.0.1:9081/${EVM}/${text}`;
    const nonce = `sub-${randomUUID()}`;
    await openStream(interop, address, nonce, 3n);
    const run = records(3n, 3, text);
    const statement: EvmStatement = {
      networkId: EVM,
      chainId: EVM_CHAIN_ID,
      blockNumber: 77n,
      blockHash: hexlify(randomBytes(32)),
      blockTimestamp: BigInt(Math.floor(Date.now() / 1000)),
      viewAddress: address,
      target,
      kind: 'log',
      callData: getBytes(`0x${'00'.repeat(64)}`),
      result: encodeRun(run),
      nonce,
      requester: subscriber,
    };
    const signatures = attestors.map((wallet) => signAttestation(statement, wallet.privateKey));
    for (const expected of run) {
      const submitted = await submitEvmEvent(interop, statement, signatures, app);
      expect(submitted.record.sequence).toBe(expected.sequence);
      expect(announced(submitted)).toBe(hexlify(encodeEventRecord(expected)));
    }
    expect((await refusal(submitEvmEvent(interop, statement, signatures, app))).error).toBe('EventReplayed');
  });
});
