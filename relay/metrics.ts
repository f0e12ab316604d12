/**
 * The relay's metrics, read from the events it logs (machine.ts, events.ts, webhooks.ts) and, at each
 * scrape, from its state: requests by role and outcome, with their latency and the latency of each hop;
 * retries and errors by weft code; open requests and the age of the oldest; subscriptions by role and
 * status and their lag; webhook attempts and dead letters. Counting from the log keeps the request path as
 * it is: one map update per logged event.
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { LATENCY_BUCKETS } from '../operations/metrics.js';
import type { RelayEvent } from './machine.js';

export interface RelayState {
  /** Open requests, and when the oldest of them was created (epoch ms). */
  open(): { readonly count: number; readonly oldestAt?: number };
  /** Open subscriptions, each with its role, status and lag (publishing: events proven, not yet taken). */
  subscriptions(): ReadonlyArray<{ readonly role: string; readonly status: string; readonly lag: number }>;
  deadLetters(): number;
}

/** Where a request's time goes: from one logged event to the next, by the event that ends the hop. */
const HOPS: Readonly<Record<string, { readonly from: string; readonly hop: string }>> = {
  // A client's request: taken and journaled, then acked by the source's relay.
  forwarded: { from: 'requested', hop: 'client_to_source_ack' },
  // The source's relay, its driver and the ledger, until the view is back.
  completed: { from: 'forwarded', hop: 'source_round_trip' },
  // At the source: the driver's endorsement or attestation.
  answered: { from: 'received', hop: 'driver' },
  // At the source: the view delivered to the requesting relay.
  delivered: { from: 'answered', hop: 'delivery' },
};
const STARTS: Readonly<Record<string, 'outbound' | 'inbound'>> = {
  requested: 'outbound',
  received: 'inbound',
};
const ENDS: Readonly<Record<string, { readonly role: 'outbound' | 'inbound'; readonly outcome: string }>> = {
  completed: { role: 'outbound', outcome: 'completed' },
  failed: { role: 'outbound', outcome: 'failed' },
  delivered: { role: 'inbound', outcome: 'delivered' },
  'delivery-refused': { role: 'inbound', outcome: 'refused' },
  undeliverable: { role: 'inbound', outcome: 'failed' },
};
/** Requests followed at once; beyond it the oldest is forgotten (its latency not observed). */
const MAX_FOLLOWED = 20_000;

export function relayMetrics(registry: Registry, state: RelayState): (event: RelayEvent) => void {
  const registers = [registry];
  const requests = new Counter({
    name: 'weft_relay_requests_total',
    help: 'Requests taken (outbound: from clients; inbound: from peer relays) and how they ended.',
    labelNames: ['role', 'outcome'],
    registers,
  });
  const duration = new Histogram({
    name: 'weft_relay_request_duration_seconds',
    help: "A request's life at this relay, from taken to final.",
    labelNames: ['role', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const hops = new Histogram({
    name: 'weft_relay_hop_duration_seconds',
    help: 'Time between the events that begin and end each hop of a request.',
    labelNames: ['hop'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const retries = new Counter({
    name: 'weft_relay_retries_total',
    help: 'Steps tried again after a failed call, by the state the request was in.',
    labelNames: ['status'],
    registers,
  });
  const errors = new Counter({
    name: 'weft_relay_errors_total',
    help: 'Failed requests and refused calls, by weft error code.',
    labelNames: ['code'],
    registers,
  });
  const webhooks = new Counter({
    name: 'weft_relay_webhook_attempts_total',
    help: 'Webhook deliveries tried, by outcome: delivered, retry (failed, tried again), dead (dead-lettered).',
    labelNames: ['outcome'],
    registers,
  });
  new Gauge({
    name: 'weft_relay_open_requests',
    help: 'Requests not yet final.',
    registers,
    collect() {
      this.set(state.open().count);
    },
  });
  new Gauge({
    name: 'weft_relay_oldest_open_request_age_seconds',
    help: 'How long the oldest open request has been open (0: none).',
    registers,
    collect() {
      const { oldestAt } = state.open();
      this.set(oldestAt === undefined ? 0 : Math.max(0, (Date.now() - oldestAt) / 1000));
    },
  });
  new Gauge({
    name: 'weft_relay_subscriptions',
    help: 'Open event subscriptions, by role (subscribed, publishing) and status.',
    labelNames: ['role', 'status'],
    registers,
    collect() {
      this.reset();
      for (const s of state.subscriptions()) this.inc({ role: s.role, status: s.status });
    },
  });
  new Gauge({
    name: 'weft_relay_subscription_lag_events',
    help: "Events proven by this network's driver, not yet taken by the subscribing relays (sum, and most).",
    labelNames: ['of'],
    registers,
    collect() {
      const lags = state.subscriptions().map((s) => s.lag);
      this.set(
        { of: 'sum' },
        lags.reduce((sum, lag) => sum + lag, 0),
      );
      this.set({ of: 'max' }, Math.max(0, ...lags));
    },
  });
  new Gauge({
    name: 'weft_relay_webhook_dead_letters',
    help: 'Webhook deliveries in the dead-letter queue.',
    registers,
    collect() {
      this.set(state.deadLetters());
    },
  });

  /** Per followed request, when each of its events was logged. */
  const followed = new Map<string, { role: 'outbound' | 'inbound'; at: Map<string, number> }>();
  /**
   * Clients' requests completed before their source's ack was logged (the view raced the ack), by when
   * they were requested: the late ack still ends the first hop, and nothing was left to wait for after it.
   */
  const ackAwaited = new Map<string, number>();
  return (event) => {
    const now = performance.now();
    const id = event.requestId;
    if (event.event === 'retry') retries.inc({ status: String(event.status ?? 'unknown') });
    if (event.event === 'refused') errors.inc({ code: String(event.code ?? 'UNKNOWN') });
    if (event.event === 'webhook-delivered') webhooks.inc({ outcome: 'delivered' });
    if (event.event === 'webhook-retry') webhooks.inc({ outcome: 'retry' });
    if (event.event === 'webhook-dead-lettered') webhooks.inc({ outcome: 'dead' });
    if (id === undefined) return;
    const role = STARTS[event.event];
    if (role) {
      if (followed.size >= MAX_FOLLOWED) followed.delete(followed.keys().next().value!);
      followed.set(id, { role, at: new Map([[event.event, now]]) });
      return;
    }
    const trail = followed.get(id);
    if (!trail && event.event === 'forwarded') {
      const requestedAt = ackAwaited.get(id);
      if (requestedAt !== undefined) {
        ackAwaited.delete(id);
        hops.observe({ hop: 'client_to_source_ack' }, (now - requestedAt) / 1000);
        hops.observe({ hop: 'source_round_trip' }, 0);
      }
      return;
    }
    const hop = HOPS[event.event];
    if (trail && hop) {
      const from = trail.at.get(hop.from);
      if (from !== undefined) hops.observe({ hop: hop.hop }, (now - from) / 1000);
      trail.at.set(event.event, now);
    }
    const end = ENDS[event.event];
    if (end && (!trail || trail.role === end.role)) {
      requests.inc({ role: end.role, outcome: end.outcome });
      if (event.event === 'failed') errors.inc({ code: String(event.code ?? 'REMOTE_ERROR') });
      const start = trail?.at.get(end.role === 'outbound' ? 'requested' : 'received');
      if (start !== undefined) duration.observe(end, (now - start) / 1000);
      if (event.event === 'completed' && start !== undefined && !trail?.at.has('forwarded')) {
        if (ackAwaited.size >= MAX_FOLLOWED) ackAwaited.delete(ackAwaited.keys().next().value!);
        ackAwaited.set(id, start);
      }
      followed.delete(id);
    }
  };
}

/** One batch of a journal's records written and synced, by journal (requests, events, webhooks). */
export function journalSyncMetric(registry: Registry): Histogram<'journal'> {
  return new Histogram({
    name: 'weft_relay_journal_sync_seconds',
    help: "One batch of the journal's records written and synced: what a durable step waits for.",
    labelNames: ['journal'],
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25],
    registers: [registry],
  });
}
