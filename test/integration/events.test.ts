/**
 * Events across networks through the relays, on real Fabric networks: a client of a subscribes to b's asset
 * stream at a's relay; b's relay has b's driver check the subscription with b's ledger and publish each
 * event, proven committed, which the relays store and forward; the client verifies each event against the
 * trust a records, in order, once, and applies it to a's ledger (event-carried state transfer), where a's
 * interop chaincode verifies it again. A subscription b's access rules deny is refused by name.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, type LocalClient, openLocalClient } from '../../cli/query.js';
import { isWeftError } from '../../common/errors.js';
import { cacheDir } from '../../common/paths.js';
import type { VerifiedEvent } from '../../sdk/events.js';
import { connectGateway, type FabricConnection } from '../../topology/fabric/client.js';
import { submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { down, up } from '../../topology/launcher.js';
import { type FabricNetworkState, fabricNetwork, type TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { tempDir } from '../support/temp.js';

let stateDir: string;
let state: TopologyState;
let b: FabricNetworkState;
let a: LocalClient;
let bAssets: FabricConnection;

beforeAll(async () => {
  stateDir = await tempDir('events-relays');
  state = await up(
    parseTopology(
      'networks: [{ id: a, type: fabric, orgs: [Org1, Org2] }, { id: b, type: fabric, orgs: [Org1, Org2] }]',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
  b = fabricNetwork(state, 'b');
  a = await openLocalClient(state, 'a');
  bAssets = await connectGateway(b.orgs[0]!);
}, 240_000);

afterAll(async () => {
  a?.close();
  bAssets?.close();
  await down({ stateDir });
}, 60_000);

const stream = () => expandAddress(state, `b/${b.channel}:assets:EventAt:AssetPut`);

async function put(key: string, value: string) {
  const assets = bAssets.gateway.getNetwork(b.channel).getContract('assets');
  await submitOnEveryPeer(b, assets, 'Put', key, value);
}

/** The next `n` events of a subscription, or what the iteration failed with. */
async function take(events: AsyncIterable<VerifiedEvent>, n: number): Promise<VerifiedEvent[]> {
  const taken: VerifiedEvent[] = [];
  if (n === 0) return taken;
  for await (const event of events) {
    taken.push(event);
    if (taken.length === n) break;
  }
  return taken;
}

describe("b's events, through the relays, verified and applied on a", () => {
  it('delivers 30 events emitted after the subscription, in order, each verified and applied once', async () => {
    const subscription = await a.client.subscribe(stream());
    expect(subscription.from).toBeGreaterThan(0n);
    const prefix = `ev-${randomUUID().slice(0, 8)}`;
    const iterator = subscription[Symbol.asyncIterator]();
    const writes = (async () => {
      for (let i = 0; i < 30; i++) await put(`${prefix}-${i}`, `value ${i}`);
    })();
    // a's ledger takes the stream from the subscription's first event on.
    await submitOnEveryPeer(
      fabricNetwork(state, 'a'),
      a.interop,
      'OpenStream',
      subscription.address,
      subscription.nonce,
      String(subscription.from),
    );
    const received: VerifiedEvent[] = [];
    while (received.length < 30) {
      const next = await iterator.next();
      if (next.done) break;
      received.push(next.value);
    }
    await writes;
    expect(received.map((e) => e.sequence)).toEqual(
      Array.from({ length: 30 }, (_, i) => subscription.from + BigInt(i)),
    );
    expect(received.map((e) => JSON.parse(Buffer.from(e.record.payload).toString()).key)).toEqual(
      Array.from({ length: 30 }, (_, i) => `${prefix}-${i}`),
    );
    expect(new Set(received.map((e) => e.orgs.length))).toEqual(new Set([2]));
    const aNetwork = fabricNetwork(state, 'a');
    for (const event of received) {
      await submitOnEveryPeer(
        aNetwork,
        a.assets,
        'ApplyEvent',
        Buffer.from(event.proof).toString('base64'),
        event.address,
        event.nonce,
      );
    }
    expect(
      Buffer.from(await a.assets.evaluateTransaction('GetRemoteAsset', 'b', `${prefix}-29`)).toString(),
    ).toBe('value 29');
    await iterator.return?.();
    await subscription.close();
  }, 180_000);

  it('delivers events emitted before the subscription from the sequence asked for', async () => {
    const prefix = `early-${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 3; i++) await put(`${prefix}-${i}`, 'v');
    const assets = bAssets.gateway.getNetwork(b.channel).getContract('assets');
    const count = BigInt(Buffer.from(await assets.evaluateTransaction('EventCount', 'AssetPut')).toString());
    const subscription = await a.client.subscribe(stream(), { fromSequence: count - 2n });
    const received = await take(subscription, 3);
    expect(received.map((e) => JSON.parse(Buffer.from(e.record.payload).toString()).key)).toEqual([
      `${prefix}-0`,
      `${prefix}-1`,
      `${prefix}-2`,
    ]);
    await subscription.close();
  }, 120_000);

  it("refuses a subscription b's access rules deny, with the source's code", async () => {
    // b lets a read its assets' values, no longer their events.
    const admin = await connectGateway(b.orgs[0]!, b.orgs[0]!.admin);
    try {
      const interop = admin.gateway.getNetwork(b.channel).getContract('interop');
      await submitOnEveryPeer(
        b,
        interop,
        'SetAccessControl',
        'a',
        JSON.stringify([{ principal: '*', resource: `${b.channel}:assets:Get:*` }]),
      );
      const error = await a.client.subscribe(stream()).catch((e: unknown) => e);
      expect(isWeftError(error) && error.code).toBe('ACCESS_DENIED');
    } finally {
      admin.close();
    }
  }, 60_000);
});
