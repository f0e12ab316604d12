import { describe, expect, it } from 'vitest';
import { histogramQuantile, parseHistograms } from './histograms.js';

describe('histogram quantiles from scrapes', () => {
  it('interpolates within the bucket, over what was observed between two scrapes', () => {
    const scrape = (counts: number[]) =>
      [
        ...counts
          .slice(0, -1)
          .map((c, i) => `h_bucket{service="s",hop="x",le="${[0.01, 0.02, 0.05][i]}"} ${c}`),
        `h_bucket{service="s",hop="x",le="+Inf"} ${counts.at(-1)}`,
      ].join('\n');
    const before = parseHistograms(scrape([5, 5, 5, 5]), 'h').get('hop="x"')!;
    // 10 new observations: 2 in (0, 10 ms], 6 in (10, 20 ms], 2 in (20, 50 ms].
    const after = parseHistograms(scrape([7, 13, 15, 15]), 'h').get('hop="x"')!;
    expect(histogramQuantile(before, after, 0.5)).toBeCloseTo(15, 5);
    expect(histogramQuantile(before, after, 0.1)).toBeCloseTo(5, 5);
    expect(histogramQuantile(before, after, 0.99)).toBeCloseTo(48.5, 5);
    expect(histogramQuantile(before, before, 0.5)).toBeNaN();
  });
});
