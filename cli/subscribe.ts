/**
 * A dApp client of a running topology subscribing to another network's stream (sdk/events.ts): each event
 * verified as it comes, and with `commit` applied on the client's own network (its stream opened there
 * first at the subscription's first sequence), until `count` events or `signal` aborts.
 */
import { WeftError } from '../common/errors.js';
import type { VerifiedEvent } from '../sdk/events.js';
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
  readonly fromSequence?: bigint;
  /** Stop after this many events. */
  readonly count?: number;
  readonly signal?: AbortSignal;
}

export interface ReceivedEvent {
  readonly event: VerifiedEvent;
  /** From the event's source time (its transaction's) to verified here. */
  readonly latencyMs: number;
  readonly committed?: CommittedEvent;
}

export interface SubscriptionStarted {
  readonly id: string;
  readonly address: string;
  readonly from: bigint;
}

export async function subscribeStream(
  state: TopologyState,
  request: SubscribeRequest,
  handlers: { started?(s: SubscriptionStarted): void; received(e: ReceivedEvent): void },
): Promise<number> {
  const network = state.networks.find((n) => n.id === request.from);
  if (!network) throw new WeftError('USAGE', `no network ${request.from} in the running topology`);
  const local = await (await topologyOf(network)).openClient(state, network);
  try {
    const subscription = await local.client.subscribe(expandAddress(state, request.address), {
      ...(request.fromSequence === undefined ? {} : { fromSequence: request.fromSequence }),
    });
    try {
      if (request.commit) await local.openStream(subscription.address, subscription.nonce, subscription.from);
      handlers.started?.({ id: subscription.id, address: subscription.address, from: subscription.from });
      const iterator = subscription[Symbol.asyncIterator]();
      const aborted = new Promise<IteratorResult<VerifiedEvent>>((resolve) => {
        if (request.signal?.aborted) resolve({ done: true, value: undefined });
        request.signal?.addEventListener('abort', () => resolve({ done: true, value: undefined }), {
          once: true,
        });
      });
      let received = 0;
      while (request.count === undefined || received < request.count) {
        const next = await Promise.race([iterator.next(), aborted]);
        if (next.done) break;
        const event = next.value;
        const latencyMs = Date.now() - event.record.sourceTimeMs;
        const committed = request.commit ? await local.commitEvent(event) : undefined;
        received++;
        handlers.received({ event, latencyMs, ...(committed ? { committed } : {}) });
      }
      await iterator.return?.();
      return received;
    } finally {
      await subscription.close();
    }
  } finally {
    local.close();
  }
}
