import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exitedError,
  isRunning,
  type ProcessRecord,
  readStartTicks,
  restartProcess,
  specOf,
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

  it('records how the process was started, and nothing of who it is, in its spec', () => {
    const record: ProcessRecord = {
      name: 'n/peer0.org1',
      command: '/bin/peer',
      args: ['node', 'start'],
      env: { CORE_PEER_ID: 'peer0' },
      logFile: '/tmp/peer.log',
      pid: 42,
      startTicks: '7',
    };
    expect(specOf(record)).toEqual({
      name: 'n/peer0.org1',
      command: '/bin/peer',
      args: ['node', 'start'],
      env: { CORE_PEER_ID: 'peer0' },
      logFile: '/tmp/peer.log',
    });
    // A record of a state that kept no arguments cannot be started again.
    const { args: _, ...old } = record;
    expect(() => specOf(old as unknown as ProcessRecord)).toThrow(
      expect.objectContaining({ code: 'STATE_CORRUPT' }),
    );
  });

  it('starts a killed process again as it was started: command, arguments, environment, folder', async () => {
    const first = await startProcess({
      name: 'again',
      command: 'sh',
      args: ['-c', 'echo "$WEFT_WHO in $(pwd) with $0"; exec sleep 30', 'arg0'],
      env: { WEFT_WHO: 'peer' },
      cwd: dir,
      logFile: join(dir, 'again.log'),
    });
    started.push(first.record);
    const log = () => readFile(join(dir, 'again.log'), 'utf8');
    const line = `peer in ${dir} with arg0\n`;
    await expect.poll(log).toBe(line);
    await expect(restartProcess(first.record)).rejects.toMatchObject({ code: 'ALREADY_UP' });
    process.kill(first.record.pid, 'SIGKILL');
    await expect.poll(() => isRunning(first.record)).toBe(false);
    const second = await restartProcess(first.record);
    started.push(second.record);
    expect(second.record.pid).not.toBe(first.record.pid);
    expect(isRunning(second.record)).toBe(true);
    expect(specOf(second.record)).toEqual(specOf(first.record));
    await expect.poll(log).toBe(line + line);
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
