import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { isWeftError } from '../common/errors.js';
import { JOURNAL_FILE, JournalStore } from '../store/journal.js';
import { tempDir } from '../test/support/temp.js';
import type { ViewAnswer, ViewQuery } from '../transport/edge.js';
import {
  type Clock,
  type MachineOptions,
  openRequestMachine,
  type RelayEvent,
  type RelayTransport,
  type Reply,
  type RequestMachine,
  type Wake,
} from './machine.js';
import {
  checkTransition,
  type InboundRecord,
  inboundKey,
  type OutboundRecord,
  type RequestRecord,
  type RequestStatus,
} from './records.js';

// ------------------------------------------------------------------------------------------ test doubles

/** Time that moves only when told to; timers run one at a time, each step settling before the next. */
function fakeClock(start = Date.now()) {
  let time = start;
  const timers = new Set<{ readonly at: number; readonly run: () => void }>();
  const clock: Clock = {
    now: () => time,
    after(ms, run) {
      const timer = { at: time + Math.max(0, ms), run };
      timers.add(timer);
      return () => {
        timers.delete(timer);
      };
    },
  };
  /** Runs every timer due within `ms` from now, in time order, letting each step schedule the next. */
  const elapse = async (ms: number) => {
    const end = time + ms;
    for (;;) {
      const next = [...timers].filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      timers.delete(next);
      time = Math.max(time, next.at);
      next.run();
      // A step schedules its next one before it waits for the store: a turn of the event loop suffices.
      for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    }
    time = end;
  };
  return { clock, elapse, timers: () => timers.size };
}

type Call =
  | { readonly method: 'forward'; readonly at: number; readonly query: ViewQuery }
  | {
      readonly method: 'askDriver';
      readonly at: number;
      readonly requestId: string;
      readonly query: ViewQuery;
    }
  | { readonly method: 'deliver'; readonly at: number; readonly origin: string; readonly answer: ViewAnswer };

const ACK: Reply = { kind: 'ack', ok: true, message: '' };

/** A transport that records every call and answers as `reply` says (an ack by default). */
function fakeTransport(clock: Clock, reply: (call: Call) => Reply = () => ACK) {
  const calls: Call[] = [];
  const pushed: OutboundRecord[] = [];
  const answer = (call: Call) => {
    calls.push(call);
    return Promise.resolve(reply(call));
  };
  const transport: RelayTransport = {
    hasPeer: (networkId) => networkId === 'b' || networkId === 'c',
    hasDriver: true,
    forward: (query) => answer({ method: 'forward', at: clock.now(), query }),
    askDriver: (requestId, query) => answer({ method: 'askDriver', at: clock.now(), requestId, query }),
    deliver: (origin, view) => answer({ method: 'deliver', at: clock.now(), origin, answer: view }),
    push: (record) => pushed.push(record),
    watched: new Map(),
  };
  return { transport, calls, pushed };
}

// ------------------------------------------------------------------------------------------ fixtures

const RETENTION = { finalMs: 86_400_000, finalCount: 1_000 };
const TIMEOUTS = { requestMs: 10_000, driverMs: 3_000, backoffInitialMs: 100, backoffMaxMs: 1_000 };

/** A request of a client of network a (or of a peer relay's client) for a view of `sourceNetwork`. */
const query = (requestId: string, sourceNetwork = 'b', nonce = `nonce-${requestId}`): ViewQuery => ({
  requestId,
  address: `relay-${sourceNetwork}:9080/${sourceNetwork}/weft:assets:Get:k1`,
  sourceNetwork,
  policy: ['Org1MSP', 'Org2MSP'],
  requestingRelay: '',
  requestingNetwork: '',
  requestingOrg: 'Org1MSP',
  certificate: '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n',
  signature: 'c2lnbmF0dXJl',
  nonce,
  confidential: false,
});

const META = { protocol: 3, timestamp: '', proofType: 'Notarization', serializationFormat: 'STRING' };
const viewAnswer = (requestId: string, data = 'endorsed view'): ViewAnswer => ({
  requestId,
  view: { meta: META, data: Buffer.from(data) },
});

const stores: JournalStore<RequestRecord>[] = [];
const machines: RequestMachine[] = [];
afterEach(async () => {
  for (const machine of machines.splice(0)) machine.stop();
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

function openStore(dir: string): JournalStore<RequestRecord> {
  const store = JournalStore.open<RequestRecord>(dir, RETENTION);
  stores.push(store);
  return store;
}

/** A machine of network a over a journal in `dir` (a fresh folder by default). */
async function setUp(
  options: {
    dir?: string;
    reply?: (call: Call) => Reply;
    start?: number;
    overrides?: Partial<MachineOptions>;
  } = {},
) {
  const dir = options.dir ?? (await tempDir('machine'));
  const { clock, elapse, timers } = fakeClock(options.start);
  const { transport, calls, pushed } = fakeTransport(clock, options.reply);
  const store = openStore(dir);
  const events: RelayEvent[] = [];
  const machine = await openRequestMachine({
    networkId: 'a',
    maxPending: 100,
    timeouts: TIMEOUTS,
    store,
    transport,
    clock,
    log: (event) => events.push(event),
    ...options.overrides,
  });
  machines.push(machine);
  return { dir, clock, elapse, timers, store, machine, calls, pushed, events };
}

/** Polls (in real time) until `probe` holds: what follows a write waits for the disk. */
async function until(what: string, probe: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within 5 s`);
    await sleep(2);
  }
}

const statusOf = async (machine: RequestMachine, id: string) => (await machine.outbound(id)).status;

async function inbound(
  store: JournalStore<RequestRecord>,
  origin: string,
  id: string,
): Promise<InboundRecord> {
  const record = await store.get(inboundKey(origin, id));
  if (record?.role !== 'inbound') throw new Error(`no inbound request ${origin}/${id}`);
  return record;
}

const named = (events: readonly RelayEvent[], event: string) => events.filter((e) => e.event === event);

// ------------------------------------------------------------------------------------------ tests

describe('an outbound request', () => {
  it('is forwarded to the source relay and completed by the view it sends back', async () => {
    const { machine, elapse, calls, pushed, events } = await setUp();
    expect(await machine.request(query('r1'))).toBe('r1');
    expect(machine.pendingCount()).toBe(1);
    await elapse(0);
    expect(calls).toMatchObject([
      { method: 'forward', query: { requestId: 'r1', requestingNetwork: 'a', requestingRelay: 'a' } },
    ]);
    expect(await statusOf(machine, 'r1')).toBe('PENDING');

    await machine.completed('b', viewAnswer('r1'));
    const done = await machine.outbound('r1');
    expect(done).toMatchObject({ status: 'COMPLETED', final: true });
    expect(done.answer).toEqual({
      view: { meta: META, data: Buffer.from('endorsed view').toString('base64') },
    });
    expect(machine.pendingCount()).toBe(0);
    expect(pushed.map((r) => r.status)).toEqual(['PENDING_ACK', 'PENDING', 'COMPLETED']);
    await until('the forward logged', () => named(events, 'forwarded').length === 1);
    expect(events.map((e) => e.event)).toEqual(['requested', 'forwarded', 'completed']);
    expect(events.every((e) => e.requestId === 'r1')).toBe(true);
  });

  it("ends in the source's error, marked as remote", async () => {
    const { machine, elapse } = await setUp();
    await machine.request(query('r1'));
    await elapse(0);
    await machine.completed('b', {
      requestId: 'r1',
      error: 'Org1MSP of a may not read it',
      code: 'ACCESS_DENIED',
    });
    expect(await machine.outbound('r1')).toMatchObject({
      status: 'ERROR',
      answer: { error: 'ACCESS_DENIED: Org1MSP of a may not read it', code: 'REMOTE_ERROR' },
    });
  });

  it("refuses the relay's own network and networks it has no relay for", async () => {
    const { machine } = await setUp();
    await expect(machine.request(query('r1', 'a'))).rejects.toMatchObject({ code: 'REQUEST_INVALID' });
    await expect(machine.request(query('r2', 'x'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      context: { network: 'x' },
    });
    expect(machine.pendingCount()).toBe(0);
  });

  it('takes an answer only from the relay the request went to', async () => {
    const { machine, elapse } = await setUp();
    await machine.request(query('r1'));
    await elapse(0);
    // c's relay, a configured peer, answers a request that went to b.
    await expect(machine.completed('c', viewAnswer('r1', 'forged'))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(machine.completed('b', viewAnswer('unknown'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await statusOf(machine, 'r1')).toBe('PENDING');
  });
});

describe('an inbound request', () => {
  it("is taken to the driver, and the driver's answer delivered to the relay that asked", async () => {
    const { machine, elapse, calls, store, events } = await setUp();
    await machine.receive('b', query('r2', 'a'));
    await elapse(0);
    expect(calls).toMatchObject([{ method: 'askDriver', requestId: 'b:r2', query: { requestId: 'r2' } }]);
    expect((await inbound(store, 'b', 'r2')).status).toBe('AT_DRIVER');

    await machine.answered(viewAnswer('b:r2', 'the view of a'));
    await elapse(0);
    expect(calls[1]).toEqual({
      method: 'deliver',
      at: expect.any(Number),
      origin: 'b',
      answer: viewAnswer('r2', 'the view of a'),
    });
    const delivered = await inbound(store, 'b', 'r2');
    expect(delivered).toMatchObject({ status: 'DELIVERED', final: true });
    // The requesting relay holds the view now.
    expect(delivered.answer).toBeUndefined();
    expect(machine.pendingCount()).toBe(0);
    await until('the delivery logged', () => named(events, 'delivered').length === 1);
    expect(events.map((e) => e.event)).toEqual(['received', 'answered', 'delivered']);
  });

  it('refuses a request for another network than its own', async () => {
    const { machine } = await setUp();
    await expect(machine.receive('b', query('r2', 'c'))).rejects.toMatchObject({ code: 'REQUEST_INVALID' });
  });

  it("keeps each peer's requests apart: one peer cannot answer or touch another's", async () => {
    const { machine, elapse, store, calls } = await setUp();
    await machine.receive('b', query('same', 'a'));
    await machine.receive('c', query('same', 'a'));
    await elapse(0);
    expect(calls.map((c) => (c.method === 'askDriver' ? c.requestId : c.method)).sort()).toEqual([
      'b:same',
      'c:same',
    ]);
    // The driver's answer names its request by origin: b's answer leaves c's request waiting.
    await machine.answered(viewAnswer('b:same'));
    expect((await inbound(store, 'b', 'same')).status).toBe('ANSWERED');
    expect((await inbound(store, 'c', 'same')).status).toBe('AT_DRIVER');
    await expect(machine.answered(viewAnswer('same'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(machine.answered(viewAnswer('x:same'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is answered with an error when the driver refuses, or when it is another component', async () => {
    const { machine, elapse, store, calls } = await setUp({
      reply: (call) =>
        call.method !== 'askDriver'
          ? ACK
          : call.query.requestId === 'r1'
            ? { kind: 'refused', reason: "the server presents a relay's certificate", wrongRole: true }
            : { kind: 'ack', ok: false, message: 'busy' },
    });
    await machine.receive('b', query('r1', 'a'));
    await machine.receive('b', query('r2', 'a'));
    await elapse(0);
    const delivered = calls.flatMap((c) => (c.method === 'deliver' ? [c.answer] : []));
    expect(delivered).toEqual(
      expect.arrayContaining([
        { requestId: 'r1', error: "the server presents a relay's certificate", code: 'WRONG_ROLE' },
        { requestId: 'r2', error: 'the driver refused: busy', code: 'REMOTE_ERROR' },
      ]),
    );
    expect((await inbound(store, 'b', 'r1')).status).toBe('DELIVERED');
  });

  it('is asked of the driver again when it stays silent', async () => {
    const { machine, elapse, calls, events } = await setUp();
    await machine.receive('b', query('r2', 'a'));
    await elapse(0);
    await elapse(TIMEOUTS.driverMs);
    expect(calls.map((c) => c.method)).toEqual(['askDriver', 'askDriver']);
    expect(calls[1]?.at).toBeGreaterThanOrEqual((calls[0]?.at ?? 0) + TIMEOUTS.driverMs);
    await until('driver-silent logged', () => named(events, 'driver-silent').length === 1);
  });

  it('is asked of a restarted driver again as soon as it is back, not after driverMs', async () => {
    const { clock, elapse } = fakeClock();
    let back: (() => void) | undefined;
    const fake = fakeTransport(clock);
    const { transport } = fake;
    const machine = await openRequestMachine({
      networkId: 'a',
      maxPending: 100,
      timeouts: TIMEOUTS,
      store: openStore(await tempDir('machine')),
      transport: {
        ...transport,
        driverReconnected: (run) => {
          back = run;
          return () => {
            back = undefined;
          };
        },
      },
      clock,
    });
    machines.push(machine);
    await machine.receive('b', query('r3', 'a'));
    await elapse(0);
    expect(fake.calls.map((c) => c.method)).toEqual(['askDriver']);
    // The driver restarted (its channel connected again) and forgot the request: asked again at once.
    expect(back).toBeDefined();
    back?.();
    await until('asked again', async () => {
      await elapse(0);
      return fake.calls.length === 2;
    });
    expect(fake.calls[1]?.at).toBe(fake.calls[0]?.at);
  });
});

describe('transitions', () => {
  const legal: Array<[RequestStatus | undefined, RequestStatus]> = [
    [undefined, 'PENDING_ACK'],
    [undefined, 'RECEIVED'],
    ['PENDING_ACK', 'PENDING_ACK'],
    ['PENDING_ACK', 'PENDING'],
    ['PENDING_ACK', 'COMPLETED'],
    ['PENDING', 'ERROR'],
    ['RECEIVED', 'AT_DRIVER'],
    ['AT_DRIVER', 'RECEIVED'],
    ['AT_DRIVER', 'ANSWERED'],
    ['ANSWERED', 'DELIVERED'],
    ['ANSWERED', 'FAILED'],
  ];
  const illegal: Array<[RequestStatus | undefined, RequestStatus]> = [
    [undefined, 'PENDING'],
    [undefined, 'ANSWERED'],
    ['PENDING', 'PENDING_ACK'],
    ['COMPLETED', 'PENDING'],
    ['COMPLETED', 'ERROR'],
    ['ERROR', 'COMPLETED'],
    ['RECEIVED', 'DELIVERED'],
    ['ANSWERED', 'RECEIVED'],
    ['DELIVERED', 'ANSWERED'],
    ['FAILED', 'RECEIVED'],
    ['PENDING', 'ANSWERED'],
    ['RECEIVED', 'COMPLETED'],
  ];

  it.each(legal)('%s -> %s is allowed', (from, to) => {
    expect(() => checkTransition('r', from, to)).not.toThrow();
  });

  it.each(illegal)('%s -> %s is refused', (from, to) => {
    let error: unknown;
    try {
      checkTransition('r', from, to);
    } catch (e) {
      error = e;
    }
    expect(isWeftError(error, 'TRANSITION_INVALID')).toBe(true);
    expect(error).toMatchObject({ context: { requestId: 'r', to } });
  });

  it('a request that is final stays as it is, whatever is sent to it again', async () => {
    const { machine, elapse, store, calls } = await setUp();
    await machine.request(query('r1'));
    await elapse(0);
    await machine.completed('b', viewAnswer('r1'));
    const completed = await machine.outbound('r1');
    // The source relay delivers again (its ack lost), this time an error: the view stays.
    await machine.completed('b', { requestId: 'r1', error: 'too late', code: 'DEADLINE_EXCEEDED' });
    expect(await machine.outbound('r1')).toBe(completed);

    await machine.receive('b', query('r2', 'a'));
    await elapse(0);
    await machine.answered(viewAnswer('b:r2'));
    await elapse(0);
    const delivered = await inbound(store, 'b', 'r2');
    expect(delivered.status).toBe('DELIVERED');
    // The driver answers again: nothing is delivered twice.
    await machine.answered(viewAnswer('b:r2', 'another view'));
    await elapse(0);
    expect(await inbound(store, 'b', 'r2')).toBe(delivered);
    expect(calls.filter((c) => c.method === 'deliver')).toHaveLength(1);
  });
});

describe('retries', () => {
  it('asks again with backoff while the peer cannot be reached, and gives up at the deadline', async () => {
    const { machine, elapse, calls, events, clock } = await setUp({
      reply: () => ({ kind: 'failed', reason: 'connect ECONNREFUSED' }),
    });
    const start = clock.now();
    await machine.request(query('r1'));
    await elapse(0);
    await elapse(TIMEOUTS.requestMs);
    const failed = await machine.outbound('r1');
    expect(failed).toMatchObject({
      status: 'ERROR',
      answer: { error: `no view from b within ${TIMEOUTS.requestMs} ms`, code: 'DEADLINE_EXCEEDED' },
    });
    // At least one attempt a backoff maximum, none past the deadline.
    const times = calls.map((c) => c.at - start);
    expect(times.length).toBeGreaterThanOrEqual(TIMEOUTS.requestMs / TIMEOUTS.backoffMaxMs);
    expect(times.every((t) => t < TIMEOUTS.requestMs)).toBe(true);
    for (let i = 1; i < times.length; i++) {
      expect(times[i]! - times[i - 1]!).toBeLessThanOrEqual(TIMEOUTS.backoffMaxMs);
    }
    await until('every retry logged', () => named(events, 'retry').length === calls.length);
    expect(named(events, 'retry').map((e) => e.attempt)).toEqual(calls.map((_, i) => i + 1));
    expect(named(events, 'retry')[0]).toMatchObject({
      status: 'PENDING_ACK',
      reason: 'connect ECONNREFUSED',
    });
    // Nothing more once it is final.
    await elapse(10 * TIMEOUTS.backoffMaxMs);
    expect(calls.length).toBe(times.length);
  });

  it('asks again at once when the peer is back, before the backoff is over', async () => {
    let back: (() => void) | undefined;
    const wake: Wake = (run) => {
      back = run;
      return () => {
        back = undefined;
      };
    };
    let reachable = false;
    const { machine, elapse, calls } = await setUp({
      reply: () => (reachable ? ACK : { kind: 'failed', reason: 'no connection', wake }),
    });
    await machine.request(query('r1'));
    await elapse(0);
    expect(calls).toHaveLength(1);
    reachable = true;
    back?.();
    await until('asked again', () => calls.length === 2);
    expect(calls[1]?.at).toBe(calls[0]?.at);
    await until('forwarded', async () => (await statusOf(machine, 'r1')) === 'PENDING');
    // The backoff's timer was cancelled with the wake: no third ask.
    await elapse(TIMEOUTS.backoffMaxMs);
    expect(calls).toHaveLength(2);
  });

  it('fails a delivery the origin refuses, and delivers nothing after its deadline', async () => {
    const { machine, elapse, store, events } = await setUp({
      reply: (call) =>
        call.method === 'deliver' ? { kind: 'refused', reason: 'UNIMPLEMENTED', wrongRole: false } : ACK,
    });
    await machine.receive('b', query('r2', 'a'));
    await elapse(0);
    await machine.answered(viewAnswer('b:r2'));
    await elapse(0);
    expect((await inbound(store, 'b', 'r2')).status).toBe('FAILED');
    await until('undeliverable logged', () => named(events, 'undeliverable').length === 1);
    expect(named(events, 'undeliverable')[0]).toMatchObject({ origin: 'b', detail: 'UNIMPLEMENTED' });
  });
});

describe('one request per id', () => {
  it('is the same request however often a client asks, and refuses another request under its id', async () => {
    const { machine, elapse, calls, events } = await setUp();
    // Twice at once (the second while the first is being stored), then once more when it is done.
    expect(await Promise.all([machine.request(query('r1')), machine.request(query('r1'))])).toEqual([
      'r1',
      'r1',
    ]);
    await elapse(0);
    await machine.completed('b', viewAnswer('r1'));
    expect(await machine.request(query('r1'))).toBe('r1');
    await elapse(0);
    expect(calls).toHaveLength(1);
    expect(named(events, 'requested')).toHaveLength(1);
    await expect(machine.request(query('r1', 'b', 'another nonce'))).rejects.toMatchObject({
      code: 'REQUEST_INVALID',
      context: { requestId: 'r1' },
    });
    expect(await statusOf(machine, 'r1')).toBe('COMPLETED');
  });

  it('takes a peer relay asking again as the same request', async () => {
    const { machine, elapse, calls, events } = await setUp();
    await Promise.all([machine.receive('b', query('r2', 'a')), machine.receive('b', query('r2', 'a'))]);
    await elapse(0);
    await machine.receive('b', query('r2', 'a'));
    await elapse(0);
    expect(calls).toHaveLength(1);
    expect(named(events, 'received')).toHaveLength(1);
  });

  it('refuses new requests beyond its limit of open ones', async () => {
    const { machine, elapse } = await setUp({ overrides: { maxPending: 1 } });
    await machine.request(query('r1'));
    await expect(machine.request(query('r2'))).rejects.toMatchObject({
      code: 'OVERLOADED',
      context: { limit: 1 },
    });
    await expect(machine.receive('b', query('r3', 'a'))).rejects.toMatchObject({ code: 'OVERLOADED' });
    await elapse(0);
    await machine.completed('b', viewAnswer('r1'));
    expect(await machine.request(query('r2'))).toBe('r2');
  });
});

describe('after a crash', () => {
  it('resumes every request from the state the store kept', async () => {
    const first = await setUp({
      reply: (call) =>
        (call.method === 'forward' && call.query.requestId === 'unacked') || call.method === 'deliver'
          ? { kind: 'failed', reason: 'no connection' }
          : ACK,
    });
    await first.machine.request(query('forwarded'));
    await first.machine.request(query('unacked'));
    await first.machine.receive('b', query('at-driver', 'a'));
    await first.machine.receive('b', query('answered', 'a'));
    await first.elapse(0);
    await first.machine.answered(viewAnswer('b:answered', 'the view of a'));
    await first.elapse(0);
    await until('the first run wrote its retries', () => named(first.events, 'retry').length === 2);
    // The process dies: its timers and memory are gone, the journal stays, with a torn last line.
    await first.store.close();
    appendFileSync(join(first.dir, JOURNAL_FILE), '{"key":"out/torn","ro');

    const second = await setUp({ dir: first.dir, start: first.clock.now() + 1_000 });
    expect(second.machine.pendingCount()).toBe(4);
    expect(second.machine.resume()).toBe(4);
    await second.elapse(0);
    // Forwarded before: it waits for the source's answer. Not acknowledged: asked again.
    expect(second.calls.filter((c) => c.method === 'forward')).toMatchObject([
      { query: { requestId: 'unacked' } },
    ]);
    expect(await statusOf(second.machine, 'unacked')).toBe('PENDING');
    await second.machine.completed('b', viewAnswer('forwarded'));
    expect(await statusOf(second.machine, 'forwarded')).toBe('COMPLETED');
    // At the driver when it died: asked again. Answered: delivered.
    expect(second.calls.filter((c) => c.method === 'askDriver')).toMatchObject([
      { requestId: 'b:at-driver' },
    ]);
    expect(second.calls.filter((c) => c.method === 'deliver')).toEqual([
      {
        method: 'deliver',
        at: expect.any(Number),
        origin: 'b',
        answer: viewAnswer('answered', 'the view of a'),
      },
    ]);
    expect((await inbound(second.store, 'b', 'answered')).status).toBe('DELIVERED');
    expect(second.machine.pendingCount()).toBe(2);
  });

  it('resumes from a journal in the format relays have always written', async () => {
    const dir = await tempDir('machine');
    const now = Date.now();
    const q = JSON.stringify({ ...query('r9', 'a'), requestingNetwork: 'b' });
    writeFileSync(
      join(dir, JOURNAL_FILE),
      [
        `{"key":"out/r8","role":"outbound","id":"r8","status":"PENDING_ACK","final":false,"query":${JSON.stringify(
          { ...query('r8'), requestingNetwork: 'a', requestingRelay: 'a' },
        )},"createdAt":${now},"updatedAt":${now},"deadline":${now + 60_000},"attempts":2}`,
        `{"key":"in/b/r9","role":"inbound","id":"r9","origin":"b","status":"RECEIVED","final":false,"query":${q},"createdAt":${now},"updatedAt":${now},"deadline":${now + 60_000},"attempts":0}`,
        `{"key":"in/b/r9","role":"inbound","id":"r9","origin":"b","status":"ANSWERED","final":false,"query":${q},"createdAt":${now},"updatedAt":${now},"deadline":${now + 60_000},"attempts":0,"answer":{"view":{"meta":{"protocol":3,"timestamp":"","proofType":"Notarization","serializationFormat":"STRING"},"data":"dGhlIHZpZXcgb2YgYQ=="}}}`,
        `{"key":"out/r7","role":"outbound","id":"r7","status":"COMPLETED","final":true,"query":${JSON.stringify(
          query('r7'),
        )},"createdAt":${now},"updatedAt":${now},"deadline":${now + 60_000},"attempts":0,"answer":{"error":"REMOTE_ERROR: no"}}`,
        '',
      ].join('\n'),
    );
    const { machine, elapse, calls } = await setUp({ dir, start: now + 1_000 });
    expect(machine.resume()).toBe(2);
    await elapse(0);
    expect(calls.map((c) => c.method).sort()).toEqual(['deliver', 'forward']);
    expect(calls.find((c) => c.method === 'deliver')).toMatchObject({
      origin: 'b',
      answer: viewAnswer('r9', 'the view of a'),
    });
    expect(await machine.outbound('r7')).toMatchObject({
      status: 'COMPLETED',
      answer: { error: 'REMOTE_ERROR: no' },
    });
  });

  it('takes nothing further once stopped', async () => {
    const { machine, elapse, calls, timers } = await setUp();
    await machine.request(query('r1'));
    machine.stop();
    expect(timers()).toBe(0);
    await elapse(TIMEOUTS.requestMs);
    expect(calls).toHaveLength(0);
  });
});
