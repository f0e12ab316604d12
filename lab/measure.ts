/**
 * Measuring for the benchmarks: latency statistics, failures counted by kind (never timed), sequential
 * calls and calls under a fixed concurrency.
 */
import { readFileSync } from 'node:fs';
import { isWeftError } from '../common/errors.js';

export interface Stats {
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
  readonly max: number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((x, y) => x - y);
  const at = (q: number) =>
    sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return {
    n: sorted.length,
    p50: at(0.5),
    p99: at(0.99),
    mean: sorted.length === 0 ? Number.NaN : sorted.reduce((s, x) => s + x, 0) / sorted.length,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export const median = (xs: readonly number[]) =>
  [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Failed calls of one phase: how many, the first message, and how many of each code. */
export class Errors {
  count = 0;
  first: string | undefined;
  readonly kinds = new Map<string, number>();
  constructor(readonly phase: string) {}
  record(error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    this.count++;
    this.first ??= message;
    const kind = isWeftError(error) ? error.code : error instanceof Error ? error.name : typeof error;
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
  }
  toJSON() {
    return {
      count: this.count,
      ...(this.first === undefined ? {} : { first: this.first }),
      kinds: Object.fromEntries(this.kinds),
    };
  }
}

/** Sequential calls, each timed into `samples`; a failed call is counted, never timed. */
export async function measureSequential<T>(
  n: number,
  call: () => Promise<T>,
  failures: Errors,
  options: { samples?: number[]; onResult?: (result: T) => void; signal?: AbortSignal } = {},
): Promise<number[]> {
  const samples = options.samples ?? [];
  for (let i = 0; i < n && !options.signal?.aborted; i++) {
    const t = performance.now();
    try {
      const result = await call();
      samples.push(performance.now() - t);
      options.onResult?.(result);
    } catch (error) {
      failures.record(error);
    }
  }
  return samples;
}

export interface LoadResult {
  readonly completed: number;
  readonly failed: number;
  readonly elapsedMs: number;
  readonly perS: number;
  readonly latency: Stats;
}

/** `concurrency` callers back to back until the deadline (or until `count` calls have started). */
export async function measureUnderLoad(
  call: () => Promise<unknown>,
  failures: Errors,
  limit: {
    readonly durationMs: number;
    readonly count?: number | undefined;
    readonly concurrency: number;
    readonly signal?: AbortSignal;
  },
): Promise<LoadResult> {
  const samples: number[] = [];
  const failedBefore = failures.count;
  const started = performance.now();
  const deadline = started + limit.durationMs;
  let issued = 0;
  const more = () =>
    !limit.signal?.aborted &&
    (limit.count === undefined ? performance.now() < deadline : issued < limit.count);
  await Promise.all(
    Array.from({ length: limit.concurrency }, async () => {
      while (more()) {
        issued++;
        const t = performance.now();
        try {
          await call();
          samples.push(performance.now() - t);
        } catch (error) {
          failures.record(error);
        }
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  return {
    completed: samples.length,
    failed: failures.count - failedBefore,
    elapsedMs,
    perS: samples.length / (elapsedMs / 1000),
    latency: stats(samples),
  };
}

/** A command-line option that must be a positive integer; exits with usage status 2 otherwise. */
export function positiveInteger(name: string, text: string | undefined): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`--${name} must be a positive integer, not ${text}\n`);
    process.exit(2);
  }
  return n;
}

/** A process's resident memory (VmRSS), in MB; NaN once it is gone. */
export function residentMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
