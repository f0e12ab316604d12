/**
 * Relays that crash and come back while requests are in flight, on two real Fabric networks: a client's
 * own relay killed before it acknowledged 100 requests, and the remote relay away for 30 s and for 45 s.
 * Every request completes, within seconds of the relay's return; the figures are printed as `restart:`
 * lines.
 */
import { createPrivateKey, randomBytes, randomUUID, sign } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, type LocalClient, openLocalClient } from '../../cli/query.js';
import { sampleAddress, writeSample } from '../../cli/smoke.js';
import { waitFor } from '../../common/wait.js';
import { requestSigningBytes } from '../../proofs/requester.js';
import type { VerifiedView, WeftClient } from '../../sdk/client.js';
import { down } from '../../topology/launcher.js';
import { allocatePorts } from '../../topology/ports.js';
import { type ProcessRecord, stopProcess } from '../../topology/process.js';
import { fabricNetwork, relayOf, type TopologyState } from '../../topology/state.js';
import { clientConstructor, unary } from '../../transport/grpc.js';
import { channelArgs } from '../../transport/tls.js';
import { closedAt, logEvents, servingAt, signal, spread, startService } from '../support/services.js';
import { upTwoFabricNetworks } from '../support/two-networks.js';

let stateDir: string;
let state: TopologyState;
let a: LocalClient;
const clients: LocalClient[] = [];
/** Processes this file started itself: stopped by PID at the end. */
const started: ProcessRecord[] = [];
/** The live relay or driver of each network (`a/relay`), as the tests kill and restart them. */
const live = new Map<string, ProcessRecord>();

async function putOnB(value: string): Promise<string> {
  const key = `asset-${randomUUID()}`;
  const b = fabricNetwork(state, 'b');
  await writeSample(b, key, value);
  return expandAddress(state, sampleAddress(b, key));
}

let restarts = 0;
/** Starts a network's relay or driver again from a configuration file in its folder, as its operator would. */
async function restart(network: string, role: 'relay' | 'driver', file = `${role}.json`) {
  const dir = relayOf(state, network).dir;
  restarts++;
  const record = await startService(
    `${network}/${role}-${restarts}`,
    role,
    join(dir, file),
    join(dir, `${role}-${restarts}.log`),
  );
  started.push(record);
  return record;
}

const readLog = async (record: ProcessRecord) => logEvents(await readFile(record.logFile, 'utf8'));

interface Outcome {
  readonly view: VerifiedView;
  /** Epoch ms when the verified view was in the client's hands. */
  readonly at: number;
}
const timed = (client: WeftClient, address: string): Promise<Outcome> =>
  client.requestView(address).then((view) => ({ view, at: Date.now() }));

const values = (outcomes: readonly Outcome[]) => outcomes.map((o) => Buffer.from(o.view.value).toString());

/** How many events of a kind a service logged for `address`, or for each of the request ids. */
const countFor = (events: ReadonlyArray<Record<string, unknown>>, event: string, address: string) =>
  events.filter((e) => e.event === event && e.address === address).length;

beforeAll(async () => {
  const topology = await upTwoFabricNetworks('restarts');
  ({ stateDir, state } = topology);
  for (const [key, record] of topology.services) live.set(key, record);
  a = await openLocalClient(state, 'a');
  clients.push(a);
}, 240_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all(started.map((p) => stopProcess(p)));
  await down({ stateDir });
}, 60_000);

describe("a client's own relay", () => {
  it('keeps a request asked for again under its id once, and refuses another request under that id', async () => {
    const address = await putOnB('asked for twice');
    const relay = relayOf(state, 'a');
    const { credentials, args } = channelArgs({
      address: `127.0.0.1:${relay.clientPort}`,
      serverName: relay.serverName,
      ca: await readFile(relay.caFile),
      serverRole: 'relay',
      maxMessageBytes: 4 * 1024 * 1024,
    });
    const Network = clientConstructor('networks.networks.Network');
    const network = new Network(`127.0.0.1:${relay.clientPort}`, credentials, args);
    try {
      const org = fabricNetwork(state, 'a').orgs[0]!;
      const nonce = randomBytes(16).toString('hex');
      const key = createPrivateKey(await readFile(org.client.keyFile, 'utf8'));
      const query = {
        policy: ['Org1MSP', 'Org2MSP'],
        address,
        requesting_network: 'a',
        certificate: await readFile(org.client.certFile, 'utf8'),
        requestor_signature: sign('sha256', requestSigningBytes(address, nonce), key).toString('base64'),
        nonce,
        requesting_org: org.mspId,
        request_id: randomUUID(),
      };
      type Ack = { status: number; request_id: string };
      // Twice at once (the second while the first is being stored), then once more later.
      const acks = await Promise.all([
        unary<Ack>(network, 'RequestState', query, 5_000),
        unary<Ack>(network, 'RequestState', query, 5_000),
      ]);
      acks.push(await unary<Ack>(network, 'RequestState', query, 5_000));
      expect(acks.map((ack) => [ack.status, ack.request_id])).toEqual(
        Array.from({ length: 3 }, () => [0, query.request_id]),
      );
      const other = await unary(network, 'RequestState', { ...query, nonce: 'another nonce' }, 5_000).then(
        () => undefined,
        (error: grpc.ServiceError) => error,
      );
      expect(other?.details).toContain('[REQUEST_INVALID]');
      const final = await waitFor(
        async () => {
          const s = await unary<{ status: number; view?: { data: Buffer } }>(
            network,
            'GetState',
            { request_id: query.request_id },
            5_000,
          );
          return s.status === 3 ? s : undefined;
        },
        { what: 'the request completed', timeoutMs: 15_000, intervalMs: 50 },
      );
      expect(final.view?.data.length).toBeGreaterThan(0);
      // Stored once, forwarded once.
      const events = await readLog(live.get('a/relay')!);
      expect(countFor(events, 'requested', address)).toBe(1);
      expect(countFor(events, 'forwarded', address)).toBe(1);
    } finally {
      network.close();
    }
  });

  it('killed (SIGKILL) with 100 requests not yet acknowledged: all complete once it is back', async () => {
    for (const round of ['paused', 'busy'] as const) {
      const address = await putOnB(`rides out its relay (${round})`);
      await a.client.requestView(address); // connections open, as in steady use
      const relay = live.get('a/relay')!;
      // `paused`: the asks reach the relay's sockets and stay unread, so none is acknowledged.
      // `busy`: killed as it acknowledges the first ones, the others stored or not.
      if (round === 'paused') await signal(relay, 'SIGSTOP');
      const pending = Array.from({ length: 100 }, () => timed(a.client, address));
      for (const p of pending) p.catch(() => {});
      if (round === 'paused') await sleep(500);
      else {
        await waitFor(
          // Past the warm-up request's own line.
          async () => (countFor(await readLog(relay), 'requested', address) >= 2 ? true : undefined),
          { what: 'the first ack', timeoutMs: 10_000, intervalMs: 5 },
        );
      }
      await signal(relay, 'SIGKILL');
      const killedAt = await closedAt(relayOf(state, 'a').clientPort);
      const back = await restart('a', 'relay');
      live.set('a/relay', back);
      const servedAt = await servingAt(relayOf(state, 'a').clientPort);
      const outcomes = await Promise.all(pending);

      expect(values(outcomes)).toEqual(Array(100).fill(`rides out its relay (${round})`));
      const ids = outcomes.map((o) => o.view.requestId);
      expect(new Set(ids).size).toBe(100);
      // Each request stored once over both lives of the relay, whichever side of the kill it reached.
      const before = (await readLog(relay)).filter(
        (e) => e.event === 'requested' && ids.includes(`${e.requestId}`),
      );
      const after = (await readLog(back)).filter(
        (e) => e.event === 'requested' && ids.includes(`${e.requestId}`),
      );
      const stored = new Map<string, number>();
      for (const e of [...before, ...after])
        stored.set(`${e.requestId}`, (stored.get(`${e.requestId}`) ?? 0) + 1);
      expect([...stored.values()].every((n) => n === 1)).toBe(true);
      if (round === 'paused') expect(before).toHaveLength(0);
      // When the restarted relay acknowledged each request, and when its view was verified.
      const acked = spread(
        outcomes.map((o) => Math.round(o.at - (o.view.timings.verifiedMs - o.view.timings.ackMs) - servedAt)),
      );
      const done = spread(outcomes.map((o) => o.at - servedAt));
      console.log(
        `restart: local relay SIGKILLed (${round}) having acknowledged ${before.length} of 100 requests, serving again ${servedAt - killedAt} ms later: 100/100 completed; after it served: acknowledged p50 ${acked.p50} ms, max ${acked.max} ms; verified p50 ${done.p50} ms, max ${done.max} ms`,
      );
    }
  }, 120_000);
});

/**
 * A second relay path between the same two networks (a relay of a, a relay of b and b's driver, from copies
 * of their configuration files), so that the 30 s and the 45 s outages run side by side.
 */
async function secondPath() {
  const [aClient, aRelay, bClient, bRelay, driverPort] = (await allocatePorts(5)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const dirA = relayOf(state, 'a').dir;
  const dirB = relayOf(state, 'b').dir;
  const json = async (file: string) => JSON.parse(await readFile(file, 'utf8'));
  const relayA = await json(join(dirA, 'relay.json'));
  const relayB = await json(join(dirB, 'relay.json'));
  const driver = await json(join(dirB, 'driver.json'));
  const at = (port: number) => `127.0.0.1:${port}`;
  const peer = (p: { networkId: string }, port: number) => ({ ...p, address: at(port) });
  await writeFile(
    join(dirA, 'relay-2.json'),
    JSON.stringify({
      ...relayA,
      clientPort: aClient,
      relayPort: aRelay,
      storeDir: join(dirA, 'store-2'),
      peers: relayA.peers.map((p: { networkId: string }) => peer(p, bRelay)),
    }),
  );
  await writeFile(
    join(dirB, 'relay-2.json'),
    JSON.stringify({
      ...relayB,
      clientPort: bClient,
      relayPort: bRelay,
      storeDir: join(dirB, 'store-2'),
      peers: relayB.peers.map((p: { networkId: string }) => peer(p, aRelay)),
      driver: { ...relayB.driver, address: at(driverPort) },
    }),
  );
  await writeFile(
    join(dirB, 'driver-2.json'),
    JSON.stringify({ ...driver, port: driverPort, relay: { ...driver.relay, address: at(bRelay) } }),
  );
  live.set('a/relay-2', await restart('a', 'relay', 'relay-2.json'));
  live.set('b/relay-2', await restart('b', 'relay', 'relay-2.json'));
  live.set('b/driver-2', await restart('b', 'driver', 'driver-2.json'));
  await Promise.all([aClient, aRelay, bRelay, driverPort].map((port) => servingAt(port)));
  const client = await openLocalClient(state, 'a', { relayPort: aClient });
  clients.push(client);
  return { client: client.client, bRelayPort: bRelay };
}

interface Outage {
  readonly client: WeftClient;
  readonly relay: string;
  readonly driver: string;
  readonly relayFile: string;
  readonly relayPort: number;
  readonly outageMs: number;
}

/**
 * b's relay killed with 10 requests stored (its driver paused, so they wait there; resumed, it answers
 * into the void) and 10 more asked for while it is away; restarted after `outageMs`. Returns each
 * request's completion after b's relay port served again.
 */
async function outage(o: Outage) {
  const address = await putOnB(`rides out ${o.outageMs} ms without b's relay`);
  await o.client.requestView(address);
  const driver = live.get(o.driver)!;
  await signal(driver, 'SIGSTOP');
  const stored = Array.from({ length: 10 }, () => timed(o.client, address));
  for (const p of stored) p.catch(() => {});
  const relay = live.get(o.relay)!;
  await waitFor(async () => (countFor(await readLog(relay), 'received', address) >= 11 ? true : undefined), {
    what: `10 requests stored at ${o.relay}`,
    timeoutMs: 10_000,
    intervalMs: 20,
  });
  await signal(relay, 'SIGKILL');
  const killedAt = await closedAt(o.relayPort);
  await signal(driver, 'SIGCONT');
  const unacknowledged = Array.from({ length: 10 }, () => timed(o.client, address));
  for (const p of unacknowledged) p.catch(() => {});
  await sleep(killedAt + o.outageMs - Date.now());
  const back = await restart('b', 'relay', o.relayFile);
  live.set(o.relay, back);
  const servedAt = await servingAt(o.relayPort);
  const outcomes = await Promise.all([...stored, ...unacknowledged]);
  expect(values(outcomes)).toEqual(Array(20).fill(`rides out ${o.outageMs} ms without b's relay`));
  const startedLine = (await readLog(back)).find((e) => e.event === 'started');
  expect(startedLine).toMatchObject({ resumed: 10 });
  return { away: servedAt - killedAt, delays: outcomes.map((x) => x.at - servedAt) };
}

describe('the remote relay killed (SIGKILL) with 20 requests in flight', () => {
  it('back after 30 s or after 45 s: every request completes within 3 s of its return', async () => {
    const path2 = await secondPath();
    const results = await Promise.all([
      outage({
        client: a.client,
        relay: 'b/relay',
        driver: 'b/driver',
        relayFile: 'relay.json',
        relayPort: relayOf(state, 'b').relayPort,
        outageMs: 30_000,
      }),
      outage({
        client: path2.client,
        relay: 'b/relay-2',
        driver: 'b/driver-2',
        relayFile: 'relay-2.json',
        relayPort: path2.bRelayPort,
        outageMs: 45_000,
      }),
    ]);
    for (const { away, delays } of results) {
      const { p50, max } = spread(delays);
      console.log(
        `restart: remote relay away ${(away / 1000).toFixed(1)} s: 20/20 completed, p50 ${p50} ms, max ${max} ms after its port served again`,
      );
      expect(max).toBeLessThan(3_000);
    }
  }, 150_000);
});
