/**
 * What a network launcher gets from `weft up`: a way to start processes that are recorded in the topology
 * state the moment they exist (so a failure later never orphans them), progress reporting, and cancellation.
 */
import { WeftError } from '../common/errors.js';
import { waitFor } from '../common/wait.js';
import { probeHealth } from './health.js';
import type { Placement } from './infrastructures.js';
import { exitedError, type ProcessSpec, type StartedProcess, startProcess } from './process.js';
import type { HealthProbe, ManagedProcess } from './state.js';

export interface ProgressEvent {
  readonly network?: string;
  readonly message: string;
  /** Set when a step ends: how long it took. */
  readonly elapsedMs?: number;
}

export interface ProcessMeta {
  readonly network: string;
  readonly role: string;
  readonly port: number;
  readonly health: HealthProbe;
  /** How long the process may take to become healthy. */
  readonly readyWithinMs: number;
  /** Where the service writes the port of its operations endpoint (/readyz), if it has one. */
  readonly operationsPortFile?: string;
}

export interface LaunchContext {
  readonly signal: AbortSignal;
  /** The topology's infrastructures, where networks place nodes by name (empty: everything on the host). */
  readonly placement: Placement;
  /** Node options for weft's own services, before the script (UpOptions.serviceNodeArgs). */
  readonly serviceNodeArgs: readonly string[];
  progress(event: ProgressEvent): void;
  /** Runs one named step of a network's start-up, reporting its duration; stops early when cancelled. */
  step<T>(network: string, name: string, run: () => Promise<T>): Promise<T>;
  /** Starts a process, records it, and resolves once its health probe passes. */
  spawn(spec: ProcessSpec, meta: ProcessMeta): Promise<ManagedProcess>;
}

export function cancelledError(): WeftError {
  return new WeftError('CANCELLED', 'start-up was cancelled');
}

export function createLaunchContext(options: {
  signal: AbortSignal;
  placement?: Placement;
  serviceNodeArgs?: readonly string[];
  onProgress: (event: ProgressEvent) => void;
  record: (process: ManagedProcess) => Promise<void>;
}): LaunchContext {
  const { signal, onProgress, record } = options;
  return {
    signal,
    placement: options.placement ?? new Map(),
    serviceNodeArgs: options.serviceNodeArgs ?? [],
    progress: onProgress,
    async step(network, name, run) {
      if (signal.aborted) throw cancelledError();
      const started = Date.now();
      const result = await run();
      onProgress({ network, message: name, elapsedMs: Date.now() - started });
      return result;
    },
    async spawn(spec, meta) {
      if (signal.aborted) throw cancelledError();
      const started = await startProcess(spec);
      const managed: ManagedProcess = {
        ...started.record,
        network: meta.network,
        role: meta.role,
        port: meta.port,
        health: meta.health,
        ...(meta.operationsPortFile ? { operationsPortFile: meta.operationsPortFile } : {}),
      };
      await record(managed);
      await awaitHealthy(started, meta, signal);
      return managed;
    },
  };
}

/** Resolves once the process's health probe passes; fails once it has exited, is cancelled, or times out. */
export async function awaitHealthy(
  started: StartedProcess,
  meta: Pick<ProcessMeta, 'health' | 'readyWithinMs'>,
  signal?: AbortSignal,
): Promise<void> {
  let exited: WeftError | undefined;
  await waitFor(
    async () => {
      exited = await exitedError(started);
      return exited === undefined && (await probeHealth(meta.health)) ? true : undefined;
    },
    {
      what: `${started.record.name} health`,
      timeoutMs: meta.readyWithinMs,
      context: { log: started.record.logFile },
      abortIf: () => exited ?? (signal?.aborted ? cancelledError() : undefined),
    },
  );
}
