/**
 * A relay's three stores (requests, event subscriptions and their events, webhook deliveries): embedded
 * journals in its store folder by default, or tables of one PostgreSQL database (`database` in its
 * configuration) sharing one pool. Opened together, closed together; a failure while opening closes what
 * was opened.
 */
import { JournalStore } from '../store/journal.js';
import { ChangeFeed, openPool, PostgresStore, prepareDatabase } from '../store/postgres.js';
import type { Retention, ServiceStore, SharedStore } from '../store/request-store.js';
import { eventStoreDir, type RelayConfig, webhookStoreDir } from './config.js';
import type { EventStoreRecord } from './events.js';
import type { RequestRecord } from './records.js';
import type { DeliveryRecord } from './webhooks.js';

export interface RelayStores {
  readonly requests: ServiceStore<RequestRecord>;
  readonly events: ServiceStore<EventStoreRecord>;
  readonly webhooks: ServiceStore<DeliveryRecord>;
  /** The requests' store, when replicas share it (a database). */
  readonly shared?: SharedStore<RequestRecord>;
  /** Why a store takes no writes; undefined when all do. */
  notWritable(): string | undefined;
  close(): Promise<void>;
}

function together(
  requests: ServiceStore<RequestRecord>,
  events: ServiceStore<EventStoreRecord>,
  webhooks: ServiceStore<DeliveryRecord>,
  release: () => Promise<void> = async () => {},
): RelayStores {
  return {
    requests,
    events,
    webhooks,
    notWritable: () => requests.notWritable() ?? events.notWritable() ?? webhooks.notWritable(),
    async close() {
      await Promise.all([requests.close(), events.close(), webhooks.close()]);
      await release();
    },
  };
}

/** @throws {WeftError} STORE_FAILED when a store cannot be opened (the database reached or migrated). */
export async function openRelayStores(config: RelayConfig, retention: Retention): Promise<RelayStores> {
  if (config.database) {
    const { url, poolSize, replica, leaseMs } = config.database;
    const pool = openPool(url, { max: poolSize });
    let changes: ChangeFeed | undefined;
    try {
      const open = <T extends RequestRecord | EventStoreRecord | DeliveryRecord>(name: string) =>
        PostgresStore.open<T>({ name, retention, pool, replica, leaseMs, ...(changes ? { changes } : {}) });
      // The schema first: the change feed listens to its trigger.
      await prepareDatabase(pool);
      changes = await ChangeFeed.open(url);
      const requests = await open<RequestRecord>('requests');
      const events = await open<EventStoreRecord>('events');
      const webhooks = await open<DeliveryRecord>('webhooks');
      const feed = changes;
      const release = async () => {
        await feed.close();
        await pool.end();
      };
      return { ...together(requests, events, webhooks, release), shared: requests };
    } catch (error) {
      await changes?.close();
      await pool.end();
      throw error;
    }
  }
  const requests = JournalStore.open<RequestRecord>(config.storeDir, retention);
  let events: JournalStore<EventStoreRecord> | undefined;
  try {
    // Subscriptions and their events in a journal of their own: they live longer than requests.
    events = JournalStore.open<EventStoreRecord>(eventStoreDir(config.storeDir), retention);
    const webhooks = JournalStore.open<DeliveryRecord>(webhookStoreDir(config.storeDir), retention);
    return together(requests, events, webhooks);
  } catch (error) {
    await Promise.all([requests.close(), events?.close()]);
    throw error;
  }
}
