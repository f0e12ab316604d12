/**
 * One port's fuzz run, of any protocol: messages made in order and sent a fixed number at a time, every
 * reply judged (typed or not, how long it took), and what the serving processes spent, read from /proc so
 * that it does not depend on what else the machine runs.
 */
import { readFile } from 'node:fs/promises';
import { residentMb, type Stats, stats } from '../measure.js';

export interface Reply {
  readonly ms: number;
  /** weft's code, `OK`, `no answer` (nothing within the deadline), or what came back instead of a typed reply. */
  readonly outcome: string;
  /** A success or a reply carrying one of weft's codes. */
  readonly typed: boolean;
}

export interface Message {
  /** What the message was, for a report: the method or route and the kind of mutation. */
  readonly label: string;
  readonly bytes: number;
  send(): Promise<Reply>;
}

export interface PortSpec {
  readonly name: string;
  /** The processes serving the port: their CPU time is the run's cost. */
  readonly pids: readonly number[];
  readonly count: number;
  readonly concurrency: number;
  /** The message of that index; called in index order, once each, when a sender is free for it. */
  message(index: number): Message;
  /** Called after each reply, with how many have come back. */
  readonly onReply?: (done: number, reply: Reply) => void;
}

export interface Sent {
  readonly label: string;
  readonly bytes: number;
  readonly ms: number;
}

/** Replies of at most this size count as small: a bigger one is received whole before it is refused. */
export const SMALL_BYTES = 64 * 1024;
/** How many untyped replies a run keeps to show (it counts them all). */
const KEPT = 20;

export interface PortRun {
  readonly name: string;
  readonly count: number;
  readonly wallMs: number;
  /** CPU time of the serving processes during the run, in milliseconds. */
  readonly cpuMs: number;
  readonly latency: Stats;
  readonly slowest: Sent | undefined;
  readonly slowestSmall: Sent | undefined;
  readonly typed: number;
  /** Replies with nothing within the deadline. */
  readonly hangs: number;
  readonly outcomes: ReadonlyMap<string, number>;
  /** The first untyped replies (hangs included), for the report. */
  readonly untyped: readonly string[];
}

export async function runPort(spec: PortSpec): Promise<PortRun> {
  const outcomes = new Map<string, number>();
  const untyped: string[] = [];
  const latencies = new Float64Array(spec.count);
  let slowest: Sent | undefined;
  let slowestSmall: Sent | undefined;
  let typed = 0;
  let hangs = 0;
  let next = 0;
  let done = 0;
  const cpuStart = await cpuOf(spec.pids);
  const started = performance.now();
  const sender = async () => {
    while (next < spec.count) {
      const index = next++;
      const message = spec.message(index);
      const reply = await message.send();
      latencies[index] = reply.ms;
      const sent = { label: message.label, bytes: message.bytes, ms: reply.ms };
      if (!slowest || reply.ms > slowest.ms) slowest = sent;
      if (message.bytes <= SMALL_BYTES && (!slowestSmall || reply.ms > slowestSmall.ms)) slowestSmall = sent;
      outcomes.set(reply.outcome, (outcomes.get(reply.outcome) ?? 0) + 1);
      spec.onReply?.(++done, reply);
      if (reply.outcome === 'no answer') hangs++;
      if (reply.typed) typed++;
      else if (untyped.length < KEPT)
        untyped.push(`${spec.name} ${message.label} (${message.bytes} bytes): ${reply.outcome}`);
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency }, sender));
  const wallMs = performance.now() - started;
  return {
    name: spec.name,
    count: spec.count,
    wallMs,
    cpuMs: (await cpuOf(spec.pids)) - cpuStart,
    latency: stats(Array.from(latencies)),
    slowest,
    slowestSmall,
    typed,
    hangs,
    outcomes,
    untyped,
  };
}

/** Replies by outcome, the most frequent first. */
export const outcomeList = (outcomes: ReadonlyMap<string, number>) =>
  [...outcomes]
    .sort((x, y) => y[1] - x[1])
    .map(([outcome, n]) => `${outcome} ${n}`)
    .join(', ');

/** One line of figures for a port's run. */
export function describeRun(run: PortRun): string {
  const shown = (sent: Sent | undefined) =>
    sent ? `${Math.round(sent.ms)} ms (${sent.label}, ${sent.bytes} bytes)` : '-';
  return (
    `${run.name}: ${run.count} messages in ${(run.wallMs / 1000).toFixed(1)} s ` +
    `(${Math.round(run.count / (run.wallMs / 1000))}/s), ${run.typed}/${run.count} typed, ${run.hangs} hangs, ` +
    `p50 ${run.latency.p50.toFixed(1)} ms, p99 ${run.latency.p99.toFixed(1)} ms, slowest ${shown(run.slowest)}, ` +
    `slowest up to 64 KiB ${shown(run.slowestSmall)}, service CPU ${(run.cpuMs / run.count).toFixed(2)} ms ` +
    `per message; replies: ${outcomeList(run.outcomes)}`
  );
}

/** User and system CPU time of a process, in milliseconds (clock ticks of 10 ms). */
export async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function cpuOf(pids: readonly number[]): Promise<number> {
  let total = 0;
  for (const pid of new Set(pids)) total += await cpuMs(pid);
  return total;
}

export interface Service {
  readonly name: string;
  readonly pid: number;
}

/**
 * Samples the services' RSS every 200 ms from now: their level before, their peak, and (after `settle`) the
 * level once they are idle again.
 */
export async function watchMemory(services: readonly Service[]) {
  const before = new Map(services.map((s) => [s.pid, residentMb(s.pid)] as const));
  const cpuBefore = new Map(
    await Promise.all(services.map(async (s) => [s.pid, await cpuMs(s.pid)] as const)),
  );
  const peak = new Map(before);
  const sampler = setInterval(() => {
    for (const s of services) {
      const mb = residentMb(s.pid);
      if (!Number.isNaN(mb)) peak.set(s.pid, Math.max(peak.get(s.pid)!, mb));
    }
  }, 200);
  return {
    before,
    peak,
    /**
     * Waits (up to `settleMs`) until every service is within `nearMb` of its level before, running `work`
     * between looks: an idle V8 heap is not collected, so memory comes back once a service works again.
     * Returns the levels then, and each service's line of figures.
     */
    async settle(nearMb: number, settleMs: number, work: () => Promise<void>) {
      const started = performance.now();
      const after = new Map<number, number>();
      for (;;) {
        for (const s of services) after.set(s.pid, residentMb(s.pid));
        const settled = services.every((s) => after.get(s.pid)! <= before.get(s.pid)! + nearMb);
        if (settled || performance.now() - started > settleMs) break;
        await work();
        await new Promise((r) => setTimeout(r, 500));
      }
      clearInterval(sampler);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const lines: string[] = [];
      for (const s of services) {
        const cpu = (await cpuMs(s.pid)) - cpuBefore.get(s.pid)!;
        lines.push(
          `${s.name} (pid ${s.pid}): RSS ${before.get(s.pid)!.toFixed(0)} MB before, peak ` +
            `${peak.get(s.pid)!.toFixed(0)} MB, ${after.get(s.pid)!.toFixed(0)} MB after (${seconds} s later); CPU ${cpu} ms`,
        );
      }
      return { after, lines };
    },
    stop: () => clearInterval(sampler),
  };
}
