/**
 * The life of every request a relay holds, whatever carries it: a client's request forwarded to the source
 * network's relay until the view comes back (outbound), and a peer relay's request taken to this network's
 * driver, its answer delivered back (inbound); records.ts has the states. Every state is stored before it
 * is acted on, calls that fail are retried with backoff until the request's deadline, a request id is one
 * request however often it is asked, and the requests a previous run left open resume where they were.
 *
 * It knows nothing of gRPC: calls go through a `RelayTransport`, time through a `Clock`, records through a
 * `RequestStore`.
 */
import { backoffDelay } from '../common/backoff.js';
import { describeError, type ErrorCode, WeftError } from '../common/errors.js';
import type { RequestStore, SharedStore } from '../store/request-store.js';
import type { ViewAnswer, ViewQuery } from '../transport/edge.js';
import type { RelayConfig } from './config.js';
import {
  attemptId,
  checkTransition,
  driverAnswerKey,
  driverRequestId,
  HISTORY_LENGTH,
  type InboundRecord,
  inboundKey,
  isFinal,
  MAX_REQUEST_ID_LENGTH,
  type OutboundRecord,
  outboundIdOf,
  outboundKey,
  type RequestRecord,
  requestIdOf,
  storedAnswer,
  wireAnswer,
} from './records.js';
import { type Clock, keyedTimers, systemClock, type Wake } from './timers.js';

export { type Clock, systemClock, type Wake } from './timers.js';

/** How often states the store failed to take are written again: soon after a database is back. */
const REWRITE_MS = 500;

export interface RelayEvent {
  readonly event: string;
  readonly requestId?: string;
  readonly [field: string]: unknown;
}

export type RelayLog = (event: RelayEvent) => void;

/** How a call to another component ended, as far as the request's next state depends on it. */
export type Reply =
  /** The callee answered; `ok` when it took the request on. */
  | { readonly kind: 'ack'; readonly ok: boolean; readonly message: string }
  /** Asking again cannot help: the callee refused, or is another component (`wrongRole`). */
  | { readonly kind: 'refused'; readonly reason: string; readonly wrongRole: boolean }
  /** Asking again may; `wake` when the callee was unreachable, to ask as soon as it is back. */
  | { readonly kind: 'failed'; readonly reason: string; readonly wake?: Wake };

/** What the machine asks of the relay's connections. Calls never throw: they end in a `Reply`. */
export interface RelayTransport {
  /** Whether a relay is configured for the network. */
  hasPeer(networkId: string): boolean;
  readonly hasDriver: boolean;
  /**
   * Fires when the channel to the driver is connected again after it dropped: the driver restarted, and
   * forgot what it was asked.
   */
  readonly driverReconnected?: Wake;
  /** Asks the relay of the query's source network for the view. */
  forward(query: ViewQuery): Promise<Reply>;
  /** Asks this network's driver for the view; it answers under `requestId`. */
  askDriver(requestId: string, query: ViewQuery): Promise<Reply>;
  /** Sends the answer back to the relay of the network that asked. */
  deliver(origin: string, answer: ViewAnswer): Promise<Reply>;
  /** A new state of an outbound request, for the clients watching it. */
  push(record: OutboundRecord): void;
  /** The outbound requests clients of this relay watch, by id. */
  readonly watched: Pick<ReadonlyMap<string, unknown>, 'has' | 'keys'>;
}

export interface MachineOptions {
  readonly networkId: string;
  /** Requests not yet final, beyond which new ones are refused. */
  readonly maxPending: number;
  readonly timeouts: Pick<
    RelayConfig['timeouts'],
    'requestMs' | 'driverMs' | 'backoffInitialMs' | 'backoffMaxMs'
  >;
  readonly store: RequestStore<RequestRecord>;
  /**
   * The same store, when replicas share it: requests another replica left are taken on, and those another
   * replica moved on are let go (it holds them then).
   */
  readonly shared?: SharedStore<RequestRecord>;
  readonly transport: RelayTransport;
  readonly clock?: Clock;
  /** Structured log lines, each with its request id. */
  readonly log?: RelayLog;
}

export interface RequestMachine {
  /**
   * A client asks for a view; resolves to the request's id once the request is durable. Asked again with
   * the same id and the same request, it is the same request, acknowledged no sooner than the first ask.
   *
   * @throws {WeftError} REQUEST_INVALID (its own network, or the id of another request), NOT_FOUND (no relay
   *   for the source network), OVERLOADED, STORE_FAILED
   */
  request(query: ViewQuery): Promise<string>;
  /**
   * The relay of `origin` (as its certificate proves) asks for a view of this network.
   *
   * @throws {WeftError} REQUEST_INVALID (another network's view), OVERLOADED, STORE_FAILED
   */
  receive(origin: string, query: ViewQuery): Promise<void>;
  /**
   * The driver answers an inbound request; an answer to one already answered changes nothing.
   *
   * @throws {WeftError} NOT_FOUND, STORE_FAILED
   */
  answered(answer: ViewAnswer): Promise<void>;
  /**
   * The relay of `from` answers an outbound request; an answer to one already final changes nothing.
   *
   * @throws {WeftError} NOT_FOUND, UNAUTHENTICATED (the request did not go to `from`), STORE_FAILED
   */
  completed(from: string, answer: ViewAnswer): Promise<void>;
  /** The outbound request as it is now, if it is open: what a new watcher starts from. */
  openOutbound(id: string): OutboundRecord | undefined;
  /**
   * The outbound request, open or final.
   *
   * @throws {WeftError} NOT_FOUND
   */
  outbound(id: string): Promise<OutboundRecord>;
  /**
   * Takes every open request a step further, those a previous run left open too; returns how many the
   * previous run left (requests taken since the ports opened are not among them).
   */
  resume(): number;
  /** Requests not yet final. */
  pendingCount(): number;
  /** When the oldest open request was created (epoch ms); undefined when none is open. */
  oldestOpenAt(): number | undefined;
  /** Requests open and kept final, newest first: for operators. */
  list(filter?: { status?: string; role?: 'outbound' | 'inbound'; limit?: number }): Promise<RequestRecord[]>;
  /** The requests of id `id` (its client's, and any peer's of that id). @throws {WeftError} NOT_FOUND */
  find(id: string): Promise<RequestRecord[]>;
  /**
   * Takes a failed request of this relay's client on again, as a new attempt at the source.
   *
   * @throws {WeftError} NOT_FOUND; REQUEST_INVALID when it did not fail
   */
  retry(id: string): Promise<RequestRecord>;
  /**
   * Ends an open request: a client's fails with CANCELLED; a peer's is answered with CANCELLED.
   *
   * @throws {WeftError} REQUEST_INVALID when it is not open, or already answered
   */
  cancel(id: string): Promise<RequestRecord>;
  /** Stops taking requests further; what is stored stays, for the next run to resume. */
  stop(): void;
}

/** A client's repeated ask: everything it signed and chose is the same. */
function sameRequest(stored: ViewQuery, asked: ViewQuery): boolean {
  return (
    stored.address === asked.address &&
    stored.nonce === asked.nonce &&
    stored.certificate === asked.certificate &&
    stored.signature === asked.signature &&
    stored.requestingOrg === asked.requestingOrg &&
    stored.confidential === asked.confidential &&
    (stored.batchable ?? false) === (asked.batchable ?? false) &&
    stored.policy.join(',') === asked.policy.join(',')
  );
}

/** Opens the machine over the store, holding every request it left open; `resume` takes them further. */
export async function openRequestMachine(options: MachineOptions): Promise<RequestMachine> {
  const { networkId, store, transport, timeouts } = options;
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});
  /**
   * Every request not yet final, as it is now: the state each step starts from. A request not here is final
   * or unknown, and read from the store: `open.get(key) ?? (await store.get(key)) ?? open.get(key)`, the
   * last look in the same turn as what follows, for a handler that created the request during the read (a
   * helper function would put a turn between them).
   */
  const open = new Map<string, RequestRecord>();
  for (const record of await store.unfinished()) open.set(record.key, record);
  /** What a previous run left open: what `resume` reports, whatever arrived since the ports opened. */
  const leftOpen = open.size;
  /** What every request taken on now starts with. */
  const takenOn = () => {
    const now = clock.now();
    return { final: false, createdAt: now, updatedAt: now, deadline: now + timeouts.requestMs, attempts: 0 };
  };
  const timers = keyedTimers(clock);
  /**
   * States the store failed to take (a database restarting), by key: written again until it takes them,
   * unless a later state of the request replaced them. Without this a request made final in memory would
   * stay open in the store until the next restart.
   */
  const unsaved = new Map<string, RequestRecord>();
  let rewriting: (() => void) | undefined;
  /** One round of writes at a time: the next is scheduled once this one's have settled. */
  const rewrite = async () => {
    await Promise.allSettled(
      [...unsaved].map(([key, record]) =>
        store.put(record).then(
          () => unsaved.get(key) === record && unsaved.delete(key),
          (error: unknown) => {
            if (error instanceof WeftError && error.code === 'STORE_CONFLICT') unsaved.delete(key);
          },
        ),
      ),
    );
    rewriting = undefined;
    rewriteLater();
  };
  const rewriteLater = () => {
    if (unsaved.size > 0 && rewriting === undefined && !stopping) {
      rewriting = clock.after(REWRITE_MS, () => void rewrite());
    }
  };
  /** New client requests until they are durable: a repeated ask is acknowledged no sooner than the first. */
  const storing = new Map<string, Promise<void>>();
  let stopping = false;

  /**
   * Records a new state of `from` (undefined: a new request): visible at once, durable when the promise
   * resolves. Acks wait for durability; work that follows from the state (the next call, the push to a
   * watcher) need not, because every one of those is safe to repeat or to lose in a crash: an
   * unacknowledged peer asks again, a restarted relay resumes from the last durable state, and a client
   * verifies what it is pushed. A state another replica wrote first (STORE_CONFLICT) lets the request go:
   * that replica holds it.
   *
   * @throws {WeftError} TRANSITION_INVALID when the request cannot go there from the state it is in.
   */
  const save = (next: RequestRecord, from?: RequestRecord): Promise<void> => {
    const previous = (from ?? open.get(next.key))?.status;
    checkTransition(next.id, previous, next.status);
    const record =
      previous === next.status
        ? next
        : ({
            ...next,
            history: [...(next.history ?? []), { status: next.status, at: next.updatedAt }].slice(
              -HISTORY_LENGTH,
            ),
          } as RequestRecord);
    if (isFinal(record.status)) open.delete(record.key);
    else open.set(record.key, record);
    unsaved.delete(record.key);
    const durable = store.put(record).catch((error: unknown) => {
      if (error instanceof WeftError && error.code === 'STORE_CONFLICT') letGo(record.key, record);
      // A new request the store did not take was not taken on: its caller is told, and asks again.
      else if (previous === undefined) {
        if (open.get(record.key) === record) open.delete(record.key);
      }
      // Still the request's latest state: a later one is written by its own save.
      else if (open.get(record.key) === record || (record.final && !open.has(record.key))) {
        unsaved.set(record.key, record);
        rewriteLater();
      }
      throw error;
    });
    if (record.role === 'outbound') transport.push(record);
    return durable;
  };

  /** Another replica holds the request now: it takes it further, and this one forgets it. */
  const letGo = (key: string, record?: RequestRecord) => {
    if (record !== undefined && open.get(key) !== record) return;
    if (!open.delete(key)) return;
    cancel(key);
    log({ event: 'let-go', requestId: record?.id ?? key });
  };

  const update = <R extends RequestRecord>(record: R, changes: Partial<R>): R => ({
    ...record,
    ...changes,
    updatedAt: clock.now(),
  });

  const cancel = (key: string) => timers.cancel(key);

  /** Runs the request's next step after `delayMs` (at once when it is 0), or as soon as `wake` fires. */
  const schedule = (key: string, delayMs: number, wake?: Wake) => {
    if (stopping) return;
    timers.schedule(key, delayMs, () => void step(key), wake);
  };

  /**
   * Moves a request on from the state a step started in, if nothing changed it meanwhile (a handler may
   * have, while the step awaited a call): compare-and-set on the open record, so a step never writes back
   * a stale state. The next step is scheduled before the write is awaited, so that a change arriving during
   * the write schedules after it and wins. False when the request had moved on.
   */
  const advance = async <R extends RequestRecord>(
    from: R,
    changes: Partial<R>,
    nextInMs?: number,
    wake?: Wake,
  ): Promise<boolean> => {
    if (open.get(from.key) !== from) return false;
    const durable = save(update(from, changes), from);
    if (nextInMs !== undefined) schedule(from.key, nextInMs, wake);
    await durable;
    return true;
  };

  const retryLater = async (
    record: RequestRecord,
    failure: { readonly reason: string; readonly wake?: Wake },
  ) => {
    const delay = backoffDelay(record.attempts, {
      initialMs: timeouts.backoffInitialMs,
      maxMs: timeouts.backoffMaxMs,
    });
    const retrying = await advance(
      record,
      { attempts: record.attempts + 1 },
      Math.min(delay, record.deadline - clock.now()),
      failure.wake,
    );
    if (retrying) {
      log({
        event: 'retry',
        requestId: record.id,
        status: record.status,
        attempt: record.attempts + 1,
        delayMs: delay,
        reason: failure.reason,
      });
    }
  };

  const expired = (record: RequestRecord) => clock.now() >= record.deadline;

  /** Takes one request one step further. */
  const step = async (key: string): Promise<void> => {
    const record = open.get(key);
    if (!record || stopping) return;
    try {
      if (record.role === 'outbound') await stepOutbound(record);
      else if (record.status === 'ANSWERED') await deliver(record);
      else await stepInbound(record);
    } catch (error) {
      // Only the store can fail here (or a refused transition, a bug); the request resumes from its last
      // stored state after a restart. A conflict let it go to the replica that holds it.
      if (error instanceof WeftError && error.code === 'STORE_CONFLICT') return;
      log({ event: 'step-failed', requestId: record.id, error: describeError(error) });
    }
  };

  const stepOutbound = async (record: OutboundRecord) => {
    const source = record.query.sourceNetwork;
    const fail = async (code: ErrorCode, reason: string) => {
      if (await advance(record, { status: 'ERROR', final: true, answer: { error: reason, code } })) {
        log({ event: 'failed', requestId: record.id, code, reason });
      }
    };
    if (expired(record)) {
      return fail('DEADLINE_EXCEEDED', `no view from ${source} within ${timeouts.requestMs} ms`);
    }
    // Waiting for the source relay: this step runs again at the deadline.
    if (record.status === 'PENDING') return schedule(record.key, record.deadline - clock.now());
    if (!transport.hasPeer(source)) return fail('NOT_FOUND', `no relay configured for network ${source}`);
    const reply = await transport.forward(record.query);
    if (reply.kind === 'failed') return retryLater(record, reply);
    if (reply.kind === 'refused') {
      return reply.wrongRole
        ? fail('WRONG_ROLE', reply.reason)
        : fail('REMOTE_ERROR', `${source} refused: ${reply.reason}`);
    }
    if (!reply.ok) return fail('REMOTE_ERROR', `${source} refused: ${reply.message}`);
    const advanced = await advance(record, { status: 'PENDING', attempts: 0 }, record.deadline - clock.now());
    // The source took it, also when its view came back before its ack did (the request is past PENDING
    // then): the ack's time is measured either way.
    log({
      event: 'forwarded',
      requestId: record.id,
      to: source,
      address: record.query.address,
      ...(advanced ? {} : { late: true }),
    });
  };

  const stepInbound = async (record: InboundRecord) => {
    const answer = async (code: ErrorCode, error: string) => {
      if (await advance(record, { status: 'ANSWERED', answer: { error, code }, attempts: 0 }, 0)) {
        log({ event: 'answered', requestId: record.id, origin: record.origin, code, error });
      }
    };
    if (expired(record))
      return answer('DEADLINE_EXCEEDED', `the driver of ${networkId} did not answer in time`);
    if (record.status === 'AT_DRIVER') {
      // The driver was asked and stayed silent for driverMs: ask again.
      if (await advance(record, { status: 'RECEIVED', attempts: record.attempts + 1 }, 0)) {
        log({ event: 'driver-silent', requestId: record.id });
      }
      return;
    }
    if (!transport.hasDriver) return answer('NOT_FOUND', `${networkId} has no driver`);
    const reply = await transport.askDriver(driverRequestId(record.origin, record.id), record.query);
    if (reply.kind === 'failed') return retryLater(record, reply);
    if (reply.kind === 'refused') {
      return reply.wrongRole
        ? answer('WRONG_ROLE', reply.reason)
        : answer('REMOTE_ERROR', `the driver refused: ${reply.reason}`);
    }
    if (!reply.ok) return answer('REMOTE_ERROR', `the driver refused: ${reply.message}`);
    // Asked again after driverMs of silence, or at once when a restarted driver is back.
    await advance(
      record,
      { status: 'AT_DRIVER' },
      Math.min(timeouts.driverMs, record.deadline - clock.now()),
      transport.driverReconnected,
    );
  };

  const deliver = async (record: InboundRecord) => {
    const done = async (status: 'DELIVERED' | 'FAILED', event: string, detail?: string) => {
      if (await advance(record, { status, final: true, answer: undefined })) {
        log({ event, requestId: record.id, origin: record.origin, ...(detail ? { detail } : {}) });
      }
    };
    if (expired(record)) return done('FAILED', 'undeliverable', 'the deadline passed');
    const reply = await transport.deliver(record.origin, wireAnswer(record.id, record.answer!));
    if (reply.kind === 'failed') return retryLater(record, reply);
    if (reply.kind === 'refused') return done('FAILED', 'undeliverable', reply.reason);
    return done('DELIVERED', reply.ok ? 'delivered' : 'delivery-refused', reply.message || undefined);
  };

  const admit = () => {
    if (open.size >= options.maxPending) {
      throw new WeftError('OVERLOADED', `the relay holds ${open.size} open requests; try later`, {
        limit: options.maxPending,
      });
    }
  };

  if (options.shared) {
    const shared = options.shared;
    /** A state another replica wrote, for this relay's clients who watch it. */
    const pushStored = (id: string) => {
      store.get(outboundKey(id)).then(
        (record) => record?.role === 'outbound' && transport.push(record),
        () => {}, // the client's watch reads it again when it reconnects
      );
    };
    shared.onClaimed = (records) => {
      for (const record of records) {
        if (isFinal(record.status) || open.has(record.key) || stopping) continue;
        open.set(record.key, record);
        log({ event: 'claimed', requestId: record.id, status: record.status });
        schedule(record.key, 0);
      }
    };
    shared.onForeignChange = (key) => {
      if (key === undefined) {
        for (const id of transport.watched.keys()) if (!open.has(outboundKey(id))) pushStored(id);
        return;
      }
      letGo(key);
      const id = outboundIdOf(key);
      if (id !== undefined && transport.watched.has(id)) pushStored(id);
    };
  }

  return {
    async request(query) {
      if (query.sourceNetwork === networkId) {
        throw new WeftError('REQUEST_INVALID', `the address names this relay's own network ${networkId}`);
      }
      if (!transport.hasPeer(query.sourceNetwork)) {
        throw new WeftError('NOT_FOUND', `no relay configured for network ${query.sourceNetwork}`, {
          network: query.sourceNetwork,
        });
      }
      const key = outboundKey(query.requestId);
      const known = open.get(key) ?? (await store.get(key)) ?? open.get(key);
      if (known) {
        // The client saw no ack (this relay restarted, or the ack was lost) and asks again: same request,
        // same answer, once.
        if (known.role !== 'outbound' || !sameRequest(known.query, query)) {
          throw new WeftError('REQUEST_INVALID', `request id ${query.requestId} is another request's`, {
            requestId: query.requestId,
          });
        }
        await storing.get(key);
        return known.id;
      }
      admit();
      const record: OutboundRecord = {
        ...takenOn(),
        key,
        role: 'outbound',
        id: query.requestId,
        status: 'PENDING_ACK',
        // What this relay asserts about the requester; the source relay replaces the network with the one
        // our certificate proves.
        query: { ...query, requestingNetwork: networkId, requestingRelay: networkId },
      };
      const durable = save(record);
      storing.set(key, durable);
      await durable.finally(() => storing.delete(key));
      log({ event: 'requested', requestId: record.id, address: query.address });
      // Stored before it is acted on: a request the store refused is never forwarded, and its first step
      // (and every event of it) comes after it was taken.
      schedule(key, 0);
      return record.id;
    },

    async receive(origin, query) {
      if (query.sourceNetwork !== networkId) {
        throw new WeftError('REQUEST_INVALID', `this relay serves ${networkId}, not ${query.sourceNetwork}`);
      }
      const key = inboundKey(origin, query.requestId);
      // Asked again after a lost ack: nothing new to do.
      if (open.get(key) ?? (await store.get(key)) ?? open.get(key)) return;
      admit();
      const record: InboundRecord = {
        ...takenOn(),
        key,
        role: 'inbound',
        id: query.requestId,
        origin,
        status: 'RECEIVED',
        query: { ...query, requestingNetwork: origin },
      };
      await save(record);
      log({ event: 'received', requestId: record.id, origin, address: query.address });
      schedule(key, 0);
    },

    async answered(answer) {
      const key = driverAnswerKey(answer.requestId);
      const record =
        key === undefined ? undefined : (open.get(key) ?? (await store.get(key)) ?? open.get(key));
      if (record?.role !== 'inbound') throw new WeftError('NOT_FOUND', `no request ${answer.requestId}`);
      if (record.status !== 'RECEIVED' && record.status !== 'AT_DRIVER') return;
      await save(update(record, { status: 'ANSWERED', answer: storedAnswer(answer), attempts: 0 }), record);
      log({ event: 'answered', requestId: record.id, origin: record.origin, view: 'view' in answer });
      schedule(record.key, 0);
    },

    async completed(from, answer) {
      // The request's own id, or, for an operator's retry, its id with the attempt's suffix.
      const own = outboundKey(answer.requestId);
      const ownRecord = open.get(own) ?? (await store.get(own));
      const key = ownRecord ? own : outboundKey(requestIdOf(answer.requestId));
      const record = ownRecord ?? open.get(key) ?? (await store.get(key)) ?? open.get(key);
      if (record?.role !== 'outbound') throw new WeftError('NOT_FOUND', `no request ${answer.requestId}`);
      if (record.query.sourceNetwork !== from) {
        throw new WeftError('UNAUTHENTICATED', `request ${answer.requestId} was not sent to ${from}`);
      }
      if (isFinal(record.status)) return; // delivered again after a lost ack
      // An answer to an attempt before an operator's retry: the retry's answer is the one awaited.
      if (attemptId(record.id, record.retried) !== answer.requestId) return;
      cancel(key);
      const failed = 'error' in answer;
      await save(
        update(record, {
          status: failed ? 'ERROR' : 'COMPLETED',
          final: true,
          // The source's own code stays in the text people read; for the client it is a remote error.
          answer: failed
            ? { error: `${answer.code}: ${answer.error}`, code: 'REMOTE_ERROR' }
            : storedAnswer(answer),
        }),
        record,
      );
      log({ event: failed ? 'failed' : 'completed', requestId: record.id });
    },

    openOutbound(id) {
      const record = open.get(outboundKey(id));
      return record?.role === 'outbound' ? record : undefined;
    },

    async outbound(id) {
      const key = outboundKey(id);
      const record = open.get(key) ?? (await store.get(key)) ?? open.get(key);
      if (record?.role !== 'outbound')
        throw new WeftError('NOT_FOUND', `no request ${id}`, { requestId: id });
      return record;
    },

    resume() {
      for (const key of open.keys()) schedule(key, 0);
      return leftOpen;
    },

    async list(filter = {}) {
      const all = [...open.values(), ...(await store.finished())];
      return all
        .filter(
          (r) =>
            (filter.status === undefined || r.status === filter.status) &&
            (filter.role === undefined || r.role === filter.role),
        )
        .sort((x, y) => y.createdAt - x.createdAt)
        .slice(0, filter.limit ?? 100);
    },

    async find(id) {
      const found: RequestRecord[] = [];
      const outbound = open.get(outboundKey(id)) ?? (await store.get(outboundKey(id)));
      if (outbound) found.push(outbound);
      for (const record of [...open.values(), ...(await store.finished())]) {
        if (record.role === 'inbound' && record.id === id && !found.includes(record)) found.push(record);
      }
      if (found.length === 0) throw new WeftError('NOT_FOUND', `no request ${id}`, { requestId: id });
      return found;
    },

    async retry(id) {
      const key = outboundKey(id);
      const record = open.get(key) ?? (await store.get(key));
      if (record?.role !== 'outbound') {
        throw new WeftError('NOT_FOUND', `no request ${id} of this relay's clients`, { requestId: id });
      }
      if (record.status !== 'ERROR') {
        throw new WeftError(
          'REQUEST_INVALID',
          `request ${id} is ${record.status}: only a failed one is retried`,
          {
            requestId: id,
            status: record.status,
          },
        );
      }
      const retried = (record.retried ?? 0) + 1;
      if (attemptId(id, retried).length > MAX_REQUEST_ID_LENGTH) {
        throw new WeftError('REQUEST_INVALID', `request ${id}'s id is too long to retry under a new one`, {
          requestId: id,
        });
      }
      const now = clock.now();
      // Taken on again, as new to the source (which takes a request id once): under an id of this attempt.
      const { answer: _, ...rest } = record;
      const again: OutboundRecord = {
        ...rest,
        status: 'PENDING_ACK',
        final: false,
        retried,
        attempts: 0,
        updatedAt: now,
        deadline: now + timeouts.requestMs,
        query: { ...record.query, requestId: attemptId(id, retried) },
      };
      // A new start (from a final state), not a move on from it.
      await save(again);
      schedule(key, 0);
      log({ event: 'retried', requestId: id, attempt: retried });
      return again;
    },

    async cancel(id) {
      const outbound = open.get(outboundKey(id));
      const inbound = [...open.values()].find((r) => r.role === 'inbound' && r.id === id);
      const record = outbound ?? inbound;
      if (!record) {
        throw new WeftError('REQUEST_INVALID', `request ${id} is not open: nothing to cancel`, {
          requestId: id,
        });
      }
      const reason = 'cancelled by an operator';
      if (record.role === 'outbound') {
        cancel(record.key);
        await save(
          update(record, { status: 'ERROR', final: true, answer: { error: reason, code: 'CANCELLED' } }),
          record,
        );
        log({ event: 'failed', requestId: id, code: 'CANCELLED', reason });
        return (await store.get(record.key)) ?? record;
      }
      if (record.status === 'ANSWERED') {
        throw new WeftError(
          'REQUEST_INVALID',
          `request ${id} is answered and being delivered: too late to cancel`,
          {
            requestId: id,
          },
        );
      }
      // The requesting relay is told, as of any failure at this end.
      await save(
        update(record, { status: 'ANSWERED', answer: { error: reason, code: 'CANCELLED' }, attempts: 0 }),
        record,
      );
      schedule(record.key, 0);
      log({ event: 'answered', requestId: id, origin: record.origin, code: 'CANCELLED' });
      return open.get(record.key) ?? record;
    },

    pendingCount: () => open.size,
    oldestOpenAt() {
      let oldest: number | undefined;
      for (const record of open.values()) {
        if (oldest === undefined || record.createdAt < oldest) oldest = record.createdAt;
      }
      return oldest;
    },

    stop() {
      stopping = true;
      timers.stop();
      rewriting?.();
    },
  };
}
