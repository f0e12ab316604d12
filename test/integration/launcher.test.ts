/**
 * The topology lifecycle on real nodes: refusing to start twice, port conflicts, stopping exactly what was
 * started, health after a node dies, and rollback when a network fails half-way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheDir as userCacheDir } from '../../common/paths.js';
import { ensureFabric, FABRIC_COMMANDS, fabricInstallDir } from '../../topology/fabric/binaries.js';
import { down, status, up } from '../../topology/launcher.js';
import { isRunning, type ProcessRecord } from '../../topology/process.js';
import { readState, stateFile } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { tempDir } from '../support/temp.js';

const cacheDir = userCacheDir();
const evmOnly = parseTopology(
  'networks: [{ id: e1, type: evm, chainId: 4101, orgs: [Org1] }, { id: e2, type: evm, chainId: 4102, orgs: [Org1] }]',
);
const running: string[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((stateDir) => down({ stateDir })));
});

async function upEvm(stateDir: string) {
  running.push(stateDir);
  return up(evmOnly, { stateDir, cacheDir, topologySource: 'test' });
}

describe('topology lifecycle', () => {
  it('starts, reports healthy nodes, and stops exactly the processes it started', async () => {
    const stateDir = await tempDir('life');
    const state = await upEvm(stateDir);
    expect(state.status).toBe('running');
    // Two networks: each gets a relay, a driver and its org's attestor beside its node.
    expect(state.processes.map((p) => p.name).sort()).toEqual(
      ['e1', 'e2'].flatMap((n) => [`${n}/anvil`, `${n}/attestor-org1`, `${n}/driver`, `${n}/relay`]),
    );
    const report = await status({ stateDir });
    expect(report?.nodes.every((n) => n.running && n.healthy)).toBe(true);

    const result = await down({ stateDir });
    expect(result.wasUp).toBe(true);
    expect(result.stopped.map((s) => s.outcome)).toEqual(state.processes.map(() => 'stopped'));
    for (const p of state.processes) expect(isRunning(p)).toBe(false);
    expect(existsSync(stateDir)).toBe(false);
    expect(await down({ stateDir })).toMatchObject({ wasUp: false, stopped: [] });
  }, 60_000);

  it('refuses to start over a running topology and leaves it untouched', async () => {
    const stateDir = await tempDir('twice');
    const first = await upEvm(stateDir);
    await expect(up(evmOnly, { stateDir, cacheDir, topologySource: 'test' })).rejects.toMatchObject({
      code: 'ALREADY_UP',
      context: { pids: first.processes.map((p) => p.pid) },
    });
    expect(first.processes.every(isRunning)).toBe(true);
    expect((await readState(stateDir))?.processes).toEqual(first.processes);
  }, 60_000);

  it('reports a node that died as stopped, and replaces a topology whose processes are all gone', async () => {
    const stateDir = await tempDir('died');
    const state = await upEvm(stateDir);
    const victim = state.processes[0]!;
    process.kill(victim.pid, 'SIGKILL');
    await expect.poll(() => isRunning(victim)).toBe(false);
    const report = await status({ stateDir });
    expect(report?.nodes.find((n) => n.pid === victim.pid)).toMatchObject({ running: false, healthy: false });
    expect(report?.nodes.find((n) => n.pid !== victim.pid)).toMatchObject({ running: true, healthy: true });

    for (const p of state.processes.slice(1)) process.kill(p.pid, 'SIGKILL');
    await expect.poll(() => state.processes.some(isRunning)).toBe(false);
    const again = await up(evmOnly, { stateDir, cacheDir, topologySource: 'test' });
    expect(again.processes.every(isRunning)).toBe(true);
  }, 60_000);

  it('refuses a state folder that holds other files, and leaves them alone', async () => {
    const stateDir = await tempDir('foreign');
    await writeFile(join(stateDir, 'notes.txt'), 'not weft state');
    await expect(up(evmOnly, { stateDir, cacheDir, topologySource: 'test' })).rejects.toMatchObject({
      code: 'USAGE',
    });
    expect(readFileSync(join(stateDir, 'notes.txt'), 'utf8')).toBe('not weft state');
  });

  it('fails with PORT_IN_USE before starting anything when a given port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const stateDir = await tempDir('port');
    const topology = parseTopology(`networks: [{ id: e1, type: evm, chainId: 1, port: ${port} }]`);
    try {
      await expect(up(topology, { stateDir, cacheDir, topologySource: 'test' })).rejects.toMatchObject({
        code: 'PORT_IN_USE',
        context: { port, role: 'e1 JSON-RPC' },
      });
      expect(existsSync(stateDir)).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('stops everything that had started when a network fails half-way, and removes its state', async () => {
    // A Fabric install whose peer binary crashes at start: the orderer (and the EVM node) are up by then.
    const real = await ensureFabric({ cacheDir });
    const brokenCache = await tempDir('broken-cache');
    const dir = fabricInstallDir(brokenCache);
    await mkdir(join(dir, 'bin'), { recursive: true });
    await mkdir(join(dir, 'config'));
    for (const command of FABRIC_COMMANDS.filter((c) => c !== 'peer')) {
      await symlink(real.bin(command), join(dir, 'bin', command));
    }
    await writeFile(join(dir, 'bin', 'peer'), '#!/bin/sh\necho "panic: simulated peer crash" >&2\nexit 2\n', {
      mode: 0o755,
    });
    for (const file of ['core.yaml', 'orderer.yaml'])
      await copyFile(join(real.configDir, file), join(dir, 'config', file));
    await writeFile(join(dir, '.complete'), 'test');

    const stateDir = await tempDir('rollback');
    const topology = parseTopology(`
networks:
  - { id: e1, type: evm, chainId: 4201 }
  - { id: f1, type: fabric, orgs: [Org1] }
`);
    const seen = new Map<number, ProcessRecord>();
    const onProgress = () => {
      if (!existsSync(stateFile(stateDir))) return;
      const recorded = JSON.parse(readFileSync(stateFile(stateDir), 'utf8')) as {
        processes: ProcessRecord[];
      };
      for (const p of recorded.processes) seen.set(p.pid, p);
    };
    const error = await up(topology, {
      stateDir,
      cacheDir: brokenCache,
      topologySource: 'test',
      onProgress,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'PROCESS_EXITED',
      message: expect.stringContaining('f1/peer0.org1 exited'),
      context: { logTail: expect.stringContaining('simulated peer crash') },
    });
    const names = [...seen.values()].map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['e1/anvil', 'f1/orderer']));
    for (const p of seen.values()) expect(isRunning(p)).toBe(false);
    expect(existsSync(stateDir)).toBe(false);
  }, 60_000);
});
