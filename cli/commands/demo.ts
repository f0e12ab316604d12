import { resolve } from 'node:path';
import { cacheDir } from '../../common/paths.js';
import { down, up } from '../../networks/launcher.js';
import { smokeTopology } from '../../networks/smoke.js';
import { readState, type TopologyState } from '../../networks/state.js';
import { DEFAULT_TOPOLOGY_FILE, loadTopology } from '../../networks/topology.js';
import { parseCommand } from '../args.js';
import { millis, seconds, table } from '../format.js';
import { cancelOnInterrupt, printProgress, STATE_DIR_OPTION, stateDirFrom } from './common.js';

export const DEMO_USAGE = 'weft demo [--topology FILE] [--keep] [--state-dir DIR]';

/**
 * The README's main command: brings the topology up (or uses the one running), commits and reads back a
 * value on every network, prints what happened, and brings down what it started unless --keep.
 */
export async function demoCommand(args: readonly string[]): Promise<void> {
  const { values } = parseCommand('demo', args, {
    topology: { type: 'string' },
    keep: { type: 'boolean' },
    ...STATE_DIR_OPTION,
  });
  const stateDir = stateDirFrom(values);
  let state: TopologyState | undefined = await readState(stateDir);
  const startedHere = state?.status !== 'running';
  if (state?.status === 'running') {
    process.stderr.write(`using the topology running from ${stateDir}\n`);
  } else {
    const file = values.topology ? resolve(values.topology) : DEFAULT_TOPOLOGY_FILE;
    const topology = await loadTopology(file);
    const started = Date.now();
    state = await up(topology, {
      stateDir,
      cacheDir: cacheDir(),
      topologySource: values.topology ? file : 'default',
      onProgress: printProgress,
      signal: cancelOnInterrupt(),
    });
    process.stderr.write(`topology up in ${seconds(Date.now() - started)}\n\n`);
  }
  try {
    const results = await smokeTopology(state);
    console.log('a value written and read back on every network:\n');
    console.log(
      table(
        ['network', 'type', 'commit', 'read', 'evidence'],
        results.map((r) => [r.network, r.type, millis(r.commitMs), millis(r.readMs), r.evidence]),
      ),
    );
  } finally {
    if (startedHere && !values.keep) {
      const report = await down({ stateDir });
      process.stderr.write(`\ntopology down (${report.stopped.length} processes stopped)\n`);
    } else if (startedHere) {
      process.stderr.write(`\ntopology kept running from ${stateDir}; stop it with \`weft down\`\n`);
    }
  }
}
