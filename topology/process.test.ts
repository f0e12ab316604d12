import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exitedError,
  isRunning,
  type ProcessRecord,
  readStartTicks,
  startProcess,
  stopProcess,
} from './process.js';

let dir: string;
const started: ProcessRecord[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'weft-process-'));
});

afterAll(async () => {
  await Promise.all(started.map((p) => stopProcess(p, 100)));
});

async function start(name: string, script: string) {
  const process = await startProcess({
    name,
    command: 'sh',
    args: ['-c', script],
    logFile: join(dir, `${name}.log`),
  });
  started.push(process.record);
  return process;
}

describe('managed processes', () => {
  it('records PID and start time, and stops the process with SIGTERM', async () => {
    const { record } = await start('sleeper', 'exec sleep 30');
    expect(record.startTicks).toBe(readStartTicks(record.pid));
    expect(isRunning(record)).toBe(true);
    expect(await stopProcess(record)).toBe('stopped');
    expect(isRunning(record)).toBe(false);
    expect(await stopProcess(record)).toBe('not-running');
  });

  it('kills a process that ignores SIGTERM after the grace period', async () => {
    const { record } = await start('stubborn', "trap '' TERM; while :; do sleep 0.1; done");
    await sleep(100); // let the shell install its trap
    expect(await stopProcess(record, 300)).toBe('killed');
    expect(isRunning(record)).toBe(false);
  });

  it('never signals a process whose PID it recorded at another start time (PID reuse)', async () => {
    const { record } = await start('bystander', 'exec sleep 30');
    const stale: ProcessRecord = { ...record, startTicks: String(Number(record.startTicks) - 1) };
    expect(isRunning(stale)).toBe(false);
    expect(await stopProcess(stale)).toBe('not-running');
    expect(isRunning(record)).toBe(true);
    await stopProcess(record);
  });

  it('reports a process that dies after starting, with the end of its log', async () => {
    const process = await start('crasher', 'sleep 1; echo "fatal: cannot open ledger"; exit 3');
    expect(await exitedError(process)).toBeUndefined();
    await expect.poll(() => process.exited(), { timeout: 5000 }).toBeDefined();
    expect(await exitedError(process)).toMatchObject({
      code: 'PROCESS_EXITED',
      message: 'crasher exited (code 3)',
      context: { logTail: 'fatal: cannot open ledger' },
    });
  });

  it('reports a process that dies at once with the end of its log, whenever it is noticed', async () => {
    // Dying before or after its start time is read are both possible: either way the log must be there.
    const error = await start('instant', 'echo "panic: bad flag"; exit 2').then(
      async (process) => {
        await expect.poll(() => process.exited(), { timeout: 5000 }).toBeDefined();
        return exitedError(process);
      },
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'PROCESS_EXITED', context: { logTail: 'panic: bad flag' } });
  });

  it('fails with PROCESS_START_FAILED for a missing command', async () => {
    await expect(
      startProcess({
        name: 'ghost',
        command: join(dir, 'no-such-binary'),
        args: [],
        logFile: join(dir, 'g.log'),
      }),
    ).rejects.toMatchObject({ code: 'PROCESS_START_FAILED' });
  });
});
