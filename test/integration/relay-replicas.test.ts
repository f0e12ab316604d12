/**
 * Two replicas of one network's relay, active-active on one PostgreSQL database (a topology with
 * `relays: { store: postgres }`; the replicas started from copies of a's relay configuration, each with a
 * name of its own and a 1.5 s lease). b's relay knows both of a's relay ports (failover), and the clients of
 * a are split between the replicas, each configured with the other as its failover.
 *
 * - 100 requests in flight across both, one replica SIGKILLed at a random moment: the survivor finishes
 *   them all, with verified views, none lost and none twice (one row per request in each relay's
 *   database, completed once, delivered once); the failover time is measured from the kill to the first
 *   view completed, after it, of a request asked of the killed replica.
 * - a replica SIGKILLed while it holds 20 requests no answer can reach yet (b's relay paused): the other
 *   claims every one once the lease lapses and completes them;
 * - the database stopped and started again while 100 requests are in flight: every one completes.
 *
 * Figures are printed as `replicas:` lines.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { expandAddress, type LocalClient, openLocalClient } from '../../cli/query.js';
import { sampleAddress, writeSample } from '../../cli/smoke.js';
import type { RelayConfigFile } from '../../relay/config.js';
import type { RequestRecord } from '../../relay/records.js';
import type { VerifiedView, WeftClient } from '../../sdk/client.js';
import { openPool } from '../../store/postgres.js';
import { down, restartProcesses } from '../../topology/launcher.js';
import { allocatePorts } from '../../topology/ports.js';
import { isRunning, type ProcessRecord, stopProcess } from '../../topology/process.js';
import { fabricNetwork, readState, relayOf, type TopologyState } from '../../topology/state.js';
import { closedAt, logEvents, servingAt, signal, spread, startService } from '../support/services.js';
import { upTwoFabricNetworks } from '../support/two-networks.js';

const LEASE_MS = 1_500;

let stateDir: string;
let state: TopologyState;
let services: Map<string, ProcessRecord>;
/** Processes this file started itself: stopped by PID at the end. */
const started: ProcessRecord[] = [];
const clients: LocalClient[] = [];
const pools: pg.Pool[] = [];
/** a's two replicas: their client and relay ports, their process. */
const replicas: Array<{
  name: string;
  clientPort: number;
  relayPort: number;
  file: string;
  live: ProcessRecord;
}> = [];
/** b's relay, knowing both replicas. */
let bRelay: ProcessRecord;
let viaOne: WeftClient;
let viaTwo: WeftClient;
let databaseOf: { a: pg.Pool; b: pg.Pool };

const json = async <T>(file: string) => JSON.parse(await readFile(file, 'utf8')) as T;
const at = (port: number) => `127.0.0.1:${port}`;

async function startReplica(i: number): Promise<ProcessRecord> {
  const replica = replicas[i]!;
  const dir = relayOf(state, 'a').dir;
  const record = await startService(
    `a/${replica.name}`,
    'relay',
    replica.file,
    join(dir, `${replica.name}-${started.length}.log`),
  );
  started.push(record);
  replica.live = record;
  await servingAt(replica.clientPort);
  return record;
}

/** A client of a that asks replica `first` while it answers, the other then. */
async function clientOf(first: number, then: number): Promise<WeftClient> {
  const client = await openLocalClient(state, 'a', {
    relayPort: replicas[first]!.clientPort,
    failoverPorts: [replicas[then]!.clientPort],
  });
  clients.push(client);
  return client.client;
}

beforeAll(async () => {
  const topology = await upTwoFabricNetworks('relay-replicas', '{ store: postgres }');
  ({ stateDir, state, services } = topology);
  const dirA = relayOf(state, 'a').dir;
  const dirB = relayOf(state, 'b').dir;
  const relayA = await json<RelayConfigFile>(join(dirA, 'relay.json'));
  const relayB = await json<RelayConfigFile>(join(dirB, 'relay.json'));
  databaseOf = {
    a: openPool(relayA.database!.url, { max: 2 }),
    b: openPool(relayB.database!.url, { max: 2 }),
  };
  pools.push(databaseOf.a, databaseOf.b);
  // The topology's relays of a and b give way to a's two replicas and a b that knows both.
  await signal(services.get('a/relay')!, 'SIGKILL');
  await signal(services.get('b/relay')!, 'SIGKILL');
  const ports = await allocatePorts(4);
  for (const [i, name] of ['replica-one', 'replica-two'].entries()) {
    const file = join(dirA, `${name}.json`);
    const { operations: _, ...rest } = relayA;
    const config: RelayConfigFile = {
      ...rest,
      clientPort: ports[2 * i]!,
      relayPort: ports[2 * i + 1]!,
      database: { ...relayA.database!, replica: name, leaseMs: LEASE_MS },
    };
    await writeFile(file, JSON.stringify(config));
    replicas.push({
      name,
      clientPort: config.clientPort,
      relayPort: config.relayPort,
      file,
      live: undefined!,
    });
  }
  const bFile = join(dirB, 'relay-replicas.json');
  await writeFile(
    bFile,
    JSON.stringify({
      ...relayB,
      peers: relayB.peers!.map((p) =>
        p.networkId === 'a'
          ? { ...p, address: at(replicas[0]!.relayPort), failover: [at(replicas[1]!.relayPort)] }
          : p,
      ),
    }),
  );
  bRelay = await startService('b/relay-replicas', 'relay', bFile, join(dirB, 'relay-replicas.log'));
  started.push(bRelay);
  await servingAt(relayOf(state, 'b').clientPort);
  await Promise.all([startReplica(0), startReplica(1)]);
  viaOne = await clientOf(0, 1);
  viaTwo = await clientOf(1, 0);
}, 300_000);

afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.all(pools.map((pool) => pool.end()));
  await Promise.all(started.map((p) => stopProcess(p)));
  if (stateDir) await down({ stateDir });
}, 60_000);

interface Outcome {
  readonly view: VerifiedView;
  readonly at: number;
  readonly via: 'one' | 'two';
}

async function sampleAt(value: string): Promise<string> {
  const b = fabricNetwork(state, 'b');
  const key = `replicas-${Date.now()}`;
  await writeSample(b, key, value);
  return expandAddress(state, sampleAddress(b, key));
}

/** 100 requests, alternately through each replica; `during` runs once they are on their way. */
async function hundred(address: string, during: () => Promise<void>) {
  await Promise.all([viaOne.requestView(address), viaTwo.requestView(address)]); // connections open
  const calls = Array.from({ length: 100 }, (_, i) => {
    const via = i % 2 === 0 ? 'one' : 'two';
    return (via === 'one' ? viaOne : viaTwo)
      .requestView(address)
      .then((view): Outcome => ({ view, at: Date.now(), via }));
  });
  for (const call of calls) call.catch(() => {});
  await during();
  return Promise.all(calls);
}

/** The rows of `ids` in a relay's requests store, by id. */
async function rowsOf(pool: pg.Pool, prefix: string, ids: readonly string[]) {
  const { rows } = await pool.query<{ key: string; record: RequestRecord }>(
    "select key, record from weft_records where store = 'requests' and key = any($1::text[])",
    [ids.map((id) => `${prefix}${id}`)],
  );
  return rows;
}

/**
 * Each request one row at a (completed once) and one at b (delivered once), within 5 s: a state the
 * database missed while it was down is written again once it is back.
 */
async function expectOnce(outcomes: readonly Outcome[]) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      return await once(outcomes);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(250);
    }
  }
}

async function once(outcomes: readonly Outcome[]) {
  const ids = outcomes.map((o) => o.view.requestId);
  expect(new Set(ids).size).toBe(outcomes.length);
  expect(new Set(outcomes.map((o) => o.view.nonce)).size).toBe(outcomes.length);
  const once = (record: RequestRecord, status: string) =>
    record.status === status && (record.history ?? []).filter((h) => h.status === status).length === 1;
  const a = await rowsOf(databaseOf.a, 'out/', ids);
  expect(a).toHaveLength(ids.length);
  expect(a.filter((r) => !once(r.record, 'COMPLETED')).map((r) => r.key)).toEqual([]);
  const b = await rowsOf(databaseOf.b, 'in/a/', ids);
  expect(b).toHaveLength(ids.length);
  expect(b.filter((r) => !once(r.record, 'DELIVERED')).map((r) => r.key)).toEqual([]);
}

describe('two replicas of a relay on one PostgreSQL database', () => {
  it('finish every request when one is SIGKILLed at a random moment: 0 lost, 0 twice', async () => {
    let killedAt = 0;
    try {
      const value = 'served by whichever replica is left';
      const address = await sampleAt(value);
      const outcomes = await hundred(address, async () => {
        await sleep(50 + Math.floor(Math.random() * 400));
        await signal(replicas[0]!.live, 'SIGKILL');
        killedAt = await closedAt(replicas[0]!.clientPort);
      });
      expect(outcomes.map((o) => Buffer.from(o.view.value).toString())).toEqual(Array(100).fill(value));
      await expectOnce(outcomes);
      // The killed replica's own clients' requests not finished at the kill: the survivor finished them.
      const afterKill = outcomes.filter((o) => o.at > killedAt);
      const failover = Math.min(...afterKill.filter((o) => o.via === 'one').map((o) => o.at)) - killedAt;
      const done = spread(afterKill.map((o) => o.at - killedAt));
      // Taken over once the killed replica's leases lapsed (the rest came back through b's failover).
      const claimed = logEvents(await readFile(replicas[1]!.live.logFile, 'utf8')).filter(
        (e) => e.event === 'claimed',
      ).length;
      console.log(
        `replicas: one of two SIGKILLed with ${afterKill.length} of 100 requests unfinished: 100/100 verified, 0 lost, 0 twice; failover (kill to the first view the survivor completed) ${failover} ms, kill to last ${done.max} ms (lease ${LEASE_MS} ms; ${claimed} claimed by the survivor as it lapsed)`,
      );
      // Within the requests' deadline, and well within: a lease and a little.
      expect(done.max).toBeLessThan(LEASE_MS + 10_000);
    } finally {
      // The next test needs both replicas, whatever this one found.
      if (killedAt > 0) await startReplica(0);
    }
  }, 120_000);

  it('take on what a killed replica held once its lease lapses, and complete it', async () => {
    const value = 'held by a replica that died';
    const address = await sampleAt(value);
    // A client of its own: one that failed over earlier stays with the replica it moved to.
    const toOne = await clientOf(0, 1);
    await toOne.requestView(address); // its connection open, to replica one
    const survivorLog = replicas[1]!.live.logFile;
    const claims = async () =>
      logEvents(await readFile(survivorLog, 'utf8')).filter((e) => e.event === 'claimed').length;
    const claimedBefore = await claims();
    // b's relay paused: the requests stay with replica one, stored and acknowledged, unanswered.
    await signal(bRelay, 'SIGSTOP');
    const calls = Array.from({ length: 20 }, () =>
      toOne.requestView(address).then((view): Outcome => ({ view, at: Date.now(), via: 'one' })),
    );
    for (const call of calls) call.catch(() => {});
    // Resumed whatever happens, for the tests after this one.
    const resumeB = () => {
      if (isRunning(bRelay)) process.kill(bRelay.pid, 'SIGCONT');
    };
    onTestFinished(resumeB);
    const heldByOne = async () => {
      const { rows } = await databaseOf.a.query<{ n: string }>(
        "select count(*) as n from weft_records where store = 'requests' and not final and owner = 'replica-one'",
      );
      return Number(rows[0]!.n);
    };
    await expect.poll(heldByOne, { timeout: 10_000 }).toBe(20);
    await signal(replicas[0]!.live, 'SIGKILL');
    const killedAt = await closedAt(replicas[0]!.clientPort);
    await expect.poll(async () => (await claims()) - claimedBefore, { timeout: LEASE_MS + 5_000 }).toBe(20);
    const claimedAt = Date.now();
    expect(await heldByOne()).toBe(0);
    resumeB();
    const outcomes = await Promise.all(calls);
    expect(outcomes.map((o) => Buffer.from(o.view.value).toString())).toEqual(Array(20).fill(value));
    await expectOnce(outcomes);
    const done = spread(outcomes.map((o) => o.at - claimedAt));
    console.log(
      `replicas: one SIGKILLed holding 20 unanswered requests: 20/20 claimed by the other ${claimedAt - killedAt} ms after the kill (lease ${LEASE_MS} ms), 20/20 verified, p50 ${done.p50} ms, max ${done.max} ms after b's relay resumed`,
    );
    await startReplica(0);
  }, 120_000);

  it('resume every request when the database is stopped and started again mid-load', async () => {
    const value = 'outlives its database restarting';
    const address = await sampleAt(value);
    const server = (await readState(stateDir))!.processes.find((p) => p.name === 'topology/postgres')!;
    let downMs = 0;
    let backAt = 0;
    const outcomes = await hundred(address, async () => {
      await sleep(Math.floor(Math.random() * 300));
      const stoppedAt = Date.now();
      expect(await stopProcess(server)).toBe('stopped');
      await sleep(1_000);
      // Started again as the topology's own process: `down` stops it by its new PID.
      await restartProcesses({ stateDir, names: [server.name] });
      backAt = Date.now();
      downMs = backAt - stoppedAt;
    });
    expect(outcomes.map((o) => Buffer.from(o.view.value).toString())).toEqual(Array(100).fill(value));
    await expectOnce(outcomes);
    const after = spread(outcomes.map((o) => Math.max(0, o.at - backAt)));
    console.log(
      `replicas: PostgreSQL stopped and started again (${downMs} ms) under 100 requests: 100/100 verified, 0 lost, 0 twice; last ${after.max} ms after it was back`,
    );
  }, 120_000);
});
