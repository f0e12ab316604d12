import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { cacheDir } from '../../common/paths.js';
import { connectGateway } from '../../networks/fabric/client.js';
import { submitOnEveryPeer } from '../../networks/fabric/committed.js';
import { down, up } from '../../networks/launcher.js';
import { queryView } from '../../networks/query.js';
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
    await crossNetworkQueries(state);
  } finally {
    if (startedHere && !values.keep) {
      const report = await down({ stateDir });
      process.stderr.write(`\ntopology down (${report.stopped.length} processes stopped)\n`);
    } else if (startedHere) {
      process.stderr.write(`\ntopology kept running from ${stateDir}; stop it with \`weft down\`\n`);
    }
  }
}

/**
 * For every ordered pair of Fabric networks: an asset written on the source, requested by a client of the
 * destination through both relays, verified against the destination's recorded trust, committed there and
 * read back by the destination's application.
 */
async function crossNetworkQueries(state: TopologyState): Promise<void> {
  const fabrics = state.networks.filter((n) => n.type === 'fabric');
  const rows: string[][] = [];
  for (const source of fabrics) {
    for (const destination of fabrics) {
      if (source.id === destination.id) continue;
      const key = `demo-${randomUUID().slice(0, 8)}`;
      const value = `${source.id} says hello to ${destination.id}`;
      // The view is endorsed by every org of the source: the write must be on each org's peer first.
      const connection = await connectGateway(source.orgs[0]!);
      try {
        const assets = connection.gateway.getNetwork(source.channel).getContract('assets');
        await submitOnEveryPeer(source, assets, 'Put', key, value);
      } finally {
        connection.close();
      }
      const outcome = await queryView(state, {
        address: `${source.id}/${source.channel}:assets:Get:${key}`,
        from: destination.id,
        commit: true,
      });
      rows.push([
        `${source.id} -> ${destination.id}`,
        JSON.stringify(Buffer.from(outcome.view.value).toString('utf8')),
        [...outcome.view.orgs].sort().join('+'),
        millis(outcome.view.timings.verifiedMs),
        millis(outcome.committed?.commitMs ?? 0),
        outcome.committed?.readBack === value ? 'read back by the app' : 'MISMATCH',
      ]);
    }
  }
  if (rows.length === 0) return;
  console.log(
    '\nverified cross-network queries (relay -> relay -> driver -> endorsements -> verify -> commit):\n',
  );
  console.log(
    table(['direction', 'value', 'endorsed by', 'verified view', 'commit', 'on destination'], rows),
  );
}
