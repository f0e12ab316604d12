import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { down, restartProcesses } from './launcher.js';
import { allocatePorts } from './ports.js';
import { isRunning, startProcess, stopProcess } from './process.js';
import { type ManagedProcess, readState, type TopologyState, writeState } from './state.js';

let stateDir: string;
let server: ManagedProcess;
const started: ManagedProcess[] = [];

/** A topology of one process, a TCP server healthy once it listens. */
beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'weft-restart-'));
  const [port] = await allocatePorts(1);
  const { record } = await startProcess({
    name: 'n/server',
    command: process.execPath,
    args: ['-e', "require('node:net').createServer().listen(Number(process.env.PORT), '127.0.0.1')"],
    env: { PORT: String(port) },
    logFile: join(stateDir, 'server.log'),
  });
  server = { ...record, network: 'n', role: 'node', port: port!, health: { kind: 'tcp', port: port! } };
  started.push(server);
  const state: TopologyState = {
    version: 1,
    status: 'running',
    topologySource: 'test',
    startedAt: new Date().toISOString(),
    networks: [],
    processes: [server],
  };
  await writeState(stateDir, state);
});

afterAll(async () => {
  await Promise.all(started.map((p) => stopProcess(p, 100)));
});

describe('restarting processes of a running topology', () => {
  it('refuses a process that still runs, and one the topology does not have', async () => {
    await expect(restartProcesses({ stateDir, names: ['n/server'] })).rejects.toMatchObject({
      code: 'ALREADY_UP',
    });
    await expect(restartProcesses({ stateDir, names: ['n/none'] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('starts a killed process again, healthy, and records its new PID for down', async () => {
    process.kill(server.pid, 'SIGKILL');
    await expect.poll(() => isRunning(server)).toBe(false);
    const [again] = await restartProcesses({ stateDir, names: ['n/server'], readyWithinMs: 10_000 });
    started.push(again!);
    expect(again).toMatchObject({ name: 'n/server', role: 'node', port: server.port, env: server.env });
    expect(again!.pid).not.toBe(server.pid);
    expect(isRunning(again!)).toBe(true);
    expect((await readState(stateDir))?.processes).toEqual([again]);
    const report = await down({ stateDir });
    expect(report.stopped).toEqual([{ name: 'n/server', pid: again!.pid, outcome: 'stopped' }]);
    expect(isRunning(again!)).toBe(false);
  });
});
