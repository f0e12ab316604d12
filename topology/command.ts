import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import { WeftError } from '../common/errors.js';

export interface CommandOptions {
  readonly cwd?: string;
  /** Replaces the environment entirely when `inheritEnv` is false; otherwise added to process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly inheritEnv?: boolean;
  readonly timeoutMs?: number;
  /** Called with each line the command writes to stderr (progress of long builds). */
  readonly onStderrLine?: (line: string) => void;
}

export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** One-shot commands (cryptogen, peer lifecycle, go build) must finish; this bounds the ones that hang. */
const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * Runs a command to completion. Fails with COMMAND_FAILED carrying the command, exit status and the last
 * lines of stderr, or TIMEOUT when it runs longer than allowed (it is then killed, by its own PID).
 */
export function runCommand(command: string, args: readonly string[], options: CommandOptions = {}) {
  const env = options.inheritEnv === false ? options.env : { ...process.env, ...options.env };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const label = `${basename(command)} ${args.slice(0, 3).join(' ')}`;
  return new Promise<CommandResult>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let partial = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      stderr += text;
      if (!options.onStderrLine) return;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line) options.onStderrLine(line);
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(
        new WeftError(
          'COMMAND_FAILED',
          `could not run ${label}: ${error.message}`,
          { command },
          { cause: error },
        ),
      );
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve({ stdout, stderr });
      const lastLines = stderr.trim().split('\n').slice(-8).join('\n');
      if (timedOut) {
        return reject(
          new WeftError('TIMEOUT', `${label} did not finish within ${timeoutMs} ms`, { lastLines }),
        );
      }
      reject(
        new WeftError('COMMAND_FAILED', `${label} failed (${signal ?? `exit code ${code}`})`, {
          command,
          args: args.join(' '),
          exit: signal ?? code,
          lastLines,
        }),
      );
    });
  });
}
