/**
 * EVM log events on an EVM destination (EVM -> EVM) on a real anvil: a source AssetStore's AssetPut logs,
 * each made an event of the stream `chainId:store:log:topic0` by statements of kind `log` that test
 * attestors sign by hand (ledgers/evm/log-event.ts), taken by WeftInterop's submitEvmEvent once and in order
 * and handed to the destination's AssetStore, whose kept payload still says the asset's key. Every refusal
 * is an attacker's try, refused on chain with its own custom error: a changed record, a non-member, too few
 * orgs, a replay, a gap, another stream's record, a stream not opened or another account's, another
 * submitter, and a statement of the wrong kind for its entry point.
 */
import { randomUUID } from 'node:crypto';
import {
  AbiCoder,
  Contract,
  getBytes,
  id,
  type TransactionReceipt,
  Wallet,
  ZeroAddress,
  zeroPadValue,
} from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WeftError } from '../../common/errors.js';
import { fetchReceiptProof } from '../../drivers/evm/receipt-proof.js';
import { type EvmStatement, signAttestation } from '../../ledgers/evm/attestation.js';
import { submitEventToEvm } from '../../ledgers/evm/destination.js';
import {
  decodeLogPayload,
  encodeLogPosition,
  logEventRecord,
  logPayload,
} from '../../ledgers/evm/log-event.js';
import { evmMembership } from '../../ledgers/evm/membership.js';
import { type DecodedEvmView, encodeEvmView, verifyDecodedEvmView } from '../../ledgers/evm/proof.js';
import { parseAddress } from '../../proofs/address.js';
import { parsePolicy } from '../../proofs/policy.js';
import {
  openStream,
  registerEvmNetwork,
  setPolicy,
  streamNext,
  submitEvmEvent,
  submitEvmView,
} from '../../sdk/evm-interop.js';
import { startAnvil, type TestAnvil } from '../support/anvil.js';
import { printGas } from '../support/gas.js';

const SOURCE = 'evm-s';
const ORGS = ['OrgA', 'OrgB', 'OrgC'];
const ASSET_PUT = id('AssetPut(string,string,address)');
const coder = AbiCoder.defaultAbiCoder();

const attestors = {
  a: Wallet.createRandom(),
  aSecond: Wallet.createRandom(),
  b: Wallet.createRandom(),
  c: Wallet.createRandom(),
  outsider: Wallet.createRandom(),
};

let anvil: TestAnvil;
/** WeftInterop as the subscriber (account 1), and as another account (2). */
let interop: Contract;
let other: Contract;
/** The destination's AssetStore, which WeftInterop hands the events to. */
let app: string;
let store: Contract;
/** The source's AssetStore (no interop contract), whose puts are the stream's logs. */
let sourceStore: string;
let subscriber: string;
let stranger: string;
/** The stream of the source's AssetPut logs, canonical, and its view text. */
let stream: string;
let streamText: string;

/** One AssetPut of the source, as the chain has it. */
interface SourceLog {
  readonly key: string;
  readonly value: string;
  readonly receipt: TransactionReceipt;
  readonly blockHash: string;
  readonly blockTimestamp: bigint;
}

const puts: SourceLog[] = [];

beforeAll(async () => {
  anvil = await startAnvil();
  const deployed = await anvil.deploy('WeftInterop');
  const destination = await anvil.deploy('AssetStore', [deployed.address]);
  const source = await anvil.deploy('AssetStore', [ZeroAddress]);
  app = destination.address;
  sourceStore = source.address;
  const owner = new Contract(deployed.address, deployed.abi as never[], anvil.signer(0));
  interop = new Contract(deployed.address, deployed.abi as never[], anvil.signer(1));
  other = new Contract(deployed.address, deployed.abi as never[], anvil.signer(2));
  store = new Contract(app, destination.abi as never[], anvil.provider);
  subscriber = anvil.wallets[1]!.address.toLowerCase();
  stranger = anvil.wallets[2]!.address.toLowerCase();
  // The source is this chain too, under another network id: what the contract checks is the same.
  await registerEvmNetwork(owner, {
    networkId: SOURCE,
    chainId: anvil.chainId,
    orgs: {
      OrgA: [attestors.a.address, attestors.aSecond.address],
      OrgB: [attestors.b.address],
      OrgC: [attestors.c.address],
    },
  });
  await setPolicy(owner, SOURCE, 2, ORGS);
  const parsed = parseAddress(`127.0.0.1:9081/${SOURCE}/${anvil.chainId}:${sourceStore}:log:${ASSET_PUT}`);
  stream = parsed.text;
  streamText = parsed.viewText;

  const put = new Contract(sourceStore, source.abi as never[], anvil.signer(0)).getFunction('put');
  for (let i = 1; i <= 8; i++) {
    const key = `asset-${i}`;
    const value = `value of asset ${i}`;
    const receipt = (await (await put(key, value)).wait())!;
    const block = (await anvil.provider.getBlock(receipt.blockNumber))!;
    puts.push({ key, value, receipt, blockHash: block.hash!, blockTimestamp: BigInt(block.timestamp) });
  }
}, 60_000);

afterAll(async () => {
  await anvil?.stop();
});

/** The statement that put `n` (from 1) is event `sequence` of the stream for subscription `nonce`. */
function eventOf(
  n: number,
  sequence: bigint,
  nonce: string,
  { requester = subscriber, text = streamText } = {},
): EvmStatement {
  const { receipt, blockHash, blockTimestamp } = puts[n - 1]!;
  const log = receipt.logs[0]!;
  return {
    networkId: SOURCE,
    chainId: anvil.chainId,
    blockNumber: BigInt(receipt.blockNumber),
    blockHash,
    blockTimestamp,
    viewAddress: stream,
    target: sourceStore,
    kind: 'log',
    callData: encodeLogPosition({ txIndex: receipt.index, logIndex: 0 }),
    result: logEventRecord({
      streamText: text,
      sequence,
      log: { topics: [...log.topics], data: getBytes(log.data) },
      txHash: receipt.hash,
      blockNumber: BigInt(receipt.blockNumber),
      blockTimestamp,
    }),
    nonce,
    requester,
  };
}

const sign = (s: EvmStatement, wallets: readonly { privateKey: string }[] = [attestors.a, attestors.b]) =>
  wallets.map((wallet) => signAttestation(s, wallet.privateKey));

/** A new subscription's stream, opened by `as` (the subscriber unless said) at `from`. */
async function opened(from = 1n, as: Contract = interop): Promise<string> {
  const nonce = `sub-${randomUUID()}`;
  await openStream(as, stream, nonce, from);
  return nonce;
}

/** The code and contract error of a refused submission. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; error: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WeftError) return { code: error.code, error: error.context.error };
    throw error;
  }
  throw new Error('accepted, expected a refusal');
}

describe('EVM log events on an EVM destination', () => {
  it('takes 5 log events in order, verified off chain with their receipt proofs too, and AssetStore keeps each', async () => {
    const nonce = await opened();
    const membership = evmMembership(SOURCE, anvil.chainId, {
      OrgA: [attestors.a.address.toLowerCase(), attestors.aSecond.address.toLowerCase()],
      OrgB: [attestors.b.address.toLowerCase()],
      OrgC: [attestors.c.address.toLowerCase()],
    });
    const expectation = {
      address: parseAddress(stream),
      nonce,
      requester: subscriber,
      policy: parsePolicy('OutOf(2, OrgA, OrgB, OrgC)'),
    };
    const gas: bigint[] = [];
    for (let sequence = 1n; sequence <= 5n; sequence++) {
      const statement = eventOf(Number(sequence), sequence, nonce);
      const receipt = puts[Number(sequence) - 1]!.receipt;
      const proof = await fetchReceiptProof(anvil.provider, { transactionHash: receipt.hash });
      const view: DecodedEvmView = {
        statement,
        attestations: [attestors.a, attestors.c].map((w) => ({
          signer: getBytes(w.address),
          signature: signAttestation(statement, w.privateKey),
        })),
        receiptProof: { header: proof.header, proof: proof.proof },
      };
      // What weft's TypeScript verifiers check, the receipt's Merkle proof with it; the contract checks
      // the attestations alone.
      expect(await verifyDecodedEvmView(view, membership, expectation)).toMatchObject({ valid: true });
      // As `weft subscribe --commit` submits a verified event: the view's bytes, by its source kind.
      const submitted = await submitEventToEvm(interop, { ledger: 'evm', proof: encodeEvmView(view) }, app);
      expect(submitted.record).toMatchObject({ stream: streamText, sequence, name: ASSET_PUT });
      gas.push(submitted.gasUsed);
      expect(await streamNext(interop, stream, nonce)).toBe(sequence + 1n);
    }
    expect(await store.getFunction('latestRemoteEvent')(stream)).toBe(5n);
    const writer = zeroPadValue(anvil.wallets[0]!.address, 32).toLowerCase();
    for (let n = 1; n <= 5; n++) {
      const kept = getBytes(await store.getFunction('getRemoteEvent')(stream, BigInt(n)));
      const log = puts[n - 1]!.receipt.logs[0]!;
      expect(kept).toEqual(logPayload({ topics: [...log.topics], data: getBytes(log.data) }));
      // The key is in the log's data, not only hashed into a topic: the copy says which asset it is.
      const { topics, data } = decodeLogPayload(kept);
      expect(topics).toEqual([ASSET_PUT, writer]);
      expect(coder.decode(['string', 'string'], data).toArray()).toEqual([
        puts[n - 1]!.key,
        puts[n - 1]!.value,
      ]);
    }
    printGas('evm log event, 2 attestations, AssetStore keeps its payload (first)', gas[0]!);
    printGas('evm log event, 2 attestations, AssetStore keeps its payload (fifth)', gas[4]!);
  }, 60_000);

  it('costs: with and without the application, beside an EVM view of the same bytes', async () => {
    // Sequences no other test takes, so AssetStore writes new slots as for a new event of its stream.
    const gasTo = async (to: string, sequence: bigint) => {
      const s = eventOf(6, sequence, await opened(sequence));
      const submitted = await submitEvmEvent(interop, s, sign(s), to);
      return { gas: submitted.gasUsed, bytes: submitted.record.payload.length };
    };
    const withApp = await gasTo(app, 1000n);
    const withoutApp = await gasTo(ZeroAddress, 1001n);
    // The same statement as a call view (kind 0) of another address: freshness, a spent nonce, no stream.
    const event = eventOf(6, 1002n, `view-${randomUUID()}`);
    const asView: EvmStatement = { ...event, kind: 'call', viewAddress: `${stream}:view` };
    const view = await submitEvmView(interop, asView, sign(asView), ZeroAddress);
    printGas(
      `evm log event, 2 attestations, AssetStore keeps its ${withApp.bytes}-byte payload`,
      withApp.gas,
    );
    printGas('evm log event, 2 attestations, no app', withoutApp.gas);
    printGas(`evm view, call, 2 attestations, ${event.result.length}-byte result, no app`, view.gasUsed);
    expect(withApp.gas).toBeGreaterThan(withoutApp.gas);
  });

  it('refuses a changed record, a non-member attestor and too few orgs', async () => {
    const nonce = await opened();
    const honest = eventOf(1, 1n, nonce);
    // The record's payload changed after signing: the signatures recover to other keys.
    const result = Buffer.from(honest.result);
    const at = result.indexOf(Buffer.from('value of asset 1'));
    expect(at).toBeGreaterThan(0);
    result.write('VALUE', at);
    const changed = { ...honest, result: Uint8Array.from(result) };
    expect(await refusal(submitEvmEvent(interop, changed, sign(honest), app))).toEqual({
      code: 'VIEW_INVALID',
      error: 'UnknownAttestor',
    });
    const outsider = await refusal(
      submitEvmEvent(interop, honest, sign(honest, [attestors.a, attestors.outsider]), app),
    );
    expect(outsider).toEqual({ code: 'VIEW_INVALID', error: 'UnknownAttestor' });
    for (const wallets of [[attestors.a], [attestors.a, attestors.aSecond]]) {
      expect(await refusal(submitEvmEvent(interop, honest, sign(honest, wallets), app))).toEqual({
        code: 'VIEW_INVALID',
        error: 'PolicyNotSatisfied',
      });
    }
    // Nothing was taken: the honest event is still the stream's next.
    expect((await submitEvmEvent(interop, honest, sign(honest), app)).record.sequence).toBe(1n);
  });

  it('refuses a replayed sequence, a skipped one and another stream’s record', async () => {
    const nonce = await opened();
    const first = eventOf(1, 1n, nonce);
    await submitEvmEvent(interop, first, sign(first), app);
    expect(await refusal(submitEvmEvent(interop, first, sign(first), app))).toEqual({
      code: 'EVENT_REPLAYED',
      error: 'EventReplayed',
    });
    // The same log, attested again as sequence 1: a lower sequence than the next is a replay whatever
    // its record.
    const again = eventOf(2, 1n, nonce);
    expect((await refusal(submitEvmEvent(interop, again, sign(again), app))).code).toBe('EVENT_REPLAYED');
    const skipped = eventOf(3, 3n, nonce);
    expect(await refusal(submitEvmEvent(interop, skipped, sign(skipped), app))).toEqual({
      code: 'EVENT_GAP',
      error: 'EventGap',
    });
    // Attested for this stream's address, but the record is of another stream (the writer's puts only).
    const writerFilter = zeroPadValue(anvil.wallets[0]!.address, 32).toLowerCase();
    const elsewhere = eventOf(2, 2n, nonce, { text: `${streamText}:${writerFilter}` });
    expect(await refusal(submitEvmEvent(interop, elsewhere, sign(elsewhere), app))).toEqual({
      code: 'EVENT_STREAM_MISMATCH',
      error: 'EventStreamMismatch',
    });
    const next = eventOf(2, 2n, nonce);
    expect((await submitEvmEvent(interop, next, sign(next), app)).record.sequence).toBe(2n);
    expect(await streamNext(interop, stream, nonce)).toBe(3n);
  });

  it('refuses a stream not opened, another account’s stream, and another submitter', async () => {
    const unopened = `sub-${randomUUID()}`;
    const notOpen = eventOf(1, 1n, unopened);
    expect(await refusal(submitEvmEvent(interop, notOpen, sign(notOpen), app))).toEqual({
      code: 'STREAM_NOT_OPEN',
      error: 'StreamNotOpen',
    });
    // The subscriber's event under the nonce of a subscription another account opened.
    const theirs = await opened(1n, other);
    const mine = eventOf(1, 1n, theirs);
    expect(await refusal(submitEvmEvent(interop, mine, sign(mine), app))).toEqual({
      code: 'ACCESS_DENIED',
      error: 'StreamNotOwned',
    });
    // The subscriber's event sent by another account: the requester must be the sender.
    const nonce = await opened();
    const event = eventOf(1, 1n, nonce);
    expect(await refusal(submitEvmEvent(other, event, sign(event), app))).toEqual({
      code: 'VIEW_INVALID',
      error: 'WrongRequester',
    });
    // The other account's own event of its own subscription is taken.
    const own = eventOf(1, 1n, theirs, { requester: stranger });
    expect((await submitEvmEvent(other, own, sign(own), app)).record.sequence).toBe(1n);
    expect(await streamNext(interop, stream, unopened)).toBeUndefined();
  });

  it('refuses a log event sent as a view, and a view sent as an event', async () => {
    const nonce = await opened();
    const event = eventOf(1, 1n, nonce);
    // Attested as a log event (kind 2): not a view, whose nonce would be spent and value delivered.
    expect(await refusal(submitEvmView(interop, event, sign(event), app))).toEqual({
      code: 'VIEW_INVALID',
      error: 'MalformedView',
    });
    // The same bytes attested as a call view (kind 0): not an event, whatever its result says.
    const asCall: EvmStatement = { ...event, kind: 'call' };
    expect(await refusal(submitEvmEvent(interop, asCall, sign(asCall), app))).toEqual({
      code: 'VIEW_INVALID',
      error: 'MalformedView',
    });
    const asStorage: EvmStatement = { ...event, kind: 'storage' };
    expect((await refusal(submitEvmEvent(interop, asStorage, sign(asStorage), app))).error).toBe(
      'MalformedView',
    );
    // The refusals took nothing.
    expect(await streamNext(interop, stream, nonce)).toBe(1n);
    expect((await submitEvmEvent(interop, event, sign(event), app)).record.sequence).toBe(1n);
  });
});
