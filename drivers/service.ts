/**
 * What every driver shares, whatever its ledger: it serves DriverCommunication to its own relay only (mutual
 * TLS, a relay's certificate issued by the network's relay CA), queues queries up to a concurrency bound,
 * and sends each view (or the ledger's error) back through DataTransfer.SendDriverState, retrying with
 * backoff. A driver is its ledger's `produce` function plus this.
 */
import { readFile } from 'node:fs/promises';
import * as grpc from '@grpc/grpc-js';
import type { z } from 'zod';
import { backoffDelay } from '../common/backoff.js';
import {
  endpointSchema,
  host,
  integer,
  operationsSchema,
  port,
  text,
  tlsFilesSchema,
} from '../common/config.js';
import { describeError, WeftError } from '../common/errors.js';
import { fanOut } from '../operations/log.js';
import { serviceRegistry } from '../operations/metrics.js';
import { type Operations, startOperations } from '../operations/server.js';
import { common } from '../protos/index.js';
import {
  type AddressedQuery,
  addressedQueryOf,
  decodeAddressedQuery,
  QUERY_MAX_BYTES,
  type ViewAnswer,
  viewPayloadMessage,
  type WireView,
} from '../transport/edge.js';
import { decodeEventSubscription, publishedEventMessage } from '../transport/event-edge.js';
import {
  call,
  channelReady,
  clientConstructor,
  DataTransfer,
  EventPublish,
  type Message,
  toServiceError,
} from '../transport/grpc.js';
import { openPipe, pipeHandler, sendOrCall } from '../transport/pipe.js';
import { pause, reconnectWatch } from '../transport/reconnect.js';
import { createCallerLookup, requireRole, serverRoleRefusal } from '../transport/roles.js';
import { serve } from '../transport/serve.js';
import { callerCertificate, channelArgs, channelTarget, serverCredentials } from '../transport/tls.js';
import { type BatcherOptions, createBatcher } from './batcher.js';
import { createEventPump, type EventSource, type Publish } from './events.js';
import { driverMetrics } from './metrics.js';

/** The fields every driver configuration has; paths are relative to `baseDir`, the file's folder. */
export function driverServiceFields(baseDir: string) {
  return {
    networkId: text(),
    host: host(),
    port: port(),
    tls: tlsFilesSchema(baseDir),
    /** This network's relay (its mutual-TLS port). */
    relay: endpointSchema,
    /** Queries worked on at once; more wait their turn. */
    concurrency: integer(1, 1024).default(64),
    maxMessageBytes: integer(1024, 64 * 1024 * 1024).default(4 * 1024 * 1024),
    /** The operations endpoint (/metrics, /healthz, /readyz); absent: none. */
    operations: operationsSchema(baseDir).optional(),
  };
}

export type DriverServiceConfig = z.output<z.ZodObject<ReturnType<typeof driverServiceFields>>>;

export async function readFiles(files: readonly string[]): Promise<Buffer[]> {
  return Promise.all(
    files.map((f) =>
      readFile(f).catch((error: Error) => {
        throw new WeftError('CONFIG_INVALID', `cannot read ${f}: ${error.message}`, { file: f });
      }),
    ),
  );
}

export interface DriverService {
  readonly port: number;
  stop(): Promise<void>;
}

export type DriverLog = (event: Record<string, unknown>) => void;

const ANSWER_ATTEMPTS = 8;

/**
 * Starts the driver's service. `produce` turns a query into a view with proof, or throws a WeftError (or
 * the ledger's error, described by `describe`) that goes back to the requester.
 */
export async function startDriverService(
  config: DriverServiceConfig,
  produce: (query: AddressedQuery) => Promise<WireView>,
  options: {
    log?: DriverLog;
    describe?: (error: unknown) => string;
    close?: () => void;
    /** The ledger's events, for subscriptions (drivers/events.ts); without it SubscribeEvent is refused. */
    events?: EventSource;
    /** Whether the ledger answers, for /readyz: undefined when it does, else why not. */
    ledgerReady?: () => Promise<string | undefined>;
    /** How the ledger answers many queries at once (drivers/batcher.ts); without it, one at a time. */
    batch?: Omit<BatcherOptions<AddressedQuery, WireView>, 'one' | 'onCall' | 'onBatchFailed'>;
  } = {},
): Promise<DriverService> {
  const registry = serviceRegistry(`driver-${config.networkId}`, {
    processMetrics: config.operations !== undefined,
  });
  // Without an operations endpoint nothing is counted.
  const metrics = config.operations
    ? driverMetrics(registry, () => ({ active, queued: queue.length }))
    : undefined;
  const log = fanOut(options.log, metrics?.observe);
  const describe = options.describe ?? describeError;
  const [cert, key, ca] = (await readFiles([config.tls.certFile, config.tls.keyFile, config.tls.caFile])) as [
    Buffer,
    Buffer,
    Buffer,
  ];
  const identify = createCallerLookup([{ ca, value: 'own network' }]);
  const DataTransferClient = clientConstructor('relay.datatransfer.DataTransfer');
  const { credentials, args } = channelArgs({
    address: config.relay.address,
    serverName: config.relay.serverName,
    serverRole: 'relay',
    ca,
    identity: { cert, key },
    maxMessageBytes: config.maxMessageBytes,
  });
  const relay = new DataTransferClient(channelTarget(config.relay), credentials, args);
  const relayReconnects = reconnectWatch(relay);
  // Answers go on one stream to the relay (weft.relay.Pipe); to a relay that does not serve it, unary.
  const answers = openPipe(relay, { maxFrameBytes: config.maxMessageBytes - 1024 });
  const sendAnswer = (result: ViewAnswer) => {
    const message = viewPayloadMessage(result);
    return sendOrCall(answers, { kind: 'answer', requestId: result.requestId, message }, 10_000, () =>
      call(relay, DataTransfer.SendDriverState, message, 10_000),
    );
  };

  const batch = options.batch;
  const view = batch
    ? createBatcher<AddressedQuery, WireView>({
        ...batch,
        one: produce,
        onCall: (size) => metrics?.called(size),
        onBatchFailed: (size, error) =>
          log({ event: 'batch-failed', requests: size, error: describe(error) }),
      })
    : produce;
  let active = 0;
  const queue: AddressedQuery[] = [];
  let stopping = false;

  const work = async (query: AddressedQuery): Promise<ViewAnswer> => {
    const started = performance.now();
    let answer: ViewAnswer;
    try {
      answer = { requestId: query.requestId, view: await view(query) };
    } catch (error) {
      answer =
        error instanceof WeftError
          ? { requestId: query.requestId, error: error.describe(), code: error.code }
          : { requestId: query.requestId, error: describe(error), code: 'LEDGER_CALL_FAILED' };
    }
    metrics?.produced(
      'code' in answer ? (answer.code ?? 'REMOTE_ERROR') : 'ok',
      (performance.now() - started) / 1000,
    );
    return answer;
  };

  const answer = async (result: ViewAnswer) => {
    for (let attempt = 0; attempt < ANSWER_ATTEMPTS && !stopping; attempt++) {
      try {
        await sendAnswer(result);
        log({
          event: 'answered',
          requestId: result.requestId,
          error: 'error' in result ? result.error : undefined,
        });
        return;
      } catch (error) {
        // A server in another role where the relay should be is there next time too: never hand it the view.
        const wrongRole = serverRoleRefusal(error);
        if (wrongRole) {
          log({ event: 'answer-refused', requestId: result.requestId, error: wrongRole.describe() });
          return;
        }
        log({ event: 'answer-retry', requestId: result.requestId, error: describeError(error) });
        // A relay that was unreachable is answered as soon as it is back, not at the end of the backoff.
        const unreachable = (error as grpc.ServiceError).code === grpc.status.UNAVAILABLE;
        await pause(
          backoffDelay(attempt, { initialMs: 100, maxMs: 3_000 }),
          unreachable ? relayReconnects : undefined,
        );
      }
    }
    // The relay asks again when it hears nothing: nothing is lost by giving up here.
    log({ event: 'answer-dropped', requestId: result.requestId });
  };

  const pump = () => {
    while (active < config.concurrency && queue.length > 0 && !stopping) {
      const query = queue.shift()!;
      active++;
      // The slot bounds work on the ledger; sending the answer back holds none.
      void work(query).then((result) => {
        active--;
        pump();
        return answer(result);
      });
    }
  };

  const requireRelay = (call: Parameters<typeof callerCertificate>[0]) => {
    const caller = identify(callerCertificate(call));
    if (!caller) {
      throw new WeftError('UNAUTHENTICATED', `only the relay of ${config.networkId} may ask this driver`);
    }
    requireRole(caller.role, 'relay', `ask the driver of ${config.networkId}`);
  };

  const events = options.events;
  const publish: Publish = async (subscription, sequence, view) => {
    const ack = await call(
      relay,
      EventPublish.SendDriverState,
      publishedEventMessage({ requestId: subscription.id, sequence, view }),
      10_000,
    );
    return ack.status === common.ack.Ack.STATUS.OK ? 'taken' : 'later';
  };
  const eventPump =
    events &&
    createEventPump(events, publish, { backoff: { initialMs: 100, maxMs: 3_000 }, pollMs: 5_000, log });

  /** Checks a subscription with the ledger, then serves it; answers with the first sequence it publishes. */
  const subscribe = async (bytes: Buffer): Promise<Message> => {
    const request = decodeEventSubscription(bytes);
    const id = request.query.requestId;
    if (!events || !eventPump)
      throw new WeftError('NOT_FOUND', `the driver of ${config.networkId} serves no events`);
    if (request.unsubscribe) {
      eventPump.unsubscribe(id);
      return { status: 0, request_id: id, message: '0' };
    }
    // The relay subscribes again what it holds (after a restart of either, and now and then): a subscription
    // served from where the relay stands is left as it is, unchecked again.
    const serving = eventPump.next(id);
    if (serving !== undefined && serving === request.from)
      return { status: 0, request_id: id, message: String(serving) };
    const probe = { id, query: request.query, from: request.from > 0n ? request.from : 1n };
    const from = request.from > 0n ? request.from : (await events.count(probe)) + 1n;
    const subscription = { ...probe, from };
    await events.check(subscription);
    eventPump.subscribe(subscription);
    log({ event: 'subscribed', requestId: id, from: String(from) });
    return { status: 0, request_id: id, message: String(from) };
  };

  const driverCommunication: grpc.UntypedServiceImplementation = {
    SubscribeEvent: (call: grpc.ServerUnaryCall<Buffer, Message>, callback: grpc.sendUnaryData<Message>) => {
      try {
        requireRelay(call);
      } catch (error) {
        callback(toServiceError(error));
        return;
      }
      subscribe(call.request).then(
        (ack) => callback(null, ack),
        (error: unknown) => {
          log({ event: 'refused', error: describeError(error) });
          callback(toServiceError(error));
        },
      );
    },
    RequestDriverState: (
      call: grpc.ServerUnaryCall<Buffer, Message>,
      callback: grpc.sendUnaryData<Message>,
    ) => {
      try {
        requireRelay(call);
        const query = decodeAddressedQuery(call.request);
        queue.push(query);
        pump();
        callback(null, { status: 0, request_id: query.requestId, message: '' });
      } catch (error) {
        log({ event: 'refused', error: describeError(error) });
        callback(toServiceError(error));
      }
    },
  };
  const server = await serve({
    host: config.host,
    port: config.port,
    credentials: serverCredentials({ cert, key }, [ca]),
    // A driver receives queries only; the views it sends may be as big as the configured limit.
    receiveBytes: Math.min(config.maxMessageBytes, QUERY_MAX_BYTES),
    sendBytes: config.maxMessageBytes,
    services: [
      ['driver.driver.DriverCommunication', driverCommunication],
      [
        'weft.relay.Pipe',
        {
          Open: pipeHandler(
            (call) => {
              requireRelay(call);
              return {
                query: async (message) => {
                  queue.push(addressedQueryOf(message));
                  pump();
                },
              };
            },
            (error) => log({ event: 'refused', error: describeError(error) }),
          ),
        },
      ],
    ],
  }).catch((error: unknown) => {
    relay.close();
    options.close?.();
    throw error;
  });
  const { port } = server;
  const ledgerReady = options.ledgerReady;
  let operations: Operations | undefined;
  try {
    operations = config.operations
      ? await startOperations({
          ...config.operations,
          service: `driver-${config.networkId}`,
          registry,
          checks: [
            { name: 'relay', check: () => channelReady(relay, 1_500) },
            ...(ledgerReady ? [{ name: 'ledger', check: ledgerReady }] : []),
          ],
        })
      : undefined;
  } catch (error) {
    await server.stop();
    relay.close();
    options.close?.();
    throw error;
  }
  log({
    event: 'started',
    network: config.networkId,
    port,
    ...(operations ? { operationsPort: operations.port } : {}),
  });
  return {
    port,
    async stop() {
      stopping = true;
      await operations?.stop();
      eventPump?.stop();
      await server.stop();
      answers.close();
      relay.close();
      options.close?.();
    },
  };
}
