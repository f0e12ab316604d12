/**
 * The relay's calls out, over mutual TLS: to the relay of each peer network (DataTransfer: RequestState to
 * ask, SendState to answer) and to this network's driver (DriverCommunication). Each call ends in a `Reply`
 * for the request machine; answers go to the configured relay of the network that asked, never to an
 * address a message names.
 */
import * as grpc from '@grpc/grpc-js';
import type { Endpoint } from '../common/config.js';
import { describeError } from '../common/errors.js';
import { common } from '../protos/index.js';
import { QUERY_MAX_BYTES, queryMessage, viewPayloadMessage } from '../transport/edge.js';
import { eventSubscriptionMessage, publishedEventMessage } from '../transport/event-edge.js';
import {
  call,
  channelReady,
  clientConstructor,
  DataTransfer,
  DriverCommunication,
  DriverEvents,
  EventPublish,
  EventSubscribe,
  fromServiceError,
  type Rpc,
} from '../transport/grpc.js';
import { openPipe, type PipeItem, type PipeSender, sendOrCall } from '../transport/pipe.js';
import { reconnectWatch } from '../transport/reconnect.js';
import { serverRoleRefusal } from '../transport/roles.js';
import { channelArgs, channelTarget, type KeyPair } from '../transport/tls.js';
import type { PeerRelay } from './config.js';
import type { EventTransport, SubscribeReply } from './events.js';
import type { RelayTransport, Reply, Wake } from './machine.js';

/** gRPC codes after which asking again cannot help. */
const PERMANENT: ReadonlySet<number> = new Set([
  grpc.status.INVALID_ARGUMENT,
  grpc.status.NOT_FOUND,
  grpc.status.PERMISSION_DENIED,
  grpc.status.UNAUTHENTICATED,
  grpc.status.UNIMPLEMENTED,
  grpc.status.FAILED_PRECONDITION,
]);

interface Link {
  readonly client: grpc.Client;
  readonly reconnected: Wake;
  /** The same channel's weft.relay.Pipe: RequestState, SendState and RequestDriverState without a call each. */
  readonly pipe: PipeSender;
}

export interface LinkOptions {
  readonly identity: KeyPair;
  /** This network's CA: its driver's certificate. */
  readonly ownCa: Buffer;
  readonly peers: ReadonlyArray<PeerRelay & { readonly ca: Buffer }>;
  readonly driver?: Endpoint | undefined;
  readonly maxMessageBytes: number;
  /** One call's deadline. */
  readonly callMs: number;
}

/** A connection the relay needs, for its readiness: connected within `timeoutMs`, or why not. */
export interface LinkProbe {
  readonly name: string;
  connected(timeoutMs: number): Promise<string | undefined>;
}

export type RelayLinks = Omit<RelayTransport, 'push' | 'watched'> &
  EventTransport & { probes(): LinkProbe[]; close(): void };

function probe(name: string, client: grpc.Client): LinkProbe {
  return { name, connected: (timeoutMs) => channelReady(client, timeoutMs) };
}

function statusOf(error: unknown): {
  readonly code: number | undefined;
  readonly details: string | undefined;
} {
  if (typeof error !== 'object' || error === null) return { code: undefined, details: undefined };
  return {
    code: 'code' in error && typeof error.code === 'number' ? error.code : undefined,
    details: 'details' in error && typeof error.details === 'string' ? error.details : undefined,
  };
}

/** A failed call as the machine needs to know it; `reconnected` wakes the retry of one without connection. */
export function failedCall(error: unknown, reconnected: Wake): Reply {
  // A server in another role (a relay's certificate where the driver should be) is there next time too.
  const wrongRole = serverRoleRefusal(error);
  if (wrongRole) return { kind: 'refused', reason: wrongRole.message, wrongRole: true };
  const { code, details } = statusOf(error);
  const reason = details ?? describeError(error);
  if (code !== undefined && PERMANENT.has(code)) return { kind: 'refused', reason, wrongRole: false };
  // The call found no connection: the retry also waits for the channel to come back.
  return code === grpc.status.UNAVAILABLE
    ? { kind: 'failed', reason, wake: reconnected }
    : { kind: 'failed', reason };
}

export function openLinks(options: LinkOptions): RelayLinks {
  const DataTransferClient = clientConstructor('relay.datatransfer.DataTransfer');
  const DriverCommunicationClient = clientConstructor('driver.driver.DriverCommunication');
  // A frame is bounded as a unary message is, with room for the frame's own few bytes.
  const maxFrameBytes = options.maxMessageBytes - 1024;
  const link = (client: grpc.Client, frameBytes = maxFrameBytes): Link => ({
    client,
    reconnected: reconnectWatch(client),
    pipe: openPipe(client, { maxFrameBytes: frameBytes }),
  });
  const peers = new Map(
    options.peers.map((peer) => {
      const { credentials, args } = channelArgs({
        address: peer.address,
        serverName: peer.serverName,
        serverRole: 'relay',
        ca: peer.ca,
        identity: options.identity,
        maxMessageBytes: options.maxMessageBytes,
      });
      return [peer.networkId, link(new DataTransferClient(channelTarget(peer), credentials, args))] as const;
    }),
  );
  const driver =
    options.driver &&
    (() => {
      const { credentials, args } = channelArgs({
        address: options.driver.address,
        serverName: options.driver.serverName,
        serverRole: 'driver',
        ca: options.ownCa,
        identity: options.identity,
        maxMessageBytes: options.maxMessageBytes,
      });
      // A driver takes queries only, bounded as one query is: its frames are too.
      return link(
        new DriverCommunicationClient(channelTarget(options.driver), credentials, args),
        Math.min(options.maxMessageBytes, QUERY_MAX_BYTES) - 1024,
      );
    })();

  /**
   * The message by the unary `method`, or, given its `item`, on the link's pipe (the unary call with a peer
   * that does not serve it, Weaver's). An item the pipe took is acked OK.
   */
  const ask = async <Request>(
    to: Link,
    method: Rpc<Request, common.ack.Ack>,
    message: Request,
    item?: PipeItem,
  ): Promise<Reply> => {
    const unary = () => call(to.client, method, message, options.callMs);
    try {
      const ack = item ? await sendOrCall(to.pipe, item, options.callMs, unary) : await unary();
      if (!ack) return { kind: 'ack', ok: true, message: '' };
      return { kind: 'ack', ok: ack.status === common.ack.Ack.STATUS.OK, message: ack.message };
    } catch (error) {
      return failedCall(error, to.reconnected);
    }
  };
  const noPeer = (networkId: string) => `no relay configured for network ${networkId}`;

  /** A subscription call: the ack's message is the first sequence served; a refusal keeps its code. */
  const subscribeAt = async (
    to: Link,
    method: Rpc<common.events.EventSubscription, common.ack.Ack>,
    request: Parameters<typeof eventSubscriptionMessage>[0],
    what: string,
  ): Promise<SubscribeReply> => {
    try {
      const ack = await call(to.client, method, eventSubscriptionMessage(request), options.callMs);
      if (ack.status !== common.ack.Ack.STATUS.OK) {
        return { kind: 'refused', code: 'REMOTE_ERROR', reason: ack.message };
      }
      return { kind: 'subscribed', from: /^[0-9]{1,20}$/.test(ack.message) ? BigInt(ack.message) : 0n };
    } catch (error) {
      const reply = failedCall(error, to.reconnected);
      if (reply.kind === 'failed') return reply;
      const refusal = fromServiceError(error, what);
      return { kind: 'refused', code: refusal.code, reason: refusal.message };
    }
  };

  return {
    hasPeer: (networkId) => peers.has(networkId),
    hasDriver: driver !== undefined,
    ...(driver ? { driverReconnected: driver.reconnected } : {}),
    forward(query) {
      const peer = peers.get(query.sourceNetwork);
      if (!peer)
        return Promise.resolve({ kind: 'refused', reason: noPeer(query.sourceNetwork), wrongRole: false });
      const message = queryMessage(query);
      return ask(peer, DataTransfer.RequestState, message, {
        kind: 'query',
        requestId: query.requestId,
        message,
      });
    },
    askDriver(requestId, query) {
      if (!driver)
        return Promise.resolve({ kind: 'refused', reason: 'no driver configured', wrongRole: false });
      const message = queryMessage({ ...query, requestId });
      return ask(driver, DriverCommunication.RequestDriverState, message, {
        kind: 'query',
        requestId,
        message,
      });
    },
    deliver(origin, answer) {
      const peer = peers.get(origin);
      // A peer dropped from the configuration may be back after the next restart, within the deadline.
      if (!peer) return Promise.resolve({ kind: 'failed', reason: noPeer(origin) });
      const message = viewPayloadMessage(answer);
      return ask(peer, DataTransfer.SendState, message, {
        kind: 'answer',
        requestId: answer.requestId,
        message,
      });
    },
    subscribeAtSource(request) {
      const peer = peers.get(request.query.sourceNetwork);
      if (!peer) return Promise.resolve({ kind: 'failed', reason: noPeer(request.query.sourceNetwork) });
      return subscribeAt(peer, EventSubscribe.SubscribeEvent, request, request.query.sourceNetwork);
    },
    subscribeDriver(request) {
      if (!driver)
        return Promise.resolve({ kind: 'refused', code: 'NOT_FOUND', reason: 'no driver configured' });
      return subscribeAt(driver, DriverEvents.SubscribeEvent, request, 'the driver');
    },
    publishTo(origin, event) {
      const peer = peers.get(origin);
      if (!peer) return Promise.resolve({ kind: 'failed', reason: noPeer(origin) });
      return ask(peer, EventPublish.SendState, publishedEventMessage(event));
    },
    probes: () => [
      ...[...peers].map(([networkId, peer]) => probe(`relay of ${networkId}`, peer.client)),
      ...(driver ? [probe('driver', driver.client)] : []),
    ],
    close() {
      for (const link of [...peers.values(), ...(driver ? [driver] : [])]) {
        link.pipe.close();
        link.client.close();
      }
    },
  };
}
