/**
 * One network's relay. To its dApp clients it offers Weaver's Network service (RequestState, then GetState
 * polling) and weft's Watch service (the state pushed as it changes). With peer relays and its own driver it
 * speaks Weaver's DataTransfer over mutual TLS: a caller is the network whose configured CA issued its
 * certificate, in the role the certificate names (transport/roles.ts: a peer's relay, or this network's
 * driver), and answers go to the configured relay of the network that asked, never to an address a
 * message names. The relay stores and forwards; it never judges a view, the destination ledger does.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as grpc from '@grpc/grpc-js';
import { backoffDelay } from '../common/backoff.js';
import { describeError, WeftError } from '../common/errors.js';
import {
  CLIENT_REQUEST_MAX_BYTES,
  decodeNetworkQuery,
  decodeQuery,
  decodeRequestId,
  decodeViewPayload,
  queryMessage,
  type ViewAnswer,
  type ViewQuery,
  viewPayloadMessage,
} from '../transport/edge.js';
import {
  bindServer,
  clientConstructor,
  type Message,
  serverDefinition,
  serverOptions,
  toServiceError,
  unary,
} from '../transport/grpc.js';
import { type OnReconnect, reconnectWatch } from '../transport/reconnect.js';
import { createCallerLookup, requireRole, serverRoleRefusal } from '../transport/roles.js';
import { callerCertificate, channelArgs, type KeyPair, serverCredentials } from '../transport/tls.js';
import type { RelayConfig } from './config.js';
import {
  driverRequestId,
  type InboundRecord,
  inboundKey,
  isFinal,
  type OutboundRecord,
  outboundKey,
  type RequestRecord,
  requestStateMessage,
  storedAnswer,
  wireAnswer,
} from './records.js';
import { JournalStore } from './store.js';

/** gRPC codes after which asking again cannot help. */
const PERMANENT = new Set([
  grpc.status.INVALID_ARGUMENT,
  grpc.status.NOT_FOUND,
  grpc.status.PERMISSION_DENIED,
  grpc.status.UNAUTHENTICATED,
  grpc.status.UNIMPLEMENTED,
  grpc.status.FAILED_PRECONDITION,
]);

interface Ack {
  status: number;
  request_id: string;
  message: string;
}
const ACK_OK = 0;

type Caller = { readonly kind: 'self' } | { readonly kind: 'peer'; readonly networkId: string };

export interface RelayEvent {
  readonly event: string;
  readonly requestId?: string;
  readonly [field: string]: unknown;
}

export interface RelayOptions {
  /** Structured log lines, each with its request id. */
  readonly log?: (event: RelayEvent) => void;
}

export interface Relay {
  readonly clientPort: number;
  readonly relayPort: number;
  /** Outbound and inbound requests not yet final. */
  pendingCount(): number;
  stop(): Promise<void>;
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
    stored.policy.join(',') === asked.policy.join(',')
  );
}

async function keyPair(certFile: string, keyFile: string): Promise<KeyPair> {
  const [cert, key] = await Promise.all([readFile(certFile), readFile(keyFile)]);
  return { cert, key };
}

/**
 * Opens the store, resumes every request that is not final, and starts serving.
 *
 * @throws {WeftError} STORE_FAILED, PORT_IN_USE, CONFIG_INVALID (unreadable TLS files)
 */
export async function startRelay(config: RelayConfig, options: RelayOptions = {}): Promise<Relay> {
  const log = options.log ?? (() => {});
  const identity = await keyPair(config.tls.certFile, config.tls.keyFile).catch((error) => {
    throw new WeftError(
      'CONFIG_INVALID',
      `cannot read the relay's TLS key pair: ${error.message}`,
      {},
      { cause: error },
    );
  });
  const ownCa = await readFile(config.tls.caFile);
  const peerCas = new Map(
    await Promise.all(config.peers.map(async (p) => [p.networkId, await readFile(p.caFile)] as const)),
  );
  const identify = createCallerLookup<Caller>([
    { ca: ownCa, value: { kind: 'self' } },
    ...[...peerCas].map(([networkId, ca]) => ({ ca, value: { kind: 'peer' as const, networkId } })),
  ]);

  const { limits, timeouts } = config;
  const DataTransfer = clientConstructor('relay.datatransfer.DataTransfer');
  const DriverCommunication = clientConstructor('driver.driver.DriverCommunication');
  const peerClients = new Map(
    config.peers.map((peer) => {
      const { credentials, args } = channelArgs({
        address: peer.address,
        serverName: peer.serverName,
        serverRole: 'relay',
        ca: peerCas.get(peer.networkId)!,
        identity,
        maxMessageBytes: limits.maxMessageBytes,
      });
      return [peer.networkId, new DataTransfer(peer.address, credentials, args)] as const;
    }),
  );
  const driverClient =
    config.driver &&
    (() => {
      const { credentials, args } = channelArgs({
        address: config.driver.address,
        serverName: config.driver.serverName,
        serverRole: 'driver',
        ca: ownCa,
        identity,
        maxMessageBytes: limits.maxMessageBytes,
      });
      return new DriverCommunication(config.driver.address, credentials, args);
    })();
  const reconnects = new Map<grpc.Client, OnReconnect>(
    [...peerClients.values(), ...(driverClient ? [driverClient] : [])].map((c) => [c, reconnectWatch(c)]),
  );

  const store = JournalStore.open<RequestRecord>(config.storeDir, {
    finalMs: timeouts.retainFinalMs,
    finalCount: limits.retainFinal,
  });
  const timers = new Map<string, { cancel(): void }>();
  const watchers = new Map<string, Set<(record: OutboundRecord) => void>>();
  /** New client requests until they are durable: a repeated ask is acknowledged no sooner than the first. */
  const storing = new Map<string, Promise<void>>();
  const streams = new Set<grpc.ServerWritableStream<Buffer, Message>>();
  let pending = 0;
  for (const record of store.values()) if (!isFinal(record.status)) pending++;
  let stopping = false;

  /**
   * Records a new state: visible at once, durable when the promise resolves. Acks wait for durability; work
   * that follows from the state (the next call, the push to a watcher) need not, because every one of those
   * is safe to repeat or to lose in a crash: an unacknowledged peer asks again, a restarted relay resumes
   * from the last durable state, and a client verifies what it is pushed.
   */
  const save = (record: RequestRecord): Promise<void> => {
    const before = store.get(record.key);
    if (before && !isFinal(before.status) && isFinal(record.status)) pending--;
    if (!before && !isFinal(record.status)) pending++;
    const durable = store.put(record);
    if (record.role === 'outbound') for (const notify of watchers.get(record.id) ?? []) notify(record);
    return durable;
  };

  const update = <R extends RequestRecord>(record: R, changes: Partial<R>): R =>
    ({ ...record, ...changes, updatedAt: Date.now() }) as R;

  const cancel = (key: string) => {
    const timer = timers.get(key);
    if (timer) timer.cancel();
    timers.delete(key);
  };

  /**
   * Runs the request's next step after `delayMs`; at once (next turn of the event loop) when it is 0, and
   * as soon as `wakeOn`'s channel reconnects if that comes first: a peer back from a restart is asked again
   * at once, not at the end of a backoff of seconds.
   */
  const schedule = (key: string, delayMs: number, wakeOn?: OnReconnect) => {
    cancel(key);
    if (stopping) return;
    const cancels: Array<() => void> = [];
    const stop = () => {
      for (const c of cancels) c();
    };
    const run = () => {
      stop();
      timers.delete(key);
      void step(key);
    };
    if (delayMs <= 0) {
      // setTimeout(0) waits at least 1 ms; on the path of every view that adds up.
      const immediate = setImmediate(run);
      cancels.push(() => clearImmediate(immediate));
    } else {
      const timeout = setTimeout(run, delayMs);
      cancels.push(() => clearTimeout(timeout));
    }
    if (wakeOn) cancels.push(wakeOn(run));
    timers.set(key, { cancel: stop });
  };

  /**
   * Moves a request on from the state a step started in, if nothing changed it meanwhile (a handler may
   * have, while the step awaited a call): compare-and-set on the stored object, so a step never writes back
   * a stale state. The next step is scheduled before the sync is awaited, so that a change arriving during
   * the sync schedules after it and wins. False when the request had moved on.
   */
  const advance = async <R extends RequestRecord>(
    from: R,
    changes: Partial<R>,
    nextInMs?: number,
    wakeOn?: OnReconnect,
  ): Promise<boolean> => {
    if (store.get(from.key) !== from) return false;
    const durable = save(update(from, changes));
    if (nextInMs !== undefined) schedule(from.key, nextInMs, wakeOn);
    await durable;
    return true;
  };

  /** `failure.unreachable`: the call found no connection, so the retry also waits for `client` to reconnect. */
  const retryLater = async (
    record: RequestRecord,
    failure: { readonly text: string; readonly unreachable: boolean },
    client: grpc.Client,
  ) => {
    const reason = failure.text;
    const delay = backoffDelay(record.attempts, {
      initialMs: timeouts.backoffInitialMs,
      maxMs: timeouts.backoffMaxMs,
    });
    const retrying = await advance(
      record,
      { attempts: record.attempts + 1 },
      Math.min(delay, record.deadline - Date.now()),
      failure.unreachable ? reconnects.get(client) : undefined,
    );
    if (retrying) {
      log({
        event: 'retry',
        requestId: record.id,
        status: record.status,
        attempt: record.attempts + 1,
        delayMs: delay,
        reason,
      });
    }
  };

  const expired = (record: RequestRecord) => Date.now() >= record.deadline;

  /** Takes one request one step further. */
  const step = async (key: string): Promise<void> => {
    const record = store.get(key);
    if (!record || isFinal(record.status) || stopping) return;
    try {
      if (record.role === 'outbound') await stepOutbound(record);
      else if (record.status === 'ANSWERED') await deliver(record);
      else await stepInbound(record);
    } catch (error) {
      // Only the store can fail here; the request resumes from its last stored state after a restart.
      log({ event: 'step-failed', requestId: record.id, error: describeError(error) });
    }
  };

  const callFailure = (error: unknown) => {
    const service = error as grpc.ServiceError;
    // A server in another role (a relay's certificate where the driver should be) is there next time too.
    const wrongRole = serverRoleRefusal(error);
    if (wrongRole) {
      return {
        permanent: true,
        unreachable: false,
        text: wrongRole.message,
        refused: `WRONG_ROLE: ${wrongRole.message}`,
      };
    }
    return {
      permanent: PERMANENT.has(service.code),
      unreachable: service.code === grpc.status.UNAVAILABLE,
      text: service.details ?? describeError(error),
    };
  };

  const stepOutbound = async (record: OutboundRecord) => {
    const fail = async (reason: string) => {
      if (await advance(record, { status: 'ERROR', final: true, answer: { error: reason } })) {
        log({ event: 'failed', requestId: record.id, reason });
      }
    };
    if (expired(record)) {
      return fail(
        `DEADLINE_EXCEEDED: no view from ${record.query.sourceNetwork} within ${timeouts.requestMs} ms`,
      );
    }
    // Waiting for the source relay: this step runs again at the deadline.
    if (record.status === 'PENDING') return schedule(record.key, record.deadline - Date.now());
    const peer = peerClients.get(record.query.sourceNetwork);
    if (!peer) return fail(`NOT_FOUND: no relay configured for network ${record.query.sourceNetwork}`);
    let ack: Ack;
    try {
      ack = await unary<Ack>(peer, 'RequestState', queryMessage(record.query), timeouts.callMs);
    } catch (error) {
      const failure = callFailure(error);
      if (failure.refused) return fail(failure.refused);
      if (failure.permanent)
        return fail(`REMOTE_ERROR: ${record.query.sourceNetwork} refused: ${failure.text}`);
      return retryLater(record, failure, peer);
    }
    if (ack.status !== ACK_OK)
      return fail(`REMOTE_ERROR: ${record.query.sourceNetwork} refused: ${ack.message}`);
    if (await advance(record, { status: 'PENDING', attempts: 0 }, record.deadline - Date.now())) {
      log({
        event: 'forwarded',
        requestId: record.id,
        to: record.query.sourceNetwork,
        address: record.query.address,
      });
    }
  };

  const stepInbound = async (record: InboundRecord) => {
    const answer = async (error: string) => {
      if (await advance(record, { status: 'ANSWERED', answer: { error }, attempts: 0 }, 0)) {
        log({ event: 'answered', requestId: record.id, origin: record.origin, error });
      }
    };
    if (expired(record))
      return answer(`DEADLINE_EXCEEDED: the driver of ${config.networkId} did not answer in time`);
    if (record.status === 'AT_DRIVER') {
      // The driver was asked and stayed silent for driverMs: ask again.
      if (await advance(record, { status: 'RECEIVED', attempts: record.attempts + 1 }, 0)) {
        log({ event: 'driver-silent', requestId: record.id });
      }
      return;
    }
    if (!driverClient) return answer(`NOT_FOUND: ${config.networkId} has no driver`);
    let ack: Ack;
    try {
      const query = { ...queryMessage(record.query), request_id: driverRequestId(record.origin, record.id) };
      ack = await unary<Ack>(driverClient, 'RequestDriverState', query, timeouts.callMs);
    } catch (error) {
      const failure = callFailure(error);
      if (failure.refused) return answer(failure.refused);
      if (failure.permanent) return answer(`REMOTE_ERROR: the driver refused: ${failure.text}`);
      return retryLater(record, failure, driverClient);
    }
    if (ack.status !== ACK_OK) return answer(`REMOTE_ERROR: the driver refused: ${ack.message}`);
    await advance(record, { status: 'AT_DRIVER' }, Math.min(timeouts.driverMs, record.deadline - Date.now()));
  };

  const deliver = async (record: InboundRecord) => {
    const done = async (status: 'DELIVERED' | 'FAILED', event: string, detail?: string) => {
      if (await advance(record, { status, final: true, answer: undefined })) {
        log({ event, requestId: record.id, origin: record.origin, ...(detail ? { detail } : {}) });
      }
    };
    if (expired(record)) return done('FAILED', 'undeliverable', 'the deadline passed');
    let ack: Ack;
    const origin = peerClients.get(record.origin)!;
    try {
      const message = viewPayloadMessage(wireAnswer(record.id, record.answer!));
      ack = await unary<Ack>(origin, 'SendState', message, timeouts.callMs);
    } catch (error) {
      const failure = callFailure(error);
      if (failure.permanent) return done('FAILED', 'undeliverable', failure.text);
      return retryLater(record, failure, origin);
    }
    return done(
      'DELIVERED',
      ack.status === ACK_OK ? 'delivered' : 'delivery-refused',
      ack.message || undefined,
    );
  };

  // ------------------------------------------------------------------------------------------ handlers

  type Unary = grpc.ServerUnaryCall<Buffer, Message>;
  const handle =
    (body: (call: Unary) => Promise<Message>) => (call: Unary, callback: grpc.sendUnaryData<Message>) => {
      body(call).then(
        (response) => callback(null, response),
        (error) => {
          log({ event: 'refused', method: call.getPath(), error: describeError(error) });
          callback(toServiceError(error));
        },
      );
    };

  const requirePeer = (call: Unary): string => {
    const caller = identify(callerCertificate(call));
    if (caller?.issuer.kind !== 'peer') {
      throw new WeftError(
        'UNAUTHENTICATED',
        'only a configured peer relay may call this, with its certificate',
      );
    }
    // Its network's CA issued it; its role says whether it is that network's relay (not its driver).
    requireRole(caller.role, 'relay', `act as the relay of ${caller.issuer.networkId}`);
    return caller.issuer.networkId;
  };

  const admit = () => {
    if (pending >= limits.maxPending) {
      throw new WeftError('OVERLOADED', `the relay holds ${pending} open requests; try later`, {
        limit: limits.maxPending,
      });
    }
  };

  const ack = (requestId: string): Message => ({ status: ACK_OK, request_id: requestId, message: '' });

  const network: grpc.UntypedServiceImplementation = {
    RequestState: handle(async (call) => {
      const query = decodeNetworkQuery(call.request, randomUUID());
      if (query.sourceNetwork === config.networkId) {
        throw new WeftError(
          'REQUEST_INVALID',
          `the address names this relay's own network ${config.networkId}`,
        );
      }
      if (!peerClients.has(query.sourceNetwork)) {
        throw new WeftError('NOT_FOUND', `no relay configured for network ${query.sourceNetwork}`, {
          network: query.sourceNetwork,
        });
      }
      const known = store.get(outboundKey(query.requestId));
      if (known) {
        // The client saw no ack (this relay restarted, or the ack was lost) and asks again: same request,
        // same answer, once.
        if (known.role !== 'outbound' || !sameRequest(known.query, query)) {
          throw new WeftError('REQUEST_INVALID', `request id ${query.requestId} is another request's`, {
            requestId: query.requestId,
          });
        }
        await storing.get(known.key);
        return ack(known.id);
      }
      admit();
      const now = Date.now();
      const record: OutboundRecord = {
        key: outboundKey(query.requestId),
        role: 'outbound',
        id: query.requestId,
        status: 'PENDING_ACK',
        final: false,
        // What this relay asserts about the requester; the source relay replaces the network with the one
        // our certificate proves.
        query: { ...query, requestingNetwork: config.networkId, requestingRelay: config.networkId },
        createdAt: now,
        updatedAt: now,
        deadline: now + timeouts.requestMs,
        attempts: 0,
      };
      const durable = save(record);
      schedule(record.key, 0);
      storing.set(record.key, durable);
      await durable.finally(() => storing.delete(record.key));
      log({ event: 'requested', requestId: record.id, address: query.address });
      return ack(record.id);
    }),
    GetState: handle(async (call) => {
      const id = decodeRequestId(call.request);
      const record = store.get(outboundKey(id));
      if (record?.role !== 'outbound')
        throw new WeftError('NOT_FOUND', `no request ${id}`, { requestId: id });
      return requestStateMessage(record);
    }),
  };

  const watch: grpc.UntypedServiceImplementation = {
    WatchState: (call: grpc.ServerWritableStream<Buffer, Message>) => {
      let id: string;
      try {
        id = decodeRequestId(call.request);
      } catch (error) {
        call.emit('error', toServiceError(error));
        return;
      }
      const record = store.get(outboundKey(id));
      if (record?.role !== 'outbound') {
        call.emit('error', toServiceError(new WeftError('NOT_FOUND', `no request ${id}`, { requestId: id })));
        return;
      }
      const send = (current: OutboundRecord) => {
        call.write(requestStateMessage(current));
        if (isFinal(current.status)) {
          unsubscribe();
          call.end();
        }
      };
      const set = watchers.get(id) ?? new Set();
      watchers.set(id, set);
      const unsubscribe = () => {
        set.delete(send);
        if (set.size === 0) watchers.delete(id);
      };
      call.on('cancelled', unsubscribe);
      // On shutdown the stream ends early; the client watches again once the relay is back.
      streams.add(call);
      call.on('finish', () => {
        streams.delete(call);
        unsubscribe();
      });
      call.on('cancelled', () => streams.delete(call));
      set.add(send);
      send(record);
    },
  };

  const dataTransfer: grpc.UntypedServiceImplementation = {
    RequestState: handle(async (call) => {
      const origin = requirePeer(call);
      const query = decodeQuery(call.request);
      if (query.sourceNetwork !== config.networkId) {
        throw new WeftError(
          'REQUEST_INVALID',
          `this relay serves ${config.networkId}, not ${query.sourceNetwork}`,
        );
      }
      const key = inboundKey(origin, query.requestId);
      if (store.get(key)) return ack(query.requestId); // asked again after a lost ack: nothing new to do
      admit();
      const now = Date.now();
      const record: InboundRecord = {
        key,
        role: 'inbound',
        id: query.requestId,
        origin,
        status: 'RECEIVED',
        final: false,
        query: { ...query, requestingNetwork: origin },
        createdAt: now,
        updatedAt: now,
        deadline: now + timeouts.requestMs,
        attempts: 0,
      };
      const durable = save(record);
      schedule(key, 0);
      await durable;
      log({ event: 'received', requestId: record.id, origin, address: query.address });
      return ack(query.requestId);
    }),
    SendState: handle(async (call) => {
      const from = requirePeer(call);
      const answer = decodeViewPayload(call.request);
      const record = store.get(outboundKey(answer.requestId));
      if (record?.role !== 'outbound') throw new WeftError('NOT_FOUND', `no request ${answer.requestId}`);
      if (record.query.sourceNetwork !== from) {
        throw new WeftError('UNAUTHENTICATED', `request ${answer.requestId} was not sent to ${from}`);
      }
      if (isFinal(record.status)) return ack(record.id); // delivered again after a lost ack
      await complete(record, answer);
      return ack(record.id);
    }),
    SendDriverState: handle(async (call) => {
      const caller = identify(callerCertificate(call));
      if (caller?.issuer.kind !== 'self') {
        throw new WeftError('UNAUTHENTICATED', `only a driver of ${config.networkId} may answer requests`);
      }
      requireRole(caller.role, 'driver', `answer as the driver of ${config.networkId}`);
      const answer = decodeViewPayload(call.request);
      const separator = answer.requestId.indexOf(':');
      const record =
        separator > 0
          ? store.get(inboundKey(answer.requestId.slice(0, separator), answer.requestId.slice(separator + 1)))
          : undefined;
      if (record?.role !== 'inbound') throw new WeftError('NOT_FOUND', `no request ${answer.requestId}`);
      if (record.status !== 'RECEIVED' && record.status !== 'AT_DRIVER') return ack(answer.requestId);
      const durable = save(update(record, { status: 'ANSWERED', answer: storedAnswer(answer), attempts: 0 }));
      schedule(record.key, 0);
      await durable;
      log({ event: 'answered', requestId: record.id, origin: record.origin, view: 'view' in answer });
      return ack(answer.requestId);
    }),
  };

  const complete = async (record: OutboundRecord, answer: ViewAnswer) => {
    cancel(record.key);
    const failed = 'error' in answer;
    await save(
      update(record, {
        status: failed ? 'ERROR' : 'COMPLETED',
        final: true,
        answer: failed ? { error: `REMOTE_ERROR: ${answer.error}` } : storedAnswer(answer),
      }),
    );
    log({ event: failed ? 'failed' : 'completed', requestId: record.id });
  };

  // One server per port, each with its own receive limit: clients only ever send queries and request ids,
  // so a megabyte body on the client port is refused from its length prefix, before it is buffered.
  const clientServer = new grpc.Server(
    serverOptions({
      receiveBytes: Math.min(limits.maxMessageBytes, CLIENT_REQUEST_MAX_BYTES),
      sendBytes: limits.maxMessageBytes,
    }),
  );
  clientServer.addService(serverDefinition('networks.networks.Network'), network);
  clientServer.addService(serverDefinition('weft.relay.Watch'), watch);
  const relayServer = new grpc.Server(
    serverOptions({ receiveBytes: limits.maxMessageBytes, sendBytes: limits.maxMessageBytes }),
  );
  relayServer.addService(serverDefinition('relay.datatransfer.DataTransfer'), dataTransfer);
  const servers = [clientServer, relayServer];
  let clientPort: number;
  let relayPort: number;
  try {
    clientPort = await bindServer(
      clientServer,
      `${config.host}:${config.clientPort}`,
      serverCredentials(identity),
    );
    relayPort = await bindServer(
      relayServer,
      `${config.host}:${config.relayPort}`,
      serverCredentials(identity, [ownCa, ...peerCas.values()]),
    );
  } catch (error) {
    for (const server of servers) server.forceShutdown();
    await store.close();
    throw error;
  }

  // Resume what a previous run left unfinished.
  let resumed = 0;
  for (const record of store.values()) {
    if (!isFinal(record.status)) {
      resumed++;
      schedule(record.key, 0);
    }
  }
  // A line of vital signs every 10 s while requests flow: open requests, stored records, memory.
  let lastSeen = -1;
  const vitals = setInterval(() => {
    if (store.size === lastSeen && pending === 0) return;
    lastSeen = store.size;
    const memory = process.memoryUsage();
    const mb = (bytes: number) => Math.round(bytes / 1_048_576);
    log({
      event: 'vitals',
      pending,
      stored: store.size,
      rssMb: mb(memory.rss),
      heapMb: mb(memory.heapUsed),
      externalMb: mb(memory.external + memory.arrayBuffers),
    });
  }, 10_000);
  vitals.unref();
  log({ event: 'started', network: config.networkId, clientPort, relayPort, resumed });

  return {
    clientPort,
    relayPort,
    pendingCount: () => pending,
    async stop() {
      stopping = true;
      clearInterval(vitals);
      for (const timer of timers.values()) timer.cancel();
      timers.clear();
      for (const stream of streams) stream.end();
      streams.clear();
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              const force = setTimeout(() => {
                server.forceShutdown();
                resolve();
              }, 2_000);
              server.tryShutdown(() => {
                clearTimeout(force);
                resolve();
              });
            }),
        ),
      );
      for (const client of peerClients.values()) client.close();
      driverClient?.close();
      await store.close();
    },
  };
}
