/** Prometheus histograms as a scrape shows them, and quantiles between two scrapes. */

/** One histogram of a Prometheus scrape: cumulative counts by upper bound (seconds), `+Inf` last. */
export type Buckets = ReadonlyArray<{ readonly le: number; readonly count: number }>;

/**
 * The `q`-quantile of the observations between two scrapes of one histogram, in ms, interpolated within
 * its bucket as Prometheus' histogram_quantile does (so it is as fine as the buckets are); NaN without
 * observations.
 */
export function histogramQuantile(before: Buckets, after: Buckets, q: number): number {
  const counts = after.map((b, i) => ({ le: b.le, count: b.count - (before[i]?.count ?? 0) }));
  const total = counts.at(-1)?.count ?? 0;
  if (total === 0) return Number.NaN;
  const rank = q * total;
  for (let i = 0; i < counts.length; i++) {
    const { le, count } = counts[i]!;
    if (count < rank) continue;
    const lower = i === 0 ? 0 : counts[i - 1]!.le;
    const below = i === 0 ? 0 : counts[i - 1]!.count;
    // The last bucket has no upper bound: its lower one is what can be said.
    if (!Number.isFinite(le)) return lower * 1000;
    return (lower + ((le - lower) * (rank - below)) / Math.max(1, count - below)) * 1000;
  }
  return Number.NaN;
}

/** The histograms named `name` in a Prometheus text scrape, by their labels other than `le`. */
export function parseHistograms(text: string, name: string): Map<string, Buckets> {
  const found = new Map<string, Array<{ le: number; count: number }>>();
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}_bucket{`)) continue;
    const labels = line.slice(line.indexOf('{') + 1, line.lastIndexOf('}'));
    const le = /le="([^"]+)"/.exec(labels)?.[1];
    if (le === undefined) continue;
    const key = labels
      .split(',')
      .filter((l) => !l.startsWith('le=') && !l.startsWith('service='))
      .join(',');
    const list = found.get(key) ?? [];
    list.push({
      le: le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le),
      count: Number(line.slice(line.lastIndexOf(' ') + 1)),
    });
    found.set(key, list);
  }
  return found;
}
