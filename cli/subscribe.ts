/**
 * A dApp client of a running topology subscribing to another network's stream (sdk/events.ts): each event
 * verified as it comes, and with `commit` applied on the client's own network (its stream opened there
 * first at the subscription's first sequence). What `weft subscribe` and `weft demo`'s event flows run.
 */
import { WeftError } from '../common/errors.js';
import type { SampleAsset } from '../ledgers/adapter.js';
import { parseAddress } from '../proofs/address.js';
import type { EventSubscription, VerifiedEvent, WebhookSubscription } from '../sdk/events.js';
import { topologyOf } from '../topology/facets.js';
import type { CommittedEvent } from '../topology/ledger-facet.js';
import type { TopologyState } from '../topology/state.js';
import { expandAddress } from './query.js';

export interface SubscribeRequest {
  /** The stream, short (`fabric-b/weft:assets:EventAt:AssetPut`) or canonical. */
  readonly address: string;
  /** The network whose client subscribes. */
  readonly from: string;
  readonly commit: boolean;
  /**
   * What committing does with each event (default `event`: the sample application keeps its asset);
   * `command`: runs it (the sample application its target); `confirmation`: records it for its command.
   */
  readonly commitAs?: 'event' | 'command' | 'confirmation';
  readonly fromSequence?: bigint;
  /** Stop after this many events. */
  readonly count?: number;
  readonly signal?: AbortSignal;
}

export interface ReceivedEvent {
  readonly event: VerifiedEvent;
  /** From the event's source time (its transaction's) to verified here. */
  readonly latencyMs: number;
  /** When the client had it verified, on `performance.now()`'s clock (for latencies from the caller's marks). */
  readonly verifiedAt: number;
  readonly committed?: CommittedEvent;
  /** When the client's ledger had recorded it, on `performance.now()`'s clock; with `committed`. */
  readonly committedAt?: number;
}

export interface SubscriptionStarted {
  readonly id: string;
  readonly address: string;
  readonly from: bigint;
}

/** An open subscription of a client of the topology, its stream opened on the client's ledger with `commit`. */
export interface StreamSubscription extends SubscriptionStarted {
  /** The next event, verified (and applied with `commit`); undefined once the request's signal aborts. */
  next(): Promise<ReceivedEvent | undefined>;
  /** The asset the client's ledger keeps of an applied event (its sample application's copy). */
  readApplied(event: VerifiedEvent): Promise<SampleAsset>;
  /** Ends the subscription at the relays and closes the client. */
  close(): Promise<void>;
}

/** @throws {WeftError} USAGE for a network not in the topology; the relays' and ledger's refusals by code. */
export async function openSubscription(
  state: TopologyState,
  request: Omit<SubscribeRequest, 'count'>,
): Promise<StreamSubscription> {
  const network = state.networks.find((n) => n.id === request.from);
  if (!network) throw new WeftError('USAGE', `no network ${request.from} in the running topology`);
  const local = await (await topologyOf(network)).openClient(state, network);
  let subscription: EventSubscription;
  try {
    subscription = await local.client.subscribe(expandAddress(state, request.address), {
      ...(request.fromSequence === undefined ? {} : { fromSequence: request.fromSequence }),
    });
  } catch (error) {
    local.close();
    throw error;
  }
  const iterator = subscription[Symbol.asyncIterator]();
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      try {
        // Closed first: that ends a pending next(), which return() would otherwise wait behind.
        await subscription.close();
        await iterator.return?.();
      } finally {
        local.close();
      }
    })();
    return closing;
  };
  try {
    if (request.commit) await local.openStream(subscription.address, subscription.nonce, subscription.from);
  } catch (error) {
    await close();
    throw error;
  }
  const sourceNetwork = parseAddress(subscription.address).networkId;
  const aborted = new Promise<IteratorResult<VerifiedEvent>>((resolve) => {
    if (request.signal?.aborted) resolve({ done: true, value: undefined });
    request.signal?.addEventListener('abort', () => resolve({ done: true, value: undefined }), {
      once: true,
    });
  });
  return {
    id: subscription.id,
    address: subscription.address,
    from: subscription.from,
    async next() {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next.done) return undefined;
      const event = next.value;
      const verifiedAt = performance.now();
      const latencyMs = Date.now() - event.record.sourceTimeMs;
      if (!request.commit) return { event, latencyMs, verifiedAt };
      const commitAs = request.commitAs ?? 'event';
      const committed =
        commitAs === 'command'
          ? await local.executeCommand(event)
          : commitAs === 'confirmation'
            ? await local.applyConfirmation(event)
            : await local.commitEvent(event);
      return { event, latencyMs, verifiedAt, committed, committedAt: performance.now() };
    },
    readApplied: (event) => local.readAppliedAsset(sourceNetwork, event),
    close,
  };
}

/** Subscribes and hands each event to `handlers.received` until `count` events or the signal aborts. */
export async function subscribeStream(
  state: TopologyState,
  request: SubscribeRequest,
  handlers: { started?(s: SubscriptionStarted): void; received(e: ReceivedEvent): void },
): Promise<number> {
  const subscription = await openSubscription(state, request);
  try {
    handlers.started?.({ id: subscription.id, address: subscription.address, from: subscription.from });
    let received = 0;
    while (request.count === undefined || received < request.count) {
      const next = await subscription.next();
      if (!next) break;
      received++;
      handlers.received(next);
    }
    return received;
  } finally {
    await subscription.close();
  }
}

/**
 * Subscribes, as a client of `from`, with a webhook as the target: `from`'s relay verifies each event and
 * POSTs it to `url`, signed with the secret answered here (once). The subscription stays open at the relays
 * when the client closes.
 *
 * @throws {WeftError} USAGE for a network not in the topology; the relays' refusals by code.
 */
export async function subscribeWithWebhook(
  state: TopologyState,
  request: { address: string; from: string; url: string; check: boolean; fromSequence?: bigint },
): Promise<WebhookSubscription> {
  const network = state.networks.find((n) => n.id === request.from);
  if (!network) throw new WeftError('USAGE', `no network ${request.from} in the running topology`);
  const local = await (await topologyOf(network)).openClient(state, network);
  try {
    return await local.client.subscribeWebhook(
      expandAddress(state, request.address),
      { url: request.url, check: request.check },
      request.fromSequence === undefined ? {} : { fromSequence: request.fromSequence },
    );
  } finally {
    local.close();
  }
}
