/**
 * Retry delays: exponential backoff with full jitter (a random delay up to the exponential bound), so that
 * many callers retrying after one outage spread out instead of arriving together.
 */
export interface BackoffOptions {
  readonly initialMs: number;
  readonly maxMs: number;
}

/** The delay before retry number `attempt` (0 for the first retry); never below `initialMs / 2`. */
export function backoffDelay(attempt: number, options: BackoffOptions, random = Math.random): number {
  const bound = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(attempt, 30));
  return Math.max(options.initialMs / 2, Math.round(random() * bound));
}
