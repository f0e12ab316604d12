/**
 * Events of a real Fabric network applied on a real EVM network (event-carried state transfer): the Fabric
 * sample application emits every write through the outbox, the source's interop chaincode answers EventQuery
 * for a subscription of an EVM account (its lower-case address as requester, a secp256k1 signature), and the
 * EVM interop contract verifies each event against the endorsers `weft up` recorded, takes it once and in
 * order, and hands its payload to AssetStore, read back and decoded off chain. Every refusal is an
 * attacker's try, refused on chain by code: a replay, a gap, another subscription's nonce, a record of another
 * stream, a stream not opened, another account, a changed payload, too few orgs.
 */
import { randomUUID } from 'node:crypto';
import type { Contract as FabricContract } from '@hyperledger/fabric-gateway';
import { type Contract, Wallet, ZeroAddress } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EvmLocalClient, openEvmClient } from '../../cli/query.js';
import { WeftError } from '../../common/errors.js';
import { cacheDir } from '../../common/paths.js';
import { fabricViewFromEndorsedTransaction } from '../../drivers/fabric/view.js';
import type { RequestSigner } from '../../ledgers/adapter.js';
import { readRemoteAssetEvent } from '../../ledgers/evm/destination.js';
import { type EvmClientIdentity, evmIdentity } from '../../ledgers/evm/identity.js';
import { openStream, streamNext, submitFabricEvent, submitFabricView } from '../../sdk/evm-interop.js';
import { connectGateway, type FabricConnection } from '../../topology/fabric/client.js';
import { submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { down, up } from '../../topology/launcher.js';
import {
  type EvmNetworkState,
  evmNetwork,
  type FabricNetworkState,
  fabricNetwork,
  relayOf,
  type TopologyState,
} from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { evmOrgsOf } from '../../topology/trust.js';
import { printGas } from '../support/gas.js';
import { tempDir } from '../support/temp.js';

const BOTH = ['Org1MSP', 'Org2MSP'];
const prefix = `evm-ev-${randomUUID().slice(0, 8)}`;

let stateDir: string;
let state: TopologyState;
let fabric: FabricNetworkState;
let connection: FabricConnection;
/** The source's interop chaincode and sample application, as a client of its first org. */
let sourceInterop: FabricContract;
let sourceAssets: FabricContract;
/** The destination's interop contract and AssetStore, as the first org's client account (the subscriber). */
let local: EvmLocalClient;
/** The interop contract as the second org's client account: another member, not the subscriber. */
let other: Contract;
let app: string;
/** The stream of the sample application's writes, through the source's relay. */
let stream: string;

/** EVM requesters: an account's lower-case address and its signature of address ‖ nonce. */
let subscriber: RequestSigner;
let stranger: RequestSigner;

const requesterOf = (network: EvmNetworkState, i: number): RequestSigner => {
  const org = evmOrgsOf(network)[i]!;
  const identity: EvmClientIdentity = { kind: 'evm', org: org.name, privateKey: org.client.privateKey };
  return evmIdentity.signer(identity);
};

beforeAll(async () => {
  stateDir = await tempDir('evm-events');
  state = await up(
    parseTopology(
      `networks:
  - { id: fabric-a, type: fabric, orgs: [Org1, Org2] }
  - { id: evm-e, type: evm, chainId: 41301 }
`,
      'test',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
  fabric = fabricNetwork(state, 'fabric-a');
  connection = await connectGateway(fabric.orgs[0]!);
  const channel = connection.gateway.getNetwork(fabric.channel);
  sourceInterop = channel.getContract('interop');
  sourceAssets = channel.getContract('assets');
  const evm = evmNetwork(state, 'evm-e');
  local = await openEvmClient(state, 'evm-e');
  app = await local.assets.getAddress();
  const secondKey = evmOrgsOf(evm)[1]!.client.privateKey;
  other = local.interop.connect(new Wallet(secondKey, local.interop.runner!.provider)) as Contract;
  subscriber = requesterOf(evm, 0);
  stranger = requesterOf(evm, 1);
  stream = `127.0.0.1:${relayOf(state, 'fabric-a').relayPort}/fabric-a/${fabric.channel}:assets:EventAt:AssetPut`;
}, 240_000);

afterAll(async () => {
  local?.close();
  connection?.close();
  if (state) await down({ stateDir });
}, 60_000);

/** The endorsed answer of the source's interop chaincode to `fn` for `requester`, as a Fabric view. */
async function endorsed(
  fn: 'EventQuery' | 'Query',
  address: string,
  nonce: string,
  args: readonly string[],
  { orgs = BOTH, requester = subscriber } = {},
): Promise<Uint8Array> {
  // Who asks: the requesting network, the requester, its signature; EventQuery takes them after the sequence.
  const auth = ['evm-e', requester.identity, requester.sign(address, nonce)];
  const transaction = await sourceInterop
    .newProposal(fn, {
      arguments:
        fn === 'EventQuery' ? [address, nonce, ...args, ...auth] : [address, nonce, ...auth, ...args],
      endorsingOrganizations: orgs,
    })
    .endorse();
  return fabricViewFromEndorsedTransaction(transaction.getBytes());
}

/** The view of event `sequence` of `stream` for subscription `nonce`. */
const eventView = (sequence: bigint, nonce: string, options: Parameters<typeof endorsed>[4] = {}) =>
  endorsed('EventQuery', stream, nonce, [String(sequence)], options);

const eventCount = async () =>
  BigInt(Buffer.from(await sourceAssets.evaluateTransaction('EventCount', 'AssetPut')).toString());

const put = (key: string, value: string) => submitOnEveryPeer(fabric, sourceAssets, 'Put', key, value);

/** Submits an event view to the interop contract as `as` (the subscriber unless said), for AssetStore. */
const submit = (view: Uint8Array, as: Contract = local.interop) => submitFabricEvent(as, view, app);

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

const codeOf = async (promise: Promise<unknown>) => (await refusal(promise)).code;

describe('Fabric events on an EVM destination', () => {
  it('applies 24 writes as 24 events in commit order, each verified once, and AssetStore keeps them', async () => {
    const keys = Array.from({ length: 24 }, (_, i) => `${prefix}-${i}`);
    const before = await eventCount();
    // Eight writers at a time: blind writes to the outbox never conflict.
    for (let i = 0; i < keys.length; i += 8) {
      await Promise.all(keys.slice(i, i + 8).map((key) => put(key, `value of ${key}`)));
    }
    expect(await eventCount()).toBe(before + 24n);
    const nonce = `sub-${randomUUID()}`;
    const from = before + 1n;
    await openStream(local.interop, stream, nonce, from);
    expect(await streamNext(local.interop, stream, nonce)).toBe(from);
    const gas: bigint[] = [];
    const sizes: number[] = [];
    for (let sequence = from; sequence < from + 24n; sequence++) {
      const submitted = await submit(await eventView(sequence, nonce));
      expect(submitted.record).toMatchObject({
        sequence,
        stream: `${fabric.channel}:assets:EventAt:AssetPut`,
        name: 'AssetPut',
      });
      gas.push(submitted.gasUsed);
      sizes.push(submitted.record.payload.length);
    }
    expect(await streamNext(local.interop, stream, nonce)).toBe(from + 24n);
    expect(await local.assets.getFunction('latestRemoteEvent')(stream)).toBe(from + 23n);
    const applied = new Map<string, string>();
    for (let sequence = from; sequence < from + 24n; sequence++) {
      const asset = await readRemoteAssetEvent(local.assets, stream, sequence);
      applied.set(asset.key, asset.value);
    }
    expect([...applied.keys()].sort()).toEqual([...keys].sort());
    for (const [key, value] of applied) expect(value).toBe(`value of ${key}`);
    // AssetStore's storage of the payload dominates: each new 32-byte word of it costs 22,100 gas.
    for (const [label, i] of [
      ['first', 0],
      ['last', 23],
    ] as const) {
      printGas(
        `fabric event, 2 endorsements, AssetStore keeps its ${sizes[i]}-byte payload (${label})`,
        gas[i]!,
      );
    }
  }, 240_000);

  it('costs about what a Fabric view costs: gas of both, with and without the application', async () => {
    const key = `${prefix}-gas`;
    await put(key, `value of ${key}`);
    const sequence = await eventCount();
    const address = `127.0.0.1:${relayOf(state, 'fabric-a').relayPort}/fabric-a/${fabric.channel}:assets:Get:${key}`;
    const viewGas = async (to: string) =>
      (await submitFabricView(local.interop, await endorsed('Query', address, randomUUID(), ['false']), to))
        .gasUsed;
    const eventGas = async (to: string) => {
      const nonce = `sub-${randomUUID()}`;
      await openStream(local.interop, stream, nonce, sequence);
      return (await submitFabricEvent(local.interop, await eventView(sequence, nonce), to)).gasUsed;
    };
    printGas('fabric view, 2 endorsements, AssetStore keeps its value', await viewGas(app));
    printGas('fabric event, 2 endorsements, AssetStore keeps its payload', await eventGas(app));
    printGas('fabric view, 2 endorsements, no app', await viewGas(ZeroAddress));
    printGas('fabric event, 2 endorsements, no app', await eventGas(ZeroAddress));
  }, 120_000);

  it('refuses a replay, a gap, another subscription, another stream, a stream not opened and another account', async () => {
    await put(`${prefix}-order`, 'v');
    const last = await eventCount();
    const nonce = `sub-${randomUUID()}`;
    await openStream(local.interop, stream, nonce, last - 1n);
    // A subscription's stream is opened once, whatever relay its address names.
    const elsewhere = stream.replace(/^127\.0\.0\.1:\d+/, 'relay.elsewhere.test:9080');
    expect(await refusal(openStream(local.interop, elsewhere, nonce, 1n))).toEqual({
      code: 'REQUEST_INVALID',
      error: 'StreamAlreadyOpen',
    });
    expect(await streamNext(local.interop, elsewhere, nonce)).toBe(last - 1n);
    expect(await codeOf(submit(await eventView(last, nonce)))).toBe('EVENT_GAP');
    const first = await eventView(last - 1n, nonce);
    await submit(first);
    expect(await codeOf(submit(first))).toBe('EVENT_REPLAYED');

    // The subscriber's view under the nonce of another account's subscription of the same stream.
    const theirs = `sub-${randomUUID()}`;
    await openStream(other, stream, theirs, last - 1n);
    expect(await codeOf(submit(await eventView(last, theirs)))).toBe('ACCESS_DENIED');
    // A subscription this destination never opened.
    const unopened = `sub-${randomUUID()}`;
    expect(await codeOf(submit(await eventView(last, unopened)))).toBe('STREAM_NOT_OPEN');
    // A plain view of one event (Query of EventAt with its sequence and no run length), submitted as an
    // event of a stream opened at its address: endorsed, but its record is not of that stream (it names none).
    const single = `${stream}:${last}:`;
    await openStream(local.interop, single, nonce, last);
    const plain = await endorsed('Query', single, nonce, ['false']);
    expect(await codeOf(submit(plain))).toBe('EVENT_STREAM_MISMATCH');

    // Another account: submitting the subscriber's event, or its own view of the subscriber's stream.
    const next = await eventView(last, nonce);
    expect(await refusal(submit(next, other))).toEqual({ code: 'VIEW_INVALID', error: 'WrongRequester' });
    const strangers = await eventView(last, nonce, { requester: stranger });
    expect(await codeOf(submit(strangers, other))).toBe('ACCESS_DENIED');
    // The refusals took nothing: the honest next event is still the stream's next.
    expect((await submit(next)).record.sequence).toBe(last);
    expect(await streamNext(local.interop, stream, nonce)).toBe(last + 1n);
    expect(await streamNext(local.interop, stream, unopened)).toBeUndefined();
    // The other account's subscription, behind: it brings an event again, and AssetStore's latest stays.
    await submit(await eventView(last - 1n, theirs, { requester: stranger }), other);
    expect(await local.assets.getFunction('latestRemoteEvent')(stream)).toBe(last);
  }, 180_000);

  it('refuses a changed payload and too few endorsing orgs', async () => {
    await put(`${prefix}-forged`, 'the true value');
    const sequence = await eventCount();
    const nonce = `sub-${randomUUID()}`;
    await openStream(local.interop, stream, nonce, sequence);
    const honest = await eventView(sequence, nonce);
    // Every endorser's copy of the payload changed alike: the contract reads one, the endorsements sign it.
    const tampered = Buffer.from(honest);
    const truth = Buffer.from('the true value');
    for (let at = tampered.indexOf(truth); at >= 0; at = tampered.indexOf(truth, at + 1)) {
      tampered.write('the fake value', at);
    }
    expect(await refusal(submit(tampered))).toEqual({ code: 'VIEW_INVALID', error: 'BadSignature' });
    const oneOrg = await eventView(sequence, nonce, { orgs: ['Org1MSP'] });
    expect(await refusal(submit(oneOrg))).toEqual({ code: 'VIEW_INVALID', error: 'PolicyNotSatisfied' });
    await submit(honest);
    expect(await readRemoteAssetEvent(local.assets, stream, sequence)).toEqual({
      key: `${prefix}-forged`,
      value: 'the true value',
    });
  }, 120_000);
});
