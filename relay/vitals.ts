/** A relay's vital signs, a line every 10 s while requests flow: open requests, stored records, memory. */
import type { RelayLog } from './machine.js';

const INTERVAL_MS = 10_000;
const mb = (bytes: number) => Math.round(bytes / 1_048_576);

/** Starts the lines; returns the function that stops them. */
export function logVitals(pending: () => number, stored: () => Promise<number>, log: RelayLog): () => void {
  let lastSeen = -1;
  const timer = setInterval(() => {
    stored().then(
      (count) => {
        const open = pending();
        if (count === lastSeen && open === 0) return;
        lastSeen = count;
        const memory = process.memoryUsage();
        log({
          event: 'vitals',
          pending: open,
          stored: count,
          rssMb: mb(memory.rss),
          heapMb: mb(memory.heapUsed),
          externalMb: mb(memory.external + memory.arrayBuffers),
        });
      },
      // A store that cannot count fails its writes too, and those are logged with their request.
      () => {},
    );
  }, INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
