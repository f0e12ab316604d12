/**
 * The relay's event services (relay/events.ts holds the subscriptions):
 *
 * - client port: the Network service's event RPCs (SubscribeEvent, GetEventSubscriptionState,
 *   UnsubscribeEvent, GetEventStates, as Weaver's clients call them) and weft's Events.WatchEvents, a
 *   subscription's events pushed from a sequence on;
 * - relay port: relay.events.EventSubscribe (peer relays subscribe to this network's streams) and
 *   relay.events.EventPublish (this network's driver publishes, peer relays forward).
 *
 * An ack that is not OK with the message `later` asks the sender to send the event again later.
 */
import { randomUUID } from 'node:crypto';
import type * as grpc from '@grpc/grpc-js';
import { WeftError } from '../common/errors.js';
import { decodeBounded, EDGE_BOUNDS } from '../protos/bounds.js';
import { common, networks, toUint64, uint64, weft } from '../protos/index.js';
import { decodeRequestId, viewMessage, withoutAddress } from '../transport/edge.js';
import {
  decodeEventSubscription,
  decodeNetworkEventSubscription,
  decodePublishedEvent,
} from '../transport/event-edge.js';
import { type Message, toServiceError } from '../transport/grpc.js';
import type { relayPortCallers } from './data-transfer.js';
import type { DeliveredEvent, EventMachine, OutboundSubscription } from './events.js';
import { ack, type Handle } from './unary.js';

const { STATUS } = common.events.EventSubscriptionState;

const SUBSCRIPTION_STATUS = {
  PENDING_ACK: STATUS.SUBSCRIBE_PENDING_ACK,
  SUBSCRIBED: STATUS.SUBSCRIBED,
  ERROR: STATUS.ERROR,
  UNSUBSCRIBED: STATUS.UNSUBSCRIBED,
} as const;

function subscriptionState(record: OutboundSubscription): common.events.EventSubscriptionState {
  return common.events.EventSubscriptionState.create({
    request_id: record.id,
    status: SUBSCRIPTION_STATUS[record.status],
    message: record.error?.message ?? '',
    error_code: record.error?.code ?? '',
    from_sequence: toUint64(BigInt(record.from)),
    last_sequence: toUint64(BigInt(record.received)),
  });
}

/** An event as the client receives it: its view in a RequestState, its sequence beside it. */
function eventState(event: DeliveredEvent, id: string): common.events.EventState {
  return common.events.EventState.create({
    state: common.state.RequestState.create({
      request_id: id,
      status: common.state.RequestState.STATUS.EVENT_RECEIVED,
      view: viewMessage({ meta: event.view.meta, data: Buffer.from(event.view.data, 'base64') }),
    }),
    event_id: `${id}#${event.sequence}`,
    sequence: toUint64(event.sequence),
  });
}

const later = (requestId: string) =>
  common.ack.Ack.create({ status: common.ack.Ack.STATUS.ERROR, request_id: requestId, message: 'later' });

/** The event RPCs of networks.networks.Network, merged into its service by relay.ts. */
export function networkEventHandlers(
  events: EventMachine,
  handle: Handle,
): grpc.UntypedServiceImplementation {
  return {
    SubscribeEvent: handle(async (call) => {
      const request = decodeNetworkEventSubscription(call.request, randomUUID());
      return ack(await events.subscribe(request));
    }),
    GetEventSubscriptionState: handle(async (call) =>
      subscriptionState(await events.subscription(decodeRequestId(call.request))),
    ),
    UnsubscribeEvent: handle(async (call) => {
      const message = decodeBounded(networks.networks.NetworkEventUnsubscription, call.request, {
        ...EDGE_BOUNDS,
        maxBytes: 64 * 1024,
      });
      await events.unsubscribe(message.request_id);
      return ack(message.request_id);
    }),
    GetEventStates: handle(async (call) => {
      const id = decodeRequestId(call.request);
      return common.events.EventStates.create({
        states: events.held(id, 0n).map((event) => eventState(event, id)),
      });
    }),
  };
}

type Stream = grpc.ServerWritableStream<Buffer, Message>;

/** weft.events.Events: a subscription's events from a sequence on, then each new one, until cancelled. */
export function watchEventsService(
  events: EventMachine,
): grpc.UntypedServiceImplementation & { endAll(): void } {
  const streams = new Set<Stream>();
  return {
    WatchEvents: (call: Stream) => {
      try {
        const request = decodeBounded(weft.events.WatchEventsRequest, call.request, {
          ...EDGE_BOUNDS,
          maxBytes: 1024,
        });
        const id = request.request_id;
        if (id.length === 0)
          throw new WeftError('REQUEST_INVALID', 'request_id is required', { field: 'request_id' });
        const stop = events.watch(id, uint64(request.from_sequence), (event) =>
          call.write(eventState(event, id)),
        );
        streams.add(call);
        const end = () => {
          stop();
          streams.delete(call);
        };
        call.on('cancelled', end);
        call.on('finish', end);
      } catch (error) {
        call.emit('error', toServiceError(error));
      }
    },
    endAll() {
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}

/** relay.events.EventSubscribe and relay.events.EventPublish, on the relay port. */
export function relayEventServices(
  events: EventMachine,
  callers: ReturnType<typeof relayPortCallers>,
  handle: Handle,
): { subscribe: grpc.UntypedServiceImplementation; publish: grpc.UntypedServiceImplementation } {
  const notOffered = handle(async () => {
    throw new WeftError(
      'REQUEST_INVALID',
      'weft relays acknowledge a subscription in its SubscribeEvent call',
    );
  });
  return {
    subscribe: {
      SubscribeEvent: handle(async (call) => {
        const origin = callers.peer(call);
        // Kept as the plain query a relay stores (the parsed address, an EVM chain id among it, is not JSON).
        const { query, ...request } = decodeEventSubscription(call.request);
        const from = await events.receiveSubscription(origin, { ...request, query: withoutAddress(query) });
        return common.ack.Ack.create({
          status: common.ack.Ack.STATUS.OK,
          request_id: query.requestId,
          message: String(from),
        });
      }),
      SendSubscriptionStatus: notOffered,
      SendDriverSubscriptionStatus: notOffered,
    },
    publish: {
      SendDriverState: handle(async (call) => {
        callers.driver(call, 'publish events');
        const event = decodePublishedEvent(call.request);
        return (await events.published(event)) === 'taken' ? ack(event.requestId) : later(event.requestId);
      }),
      SendState: handle(async (call) => {
        const from = callers.peer(call);
        const event = decodePublishedEvent(call.request);
        return (await events.arrived(from, event)) === 'taken'
          ? ack(event.requestId)
          : later(event.requestId);
      }),
    },
  };
}
