/**
 * One pending run per key: what the request machine and the event machine schedule their next steps with.
 * A run goes after its delay, or as soon as its wake fires if that comes first (a peer back from a restart
 * is asked again at once, not at the end of a backoff of seconds); scheduling a key again replaces its run.
 */
/** Registers `run`, called once when the callee can be reached again; returns its unregistering. */
export type Wake = (run: () => void) => () => void;

export interface Clock {
  now(): number;
  /** Runs `run` after `ms` (0 or less: on the next turn of the event loop); returns its cancel. */
  after(ms: number, run: () => void): () => void;
}

export const systemClock: Clock = {
  now: Date.now,
  after(ms, run) {
    if (ms <= 0) {
      // setTimeout(0) waits at least 1 ms; on the path of every view that adds up.
      const immediate = setImmediate(run);
      return () => clearImmediate(immediate);
    }
    const timeout = setTimeout(run, ms);
    return () => clearTimeout(timeout);
  },
};

export interface KeyedTimers {
  /** Runs `run` after `delayMs` (0: on the next turn), or at `wake`; nothing once stopped. */
  schedule(key: string, delayMs: number, run: () => void, wake?: Wake): void;
  cancel(key: string): void;
  /** Cancels every pending run; later schedules do nothing. */
  stop(): void;
}

export function keyedTimers(clock: Clock): KeyedTimers {
  const timers = new Map<string, () => void>();
  let stopped = false;
  const cancel = (key: string) => {
    timers.get(key)?.();
    timers.delete(key);
  };
  return {
    schedule(key, delayMs, run, wake) {
      cancel(key);
      if (stopped) return;
      const cancels: Array<() => void> = [];
      const stop = () => {
        for (const c of cancels) c();
      };
      const fire = () => {
        stop();
        timers.delete(key);
        run();
      };
      cancels.push(clock.after(delayMs, fire));
      if (wake) cancels.push(wake(fire));
      timers.set(key, stop);
    },
    cancel,
    stop() {
      stopped = true;
      for (const stop of timers.values()) stop();
      timers.clear();
    },
  };
}
