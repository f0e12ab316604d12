/**
 * A service's metrics: a registry of its own (two services in one process never mix), labelled with the
 * service, with prom-client's default process metrics (CPU, memory, event loop lag, handles).
 */
import { collectDefaultMetrics, Registry } from 'prom-client';

export function serviceRegistry(service: string, options: { processMetrics?: boolean } = {}): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  // They watch the event loop and the garbage collector: only for a service whose endpoint serves them.
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'weft_' });
  return registry;
}

/** Buckets for latencies of milliseconds to a minute, in seconds: fine where a hop's time lies (1-100 ms). */
export const LATENCY_BUCKETS = [
  0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5,
  10, 30, 60,
];
