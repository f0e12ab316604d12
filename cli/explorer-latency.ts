/**
 * Latency over time for the explorer's charts, drawn from the services' own histograms: every few seconds
 * each relay's, driver's and attestor's `/metrics` is scraped, and each series gets a point with the p50 and
 * p99 of what it observed since the scrape before (interpolated within buckets, as Prometheus'
 * histogram_quantile does), plus the same since the explorer started.
 */
import { readFile } from 'node:fs/promises';
import { type Buckets, histogramQuantile, parseHistograms } from '../operations/histograms.js';
import type { ManagedProcess, TopologyState } from '../topology/state.js';

const outcomeOf = (key: string) => /outcome="([^"]+)"/.exec(key)?.[1] ?? key;

/** The histograms charted per role, and how a series of each is named. */
const CHARTED: Readonly<
  Record<string, { readonly metric: string; readonly label: (key: string) => string }>
> = {
  relay: {
    metric: 'weft_relay_hop_duration_seconds',
    label: (key) => /hop="([^"]+)"/.exec(key)?.[1] ?? key,
  },
  driver: { metric: 'weft_driver_query_duration_seconds', label: (key) => `query ${outcomeOf(key)}` },
  attestor: { metric: 'weft_attestor_request_duration_seconds', label: (key) => `request ${outcomeOf(key)}` },
};

export interface LatencyPoint {
  /** Epoch ms of the scrape that closed the interval. */
  readonly t: number;
  /** Observations in the interval. */
  readonly count: number;
  /** In ms; null without observations. */
  readonly p50: number | null;
  readonly p99: number | null;
}

export interface LatencySeries {
  /** `fabric-a/relay`, with the hop or what is measured: `driver`, `query`. */
  readonly service: string;
  readonly what: string;
  readonly points: readonly LatencyPoint[];
  /** Since the explorer started. */
  readonly overall: Omit<LatencyPoint, 't'>;
}

const finite = (ms: number) => (Number.isFinite(ms) ? Math.round(ms * 100) / 100 : null);

function pointOf(before: Buckets, after: Buckets): Omit<LatencyPoint, 't'> {
  const count = (after.at(-1)?.count ?? 0) - (before.at(-1)?.count ?? 0);
  return {
    count,
    p50: finite(histogramQuantile(before, after, 0.5)),
    p99: finite(histogramQuantile(before, after, 0.99)),
  };
}

async function scrape(process: ManagedProcess): Promise<string | undefined> {
  try {
    const port = Number((await readFile(process.operationsPortFile!, 'utf8')).trim());
    const response = await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(2_000) });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

export interface LatencySampler {
  series(): LatencySeries[];
  /** Scrapes once now (the sampler also does every `intervalMs`). */
  sample(): Promise<void>;
  stop(): void;
}

export function startLatencySampler(
  state: TopologyState,
  options: { readonly intervalMs?: number; readonly keep?: number } = {},
): LatencySampler {
  const keep = options.keep ?? 150;
  const charted = state.processes.filter((p) => p.operationsPortFile && CHARTED[p.role]);
  const first = new Map<string, Buckets>();
  const last = new Map<string, Buckets>();
  const points = new Map<string, LatencyPoint[]>();
  const names = new Map<string, { service: string; what: string }>();
  /** Services scraped at least once. */
  const scraped = new Set<string>();
  let running: Promise<void> | undefined;

  const sampleOnce = async () => {
    const t = Date.now();
    await Promise.all(
      charted.map(async (process) => {
        const text = await scrape(process);
        if (text === undefined) return;
        const { metric, label } = CHARTED[process.role]!;
        for (const [key, buckets] of parseHistograms(text, metric)) {
          const id = `${process.name}|${key}`;
          names.set(id, { service: process.name, what: label(key) });
          // A labelled series shows in a scrape once first observed: seen by a later scrape than the
          // service's first, all its observations came after the scrape before.
          const seenBefore = scraped.has(process.name);
          const before = last.get(id) ?? (seenBefore ? [] : undefined);
          last.set(id, buckets);
          if (!first.has(id)) first.set(id, seenBefore ? [] : buckets);
          if (!before) continue;
          const list = points.get(id) ?? [];
          list.push({ t, ...pointOf(before, buckets) });
          if (list.length > keep) list.splice(0, list.length - keep);
          points.set(id, list);
        }
        scraped.add(process.name);
      }),
    );
  };
  // One scrape at a time: a slow service must not pile scrapes up.
  const sample = () => {
    running ??= sampleOnce().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => void sample(), options.intervalMs ?? 2_000);
  timer.unref();
  void sample();
  return {
    sample,
    series: () =>
      [...names.entries()]
        .map(([id, name]) => ({
          ...name,
          points: points.get(id) ?? [],
          overall: pointOf(first.get(id) ?? [], last.get(id) ?? []),
        }))
        .sort((a, b) => (a.service + a.what < b.service + b.what ? -1 : 1)),
    stop: () => clearInterval(timer),
  };
}
