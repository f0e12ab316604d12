/**
 * A subscription rides out crashes: while b emits 60 events that a client of a verifies and applies on a's
 * ledger as they come, b's relay, then b's driver, then a's relay are killed with SIGKILL and started again
 * from their configuration files. Every event arrives, in order, once; a's ledger takes each once.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandAddress, type LocalClient, openLocalClient } from '../../cli/query.js';
import { writeSample } from '../../cli/smoke.js';
import { waitFor } from '../../common/wait.js';
import type { VerifiedEvent } from '../../sdk/events.js';
import { down } from '../../topology/launcher.js';
import { type ProcessRecord, stopProcess } from '../../topology/process.js';
import { fabricNetwork, relayOf, type TopologyState } from '../../topology/state.js';
import { signal, startService } from '../support/services.js';
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

describe('a subscription across crashes', () => {
  it("loses no event and applies none twice when b's relay, b's driver and a's relay are killed", async () => {
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
    const total = 60;
    const prefix = `crash-${randomUUID().slice(0, 8)}`;
    const writer = (async () => {
      for (let i = 0; i < total; i++) {
        await writeSample(b, `${prefix}-${i}`, `value ${i}`);
        await sleep(30);
      }
    })();
    const received: VerifiedEvent[] = [];
    const consumer = (async () => {
      for await (const event of subscription) {
        received.push(event);
        await a.assets.submitTransaction(
          'ApplyEvent',
          Buffer.from(event.proof).toString('base64'),
          event.address,
          event.nonce,
        );
        if (received.length === total) break;
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
    await Promise.all([writer, consumer]);
    expect(received.map((e) => e.sequence)).toEqual(
      Array.from({ length: total }, (_, i) => subscription.from + BigInt(i)),
    );
    expect(received.map((e) => JSON.parse(Buffer.from(e.record.payload).toString()).key)).toEqual(
      Array.from({ length: total }, (_, i) => `${prefix}-${i}`),
    );
    // a's ledger took each once: its stream stands after the last, and holds the last asset.
    const stream = JSON.parse(
      Buffer.from(
        await a.interop.evaluateTransaction('GetStream', subscription.address, subscription.nonce),
      ).toString(),
    );
    expect(stream).toEqual({ next: String(subscription.from + BigInt(total)) });
    expect(
      Buffer.from(
        await a.assets.evaluateTransaction('GetRemoteAsset', 'b', `${prefix}-${total - 1}`),
      ).toString(),
    ).toBe(`value ${total - 1}`);
    await subscription.close();
  }, 240_000);
});
