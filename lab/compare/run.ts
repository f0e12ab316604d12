/**
 * The workload of `weft compare`, the same for every mode: N reads of a remote value, sequentially (latency)
 * and N more at a fixed concurrency (throughput), then writes of the value on the destination (latency and
 * on-ledger cost), for one ordered pair of networks per direction the topology has.
 */
import { randomUUID } from 'node:crypto';
import { writeSample } from '../../cli/smoke.js';
import type { NetworkState, TopologyState } from '../../topology/state.js';
import { Errors, measureSequential, measureUnderLoad, type Stats, stats } from '../measure.js';
import type { Direction, LedgerCost, ModeName, ModeSession } from './modes.js';

export interface WorkloadOptions {
  readonly reads: number;
  readonly writes: number;
  readonly concurrency: number;
}

export interface ModeFigures {
  readonly mode: ModeName;
  readonly direction: string;
  readonly read: Stats;
  readonly readsPerS: number;
  readonly write: Stats;
  /** The median write's cost. */
  readonly cost: LedgerCost | undefined;
  readonly failures: { readonly count: number; readonly first?: string };
}

/** One ordered pair of networks per kind of direction: Fabric -> Fabric, Fabric -> EVM, EVM -> Fabric, EVM -> EVM. */
export function directionsOf(state: TopologyState): Array<[NetworkState, NetworkState]> {
  const pairs = new Map<string, [NetworkState, NetworkState]>();
  for (const source of state.networks) {
    for (const destination of state.networks) {
      const kind = `${source.type} -> ${destination.type}`;
      if (source.id !== destination.id && !pairs.has(kind)) pairs.set(kind, [source, destination]);
    }
  }
  return [...pairs.values()];
}

/** Puts a fresh value on the source for a direction's workload. */
export async function prepareDirection(source: NetworkState, destination: NetworkState): Promise<Direction> {
  const key = `compare-${randomUUID().slice(0, 8)}`;
  await writeSample(source, key, `${source.id} to ${destination.id}, compared`);
  return { source, destination, key };
}

const costValue = (c: LedgerCost) => ('gas' in c ? Number(c.gas) : c.bytes);

/** Runs the workload through one mode's session. */
export async function measureMode(
  session: ModeSession,
  direction: Direction,
  options: WorkloadOptions,
): Promise<ModeFigures> {
  const failures = new Errors(`${session.mode} ${direction.source.id} -> ${direction.destination.id}`);
  const warm = new Errors('warm-up');
  await measureSequential(2, () => session.read(), warm);
  const reads = await measureSequential(options.reads, () => session.read(), failures);
  const load = await measureUnderLoad(() => session.read(), failures, {
    durationMs: 600_000,
    count: options.reads,
    concurrency: options.concurrency,
  });
  // Each write follows a read of its own (a view's nonce is spent once); only the write is timed.
  const costs: LedgerCost[] = [];
  const writeMs: number[] = [];
  await measureSequential(
    options.writes,
    async () => {
      await session.read();
      const started = performance.now();
      const cost = await session.write();
      writeMs.push(performance.now() - started);
      costs.push(cost);
    },
    failures,
  );
  const sorted = [...costs].sort((a, b) => costValue(a) - costValue(b));
  return {
    mode: session.mode,
    direction: `${direction.source.id} -> ${direction.destination.id}`,
    read: stats(reads),
    readsPerS: load.perS,
    write: stats(writeMs),
    cost: sorted[Math.floor(sorted.length / 2)],
    failures: { count: failures.count, ...(failures.first === undefined ? {} : { first: failures.first }) },
  };
}
