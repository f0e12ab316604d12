import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chaos } from './chaos.js';
import { planInfrastructures } from './infrastructures.js';
import { stateFile, type TopologyState, writeState } from './state.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const starting: TopologyState = {
  version: 1,
  status: 'starting',
  topologySource: 'test',
  startedAt: new Date(0).toISOString(),
  networks: [],
  infrastructures: planInfrastructures(['east'], 'a1b2c3', [203, 7]),
  processes: [],
};

describe('chaos', () => {
  it('refuses a folder with no topology', async () => {
    dir = await mkdtemp(join(tmpdir(), 'weft-chaos-'));
    await expect(chaos({ stateDir: dir, action: 'isolate', infrastructure: 'east' })).rejects.toMatchObject({
      code: 'USAGE',
      message: `no topology is running from ${dir}`,
    });
  });

  it('leaves a topology that is still starting alone: its state is written by `up` alone', async () => {
    dir = await mkdtemp(join(tmpdir(), 'weft-chaos-'));
    await writeState(dir, starting);
    const before = await readFile(stateFile(dir), 'utf8');
    await expect(chaos({ stateDir: dir, action: 'isolate', infrastructure: 'east' })).rejects.toMatchObject({
      code: 'USAGE',
      message: `the topology in ${dir} is still starting`,
    });
    expect(await readFile(stateFile(dir), 'utf8')).toBe(before);
  });
});
