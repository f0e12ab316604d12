/**
 * The edge decoding of event subscriptions and published events (Weaver's common.events, relay.events and
 * the Network service's event RPCs, with weft's fields): decoded once into typed objects, as edge.ts does
 * for views. A subscription is a query whose address is the stream's (proofs/events.ts).
 */
import { WeftError } from '../common/errors.js';
import { checkWebhookSecret, parseWebhookUrl } from '../proofs/webhook.js';
import { decodeBounded } from '../protos/bounds.js';
import { common, networks, toUint64, uint64 } from '../protos/index.js';
import {
  type AddressedQuery,
  QUERY_BOUNDS,
  queryMessage,
  requestFields,
  requestIdOf,
  VIEW_PAYLOAD_BOUNDS,
  type ViewQuery,
  viewAnswerOf,
  viewMessage,
  type WireView,
  withoutAddress,
} from './edge.js';

/** Where a client's subscription pushes its events, besides its relay's stream (Weaver's `app_url`). */
export interface WebhookRegistration {
  readonly url: string;
  readonly secret: string;
  /** Refuse the subscription unless the URL answers now. */
  readonly check: boolean;
}

/** A subscription to a stream, from a sequence number on (0: from the next event on). */
export interface EventSubscriptionRequest<Q extends ViewQuery = ViewQuery> {
  readonly query: Q;
  readonly from: bigint;
  readonly unsubscribe: boolean;
  /** A client's, to its own relay only. */
  readonly webhook?: WebhookRegistration;
}

/**
 * The webhook of a client's subscription: Weaver's `event_publication_spec.app_url` with weft's secret.
 * A contract transaction target (Weaver's `ctx`) is not offered: a client records events on its ledger
 * itself, with their proofs.
 */
function webhookOf(message: networks.networks.NetworkEventSubscription): WebhookRegistration | undefined {
  const spec = message.event_publication_spec;
  if (spec?.ctx) {
    throw new WeftError('REQUEST_INVALID', 'weft relays publish to a webhook (app_url), not to a contract', {
      field: 'event_publication_spec',
    });
  }
  const url = spec?.app_url ?? '';
  if (url === '') {
    if (message.webhook_secret !== '') {
      throw new WeftError('REQUEST_INVALID', 'a webhook secret without an app_url', {
        field: 'webhook_secret',
      });
    }
    return undefined;
  }
  if (message.webhook_secret === '') {
    throw new WeftError('WEBHOOK_SECRET_INVALID', 'a webhook needs its secret: every delivery is signed', {
      field: 'webhook_secret',
    });
  }
  return {
    url: parseWebhookUrl(url).href,
    secret: checkWebhookSecret(message.webhook_secret),
    check: message.webhook_check,
  };
}

/** One event's proven view, published under a subscription's id. */
export interface PublishedEvent {
  readonly requestId: string;
  readonly sequence: bigint;
  readonly view: WireView;
}

/** A client's subscription (networks.networks.NetworkEventSubscription); its id as decodeNetworkQuery's. */
export function decodeNetworkEventSubscription(
  bytes: Uint8Array,
  assignedId: string,
): EventSubscriptionRequest {
  const message = decodeBounded(networks.networks.NetworkEventSubscription, bytes, QUERY_BOUNDS);
  if (!message.query)
    throw new WeftError('REQUEST_INVALID', 'the subscription has no query', { field: 'query' });
  const query = requestFields(message.query, requestIdOf(message.query, false) || assignedId);
  const webhook = webhookOf(message);
  return {
    query: withoutAddress(query),
    from: uint64(message.from_sequence),
    unsubscribe: false,
    ...(webhook ? { webhook } : {}),
  };
}

/** A subscription from a peer relay, or to a driver (common.events.EventSubscription), address parsed. */
export function decodeEventSubscription(bytes: Uint8Array): EventSubscriptionRequest<AddressedQuery> {
  const message = decodeBounded(common.events.EventSubscription, bytes, QUERY_BOUNDS);
  if (!message.query)
    throw new WeftError('REQUEST_INVALID', 'the subscription has no query', { field: 'query' });
  const unsubscribe = message.operation === common.events.EventSubOperation.UNSUBSCRIBE;
  return {
    query: requestFields(message.query, requestIdOf(message.query)),
    from: uint64(message.from_sequence),
    unsubscribe,
  };
}

export function eventSubscriptionMessage(request: EventSubscriptionRequest): common.events.EventSubscription {
  return common.events.EventSubscription.create({
    query: queryMessage(request.query),
    operation: request.unsubscribe
      ? common.events.EventSubOperation.UNSUBSCRIBE
      : common.events.EventSubOperation.SUBSCRIBE,
    from_sequence: toUint64(request.from),
  });
}

/** A published event (common.state.ViewPayload with weft's sequence). */
export function decodePublishedEvent(bytes: Uint8Array): PublishedEvent {
  // Decoded once: its view checked as any view payload is, its sequence read from the same message.
  const message = decodeBounded(common.state.ViewPayload, bytes, VIEW_PAYLOAD_BOUNDS);
  const answer = viewAnswerOf(message);
  if (!('view' in answer))
    throw new WeftError('REQUEST_INVALID', 'a published event holds a view', { field: 'state' });
  const sequence = uint64(message.sequence);
  if (sequence < 1n)
    throw new WeftError('REQUEST_INVALID', 'a published event has a sequence number', { field: 'sequence' });
  return { requestId: answer.requestId, sequence, view: answer.view };
}

export function publishedEventMessage(event: PublishedEvent): common.state.ViewPayload {
  return common.state.ViewPayload.create({
    request_id: event.requestId,
    view: viewMessage(event.view),
    sequence: toUint64(event.sequence),
  });
}
