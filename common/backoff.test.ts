import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

const options = { initialMs: 100, maxMs: 5_000 };

describe('backoffDelay', () => {
  it('grows exponentially up to the maximum', () => {
    const top = () => 1;
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, options, top))).toEqual([100, 200, 400, 800]);
    expect(backoffDelay(10, options, top)).toBe(5_000);
    expect(backoffDelay(1_000, options, top)).toBe(5_000);
  });

  it('jitters within the bound and never below half the initial delay', () => {
    expect(backoffDelay(3, options, () => 0)).toBe(50);
    expect(backoffDelay(3, options, () => 0.5)).toBe(400);
    for (let i = 0; i < 100; i++) {
      const delay = backoffDelay(4, options);
      expect(delay).toBeGreaterThanOrEqual(50);
      expect(delay).toBeLessThanOrEqual(1_600);
    }
  });
});
