/**
 * Relays and drivers a test starts, kills and restarts itself, as an operator (or a crash) would: processes
 * run from a configuration file, signalled only by their recorded PID.
 */
import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { packageRoot } from '../../common/paths.js';
import { isRunning, type ProcessRecord, startProcess } from '../../topology/process.js';

const WEFT = join(packageRoot(), 'bin', 'weft.js');

/** Starts `weft relay|driver start --config FILE`, logging to `logFile`. */
export async function startService(
  name: string,
  role: 'relay' | 'driver',
  configFile: string,
  logFile: string,
): Promise<ProcessRecord> {
  const { record } = await startProcess({
    name,
    command: process.execPath,
    args: [WEFT, role, 'start', '--config', configFile],
    logFile,
  });
  return record;
}

/** Sends `signal` to the recorded process, if it is still that process; SIGKILL waits until it is gone. */
export async function signal(record: ProcessRecord, name: 'SIGKILL' | 'SIGSTOP' | 'SIGCONT'): Promise<void> {
  if (!isRunning(record)) throw new Error(`${record.name} (PID ${record.pid}) is not running`);
  process.kill(record.pid, name);
  if (name === 'SIGKILL') while (isRunning(record)) await sleep(10);
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function until(port: number, open: boolean, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while ((await accepts(port)) !== open) {
    if (Date.now() > deadline)
      throw new Error(`port ${port} not ${open ? 'open' : 'closed'} in ${timeoutMs} ms`);
    await sleep(10);
  }
  return Date.now();
}

/** Resolves with the time (epoch ms) at which a TCP connection to the port first succeeds. */
export const servingAt = (port: number, timeoutMs = 20_000): Promise<number> => until(port, true, timeoutMs);

/**
 * Resolves once the port refuses connections: a killed process's main thread is gone before its last
 * thread has closed its sockets.
 */
export const closedAt = (port: number, timeoutMs = 5_000): Promise<number> => until(port, false, timeoutMs);

/** The JSON lines a service logged. */
export function logEvents(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Median and maximum. */
export function spread(values: readonly number[]): { p50: number; max: number } {
  const sorted = [...values].sort((x, y) => x - y);
  return { p50: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}
