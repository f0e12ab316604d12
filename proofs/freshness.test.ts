import { describe, expect, it } from 'vitest';
import { isWeftError } from '../common/errors.js';
import {
  checkFreshness,
  checkFreshnessRules,
  isOlder,
  MAX_CLOCK_SKEW_MS,
  maxAgeFor,
  parseViewTimeRecord,
  viewTimeRecord,
} from './freshness.js';

const NOW = Date.UTC(2026, 11, 1, 12);

describe('checkFreshness', () => {
  it('accepts a view within its maximum age and reports the age', () => {
    expect(checkFreshness({ sourceTimeMs: NOW - 5_000 }, { nowMs: NOW, maxAgeMs: 10_000 })).toEqual({
      valid: true,
      ageMs: 5_000,
    });
  });

  it('refuses a view older than its maximum age with VIEW_EXPIRED', () => {
    const verdict = checkFreshness({ sourceTimeMs: NOW - 10_001 }, { nowMs: NOW, maxAgeMs: 10_000 });
    expect(verdict).toMatchObject({ valid: false, failure: 'VIEW_EXPIRED' });
    // At exactly the maximum age the view is still accepted.
    expect(checkFreshness({ sourceTimeMs: NOW - 10_000 }, { nowMs: NOW, maxAgeMs: 10_000 }).valid).toBe(true);
  });

  it('bounds nothing without a maximum age, but still refuses a time from the future', () => {
    expect(checkFreshness({ sourceTimeMs: NOW - 86_400_000 }, { nowMs: NOW }).valid).toBe(true);
    expect(checkFreshness({ sourceTimeMs: NOW + MAX_CLOCK_SKEW_MS }, { nowMs: NOW }).valid).toBe(true);
    expect(checkFreshness({ sourceTimeMs: NOW + MAX_CLOCK_SKEW_MS + 1 }, { nowMs: NOW })).toMatchObject({
      valid: false,
      failure: 'VIEW_FROM_FUTURE',
    });
  });

  it('refuses a view older than the recorded one with VIEW_OUTDATED, and accepts an equal one', () => {
    const recorded = { sourceTimeMs: NOW - 1_000 };
    expect(checkFreshness({ sourceTimeMs: NOW - 1_001 }, { nowMs: NOW, recorded })).toMatchObject({
      valid: false,
      failure: 'VIEW_OUTDATED',
    });
    expect(checkFreshness({ sourceTimeMs: NOW - 1_000 }, { nowMs: NOW, recorded }).valid).toBe(true);
    expect(checkFreshness({ sourceTimeMs: NOW - 999 }, { nowMs: NOW, recorded }).valid).toBe(true);
  });

  it('orders views of blocks by height, not by their block times', () => {
    // Two blocks in one second have the same timestamp: the lower block is still the older state.
    const recorded = { sourceTimeMs: NOW - 1_000, height: 11n };
    expect(isOlder({ sourceTimeMs: NOW - 1_000, height: 10n }, recorded)).toBe(true);
    expect(isOlder({ sourceTimeMs: NOW - 1_000, height: 11n }, recorded)).toBe(false);
    expect(
      checkFreshness({ sourceTimeMs: NOW - 1_000, height: 10n }, { nowMs: NOW, recorded }),
    ).toMatchObject({ valid: false, failure: 'VIEW_OUTDATED' });
    // A view without a height against one with: by time.
    expect(isOlder({ sourceTimeMs: NOW - 2_000 }, recorded)).toBe(true);
  });
});

describe('freshness rules', () => {
  it('pick the longest matching pattern', () => {
    const rules = checkFreshnessRules([
      { pattern: '*', maxAgeMs: 600_000 },
      { pattern: 'weft:assets:*', maxAgeMs: 60_000 },
      { pattern: 'weft:assets:Get:hot', maxAgeMs: 1_000 },
    ]);
    expect(maxAgeFor(rules, 'weft:assets:Get:hot')).toBe(1_000);
    expect(maxAgeFor(rules, 'weft:assets:Get:cold')).toBe(60_000);
    expect(maxAgeFor(rules, 'weft:other:Get:x')).toBe(600_000);
    expect(maxAgeFor(checkFreshnessRules([{ pattern: 'weft:assets:*', maxAgeMs: 5 }]), 'x:y')).toBe(
      undefined,
    );
  });

  it.each([
    ['not a list', {}],
    ['an empty list', []],
    ['a zero age', [{ pattern: '*', maxAgeMs: 0 }]],
    ['a fractional age', [{ pattern: '*', maxAgeMs: 1.5 }]],
    ['an age as text', [{ pattern: '*', maxAgeMs: '60000' }]],
    ['a star inside', [{ pattern: 'a*b', maxAgeMs: 1 }]],
    ['an unknown key', [{ pattern: '*', maxAgeMs: 1, maxAge: 2 }]],
    [
      'a pattern twice',
      [
        { pattern: '*', maxAgeMs: 1 },
        { pattern: '*', maxAgeMs: 2 },
      ],
    ],
  ])('refuse %s with POLICY_INVALID', (_what, value) => {
    let thrown: unknown;
    try {
      checkFreshnessRules(value);
    } catch (error) {
      thrown = error;
    }
    // A WeftError with the code, not any exception.
    expect(isWeftError(thrown, 'POLICY_INVALID')).toBe(true);
  });
});

describe('view time records', () => {
  it('round-trip, with and without a height', () => {
    for (const time of [{ sourceTimeMs: NOW }, { sourceTimeMs: NOW, height: 18_446_744_073_709_551_615n }]) {
      expect(parseViewTimeRecord(viewTimeRecord(time))).toEqual(time);
    }
  });

  it('read nothing from a damaged record', () => {
    for (const text of ['', '{', '{"sourceTimeMs":"1"}', '{"sourceTimeMs":1,"height":-1}', 'null']) {
      expect(parseViewTimeRecord(text)).toBeUndefined();
    }
  });
});
