import { setTimeout as sleep } from 'node:timers/promises';
import { type ErrorContext, WeftError } from './errors.js';

export interface WaitOptions {
  /** What is awaited, for the timeout message ("peer0.org1 /healthz"). */
  readonly what: string;
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  readonly context?: ErrorContext;
  /** Checked between attempts: lets a caller give up early, e.g. when the awaited process has exited. */
  readonly abortIf?: () => Error | undefined;
}

/**
 * Polls `probe` until it returns a value other than `undefined`. Errors thrown by `probe` count as "not yet";
 * the last one becomes the cause of the TIMEOUT error.
 */
export async function waitFor<T>(probe: () => Promise<T | undefined>, options: WaitOptions): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  const interval = options.intervalMs ?? 200;
  let lastError: unknown;
  for (;;) {
    const aborted = options.abortIf?.();
    if (aborted) throw aborted;
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() + interval > deadline) {
      throw new WeftError(
        'TIMEOUT',
        `${options.what} was not ready within ${options.timeoutMs} ms`,
        { ...options.context, lastError: lastError instanceof Error ? lastError.message : undefined },
        { cause: lastError },
      );
    }
    await sleep(interval);
  }
}
