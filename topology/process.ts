/**
 * Long-lived processes of a topology: started detached (they outlive `weft up`), logged to a file, and
 * recorded with their PID and kernel start time so that `weft down` stops exactly them and never a process
 * that later reused the PID, and with how they were started, so that one that died starts again the same
 * way.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { WeftError } from '../common/errors.js';

export interface ProcessSpec {
  /** Unique within a topology, e.g. `fabric-a/peer0.org1`. */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  readonly logFile: string;
  /**
   * What asks it to stop (default SIGTERM). PostgreSQL takes SIGINT: its SIGTERM waits for every client
   * to leave.
   */
  readonly stopSignal?: 'SIGTERM' | 'SIGINT';
}

/** A started process: the spec it was started from, and who it is. */
export interface ProcessRecord extends ProcessSpec {
  readonly pid: number;
  /** Field 22 of /proc/PID/stat: with the PID, identifies this process for its whole life. */
  readonly startTicks: string;
}

export interface StartedProcess {
  readonly record: ProcessRecord;
  /** The exit, if it has happened while this process (the launcher) watches. */
  exited(): { code: number | null; signal: string | null } | undefined;
}

/** Reads the start time of PID from /proc, or undefined when no such process runs. */
export function readStartTicks(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const state = fields[0];
    if (state === 'Z' || state === 'X') return undefined;
    return fields[19];
  } catch {
    return undefined;
  }
}

export function isRunning(record: ProcessRecord): boolean {
  return readStartTicks(record.pid) === record.startTicks;
}

/** What the recorded process was started from: the same binary, arguments, environment, folder and log. */
export function specOf(record: ProcessSpec): ProcessSpec {
  const { name, command, args, env, cwd, logFile } = record;
  // A state written before records kept their arguments cannot say how to start the process again.
  if (!Array.isArray(args)) {
    throw new WeftError('STATE_CORRUPT', `the record of ${name} does not say how it was started`, { name });
  }
  return {
    name,
    command,
    args: [...args],
    logFile,
    ...(env === undefined ? {} : { env: { ...env } }),
    ...(cwd === undefined ? {} : { cwd }),
    ...(record.stopSignal === undefined ? {} : { stopSignal: record.stopSignal }),
  };
}

export async function startProcess(spec: ProcessSpec): Promise<StartedProcess> {
  const log = openSync(spec.logFile, 'a');
  let exit: { code: number | null; signal: string | null } | undefined;
  try {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      stdio: ['ignore', log, log],
      detached: true,
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (error) =>
        reject(
          new WeftError(
            'PROCESS_START_FAILED',
            `could not start ${spec.name}: ${error.message}`,
            { command: spec.command },
            { cause: error },
          ),
        ),
      );
    });
    child.once('exit', (code, signal) => {
      exit = { code, signal };
    });
    child.unref();
    const pid = child.pid;
    const startTicks = pid === undefined ? undefined : readStartTicks(pid);
    if (pid === undefined || startTicks === undefined) {
      throw new WeftError('PROCESS_EXITED', `${spec.name} exited at once`, {
        command: spec.command,
        log: spec.logFile,
        logTail: await tail(spec.logFile, 12),
      });
    }
    return { record: { ...specOf(spec), pid, startTicks }, exited: () => exit };
  } finally {
    closeSync(log);
  }
}

/**
 * Starts a recorded process that is no longer running again, exactly as it was started (its log goes on in
 * the same file); ALREADY_UP while it runs. The new record has the new PID.
 */
export async function restartProcess(record: ProcessRecord): Promise<StartedProcess> {
  if (isRunning(record)) {
    throw new WeftError('ALREADY_UP', `${record.name} is still running (PID ${record.pid})`, {
      pid: record.pid,
    });
  }
  return startProcess(specOf(record));
}

/** An error for a process that exited while it was awaited, with the end of its log. */
export async function exitedError(started: StartedProcess): Promise<WeftError | undefined> {
  const exit = started.exited();
  if (!exit) return undefined;
  const { name, logFile } = started.record;
  return new WeftError('PROCESS_EXITED', `${name} exited (${exit.signal ?? `code ${exit.code}`})`, {
    log: logFile,
    logTail: await tail(logFile, 12),
  });
}

export async function tail(file: string, lines: number): Promise<string> {
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, 8192);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, size - length);
      return buffer.toString('utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}

/** Grace before SIGKILL: Fabric nodes flush their ledgers on SIGTERM within a second or two. */
const STOP_GRACE_MS = 5000;

export type StopOutcome = 'stopped' | 'killed' | 'not-running';

/**
 * Stops the recorded process: its stop signal (SIGTERM), then SIGKILL after a grace period. Only ever
 * signals that PID.
 */
export async function stopProcess(record: ProcessRecord, graceMs = STOP_GRACE_MS): Promise<StopOutcome> {
  if (!isRunning(record)) return 'not-running';
  try {
    process.kill(record.pid, record.stopSignal ?? 'SIGTERM');
  } catch {
    return 'not-running';
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isRunning(record)) return 'stopped';
    await sleep(50);
  }
  if (!isRunning(record)) return 'stopped';
  process.kill(record.pid, 'SIGKILL');
  while (isRunning(record)) await sleep(20);
  return 'killed';
}
