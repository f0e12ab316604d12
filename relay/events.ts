/**
 * Event subscriptions a relay holds, at either end, with their events (proofs/events.ts):
 *
 * - outbound (a client of this network subscribed to another network's stream): PENDING_ACK until the
 *   source's relay takes it, then SUBSCRIBED; the events it pushes are kept in order, each once, until the
 *   client has them (it watches from the sequence it has not seen), at most `maxBuffered` at a time;
 * - inbound (a peer relay subscribed to a stream of this network): held by this network's driver, which
 *   publishes each event in order; each is kept until the peer relay takes it, and forwarded in order.
 *
 * Every change is stored before it is acknowledged, so a restart resumes each subscription: the driver is
 * subscribed again from the sequence needed next (it keeps no state), undelivered events are forwarded
 * again, and repeats are dropped by sequence. When a relay holds `maxBuffered` events of a subscription it
 * answers `later`: the sender keeps them (the driver: on its ledger) and tries again. Relays never judge an
 * event; the client and the destination ledger verify its proof.
 */
import { backoffDelay } from '../common/backoff.js';
import { describeError, type ErrorCode, WeftError } from '../common/errors.js';
import type { RequestStore, StoredRecord } from '../store/request-store.js';
import type { ViewQuery } from '../transport/edge.js';
import type { EventSubscriptionRequest, PublishedEvent } from '../transport/event-edge.js';
import type { RelayLog, Reply } from './machine.js';
import type { StoredView } from './records.js';
import { type Clock, keyedTimers, systemClock, type Wake } from './timers.js';

/** How a subscription call ended: taken from a sequence on, refused for good, or to be asked again. */
export type SubscribeReply =
  | { readonly kind: 'subscribed'; readonly from: bigint }
  | { readonly kind: 'refused'; readonly code: ErrorCode; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string; readonly wake?: Wake };

export interface EventTransport {
  hasPeer(networkId: string): boolean;
  readonly hasDriver: boolean;
  /** Subscribes at the relay of the stream's network. */
  subscribeAtSource(request: EventSubscriptionRequest): Promise<SubscribeReply>;
  /** Subscribes (or unsubscribes) this network's driver; it publishes under the query's request id. */
  subscribeDriver(request: EventSubscriptionRequest): Promise<SubscribeReply>;
  /** Forwards an event to the relay of the network that subscribed; an ack that is not ok means later. */
  publishTo(origin: string, event: PublishedEvent): Promise<Reply>;
}

export type SubscriptionStatus = 'PENDING_ACK' | 'SUBSCRIBED' | 'ERROR' | 'UNSUBSCRIBED';

interface SubscriptionCommon extends StoredRecord {
  readonly id: string;
  /** Its address is the stream's; its nonce and signature the subscriber's. */
  readonly query: ViewQuery;
  /** The first sequence; "0" until the source has said which (a subscription from the next event on). */
  readonly from: string;
  /** The last sequence taken in. */
  readonly received: string;
  readonly status: SubscriptionStatus;
  readonly error?: { readonly code: ErrorCode; readonly message: string };
  readonly createdAt: number;
  readonly attempts: number;
}

export interface OutboundSubscription extends SubscriptionCommon {
  readonly role: 'subscribed';
  /** Where its events are POSTed (relay/webhook-events.ts), with the secrets that sign them, newest first. */
  readonly webhook?: {
    readonly url: string;
    readonly secrets: readonly string[];
    /** Until when the older secrets sign too (ms since the epoch). */
    readonly previousUntil?: number;
  };
}

export interface InboundSubscription extends SubscriptionCommon {
  readonly role: 'publishing';
  readonly origin: string;
  /** The last sequence the peer relay took. */
  readonly delivered: string;
}

export interface HeldEvent extends StoredRecord {
  readonly role: 'event';
  readonly subscription: string;
  readonly sequence: string;
  readonly view: StoredView;
}

export type SubscriptionRecord = OutboundSubscription | InboundSubscription;
export type EventStoreRecord = SubscriptionRecord | HeldEvent;

const subscribedKey = (id: string) => `sub/out/${id}`;
const publishingKey = (origin: string, id: string) => `sub/in/${origin}/${id}`;
const eventKey = (subscription: string, sequence: bigint) => `ev/${subscription}/${sequence}`;
/** The id the driver publishes an inbound subscription's events under. */
const driverId = (origin: string, id: string) => `${origin}:${id}`;

export interface EventMachineOptions {
  readonly networkId: string;
  readonly store: RequestStore<EventStoreRecord>;
  readonly transport: EventTransport;
  /** Events of one subscription held at once. */
  readonly maxBuffered: number;
  /** Open subscriptions of one requester (its certificate) at this relay. */
  readonly maxPerRequester: number;
  readonly backoff: { readonly initialMs: number; readonly maxMs: number };
  /** How often the driver is subscribed again: it forgets its subscriptions when it restarts. */
  readonly resubscribeMs: number;
  readonly clock?: Clock;
  readonly log?: RelayLog;
  /**
   * Takes each event of a subscription with a webhook once it is stored, in order, and resolves once it has
   * it durably (its delivery queued): the relay then holds it no longer. Called again for held events after
   * a restart; it takes each sequence once.
   */
  readonly webhookSink?: (subscription: OutboundSubscription, event: DeliveredEvent) => Promise<void>;
  /** Checks a new subscription's webhook before it is taken; without it, webhooks are refused. */
  readonly checkWebhook?: (request: EventSubscriptionRequest) => Promise<void>;
}

/** A held event as a client receives it. */
export interface DeliveredEvent {
  readonly subscription: string;
  readonly sequence: bigint;
  readonly view: StoredView;
}

export interface EventMachine {
  /**
   * A client subscribes; resolves to the subscription's id once it is durable.
   *
   * @throws {WeftError} REQUEST_INVALID, NOT_FOUND (no relay for the stream's network), SUBSCRIPTION_LIMIT
   */
  subscribe(request: EventSubscriptionRequest): Promise<string>;
  /** The subscription as it is, open or ended. @throws {WeftError} NOT_FOUND */
  subscription(id: string): Promise<OutboundSubscription>;
  /** Events held for the client from `from` on (0: the subscription's first), in order. */
  held(id: string, from: bigint): DeliveredEvent[];
  /** Sends each event from `from` on, then each new one; drops those before `from`. Returns its stop. */
  watch(id: string, from: bigint, send: (event: DeliveredEvent) => void): () => void;
  /** @throws {WeftError} NOT_FOUND */
  unsubscribe(id: string): Promise<void>;
  /**
   * A peer relay subscribes to a stream of this network; resolves to the first sequence served.
   *
   * @throws {WeftError} the driver's refusal (its code), NOT_FOUND (no driver), UNREACHABLE
   */
  receiveSubscription(origin: string, request: EventSubscriptionRequest): Promise<bigint>;
  /** The driver publishes an event. @throws {WeftError} NOT_FOUND */
  published(event: PublishedEvent): Promise<'taken' | 'later'>;
  /** The relay of `from` forwards an event. @throws {WeftError} NOT_FOUND, UNAUTHENTICATED */
  arrived(from: string, event: PublishedEvent): Promise<'taken' | 'later'>;
  /** Resumes every subscription a previous run left open; returns how many. */
  resume(): number;
  /** A subscription's new webhook secret; the older ones sign too until `previousUntil`. @throws {WeftError} NOT_FOUND */
  rotateWebhookSecret(id: string, secret: string, previousUntil: number): Promise<void>;
  /**
   * Where subscription `id`'s events are POSTed now, with the secrets that sign them (a rotated-out one
   * until its grace period ends); undefined when it is not open or has no webhook.
   */
  webhookTarget(id: string): { readonly url: string; readonly secrets: readonly string[] } | undefined;
  /** Each open subscription's role, status and lag (publishing: events the driver published, not yet taken). */
  summary(): Array<{ role: string; status: string; lag: number }>;
  stop(): void;
}

const storedView = (event: PublishedEvent): StoredView => ({
  meta: event.view.meta,
  data: Buffer.from(event.view.data).toString('base64'),
});

const wireView = (view: StoredView) => ({ meta: view.meta, data: Buffer.from(view.data, 'base64') });

export async function openEventMachine(options: EventMachineOptions): Promise<EventMachine> {
  const { networkId, store, transport } = options;
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});
  const subscriptions = new Map<string, SubscriptionRecord>();
  /** Held events by subscription key, in sequence order. */
  const events = new Map<string, Map<bigint, HeldEvent>>();
  const watchers = new Map<string, Set<(event: DeliveredEvent) => void>>();
  const timers = keyedTimers(clock);
  let stopping = false;

  for (const record of await store.unfinished()) {
    if (record.role === 'event') heldOf(record.subscription).set(BigInt(record.sequence), record);
    else subscriptions.set(record.key, record);
  }
  for (const held of events.values()) {
    const sorted = [...held.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    held.clear();
    for (const [sequence, event] of sorted) held.set(sequence, event);
  }

  function heldOf(key: string): Map<bigint, HeldEvent> {
    let held = events.get(key);
    if (!held) {
      held = new Map();
      events.set(key, held);
    }
    return held;
  }

  const save = (record: EventStoreRecord): Promise<void> => {
    if (record.role !== 'event') {
      if (record.final) subscriptions.delete(record.key);
      else subscriptions.set(record.key, record);
    }
    return store.put(record);
  };

  const update = <R extends SubscriptionRecord>(record: R, changes: Partial<R>): R => ({
    ...record,
    ...changes,
    updatedAt: clock.now(),
  });

  const schedule = (key: string, delayMs: number, run: () => Promise<void>, wake?: Wake) =>
    timers.schedule(
      key,
      delayMs,
      () =>
        void run().catch((error: unknown) =>
          log({ event: 'event-step-failed', key, error: describeError(error) }),
        ),
      wake,
    );

  const backoff = (attempts: number) => backoffDelay(attempts, options.backoff);

  /** One forwarding loop per subscription at a time; a call meanwhile runs it once more after. */
  const delivering = new Map<string, boolean>();
  const deliver = (key: string): void => {
    if (delivering.has(key)) {
      delivering.set(key, true);
      return;
    }
    delivering.set(key, false);
    stepDeliver(key)
      .catch((error: unknown) => log({ event: 'event-step-failed', key, error: describeError(error) }))
      .finally(() => {
        const again = delivering.get(key);
        delivering.delete(key);
        if (again) deliver(key);
      });
  };

  // Outbound: subscribing at the source's relay.
  const stepSubscribe = async (key: string): Promise<void> => {
    const record = subscriptions.get(key);
    if (record?.role !== 'subscribed' || record.status !== 'PENDING_ACK') return;
    const reply = await transport.subscribeAtSource({
      query: record.query,
      from: BigInt(record.from),
      unsubscribe: false,
    });
    if (subscriptions.get(key) !== record) return;
    if (reply.kind === 'subscribed') {
      await save(
        update(record, {
          status: 'SUBSCRIBED',
          from: String(reply.from),
          received: String(reply.from - 1n),
          attempts: 0,
        }),
      );
      log({ event: 'subscribed', requestId: record.id, from: String(reply.from) });
    } else if (reply.kind === 'refused') {
      await save(
        update(record, { status: 'ERROR', final: true, error: { code: reply.code, message: reply.reason } }),
      );
      log({ event: 'subscription-refused', requestId: record.id, code: reply.code, reason: reply.reason });
    } else {
      const next = update(record, { attempts: record.attempts + 1 });
      await save(next);
      schedule(key, backoff(record.attempts), () => stepSubscribe(key), reply.wake);
    }
  };

  // Inbound: forwarding held events to the relay that subscribed, in order.
  const stepDeliver = async (key: string): Promise<void> => {
    for (;;) {
      const record = subscriptions.get(key);
      if (record?.role !== 'publishing' || record.status !== 'SUBSCRIBED' || stopping) return;
      const sequence = BigInt(record.delivered) + 1n;
      const event = events.get(key)?.get(sequence);
      if (!event) return;
      const reply = await transport.publishTo(record.origin, {
        requestId: record.id,
        sequence,
        view: wireView(event.view),
      });
      if (reply.kind === 'ack' && reply.ok) {
        const current = subscriptions.get(key);
        if (current?.role !== 'publishing') return;
        events.get(key)?.delete(sequence);
        await Promise.all([
          store.put({ ...event, final: true, updatedAt: clock.now() }),
          save(update(current, { delivered: String(sequence), attempts: 0 })),
        ]);
        continue;
      }
      const reason = reply.kind === 'ack' ? reply.message || 'later' : reply.reason;
      log({ event: 'forward-retry', requestId: record.id, sequence: String(sequence), reason });
      const next = update(record, { attempts: record.attempts + 1 });
      subscriptions.set(key, next);
      schedule(
        key,
        backoff(record.attempts),
        async () => deliver(key),
        reply.kind === 'failed' ? reply.wake : undefined,
      );
      return;
    }
  };

  const subscribeDriver = async (record: InboundSubscription): Promise<void> => {
    const reply = await transport.subscribeDriver({
      query: { ...record.query, requestId: driverId(record.origin, record.id) },
      from: BigInt(record.received) + 1n,
      unsubscribe: false,
    });
    if (reply.kind !== 'subscribed') {
      log({ event: 'driver-resubscribe-failed', requestId: record.id, reason: reply.reason });
    }
  };

  const resubscribeAll = () => {
    for (const record of subscriptions.values()) {
      if (record.role === 'publishing' && record.status === 'SUBSCRIBED') void subscribeDriver(record);
    }
  };
  let stopResubscribing = () => {};
  const resubscribeLoop = () => {
    stopResubscribing = clock.after(options.resubscribeMs, () => {
      resubscribeAll();
      if (!stopping) resubscribeLoop();
    });
  };

  const outbound = (id: string): OutboundSubscription => {
    const record = subscriptions.get(subscribedKey(id));
    if (record?.role !== 'subscribed')
      throw new WeftError('NOT_FOUND', `no subscription ${id}`, { requestId: id });
    return record;
  };

  const deliveredEvent = (event: HeldEvent): DeliveredEvent => ({
    subscription: event.subscription,
    sequence: BigInt(event.sequence),
    view: event.view,
  });

  /**
   * Hands a webhook subscription's held events to the sink, oldest first, and lets each go once the sink
   * has it. One pass per subscription at a time, so the sink sees them in order.
   */
  const sinking = new Map<string, Promise<void>>();
  const toWebhook = (key: string): Promise<void> => {
    const run = async () => {
      const record = subscriptions.get(key);
      const sink = options.webhookSink;
      if (record?.role !== 'subscribed' || !record.webhook || !sink) return;
      const held = heldOf(key);
      for (const [sequence, event] of [...held].sort(([a], [b]) => (a < b ? -1 : 1))) {
        await sink(record, deliveredEvent(event));
        held.delete(sequence);
        await store.put({ ...event, final: true, updatedAt: clock.now() });
      }
    };
    const next = (sinking.get(key) ?? Promise.resolve()).then(run, run);
    sinking.set(key, next);
    void next.finally(() => {
      if (sinking.get(key) === next) sinking.delete(key);
    });
    return next;
  };

  /** Takes an event in at its subscription's next sequence, once; `later` when full or out of order. */
  const takeIn = async (record: SubscriptionRecord, event: PublishedEvent): Promise<'taken' | 'later'> => {
    const expected = BigInt(record.received) + 1n;
    if (event.sequence < expected) return 'taken';
    const held = heldOf(record.key);
    if (event.sequence > expected || held.size >= options.maxBuffered) return 'later';
    const stored: HeldEvent = {
      key: eventKey(record.key, event.sequence),
      role: 'event',
      subscription: record.key,
      sequence: String(event.sequence),
      view: storedView(event),
      final: false,
      updatedAt: clock.now(),
    };
    held.set(event.sequence, stored);
    await Promise.all([store.put(stored), save(update(record, { received: String(event.sequence) }))]);
    return 'taken';
  };

  return {
    async subscribe(request) {
      const { query, webhook } = request;
      if (query.sourceNetwork === networkId) {
        throw new WeftError('REQUEST_INVALID', `the stream is of this relay's own network ${networkId}`);
      }
      if (!transport.hasPeer(query.sourceNetwork)) {
        throw new WeftError('NOT_FOUND', `no relay configured for network ${query.sourceNetwork}`);
      }
      const key = subscribedKey(query.requestId);
      const known = subscriptions.get(key) ?? (await store.get(key));
      if (known) {
        if (
          known.role !== 'subscribed' ||
          known.query.address !== query.address ||
          known.query.nonce !== query.nonce ||
          known.webhook?.url !== webhook?.url
        ) {
          throw new WeftError(
            'REQUEST_INVALID',
            `subscription id ${query.requestId} is another subscription's`,
          );
        }
        return known.id;
      }
      const mine = [...subscriptions.values()].filter(
        (s) => s.role === 'subscribed' && s.query.certificate === query.certificate,
      ).length;
      if (mine >= options.maxPerRequester) {
        throw new WeftError(
          'SUBSCRIPTION_LIMIT',
          `the requester holds ${mine} subscriptions at this relay, the most it may`,
          { limit: options.maxPerRequester },
        );
      }
      if (webhook) {
        if (!options.checkWebhook) throw new WeftError('REQUEST_INVALID', 'this relay delivers no webhooks');
        await options.checkWebhook(request);
      }
      const now = clock.now();
      const record: OutboundSubscription = {
        key,
        role: 'subscribed',
        id: query.requestId,
        query: { ...query, requestingNetwork: networkId, requestingRelay: networkId },
        from: String(request.from),
        received: String(request.from > 0n ? request.from - 1n : 0n),
        status: 'PENDING_ACK',
        final: false,
        createdAt: now,
        updatedAt: now,
        attempts: 0,
        ...(webhook ? { webhook: { url: webhook.url, secrets: [webhook.secret] } } : {}),
      };
      await save(record);
      schedule(key, 0, () => stepSubscribe(key));
      log({ event: 'subscribe', requestId: record.id, address: query.address });
      return record.id;
    },

    async subscription(id) {
      const key = subscribedKey(id);
      const record = subscriptions.get(key) ?? (await store.get(key)) ?? subscriptions.get(key);
      if (record?.role !== 'subscribed')
        throw new WeftError('NOT_FOUND', `no subscription ${id}`, { requestId: id });
      return record;
    },

    held(id, from) {
      const record = outbound(id);
      const start = from > 0n ? from : BigInt(record.from);
      return [...(events.get(record.key)?.values() ?? [])]
        .filter((e) => BigInt(e.sequence) >= start)
        .map(deliveredEvent);
    },

    watch(id, from, send) {
      const record = outbound(id);
      const held = heldOf(record.key);
      // The client has every event before `from`: they need not be kept.
      for (const [sequence, event] of [...held]) {
        if (from > 0n && sequence < from) {
          held.delete(sequence);
          void store.put({ ...event, final: true, updatedAt: clock.now() });
        }
      }
      for (const event of held.values()) send(deliveredEvent(event));
      const set = watchers.get(record.key) ?? new Set();
      watchers.set(record.key, set);
      set.add(send);
      return () => set.delete(send);
    },

    async unsubscribe(id) {
      const record = outbound(id);
      timers.cancel(record.key);
      await save(update(record, { status: 'UNSUBSCRIBED', final: true }));
      void transport.subscribeAtSource({ query: record.query, from: 0n, unsubscribe: true });
      log({ event: 'unsubscribed', requestId: id });
    },

    async receiveSubscription(origin, request) {
      const key = publishingKey(origin, request.query.requestId);
      const known = subscriptions.get(key);
      if (request.unsubscribe) {
        if (known?.role === 'publishing') {
          await save(update(known, { status: 'UNSUBSCRIBED', final: true }));
          void transport.subscribeDriver({
            query: { ...known.query, requestId: driverId(origin, known.id) },
            from: 0n,
            unsubscribe: true,
          });
        }
        return 0n;
      }
      if (known?.role === 'publishing' && known.status === 'SUBSCRIBED') return BigInt(known.from);
      if (!transport.hasDriver) throw new WeftError('NOT_FOUND', `${networkId} has no driver`);
      const query = { ...request.query, requestingNetwork: origin };
      const reply = await transport.subscribeDriver({
        query: { ...query, requestId: driverId(origin, query.requestId) },
        from: request.from,
        unsubscribe: false,
      });
      if (reply.kind === 'refused') throw new WeftError(reply.code, reply.reason);
      if (reply.kind === 'failed') throw new WeftError('UNREACHABLE', `the driver: ${reply.reason}`);
      const now = clock.now();
      await save({
        key,
        role: 'publishing',
        id: query.requestId,
        origin,
        query,
        from: String(reply.from),
        received: String(reply.from - 1n),
        delivered: String(reply.from - 1n),
        status: 'SUBSCRIBED',
        final: false,
        createdAt: now,
        updatedAt: now,
        attempts: 0,
      });
      log({ event: 'publishing', requestId: query.requestId, origin, from: String(reply.from) });
      return reply.from;
    },

    async published(event) {
      const separator = event.requestId.indexOf(':');
      const key = publishingKey(event.requestId.slice(0, separator), event.requestId.slice(separator + 1));
      const record = subscriptions.get(key);
      if (separator < 1 || record?.role !== 'publishing' || record.status !== 'SUBSCRIBED') {
        throw new WeftError('NOT_FOUND', `no subscription ${event.requestId}`);
      }
      const taken = await takeIn(record, event);
      if (taken === 'taken') deliver(key);
      return taken;
    },

    async arrived(from, event) {
      const record = subscriptions.get(subscribedKey(event.requestId));
      if (record?.role !== 'subscribed')
        throw new WeftError('NOT_FOUND', `no subscription ${event.requestId}`);
      if (record.query.sourceNetwork !== from) {
        throw new WeftError('UNAUTHENTICATED', `subscription ${event.requestId} is not to ${from}`);
      }
      // The source's ack may still be on its way: its events wait for it.
      if (record.status !== 'SUBSCRIBED') return 'later';
      const taken = await takeIn(record, event);
      if (record.webhook) {
        // Also for a repeat: an event the sink failed to take before is still held.
        if (heldOf(record.key).size > 0) await toWebhook(record.key);
      } else if (taken === 'taken') {
        const held = events.get(record.key)?.get(event.sequence);
        if (held) for (const send of watchers.get(record.key) ?? []) send(deliveredEvent(held));
      }
      return taken;
    },

    resume() {
      for (const record of subscriptions.values()) {
        // Events held when the last run stopped, perhaps already queued: the sink takes each once.
        if (record.role === 'subscribed' && record.webhook) {
          void toWebhook(record.key).catch((error: unknown) =>
            log({ event: 'event-step-failed', key: record.key, error: describeError(error) }),
          );
        }
        if (record.role === 'subscribed' && record.status === 'PENDING_ACK') {
          schedule(record.key, 0, () => stepSubscribe(record.key));
        }
        if (record.role === 'publishing' && record.status === 'SUBSCRIBED') {
          void subscribeDriver(record);
          deliver(record.key);
        }
      }
      resubscribeLoop();
      return subscriptions.size;
    },

    async rotateWebhookSecret(id, secret, previousUntil) {
      const record = outbound(id);
      if (!record.webhook)
        throw new WeftError('NOT_FOUND', `subscription ${id} has no webhook`, { requestId: id });
      // The newest secret and the one it replaces: a second rotation within the grace period retires the oldest.
      const secrets = [secret, record.webhook.secrets[0]!];
      await save(update(record, { webhook: { ...record.webhook, secrets, previousUntil } }));
    },

    summary: () =>
      [...subscriptions.values()].map((r) => ({
        role: r.role,
        status: r.status,
        lag: r.role === 'publishing' ? Number(BigInt(r.received) - BigInt(r.delivered)) : 0,
      })),

    webhookTarget(id) {
      const record = subscriptions.get(subscribedKey(id));
      if (record?.role !== 'subscribed' || !record.webhook) return undefined;
      const { url, secrets, previousUntil = 0 } = record.webhook;
      return { url, secrets: clock.now() < previousUntil ? secrets : secrets.slice(0, 1) };
    },

    stop() {
      stopping = true;
      stopResubscribing();
      timers.stop();
    },
  };
}
