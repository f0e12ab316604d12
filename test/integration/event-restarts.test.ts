/**
 * A subscription rides out crashes: while b writes 70 assets, each an event that a client of a verifies and
 * applies on a's ledger as it comes, b's relay, then b's driver, then a's relay are killed with SIGKILL and
 * started again from their configuration files; last, b's Fabric nodes (both peers and the orderer, at once)
 * are killed and started again as the topology started them. b's writer retries a failed write until it is
 * committed, so a write whose answer the crash lost may be committed twice: b's outbox is the ground truth.
 * Every event of it arrives, in order, once; a's ledger takes each once and refuses it again.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, type LocalClient, openLocalClient } from '../../cli/query.js';
import { writeSample } from '../../cli/smoke.js';
import { describeError } from '../../common/errors.js';
import { gatewayRefusal } from '../../common/gateway-error.js';
import { waitFor } from '../../common/wait.js';
import { uint64, weft } from '../../protos/index.js';
import type { VerifiedEvent } from '../../sdk/events.js';
import { connectGateway } from '../../topology/fabric/client.js';
import { down, restartProcesses } from '../../topology/launcher.js';
import { type ProcessRecord, stopProcess } from '../../topology/process.js';
import {
  type FabricNetworkState,
  fabricNetwork,
  readState,
  relayOf,
  type TopologyState,
} from '../../topology/state.js';
import { closedAt, signal, startService } from '../support/services.js';
import { upTwoFabricNetworks } from '../support/two-networks.js';

let stateDir: string;
let state: TopologyState;
let a: LocalClient;
/** Processes this file started itself: stopped by PID at the end. */
const started: ProcessRecord[] = [];
const live = new Map<string, ProcessRecord>();

beforeAll(async () => {
  const topology = await upTwoFabricNetworks('event-restarts');
  ({ stateDir, state } = topology);
  for (const [key, record] of topology.services) live.set(key, record);
  a = await openLocalClient(state, 'a');
}, 240_000);

afterAll(async () => {
  a?.close();
  await Promise.all(started.map((p) => stopProcess(p)));
  await down({ stateDir });
}, 60_000);

let restarts = 0;
/** Kills a relay or driver with SIGKILL and starts it again from its configuration file, as an operator would. */
async function crash(network: string, role: 'relay' | 'driver'): Promise<void> {
  const name = `${network}/${role}`;
  await signal(live.get(name)!, 'SIGKILL');
  const dir = relayOf(state, network).dir;
  restarts++;
  const record = await startService(
    `${name}-${restarts}`,
    role,
    join(dir, `${role}.json`),
    join(dir, `${role}-${restarts}.log`),
  );
  started.push(record);
  live.set(name, record);
}

/**
 * Kills b's peers and orderer with SIGKILL, all at once: no node of b is left to endorse, order, answer the
 * driver's Gateway or b's writer, and when they are back the peers must find each other again. Started
 * again as `up` started them (the state records their new PIDs, so `down` stops them).
 */
async function crashNodes(network: FabricNetworkState): Promise<void> {
  const nodes = (await readState(stateDir))!.processes.filter(
    (p) => p.network === network.id && (p.role === 'peer' || p.role === 'orderer'),
  );
  expect(nodes.map((p) => p.role).sort()).toEqual(['orderer', 'peer', 'peer']);
  await Promise.all(nodes.map((p) => signal(p, 'SIGKILL')));
  // The new nodes bind the same ports: wait until the killed ones' last threads have let them go.
  const { orderers, orgs } = network;
  const ports = orderers.flatMap((o) => [o.port, o.adminPort, o.opsPort]);
  for (const { peer } of orgs) ports.push(peer.port, peer.chaincodePort, peer.opsPort);
  await Promise.all(ports.map((port) => closedAt(port)));
  await restartProcesses({ stateDir, names: nodes.map((p) => p.name) });
}

/** The events of b's `AssetPut` outbox from `from` on, as b's first peer holds them: what b committed. */
async function committedEvents(network: FabricNetworkState, from: bigint) {
  const connection = await connectGateway(network.orgs[0]!);
  try {
    const assets = connection.gateway.getNetwork(network.channel).getContract('assets');
    const count = BigInt(Buffer.from(await assets.evaluateTransaction('EventCount', 'AssetPut')).toString());
    const sequences = Array.from({ length: Number(count - from + 1n) }, (_, i) => from + BigInt(i));
    return await Promise.all(
      sequences.map(async (sequence) => {
        const record = weft.events.EventRecord.decode(
          await assets.evaluateTransaction('EventAt', 'AssetPut', String(sequence), ''),
        );
        return { sequence: uint64(record.sequence), txId: record.tx_id, ...assetOf(record.payload) };
      }),
    );
  } finally {
    connection.close();
  }
}

const assetOf = (payload: Uint8Array): { key: string; value: string } =>
  JSON.parse(Buffer.from(payload).toString());

describe('a subscription across crashes', () => {
  it("loses no event and applies none twice when b's relay, driver and nodes and a's relay are killed", async () => {
    const b = fabricNetwork(state, 'b');
    const subscription = await a.client.subscribe(
      expandAddress(state, `b/${b.channel}:assets:EventAt:AssetPut`),
    );
    await a.interop.submitTransaction(
      'OpenStream',
      subscription.address,
      subscription.nonce,
      String(subscription.from),
    );
    const total = 70;
    const prefix = `crash-${randomUUID().slice(0, 8)}`;
    const failedWrites: string[] = [];
    let written = 0;
    // The last part is written once a has every earlier event, and b's nodes crash among its writes.
    const lastPart = 50;
    let startLastPart = () => {};
    const lastPartStarted = new Promise<void>((resolve) => {
      startLastPart = resolve;
    });
    const writer = (async () => {
      for (let i = 0; i < total; i++) {
        if (i === lastPart) await lastPartStarted;
        // While b's nodes are down a write fails: tried again until it is committed, for as long as a
        // restart may take.
        const deadline = Date.now() + 120_000;
        for (;;) {
          try {
            await writeSample(b, `${prefix}-${i}`, `value ${i}`);
            written++;
            break;
          } catch (error) {
            failedWrites.push(`${prefix}-${i}: ${describeError(error)}`);
            if (Date.now() > deadline) throw error;
            await sleep(200);
          }
        }
        await sleep(30);
      }
    })();
    const received: VerifiedEvent[] = [];
    let applied = 0;
    const consumer = (async () => {
      for await (const event of subscription) {
        received.push(event);
        await a.assets.submitTransaction(
          'ApplyEvent',
          Buffer.from(event.proof).toString('base64'),
          event.address,
          event.nonce,
        );
        applied++;
      }
    })();
    const eventsReceived = (n: number) =>
      waitFor(async () => (received.length >= n ? true : undefined), {
        what: `${n} events`,
        timeoutMs: 60_000,
        intervalMs: 20,
      });
    await eventsReceived(10);
    await crash('b', 'relay');
    await eventsReceived(25);
    await crash('b', 'driver');
    await eventsReceived(40);
    await crash('a', 'relay');
    // Once a has caught up, b's driver proves each event of the last part as it is committed: the crash
    // breaks its Gateway connection and event stream in use.
    await eventsReceived(lastPart);
    startLastPart();
    await waitFor(async () => (written >= lastPart + 3 ? true : undefined), {
      what: `${lastPart + 3} writes`,
      timeoutMs: 60_000,
      intervalMs: 20,
    });
    // Every earlier write is committed; this one is under way, or next.
    const inDoubt = `${prefix}-${written}`;
    const nodesDown = Date.now();
    await crashNodes(b);
    const nodesBack = Date.now();
    await waitFor(async () => received.some((e) => assetOf(e.record.payload).key === inDoubt) || undefined, {
      what: `the event of ${inDoubt}`,
      timeoutMs: 60_000,
      intervalMs: 20,
    });
    const flowing = Date.now();
    await writer;

    // What b committed, from its ledger: a write retried after its commit was lost shows twice.
    const committed = await committedEvents(b, subscription.from);
    expect(new Set(committed.map((e) => e.key))).toEqual(
      new Set(Array.from({ length: total }, (_, i) => `${prefix}-${i}`)),
    );
    for (const e of committed) expect(e.value).toBe(`value ${e.key.slice(prefix.length + 1)}`);
    await waitFor(async () => (applied >= committed.length ? true : undefined), {
      what: `${committed.length} events applied`,
      timeoutMs: 60_000,
      intervalMs: 20,
    });
    await subscription.close();
    await consumer;
    expect(
      received.map((e) => ({
        sequence: e.sequence,
        txId: e.record.txId,
        ...assetOf(e.record.payload),
      })),
    ).toEqual(committed);
    expect(received.map((e) => e.sequence)).toEqual(
      Array.from({ length: committed.length }, (_, i) => subscription.from + BigInt(i)),
    );
    expect(failedWrites.length, 'no write failed while b was down').toBeGreaterThan(0);
    console.info(
      `node restart: b's nodes killed and serving again in ${nodesBack - nodesDown} ms, the event of the ` +
        `write under way at a ${flowing - nodesBack} ms later; ${failedWrites.length} writes failed, ` +
        `${committed.length - total} committed twice`,
    );

    // a's ledger took each once: its stream stands after the last, it refuses any again, and it holds b's
    // last write.
    const stream = JSON.parse(
      Buffer.from(
        await a.interop.evaluateTransaction('GetStream', subscription.address, subscription.nonce),
      ).toString(),
    );
    expect(stream).toEqual({ next: String(subscription.from + BigInt(committed.length)) });
    for (const event of [received[0]!, received[received.length - 1]!]) {
      const again = a.assets.submitTransaction(
        'ApplyEvent',
        Buffer.from(event.proof).toString('base64'),
        event.address,
        event.nonce,
      );
      expect(
        await again.then(
          () => 'applied',
          (error: unknown) => gatewayRefusal(error)?.code,
        ),
      ).toBe('EVENT_REPLAYED');
    }
    const last = committed[committed.length - 1]!;
    expect(last).toMatchObject({ key: `${prefix}-${total - 1}`, value: `value ${total - 1}` });
    expect(Buffer.from(await a.assets.evaluateTransaction('GetRemoteAsset', 'b', last.key)).toString()).toBe(
      last.value,
    );
  }, 300_000);
});
