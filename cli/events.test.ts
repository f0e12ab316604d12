import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { eventStoreDir } from '../relay/config.js';
import {
  type EventMachine,
  type EventStoreRecord,
  type EventTransport,
  type HeldEvent,
  type InboundSubscription,
  type OutboundSubscription,
  openEventMachine,
} from '../relay/events.js';
import { eventSubscriptionRows } from '../relay/subscription-rows.js';
import type { DeliveryRecord } from '../relay/webhooks.js';
import { JOURNAL_FILE, JournalStore, readJournal } from '../store/journal.js';
import { tempDir } from '../test/support/temp.js';
import type { TopologyState } from '../topology/state.js';
import type { ViewQuery } from '../transport/edge.js';
import { relayEventSubscriptions } from './events.js';

const STREAM = '127.0.0.1:9080/b/weft:assets:EventAt:AssetPut';

const query = (requestId: string): ViewQuery => ({
  requestId,
  address: STREAM,
  sourceNetwork: 'b',
  policy: ['Org1MSP'],
  requestingRelay: 'a',
  requestingNetwork: 'a',
  requestingOrg: 'Org1MSP',
  certificate: 'client-of-a',
  signature: 'c2ln',
  nonce: `nonce-${requestId}`,
  confidential: false,
});

const subscribed = (id: string, changes: Partial<OutboundSubscription> = {}): OutboundSubscription => ({
  key: `sub/out/${id}`,
  role: 'subscribed',
  id,
  query: query(id),
  from: '5',
  received: '4',
  status: 'SUBSCRIBED',
  final: false,
  createdAt: 1,
  updatedAt: 1,
  attempts: 0,
  ...changes,
});

const publishing = (id: string, changes: Partial<InboundSubscription> = {}): InboundSubscription => ({
  key: `sub/in/a/${id}`,
  role: 'publishing',
  id,
  origin: 'a',
  query: query(id),
  from: '1',
  received: '0',
  delivered: '0',
  status: 'SUBSCRIBED',
  final: false,
  createdAt: 1,
  updatedAt: 1,
  attempts: 0,
  ...changes,
});

const held = (subscription: string, sequence: number, final = false): HeldEvent => ({
  key: `ev/${subscription}/${sequence}`,
  role: 'event',
  subscription,
  sequence: String(sequence),
  view: {
    meta: { protocol: 3, timestamp: '', proofType: 'Notarization', serializationFormat: 'STRING' },
    data: '',
  },
  final,
  updatedAt: 1,
});

const delivery = (
  subscription: string,
  sequence: number,
  status: DeliveryRecord['status'],
  final = false,
): DeliveryRecord => ({
  key: `wh/${subscription}/${sequence}`,
  role: 'delivery',
  subscription,
  sequence: String(sequence),
  id: `${subscription}:${sequence}`,
  target: { url: 'https://receiver.example/hook', secrets: ['whsec_secret'] },
  body: '{}',
  status,
  attempts: 3,
  queuedAt: 1,
  final,
  updatedAt: 1,
});

describe('event subscription rows', () => {
  it('gives each subscription its cursor, lag and held events, by role', () => {
    const rows = eventSubscriptionRows(
      'a',
      [
        held('sub/out/s1', 5, true),
        held('sub/out/s1', 6),
        held('sub/out/s1', 7),
        held('sub/in/a/p1', 8),
        held('sub/in/a/p1', 9),
        subscribed('s1', {
          received: '7',
          createdAt: 3,
          webhook: { url: 'https://receiver.example/hook', secrets: ['whsec_secret'] },
        }),
        publishing('p1', { from: '1', received: '9', delivered: '7', createdAt: 2 }),
        subscribed('s2', {
          status: 'ERROR',
          final: true,
          error: { code: 'ACCESS_DENIED', message: 'no' },
          from: '0',
          received: '0',
          createdAt: 4,
        }),
      ],
      [delivery('s1', 3, 'DEAD'), delivery('s1', 4, 'DEAD', true), delivery('s1', 5, 'PENDING')],
    );
    expect(rows).toEqual([
      {
        network: 'a',
        role: 'publishing',
        id: 'p1',
        stream: STREAM,
        otherNetwork: 'a',
        status: 'SUBSCRIBED',
        errorCode: null,
        from: '1',
        cursor: '7',
        received: '9',
        lag: '2',
        held: 2,
        webhook: null,
        deadLetters: 0,
      },
      {
        network: 'a',
        role: 'subscribed',
        id: 's1',
        stream: STREAM,
        otherNetwork: 'b',
        status: 'SUBSCRIBED',
        errorCode: null,
        from: '5',
        cursor: '7',
        received: '7',
        lag: null,
        held: 2,
        // Its secret is not shown; a dropped dead letter is no longer one.
        webhook: 'https://receiver.example/hook',
        deadLetters: 1,
      },
      expect.objectContaining({
        id: 's2',
        status: 'ERROR',
        errorCode: 'ACCESS_DENIED',
        cursor: '0',
        held: 0,
      }),
    ]);
  });

  it('keeps sequences beyond 2^53 exact and refuses a record that is not a sequence', () => {
    const [row] = eventSubscriptionRows('b', [
      publishing('p1', { received: '18446744073709551615', delivered: '18446744073709551610' }),
    ]);
    expect(row).toMatchObject({ cursor: '18446744073709551610', lag: '5' });
    expect(() => eventSubscriptionRows('b', [publishing('p1', { delivered: 'x' })])).toThrow(
      expect.objectContaining({ code: 'STORE_FAILED' }),
    );
  });

  it('reads a journal: the last record of a key wins, a torn last line is ignored', async () => {
    const dir = await tempDir('events-rows');
    const lines = [
      subscribed('s1', { status: 'PENDING_ACK', from: '0', received: '0' }),
      held('sub/out/s1', 5),
      subscribed('s1', { received: '5' }),
      held('sub/out/s1', 6),
      subscribed('s1', { received: '6' }),
      held('sub/out/s1', 5, true),
    ];
    writeFileSync(join(dir, JOURNAL_FILE), lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    // A write under way: the relay's next version of s1, torn.
    appendFileSync(join(dir, JOURNAL_FILE), JSON.stringify(subscribed('s1', { received: '7' })).slice(0, 40));
    expect(eventSubscriptionRows('a', readJournal<EventStoreRecord>(dir))).toEqual([
      expect.objectContaining({ id: 's1', status: 'SUBSCRIBED', from: '5', cursor: '6', held: 1 }),
    ]);
  });
});

const machines: EventMachine[] = [];
const stores: JournalStore<EventStoreRecord>[] = [];
afterEach(async () => {
  for (const machine of machines.splice(0)) machine.stop();
  for (const store of stores.splice(0)) await store.close();
});

/** A relay's folder as `weft up` writes it: its configuration, its journals in `store/`. */
async function relayFolder(networkId: string) {
  const dir = await tempDir(`events-${networkId}`);
  writeFileSync(
    join(dir, 'relay.json'),
    JSON.stringify({
      networkId,
      clientPort: 0,
      relayPort: 0,
      tls: { certFile: 'r.crt', keyFile: 'r.key', caFile: 'ca.crt' },
      storeDir: 'store',
    }),
  );
  const journal = eventStoreDir(join(dir, 'store'));
  mkdirSync(journal, { recursive: true });
  return { dir, journal };
}

async function machineAt(networkId: string, journal: string, links: EventTransport) {
  const store = JournalStore.open<EventStoreRecord>(journal, { finalMs: 60_000, finalCount: 100 });
  stores.push(store);
  const machine = await openEventMachine({
    networkId,
    store,
    transport: links,
    maxBuffered: 10,
    maxPerRequester: 10,
    backoff: { initialMs: 5, maxMs: 20 },
    resubscribeMs: 60_000,
  });
  machines.push(machine);
  return machine;
}

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await sleep(10);
};

describe("the relays' event subscriptions", () => {
  it('reads what running event machines journal, at both ends, while they keep it open', async () => {
    const a = await relayFolder('a');
    const b = await relayFolder('b');
    const idle = await tempDir('events-idle');
    const state = {
      version: 1,
      status: 'running',
      networks: [],
      processes: [],
      relays: [a, b, { dir: idle }].map((r, i) => ({
        networkId: ['a', 'b', 'c'][i]!,
        clientPort: 0,
        relayPort: 0,
        serverName: 'relay',
        caFile: 'ca.crt',
        dir: r.dir,
      })),
    } as unknown as TopologyState;
    writeFileSync(join(idle, 'relay.json'), JSON.stringify({ networkId: 'c' }));
    const atSource: EventTransport = {
      hasPeer: () => true,
      hasDriver: true,
      subscribeAtSource: async () => ({ kind: 'subscribed', from: 5n }),
      subscribeDriver: async () => ({ kind: 'subscribed', from: 1n }),
      // The relay of a takes events 1 and 2; 3 it takes later.
      publishTo: async (_, event) =>
        event.sequence < 3n
          ? { kind: 'ack', ok: true, message: '' }
          : { kind: 'ack', ok: false, message: 'later' },
    };
    const machineA = await machineAt('a', a.journal, atSource);
    const machineB = await machineAt('b', b.journal, atSource);

    const id = await machineA.subscribe({ query: query('s1'), from: 0n, unsubscribe: false });
    await until(async () => (await machineA.subscription(id)).status === 'SUBSCRIBED');
    const view = {
      meta: { protocol: 3, timestamp: '', proofType: 'Notarization', serializationFormat: 'STRING' },
    };
    for (const sequence of [5n, 6n]) {
      expect(
        await machineA.arrived('b', { requestId: id, sequence, view: { ...view, data: Buffer.from('e') } }),
      ).toBe('taken');
    }
    await machineB.receiveSubscription('a', { query: query('p1'), from: 0n, unsubscribe: false });
    for (const sequence of [1n, 2n, 3n]) {
      await machineB.published({ requestId: 'a:p1', sequence, view: { ...view, data: Buffer.from('e') } });
    }

    // Relay c's configuration cannot be read: every relay's is needed, c's only when asked for c.
    await expect(relayEventSubscriptions(state)).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    const journals = { ...state, relays: state.relays!.slice(0, 2) };
    await until(async () => (await relayEventSubscriptions(journals)).some((r) => r.cursor === '2'));
    expect(await relayEventSubscriptions(journals)).toEqual([
      expect.objectContaining({
        network: 'a',
        role: 'subscribed',
        id,
        otherNetwork: 'b',
        status: 'SUBSCRIBED',
        from: '5',
        cursor: '6',
        lag: null,
        held: 2,
      }),
      expect.objectContaining({
        network: 'b',
        role: 'publishing',
        id: 'p1',
        otherNetwork: 'a',
        status: 'SUBSCRIBED',
        from: '1',
        cursor: '2',
        received: '3',
        lag: '1',
        held: 1,
      }),
    ]);
    expect(await relayEventSubscriptions(journals, 'b')).toEqual([expect.objectContaining({ id: 'p1' })]);
    // A relay that has journaled no subscription yet holds none.
    writeFileSync(
      join(idle, 'relay.json'),
      JSON.stringify({
        networkId: 'c',
        clientPort: 0,
        relayPort: 0,
        tls: { certFile: 'r.crt', keyFile: 'r.key', caFile: 'ca.crt' },
        storeDir: 'store',
      }),
    );
    expect(await relayEventSubscriptions(state, 'c')).toEqual([]);
    await expect(relayEventSubscriptions(state, 'd')).rejects.toMatchObject({
      code: 'USAGE',
      message: expect.stringContaining('networks with a relay: a, b, c'),
    });
  });
});
