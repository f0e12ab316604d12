/**
 * Freshness of views: how old the state a view shows may be, and that a destination never replaces a
 * recorded value with an older one. A view's time (and, on a ledger with blocks the view names, its height)
 * is what the source vouches for: a Fabric view carries its transaction's timestamp, bound by the source
 * interop chaincode inside the endorsed result; an EVM view its attested block's number and timestamp.
 *
 * A destination records, per source network, maximum ages by view pattern (longest pattern wins, as for
 * verification policies) and, per view, the time and height of the value it recorded last. The SDK and the
 * Fabric interop chaincode share this code; the Solidity interop contract implements the same rules.
 * Pure: no I/O.
 */
import { type Codes, type ErrorCode, WeftError } from '../common/errors.js';
import { checkPattern, ruleFor } from './policy.js';

/** The time of the state a view shows, as its source vouches for it. */
export interface ViewTime {
  /** Milliseconds since the epoch. */
  readonly sourceTimeMs: number;
  /** The block the view is of, where the source ledger's views name one (EVM). */
  readonly height?: bigint;
}

/** The largest age any view of the views matching `pattern` may have when a destination accepts it. */
export interface FreshnessRule {
  readonly pattern: string;
  readonly maxAgeMs: number;
}

export type FreshnessFailure = Codes<'VIEW_EXPIRED' | 'VIEW_OUTDATED' | 'VIEW_FROM_FUTURE'>;

/** A destination's freshness refusals: the caller needs a fresher view, not the same one again. */
export const FRESHNESS_FAILURES: ReadonlySet<ErrorCode> = new Set<FreshnessFailure>([
  'VIEW_EXPIRED',
  'VIEW_OUTDATED',
  'VIEW_FROM_FUTURE',
]);

export type FreshnessVerdict =
  | { readonly valid: true; readonly ageMs: number }
  | { readonly valid: false; readonly failure: FreshnessFailure; readonly reason: string };

/**
 * How far two honest clocks may differ: a source peer refuses to vouch for a time further than this from its
 * own clock, and a destination refuses a view whose time is further than this ahead of its own.
 */
export const MAX_CLOCK_SKEW_MS = 30_000;

/** A year: an age bound beyond it bounds nothing a relay could hold back. */
export const MAX_AGE_LIMIT_MS = 365 * 24 * 3600 * 1000;
const MAX_RULES = 64;

/**
 * Validates a list of freshness rules, `[{"pattern":"weft:assets:*","maxAgeMs":60000}]`.
 *
 * @throws {WeftError} POLICY_INVALID naming the rule at fault.
 */
export function checkFreshnessRules(value: unknown): FreshnessRule[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_RULES) {
    throw new WeftError('POLICY_INVALID', `freshness rules: expected a list of 1 to ${MAX_RULES} rules`);
  }
  const patterns = new Set<string>();
  return value.map((rule, i) => {
    const r = rule as Partial<FreshnessRule> | null;
    if (typeof r !== 'object' || r === null || typeof r.pattern !== 'string') {
      throw new WeftError('POLICY_INVALID', `freshness rule ${i}: expected {pattern, maxAgeMs}`);
    }
    const keys = Object.keys(r).filter((k) => k !== 'pattern' && k !== 'maxAgeMs');
    if (keys.length > 0) {
      throw new WeftError('POLICY_INVALID', `freshness rule ${i}: unknown key ${keys[0]}`);
    }
    const { maxAgeMs } = r;
    if (
      typeof maxAgeMs !== 'number' ||
      !Number.isInteger(maxAgeMs) ||
      maxAgeMs < 1 ||
      maxAgeMs > MAX_AGE_LIMIT_MS
    ) {
      throw new WeftError(
        'POLICY_INVALID',
        `freshness rule ${i}: maxAgeMs must be an integer from 1 to ${MAX_AGE_LIMIT_MS}`,
      );
    }
    if (patterns.has(r.pattern)) {
      throw new WeftError('POLICY_INVALID', `freshness rule ${i}: pattern ${r.pattern} appears twice`);
    }
    patterns.add(r.pattern);
    return { pattern: checkPattern(r.pattern), maxAgeMs };
  });
}

/** The maximum age for a view's text (the part of its address after the network id), if any rule matches. */
export function maxAgeFor(rules: readonly FreshnessRule[], viewText: string): number | undefined {
  return ruleFor(rules, viewText)?.maxAgeMs;
}

/** Whether `view` shows an older state than `recorded`: by height where both have one, else by time. */
export function isOlder(view: ViewTime, recorded: ViewTime): boolean {
  return view.height !== undefined && recorded.height !== undefined
    ? view.height < recorded.height
    : view.sourceTimeMs < recorded.sourceTimeMs;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Checks a verified view's time against the destination's clock, its maximum age (none: no bound) and the
 * time of the value recorded for the same view (none: the first value). A view as old as the recorded one is
 * accepted: it shows the same state or, at equal source time, one no older.
 */
export function checkFreshness(
  view: ViewTime,
  at: { readonly nowMs: number; readonly maxAgeMs?: number; readonly recorded?: ViewTime },
): FreshnessVerdict {
  const ageMs = at.nowMs - view.sourceTimeMs;
  if (ageMs < -MAX_CLOCK_SKEW_MS) {
    return {
      valid: false,
      failure: 'VIEW_FROM_FUTURE',
      reason: `the view is of ${iso(view.sourceTimeMs)}, ${-ageMs} ms ahead of this clock`,
    };
  }
  if (at.maxAgeMs !== undefined && ageMs > at.maxAgeMs) {
    return {
      valid: false,
      failure: 'VIEW_EXPIRED',
      reason: `the view is of ${iso(view.sourceTimeMs)}, ${ageMs} ms old; views are accepted up to ${at.maxAgeMs} ms old`,
    };
  }
  if (at.recorded && isOlder(view, at.recorded)) {
    const what = (t: ViewTime) => (t.height === undefined ? iso(t.sourceTimeMs) : `block ${t.height}`);
    return {
      valid: false,
      failure: 'VIEW_OUTDATED',
      reason: `the view is of ${what(view)}; a value of ${what(at.recorded)} is already recorded`,
    };
  }
  return { valid: true, ageMs };
}

/** A view's time as JSON fields: `sourceTimeMs`, and `height` as decimal text when it has one. */
export function viewTimeFields(time: ViewTime): { sourceTimeMs: number; height?: string } {
  return {
    sourceTimeMs: time.sourceTimeMs,
    ...(time.height === undefined ? {} : { height: time.height.toString() }),
  };
}

/** The record a destination keeps per view: the time it recorded, in JSON. */
export function viewTimeRecord(time: ViewTime): string {
  return JSON.stringify(viewTimeFields(time));
}

/** Reads what viewTimeRecord wrote; undefined for anything else. */
export function parseViewTimeRecord(text: string): ViewTime | undefined {
  try {
    const value = JSON.parse(text) as { sourceTimeMs?: unknown; height?: unknown };
    if (typeof value.sourceTimeMs !== 'number' || !Number.isSafeInteger(value.sourceTimeMs)) return undefined;
    if (
      value.height !== undefined &&
      (typeof value.height !== 'string' || !/^[0-9]{1,20}$/.test(value.height))
    ) {
      return undefined;
    }
    return {
      sourceTimeMs: value.sourceTimeMs,
      ...(value.height === undefined ? {} : { height: BigInt(value.height) }),
    };
  } catch {
    return undefined;
  }
}
