/**
 * A driver's side of event subscriptions, whatever its ledger: for each subscription it takes the stream's
 * events from a sequence number on, proves each (the ledger kind's `EventSource`), and publishes them one at
 * a time, in order, each until its relay takes it. A driver keeps no state of its own: its relay holds the
 * subscription and where it stands, and subscribes again (from the sequence it needs next) after either of
 * them restarts; a subscription asked for again starts over from the sequence given.
 */
import { backoffDelay } from '../common/backoff.js';
import { describeError } from '../common/errors.js';
import type { AddressedQuery, WireView } from '../transport/edge.js';

/** A subscription as the driver serves it: the stream's address, nonce and requester in `query`. */
export interface DriverSubscription {
  /** The relay's id of the subscription; the driver publishes under it. */
  readonly id: string;
  readonly query: AddressedQuery;
  /** The first sequence to publish. */
  readonly from: bigint;
}

/** What a ledger kind does for event subscriptions. */
export interface EventSource {
  /**
   * Checks that the source serves the subscription: its stream, requester and access rules (a proof of an
   * event not yet emitted tells that much).
   *
   * @throws {WeftError} naming why not.
   */
  check(subscription: DriverSubscription): Promise<void>;
  /** How many events the stream has, as far as the source has committed them. */
  count(subscription: DriverSubscription): Promise<bigint>;
  /** Event `sequence` of the stream, proven for the subscription. */
  prove(subscription: DriverSubscription, sequence: bigint): Promise<WireView>;
  /**
   * Events `from` to at most `from + max - 1`, proven at once by one view (a run, proofs/events.ts), and
   * the last sequence it proves. A source without it proves each event alone.
   */
  proveRun?(
    subscription: DriverSubscription,
    from: bigint,
    max: number,
  ): Promise<{ view: WireView; last: bigint }>;
  /** Calls `changed` whenever the stream may have grown; returns its stop. */
  watch(subscription: DriverSubscription, changed: () => void): () => void;
}

/** Whether the relay took an event; `later` when it holds as many as it may for now. */
export type Published = 'taken' | 'later';

export type Publish = (
  subscription: DriverSubscription,
  sequence: bigint,
  view: WireView,
) => Promise<Published>;

export interface EventPumpOptions {
  readonly backoff: { readonly initialMs: number; readonly maxMs: number };
  /** How often a stream is looked at without a change notice: notices can be lost across reconnects. */
  readonly pollMs: number;
  readonly log?: (event: Record<string, unknown>) => void;
}

export interface EventPump {
  /** Serves `subscription` from its `from` on (replacing what was served under its id). */
  subscribe(subscription: DriverSubscription): void;
  unsubscribe(id: string): void;
  /** The next sequence it publishes for subscription `id`, if it serves it. */
  next(id: string): bigint | undefined;
  /** How many subscriptions it serves. */
  readonly size: () => number;
  stop(): void;
}

/** Events proven ahead of the one being published, per subscription. */
const PROVING_AHEAD = 8n;
/**
 * The most events one run proves: one endorsement covers them all, while a relay keeps the run's view once
 * per event it holds, so runs are kept short of MAX_RUN.
 */
export const RUN_LENGTH = 16;

interface Served {
  readonly subscription: DriverSubscription;
  next: bigint;
  running: boolean;
  again: boolean;
  failures: number;
  stopped: boolean;
  retry?: ReturnType<typeof setTimeout>;
  readonly stops: Array<() => void>;
}

export function createEventPump(source: EventSource, publish: Publish, options: EventPumpOptions): EventPump {
  const log = options.log ?? (() => {});
  const served = new Map<string, Served>();

  /** Publishes what the stream has beyond `next`, once at a time; runs again if a notice came meanwhile. */
  const pump = async (entry: Served): Promise<void> => {
    if (entry.running) {
      entry.again = true;
      return;
    }
    entry.running = true;
    try {
      do {
        entry.again = false;
        const count = await source.count(entry.subscription);
        if (source.proveRun) {
          if (!(await publishRuns(entry, count, source.proveRun))) return;
          continue;
        }
        // Proofs of the next few events are asked for at once (each is the ledger's work, mostly waiting);
        // they are published one at a time, in order.
        const proving = new Map<bigint, Promise<WireView>>();
        while (!entry.stopped && entry.next <= count) {
          for (let s = entry.next; s <= count && s < entry.next + PROVING_AHEAD; s++) {
            if (!proving.has(s)) {
              const proof = source.prove(entry.subscription, s);
              proof.catch(() => {}); // awaited in its turn, or dropped with the window
              proving.set(s, proof);
            }
          }
          const view = await proving.get(entry.next)!;
          proving.delete(entry.next);
          if (entry.stopped || !(await publishNext(entry, view))) return;
        }
      } while (entry.again && !entry.stopped);
    } catch (error) {
      retryLater(entry, describeError(error));
    } finally {
      entry.running = false;
    }
  };

  /** Publishes event `next` under `view` and moves on; false when the relay said later (a retry is scheduled). */
  const publishNext = async (entry: Served, view: WireView): Promise<boolean> => {
    if ((await publish(entry.subscription, entry.next, view)) === 'later') {
      retryLater(entry, 'the relay holds as many events as it may');
      return false;
    }
    log({ event: 'published', requestId: entry.subscription.id, sequence: String(entry.next) });
    entry.next += 1n;
    entry.failures = 0;
    return true;
  };

  /**
   * Publishes the events up to `count` in runs, each event of a run under the run's one view, the next run
   * proven while this one is published. False when the relay said later (a retry is scheduled).
   */
  const publishRuns = async (
    entry: Served,
    count: bigint,
    proveRun: NonNullable<EventSource['proveRun']>,
  ): Promise<boolean> => {
    const runFrom = (from: bigint) => {
      const proof = proveRun(entry.subscription, from, Number(min(BigInt(RUN_LENGTH), count - from + 1n)));
      proof.catch(() => {}); // awaited in its turn, or dropped
      return proof;
    };
    let proving = entry.next <= count ? runFrom(entry.next) : undefined;
    while (proving && !entry.stopped) {
      const { view, last } = await proving;
      proving = last < count ? runFrom(last + 1n) : undefined;
      while (entry.next <= last && !entry.stopped) {
        if (!(await publishNext(entry, view))) return false;
      }
    }
    return true;
  };

  const retryLater = (entry: Served, reason: string) => {
    const delayMs = backoffDelay(entry.failures++, options.backoff);
    log({ event: 'publish-retry', requestId: entry.subscription.id, delayMs, reason });
    // One retry pending at a time per subscription, cleared when it ends.
    clearTimeout(entry.retry);
    entry.retry = setTimeout(() => void pump(entry), delayMs);
  };

  const end = (entry: Served) => {
    entry.stopped = true;
    clearTimeout(entry.retry);
    for (const stop of entry.stops) stop();
  };

  return {
    subscribe(subscription) {
      const known = served.get(subscription.id);
      if (known) end(known);
      const entry: Served = {
        subscription,
        next: subscription.from,
        running: false,
        again: false,
        failures: 0,
        stopped: false,
        stops: [],
      };
      served.set(subscription.id, entry);
      entry.stops.push(source.watch(subscription, () => void pump(entry)));
      const poll = setInterval(() => void pump(entry), options.pollMs);
      entry.stops.push(() => clearInterval(poll));
      void pump(entry);
    },
    unsubscribe(id) {
      const entry = served.get(id);
      if (entry) end(entry);
      served.delete(id);
    },
    next: (id) => served.get(id)?.next,
    size: () => served.size,
    stop() {
      for (const entry of served.values()) end(entry);
      served.clear();
    },
  };
}

const min = (a: bigint, b: bigint) => (a < b ? a : b);
