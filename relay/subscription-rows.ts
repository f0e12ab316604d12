/**
 * A relay's event subscriptions as an operator reads them, one row each, from the records of its event
 * journal: what `weft events` reads from the journal and the operator API's `/subscriptions` from the
 * running relay.
 *
 * Per subscription, at the relay of `network`:
 * - subscribed (a client of `network` subscribed to a stream of `otherNetwork`, the source): `cursor` and
 *   `received` are the last sequence this relay took in from the source's relay; `held`, its events kept
 *   for the client; `lag` is null (how far the source's driver is, the source's relay knows: its row);
 * - publishing (the relay of `otherNetwork`, the origin, subscribed to a stream of `network`): `received` is
 *   the last sequence this network's driver published, `cursor` the last the origin's relay took,
 *   `lag = received - cursor` the events proven but not yet taken by it, `held` the events kept for it.
 */
import { type ErrorCode, WeftError } from '../common/errors.js';
import type { EventStoreRecord, SubscriptionStatus } from './events.js';
import type { DeliveryRecord } from './webhooks.js';

export interface EventSubscriptionRow {
  /** The network of the relay that holds the subscription. */
  readonly network: string;
  readonly role: 'subscribed' | 'publishing';
  readonly id: string;
  /** The stream's address, as the subscriber signed it. */
  readonly stream: string;
  /** The source (subscribed) or the origin (publishing). */
  readonly otherNetwork: string;
  readonly status: SubscriptionStatus;
  /** Why the subscription ended in ERROR. */
  readonly errorCode: ErrorCode | null;
  /** The first sequence; "0" until the source has said which. Sequences are decimal strings (uint64). */
  readonly from: string;
  readonly cursor: string;
  readonly received: string;
  readonly lag: string | null;
  readonly held: number;
  /** subscribed with a webhook: its URL (its secret is never shown); else null. */
  readonly webhook: string | null;
  /** Its webhook's dead letters (`weft deadletters list`). */
  readonly deadLetters: number;
}

function sequence(text: unknown, key: string, field: string): bigint {
  if (typeof text !== 'string' || !/^[0-9]{1,20}$/.test(text)) {
    throw new WeftError('STORE_FAILED', `event journal record ${key}: ${field} is not a sequence`, {
      key,
      field,
    });
  }
  return BigInt(text);
}

/**
 * One row per subscription of one relay's event journal (its records' last versions, as `readJournal`
 * gives them), in the order they were created.
 *
 * @throws {WeftError} STORE_FAILED when a subscription's sequence is not a decimal number.
 */
export function eventSubscriptionRows(
  network: string,
  records: readonly EventStoreRecord[],
  deliveries: readonly DeliveryRecord[] = [],
): EventSubscriptionRow[] {
  const dead = new Map<string, number>();
  for (const d of deliveries) {
    if (d.status === 'DEAD' && !d.final) dead.set(d.subscription, (dead.get(d.subscription) ?? 0) + 1);
  }
  const held = new Map<string, number>();
  for (const record of records) {
    if (record.role === 'event' && !record.final)
      held.set(record.subscription, (held.get(record.subscription) ?? 0) + 1);
  }
  const rows: Array<EventSubscriptionRow & { readonly createdAt: number }> = [];
  for (const record of records) {
    if (record.role !== 'subscribed' && record.role !== 'publishing') continue;
    const from = sequence(record.from, record.key, 'from');
    const received = sequence(record.received, record.key, 'received');
    const delivered =
      record.role === 'publishing' ? sequence(record.delivered, record.key, 'delivered') : undefined;
    rows.push({
      network,
      role: record.role,
      id: record.id,
      stream: record.query.address,
      otherNetwork: record.role === 'publishing' ? record.origin : record.query.sourceNetwork,
      status: record.status,
      errorCode: record.status === 'ERROR' ? (record.error?.code ?? null) : null,
      from: String(from),
      cursor: String(delivered ?? received),
      received: String(received),
      lag: delivered === undefined ? null : String(received - delivered),
      held: held.get(record.key) ?? 0,
      webhook: record.role === 'subscribed' ? (record.webhook?.url ?? null) : null,
      deadLetters: record.role === 'subscribed' ? (dead.get(record.id) ?? 0) : 0,
      createdAt: record.createdAt,
    });
  }
  return rows
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ createdAt: _, ...row }) => row);
}
