/**
 * A driver's metrics: queries it worked on, by outcome (`ok` or the weft code it answered with), with the
 * time each took (the ledger's endorsement or the attestors' statements); answers handed back to the relay
 * and their retries; events published; what is in progress and waiting. Read from its log and from the
 * work it does, one observation per query.
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { LATENCY_BUCKETS } from '../operations/metrics.js';

export function driverMetrics(
  registry: Registry,
  load: () => { readonly active: number; readonly queued: number },
): {
  produced(outcome: string, seconds: number): void;
  /** One ledger call made, for `size` queries (more than 1: a batch, drivers/batcher.ts). */
  called(size: number): void;
  observe(event: Readonly<Record<string, unknown>>): void;
} {
  const registers = [registry];
  const queries = new Counter({
    name: 'weft_driver_queries_total',
    help: 'Queries worked on, by outcome: ok, or the weft code of the error answered.',
    labelNames: ['outcome'],
    registers,
  });
  const duration = new Histogram({
    name: 'weft_driver_query_duration_seconds',
    help: "A query's view produced: the ledger's endorsement, or the attestors' statements.",
    labelNames: ['outcome'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const calls = new Histogram({
    name: 'weft_driver_ledger_call_queries',
    help: 'Queries one ledger call answered: 1 alone, more in a batch (one endorsement for many views).',
    buckets: [1, 2, 4, 8, 16, 32, 64],
    registers,
  });
  const answers = new Counter({
    name: 'weft_driver_answers_total',
    help: 'Answers handed to the relay, by outcome: answered, retry, refused, dropped.',
    labelNames: ['outcome'],
    registers,
  });
  const events = new Counter({
    name: 'weft_driver_events_total',
    help: 'Events published to the relay, and publications tried again.',
    labelNames: ['outcome'],
    registers,
  });
  new Gauge({
    name: 'weft_driver_queries_in_progress',
    help: 'Queries being worked on, and waiting their turn.',
    labelNames: ['state'],
    registers,
    collect() {
      const { active, queued } = load();
      this.set({ state: 'active' }, active);
      this.set({ state: 'queued' }, queued);
    },
  });
  const ANSWERS: Readonly<Record<string, string>> = {
    answered: 'answered',
    'answer-retry': 'retry',
    'answer-refused': 'refused',
    'answer-dropped': 'dropped',
  };
  return {
    produced(outcome, seconds) {
      const label = outcome === 'ok' ? 'ok' : 'error';
      queries.inc({ outcome });
      duration.observe({ outcome: label }, seconds);
    },
    called(size) {
      calls.observe(size);
    },
    observe(event) {
      const answer = ANSWERS[String(event.event)];
      if (answer) answers.inc({ outcome: answer });
      if (event.event === 'published') events.inc({ outcome: 'published' });
      if (event.event === 'publish-retry') events.inc({ outcome: 'retry' });
    },
  };
}
