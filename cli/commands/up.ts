import { resolve } from 'node:path';
import { cacheDir } from '../../common/paths.js';
import { up } from '../../topology/launcher.js';
import { DEFAULT_TOPOLOGY_FILE, loadTopology } from '../../topology/topology.js';
import { parseCommand } from '../args.js';
import { seconds } from '../format.js';
import { cancelOnInterrupt, printProgress, STATE_DIR_OPTION, stateDirFrom } from './common.js';
import { printStatus } from './status.js';

export async function upCommand(args: readonly string[]): Promise<void> {
  const { values } = parseCommand('up', args, { topology: { type: 'string' }, ...STATE_DIR_OPTION });
  const file = values.topology ? resolve(values.topology) : DEFAULT_TOPOLOGY_FILE;
  const topology = await loadTopology(file);
  const stateDir = stateDirFrom(values);
  const started = Date.now();
  await up(topology, {
    stateDir,
    cacheDir: cacheDir(),
    topologySource: values.topology ? file : 'default',
    onProgress: printProgress,
    signal: cancelOnInterrupt(),
  });
  process.stderr.write(`topology up in ${seconds(Date.now() - started)}; state in ${stateDir}\n\n`);
  await printStatus(stateDir, false);
}
