import { resolve } from 'node:path';
import { WeftError } from '../../common/errors.js';
import { cacheDir } from '../../common/paths.js';
import { up } from '../../topology/launcher.js';
import { DEFAULT_TOPOLOGY_FILE, loadTopology } from '../../topology/topology.js';
import { parseCommand } from '../args.js';
import { seconds } from '../format.js';
import { cancelOnInterrupt, printProgress, STATE_DIR_OPTION, stateDirFrom } from './common.js';
import { printStatus } from './status.js';

export async function upCommand(args: readonly string[]): Promise<void> {
  const { values } = parseCommand('up', args, {
    topology: { type: 'string' },
    'relay-store': { type: 'string' },
    ...STATE_DIR_OPTION,
  });
  const option = values['relay-store'];
  if (option !== undefined && option !== 'journal' && option !== 'postgres') {
    throw new WeftError('USAGE', 'weft up: --relay-store is journal or postgres');
  }
  const store: 'journal' | 'postgres' | undefined = option;
  const file = values.topology ? resolve(values.topology) : DEFAULT_TOPOLOGY_FILE;
  const loaded = await loadTopology(file);
  // The option wins over the file's `relays.store`.
  const topology = store ? { ...loaded, relays: { ...loaded.relays, store } } : loaded;
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
