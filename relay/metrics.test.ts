import { describe, expect, it } from 'vitest';
import { serviceRegistry } from '../operations/metrics.js';
import { relayMetrics } from './metrics.js';

const value = async (
  registry: ReturnType<typeof serviceRegistry>,
  name: string,
  labels: Record<string, string>,
) => {
  const metric = await registry.getSingleMetric(name)!.get();
  return metric.values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value ?? 0;
};

/** A histogram's values carry the name of their series (`_bucket`, `_sum`, `_count`). */
const named = (v: object, suffix: string) =>
  String((v as { metricName?: string }).metricName).endsWith(suffix);

describe("the relay's metrics", () => {
  it('follows each request through its logged events: outcome, duration, hops, errors by code', async () => {
    const registry = serviceRegistry('r', { processMetrics: false });
    const observe = relayMetrics(registry, {
      open: () => ({ count: 2, oldestAt: Date.now() - 5_000 }),
      subscriptions: () => [
        { role: 'publishing', status: 'SUBSCRIBED', lag: 3 },
        { role: 'publishing', status: 'SUBSCRIBED', lag: 7 },
        { role: 'subscribed', status: 'SUBSCRIBED', lag: 0 },
      ],
      deadLetters: () => 4,
    });
    for (const id of ['r1', 'r2']) {
      observe({ event: 'requested', requestId: id });
      observe({ event: 'forwarded', requestId: id });
    }
    observe({ event: 'completed', requestId: 'r1' });
    observe({ event: 'failed', requestId: 'r2', code: 'DEADLINE_EXCEEDED' });
    observe({ event: 'received', requestId: 'i1' });
    observe({ event: 'answered', requestId: 'i1' });
    observe({ event: 'delivered', requestId: 'i1' });
    observe({ event: 'retry', requestId: 'r3', status: 'PENDING_ACK' });
    observe({ event: 'refused', code: 'ACCESS_DENIED', error: '[ACCESS_DENIED] no' });
    // A view that raced its ack: the late ack ends the first hop, the second took no time.
    observe({ event: 'requested', requestId: 'raced' });
    observe({ event: 'completed', requestId: 'raced' });
    observe({ event: 'forwarded', requestId: 'raced', late: true });
    // An end without its start (a request of a previous run) still counts, without a duration.
    observe({ event: 'completed', requestId: 'older' });
    expect(
      await value(registry, 'weft_relay_requests_total', { role: 'outbound', outcome: 'completed' }),
    ).toBe(3);
    expect(await value(registry, 'weft_relay_requests_total', { role: 'outbound', outcome: 'failed' })).toBe(
      1,
    );
    expect(
      await value(registry, 'weft_relay_requests_total', { role: 'inbound', outcome: 'delivered' }),
    ).toBe(1);
    const durations = await registry.getSingleMetric('weft_relay_request_duration_seconds')!.get();
    const count = (outcome: string) =>
      durations.values.find((v) => named(v, '_count') && v.labels.outcome === outcome)?.value;
    expect(count('completed')).toBe(2);
    const hops = await registry.getSingleMetric('weft_relay_hop_duration_seconds')!.get();
    const hopCount = (hop: string) =>
      hops.values.find((v) => named(v, '_count') && v.labels.hop === hop)?.value;
    expect([
      hopCount('client_to_source_ack'),
      hopCount('source_round_trip'),
      hopCount('driver'),
      hopCount('delivery'),
    ]).toEqual([3, 2, 1, 1]);
    expect(await value(registry, 'weft_relay_errors_total', { code: 'DEADLINE_EXCEEDED' })).toBe(1);
    expect(await value(registry, 'weft_relay_errors_total', { code: 'ACCESS_DENIED' })).toBe(1);
    expect(await value(registry, 'weft_relay_retries_total', { status: 'PENDING_ACK' })).toBe(1);
    expect(await value(registry, 'weft_relay_open_requests', {})).toBe(2);
    expect(await value(registry, 'weft_relay_oldest_open_request_age_seconds', {})).toBeGreaterThanOrEqual(5);
    expect(
      await value(registry, 'weft_relay_subscriptions', { role: 'publishing', status: 'SUBSCRIBED' }),
    ).toBe(2);
    expect(await value(registry, 'weft_relay_subscription_lag_events', { of: 'sum' })).toBe(10);
    expect(await value(registry, 'weft_relay_subscription_lag_events', { of: 'max' })).toBe(7);
    expect(await value(registry, 'weft_relay_webhook_dead_letters', {})).toBe(4);
  });
});
