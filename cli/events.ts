/**
 * The event subscriptions each relay of a running topology holds (relay/subscription-rows.ts), read from the
 * relays' own journals without writing to or locking them: the relays keep running while an operator looks.
 */
import { WeftError } from '../common/errors.js';
import { eventStoreDir, loadRelayConfig, webhookStoreDir } from '../relay/config.js';
import type { EventStoreRecord } from '../relay/events.js';
import { type EventSubscriptionRow, eventSubscriptionRows } from '../relay/subscription-rows.js';
import type { DeliveryRecord } from '../relay/webhooks.js';
import { readJournal } from '../store/journal.js';
import { relayConfigFile, type TopologyState } from '../topology/state.js';

export type { EventSubscriptionRow } from '../relay/subscription-rows.js';

/**
 * The subscriptions of every relay of the topology, or of `networkId`'s only, each relay's journal found
 * through the configuration `weft up` wrote for it; a relay with no journal yet holds none.
 *
 * @throws {WeftError} USAGE when `networkId` has no relay (naming those that do), CONFIG_INVALID when a
 *   relay's configuration cannot be read, STORE_FAILED when its journal cannot.
 */
export async function relayEventSubscriptions(
  state: TopologyState,
  networkId?: string,
): Promise<EventSubscriptionRow[]> {
  const relays = state.relays ?? [];
  const chosen = networkId === undefined ? relays : relays.filter((r) => r.networkId === networkId);
  if (networkId !== undefined && chosen.length === 0) {
    const known = relays.map((r) => r.networkId);
    const listed = known.length > 0 ? known.join(', ') : 'none';
    throw new WeftError(
      'USAGE',
      `no relay of network ${JSON.stringify(networkId)} in the running topology; networks with a relay: ${listed}`,
      { network: networkId, known },
    );
  }
  const perRelay = await Promise.all(
    chosen.map(async (relay) => {
      const config = await loadRelayConfig(relayConfigFile(relay));
      const records = readJournal<EventStoreRecord>(eventStoreDir(config.storeDir));
      const deliveries = readJournal<DeliveryRecord>(webhookStoreDir(config.storeDir));
      return eventSubscriptionRows(relay.networkId, records, deliveries);
    }),
  );
  return perRelay.flat();
}
