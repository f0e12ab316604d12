import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalStore } from '../store/journal.js';
import { tempDir } from '../test/support/temp.js';
import type { ViewQuery } from '../transport/edge.js';
import type { EventSubscriptionRequest, PublishedEvent } from '../transport/event-edge.js';
import {
  type DeliveredEvent,
  type EventMachine,
  type EventStoreRecord,
  type EventTransport,
  openEventMachine,
  type SubscribeReply,
} from './events.js';
import type { Reply } from './machine.js';

const STREAM = '127.0.0.1:9080/b/weft:assets:EventAt:AssetPut';

const query = (requestId: string, certificate = 'client-of-a'): ViewQuery => ({
  requestId,
  address: STREAM,
  sourceNetwork: 'b',
  policy: ['Org1MSP'],
  requestingRelay: '',
  requestingNetwork: 'a',
  requestingOrg: 'Org1MSP',
  certificate,
  signature: 'c2ln',
  nonce: `nonce-${requestId}`,
  confidential: false,
});

const event = (requestId: string, sequence: bigint): PublishedEvent => ({
  requestId,
  sequence,
  view: {
    meta: { protocol: 3, timestamp: '', proofType: 'Notarization', serializationFormat: 'STRING' },
    data: Buffer.from(`event ${sequence}`),
  },
});

/** A transport that records its calls and answers as told. */
function transport(
  answers: {
    source?: (request: EventSubscriptionRequest) => SubscribeReply;
    driver?: (request: EventSubscriptionRequest) => SubscribeReply;
    publish?: (origin: string, event: PublishedEvent) => Reply;
  } = {},
) {
  const calls = {
    source: [] as EventSubscriptionRequest[],
    driver: [] as EventSubscriptionRequest[],
    published: [] as Array<{ origin: string; sequence: bigint }>,
  };
  const links: EventTransport = {
    hasPeer: (id) => id === 'a' || id === 'b',
    hasDriver: true,
    async subscribeAtSource(request) {
      calls.source.push(request);
      return answers.source?.(request) ?? { kind: 'subscribed', from: 5n };
    },
    async subscribeDriver(request) {
      calls.driver.push(request);
      return answers.driver?.(request) ?? { kind: 'subscribed', from: request.from > 0n ? request.from : 1n };
    },
    async publishTo(origin, published) {
      const reply = answers.publish?.(origin, published) ?? { kind: 'ack', ok: true, message: '' };
      if (reply.kind === 'ack' && reply.ok) calls.published.push({ origin, sequence: published.sequence });
      return reply;
    },
  };
  return { links, calls };
}

const machines: EventMachine[] = [];
const stores: JournalStore<EventStoreRecord>[] = [];
afterEach(async () => {
  for (const machine of machines.splice(0)) machine.stop();
  for (const store of stores.splice(0)) await store.close();
});

async function open(
  networkId: string,
  links: EventTransport,
  dir?: string,
  limits = { maxBuffered: 3, maxPerRequester: 2 },
) {
  const folder = dir ?? (await tempDir('relay-events'));
  const store = JournalStore.open<EventStoreRecord>(folder, { finalMs: 60_000, finalCount: 100 });
  stores.push(store);
  const machine = await openEventMachine({
    networkId,
    store,
    transport: links,
    ...limits,
    backoff: { initialMs: 5, maxMs: 20 },
    resubscribeMs: 60_000,
  });
  machines.push(machine);
  return { machine, dir: folder, store };
}

const until = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await sleep(10);
};

describe('outbound subscriptions (a client of this relay subscribed)', () => {
  it('subscribes at the source, takes each event once and in order, and hands them to a watcher', async () => {
    const { links, calls } = transport();
    const { machine } = await open('a', links);
    const id = await machine.subscribe({ query: query('s1'), from: 0n, unsubscribe: false });
    await until(async () => (await machine.subscription(id)).status === 'SUBSCRIBED');
    expect(calls.source).toHaveLength(1);
    expect(await machine.subscription(id)).toMatchObject({ status: 'SUBSCRIBED', from: '5', received: '4' });
    expect(await machine.arrived('b', event(id, 5n))).toBe('taken');
    expect(await machine.arrived('b', event(id, 5n))).toBe('taken'); // a repeat: taken once
    expect(await machine.arrived('b', event(id, 7n))).toBe('later'); // a gap: sent again in order
    expect(await machine.arrived('b', event(id, 6n))).toBe('taken');
    const seen: DeliveredEvent[] = [];
    machine.watch(id, 6n, (e) => seen.push(e));
    expect(await machine.arrived('b', event(id, 7n))).toBe('taken');
    expect(seen.map((e) => e.sequence)).toEqual([6n, 7n]);
    // The client has 5: it is no longer held.
    expect(machine.held(id, 0n).map((e) => e.sequence)).toEqual([6n, 7n]);
  });

  it('holds at most maxBuffered events, and says later beyond', async () => {
    const { links } = transport({ source: () => ({ kind: 'subscribed', from: 1n }) });
    const { machine } = await open('a', links);
    const id = await machine.subscribe({ query: query('s2'), from: 1n, unsubscribe: false });
    await until(async () => (await machine.subscription(id)).status === 'SUBSCRIBED');
    for (const s of [1n, 2n, 3n]) expect(await machine.arrived('b', event(id, s))).toBe('taken');
    expect(await machine.arrived('b', event(id, 4n))).toBe('later');
    machine.watch(id, 3n, () => {});
    expect(await machine.arrived('b', event(id, 4n))).toBe('taken');
  });

  it("refuses events from another network's relay, and keeps a refused subscription's code", async () => {
    const { links } = transport({ source: () => ({ kind: 'refused', code: 'ACCESS_DENIED', reason: 'no' }) });
    const { machine } = await open('a', links);
    const id = await machine.subscribe({ query: query('s3'), from: 0n, unsubscribe: false });
    await until(async () => (await machine.subscription(id)).status === 'ERROR');
    expect(await machine.subscription(id)).toMatchObject({
      status: 'ERROR',
      error: { code: 'ACCESS_DENIED' },
    });
    const { links: ok } = transport();
    const { machine: other } = await open('a', ok);
    const mine = await other.subscribe({ query: query('s4'), from: 0n, unsubscribe: false });
    await until(async () => (await other.subscription(mine)).status === 'SUBSCRIBED');
    await expect(other.arrived('c', event(mine, 5n))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a requester past its subscription limit, and its own network as a source', async () => {
    const { links } = transport();
    const { machine } = await open('a', links);
    await machine.subscribe({ query: query('l1'), from: 0n, unsubscribe: false });
    await machine.subscribe({ query: query('l2'), from: 0n, unsubscribe: false });
    await expect(
      machine.subscribe({ query: query('l3'), from: 0n, unsubscribe: false }),
    ).rejects.toMatchObject({
      code: 'SUBSCRIPTION_LIMIT',
    });
    await expect(
      machine.subscribe({ query: query('l4', 'another client'), from: 0n, unsubscribe: false }),
    ).resolves.toBe('l4');
    const { machine: b } = await open('b', links);
    await expect(b.subscribe({ query: query('own'), from: 0n, unsubscribe: false })).rejects.toMatchObject({
      code: 'REQUEST_INVALID',
    });
  });
});

describe('inbound subscriptions (a peer relay subscribed to this network)', () => {
  it('has the driver serve them, forwards each event in order until taken, and resumes after a restart', async () => {
    let refuse = 2;
    const { links, calls } = transport({
      publish: () =>
        refuse-- > 0 ? { kind: 'failed', reason: 'unreachable' } : { kind: 'ack', ok: true, message: '' },
    });
    const { machine, dir, store } = await open('b', links);
    const from = await machine.receiveSubscription('a', { query: query('p1'), from: 3n, unsubscribe: false });
    expect(from).toBe(3n);
    expect(calls.driver[0]?.query.requestId).toBe('a:p1');
    expect(await machine.published(event('a:p1', 3n))).toBe('taken');
    expect(await machine.published(event('a:p1', 4n))).toBe('taken');
    await until(() => calls.published.length === 2);
    expect(calls.published).toEqual([
      { origin: 'a', sequence: 3n },
      { origin: 'a', sequence: 4n },
    ]);
    // An event taken but not yet forwarded when the relay stops is forwarded by the next run.
    const stalled = transport({ publish: () => ({ kind: 'failed', reason: 'down' }) });
    machine.stop();
    machines.splice(machines.indexOf(machine), 1);
    await store.close();
    stores.splice(stores.indexOf(store), 1);
    const second = await open('b', stalled.links, dir);
    expect(await second.machine.published(event('a:p1', 5n))).toBe('taken');
    second.machine.stop();
    machines.splice(machines.indexOf(second.machine), 1);
    await second.store.close();
    stores.splice(stores.indexOf(second.store), 1);
    const third = transport();
    const { machine: resumed } = await open('b', third.links, dir);
    expect(resumed.resume()).toBe(1);
    await until(() => third.calls.published.length === 1);
    expect(third.calls.published).toEqual([{ origin: 'a', sequence: 5n }]);
    // The driver, which keeps nothing, is subscribed again from the sequence needed next.
    expect(third.calls.driver.at(-1)).toMatchObject({ from: 6n });
  });

  it("passes the driver's refusal on with its code", async () => {
    const { links } = transport({
      driver: () => ({ kind: 'refused', code: 'BAD_REQUEST_SIGNATURE', reason: 'bad' }),
    });
    const { machine } = await open('b', links);
    await expect(
      machine.receiveSubscription('a', { query: query('p2'), from: 1n, unsubscribe: false }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST_SIGNATURE' });
    await expect(machine.published(event('a:p2', 1n))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
