/**
 * Chaos on the embedded store, on two real Fabric networks: 100 requests in flight from a client of a, and
 * at a random moment a SIGKILL of a's relay (the client's own), of b's relay (the source's) or of b's
 * driver, three rounds each, the killed process started again from its configuration file as an operator
 * (or a supervisor) would. Every request ends in a verified view or a typed error, none is lost (each call
 * settles), and none is completed twice: as the relays' stores show them over both lives of each (their
 * operator APIs), each request id is one request at a's relay, completed once, and one at b's, delivered
 * once; and every view proves a request of its own. The figures are printed as `chaos:` lines.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, type LocalClient, openLocalClient } from '../../cli/query.js';
import { openOperatorApi, type RequestRow } from '../../cli/requests.js';
import { sampleAddress, writeSample } from '../../cli/smoke.js';
import { isErrorCode, WeftError } from '../../common/errors.js';
import { down } from '../../topology/launcher.js';
import { type ProcessRecord, stopProcess } from '../../topology/process.js';
import { fabricNetwork, relayOf, type TopologyState } from '../../topology/state.js';
import { closedAt, servingAt, signal, spread, startService } from '../support/services.js';
import { upTwoFabricNetworks } from '../support/two-networks.js';

const REQUESTS = 100;
const ROUNDS = 3;

let stateDir: string;
let state: TopologyState;
let a: LocalClient;
/** Processes this file started itself: stopped by PID at the end. */
const started: ProcessRecord[] = [];
/** Every life of each service (`a/relay`), the live one last. */
const lives = new Map<string, ProcessRecord[]>();

beforeAll(async () => {
  const topology = await upTwoFabricNetworks('chaos');
  ({ stateDir, state } = topology);
  for (const [key, record] of topology.services) lives.set(key, [record]);
  a = await openLocalClient(state, 'a');
}, 240_000);

afterAll(async () => {
  a?.close();
  await Promise.all(started.map((p) => stopProcess(p)));
  if (stateDir) await down({ stateDir });
}, 60_000);

type Target = 'a/relay' | 'b/relay' | 'b/driver';

/** The port that tells when the target is down and up again. */
function portOf(target: Target): number {
  const [network, role] = target.split('/') as ['a' | 'b', 'relay' | 'driver'];
  const relay = relayOf(state, network);
  return role === 'relay' ? relay.clientPort : relay.driverPort!;
}

let restarts = 0;
async function restart(target: Target): Promise<ProcessRecord> {
  const [network, role] = target.split('/') as ['a' | 'b', 'relay' | 'driver'];
  const dir = relayOf(state, network).dir;
  const record = await startService(
    `${target}-${++restarts}`,
    role,
    join(dir, `${role}.json`),
    join(dir, `${role}-chaos-${restarts}.log`),
  );
  started.push(record);
  lives.get(target)!.push(record);
  return record;
}

/**
 * The ids among `ids` that are not exactly one request of `role` at the network's relay, gone through
 * `final` once: what its store holds, read through its operator API.
 */
async function notOnce(
  network: 'a' | 'b',
  role: 'outbound' | 'inbound',
  final: string,
  ids: ReadonlySet<string>,
) {
  const rows = await (await openOperatorApi(state, network)).list({ role, limit: 1000 });
  const of = new Map<string, RequestRow[]>();
  for (const row of rows) if (ids.has(row.id)) of.set(row.id, [...(of.get(row.id) ?? []), row]);
  return [...ids].filter((id) => {
    const found = of.get(id) ?? [];
    return (
      found.length !== 1 ||
      found[0]!.status !== final ||
      found[0]!.history.filter((h) => h.status === final).length !== 1
    );
  });
}

interface Round {
  readonly completed: number;
  readonly typedErrors: number;
  readonly killedAfterMs: number;
  readonly downMs: number;
  /** From the kill to the last request settled. */
  readonly settledMs: number;
}

async function round(target: Target, value: string): Promise<Round> {
  const b = fabricNetwork(state, 'b');
  const key = `chaos-${target.replace('/', '-')}-${restarts}`;
  await writeSample(b, key, value);
  const address = expandAddress(state, sampleAddress(b, key));
  await a.client.requestView(address); // connections open, as in steady use
  const port = portOf(target);
  const begun = Date.now();
  const calls = Array.from({ length: REQUESTS }, () => a.client.requestView(address));
  // A random moment while the 100 are on their way: before the first ack, amid the driver's work, or
  // as the views come back.
  await sleep(Math.floor(Math.random() * 600));
  const victim = lives.get(target)!.at(-1)!;
  await signal(victim, 'SIGKILL');
  const killedAt = await closedAt(port);
  await restart(target);
  const servedAt = await servingAt(port);
  const outcomes = await Promise.allSettled(calls);
  const settledAt = Date.now();

  const views = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const errors = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
  // Every failure is typed: a WeftError with a code of the list.
  for (const error of errors) {
    expect(error).toBeInstanceOf(WeftError);
    expect(isErrorCode((error as WeftError).code)).toBe(true);
  }
  for (const view of views) expect(Buffer.from(view.value).toString()).toBe(value);
  // Each view proves a request of its own: 100 calls, as many request ids and nonces as views.
  const ids = new Set(views.map((v) => v.requestId));
  expect(ids.size).toBe(views.length);
  expect(new Set(views.map((v) => v.nonce)).size).toBe(views.length);
  // One request at each relay, final once, whichever life of it took it on. b records a delivery once a
  // has acknowledged it, which may be after a's client has its view: within seconds, not at once.
  const settle = { timeout: 10_000, interval: 250 };
  await expect.poll(() => notOnce('a', 'outbound', 'COMPLETED', ids), settle).toEqual([]);
  await expect.poll(() => notOnce('b', 'inbound', 'DELIVERED', ids), settle).toEqual([]);
  return {
    completed: views.length,
    typedErrors: errors.length,
    killedAfterMs: killedAt - begun,
    downMs: servedAt - killedAt,
    settledMs: settledAt - killedAt,
  };
}

describe('SIGKILL at a random moment with 100 requests in flight, three rounds each', () => {
  for (const target of ['a/relay', 'b/relay', 'b/driver'] as const) {
    it(`of ${target}: every request ends in a verified view or a typed error, 0 lost, 0 taken twice`, async () => {
      const rounds: Round[] = [];
      for (let i = 0; i < ROUNDS; i++) rounds.push(await round(target, `survives ${target} killed (${i})`));
      const completed = rounds.reduce((n, r) => n + r.completed, 0);
      const settled = spread(rounds.map((r) => r.settledMs));
      console.log(
        `chaos: ${target} SIGKILLed ${ROUNDS} times (${rounds.map((r) => `${r.killedAfterMs} ms`).join(', ')} into 100 requests; down ${rounds.map((r) => `${r.downMs} ms`).join(', ')}): ${completed}/${ROUNDS * REQUESTS} verified, ${rounds.reduce((n, r) => n + r.typedErrors, 0)} typed errors, 0 lost, 0 taken twice; kill to last settled p50 ${settled.p50} ms, max ${settled.max} ms`,
      );
      // Nothing lost to a crash: the deadline (60 s) is far; every request completes.
      expect(completed).toBe(ROUNDS * REQUESTS);
    }, 180_000);
  }
});
