import { WeftError } from '../../common/errors.js';
import { topologyOf } from '../../topology/facets.js';
import type { ServiceReadiness } from '../../topology/health.js';
import { status } from '../../topology/launcher.js';
import { parseCommand } from '../args.js';
import { table } from '../format.js';
import { STATE_DIR_OPTION, stateDirFrom } from './common.js';

/** Prints the running topology; exits non-zero when a node is down or unhealthy. */
export async function printStatus(stateDir: string, json: boolean): Promise<void> {
  const report = await status({ stateDir });
  if (!report) {
    if (json) console.log(JSON.stringify({ stateDir, running: false, networks: [], nodes: [] }, null, 2));
    else console.log(`no topology is running from ${stateDir}`);
    return;
  }
  const healthy = report.nodes.every((n) => n.healthy);
  if (json) {
    const { state, nodes } = report;
    // Keys stay in the state file: each kind reports accounts by address only.
    const networks = await Promise.all(state.networks.map(async (n) => (await topologyOf(n)).reported(n)));
    console.log(
      JSON.stringify({ stateDir, running: true, healthy, status: state.status, networks, nodes }, null, 2),
    );
  } else {
    const rows = report.nodes.map((n) => [
      n.network,
      n.name.slice(n.network.length + 1),
      String(n.pid),
      `${n.host}:${n.port}`,
      !n.running ? 'stopped' : n.healthy ? 'ok' : 'unhealthy',
      readyText(n.readiness, n.operations),
    ]);
    console.log(table(['network', 'node', 'pid', 'address', 'health', 'ready'], rows));
    console.log('');
    const { infrastructures } = report.state;
    if (infrastructures) {
      const each = infrastructures.members.map((m) => `${m.name} ${m.ip} (${m.isolated ? 'cut' : 'linked'})`);
      console.log(`infrastructures: ${each.join(', ')}`);
    }
    for (const network of report.state.networks) console.log((await topologyOf(network)).describe(network));
    for (const relay of report.state.relays ?? []) {
      const driver = relay.driverPort === undefined ? '' : `; driver 127.0.0.1:${relay.driverPort}`;
      console.log(
        `${relay.networkId} relay: clients 127.0.0.1:${relay.clientPort} (TLS, ${relay.serverName}, CA ${relay.caFile}), relays 127.0.0.1:${relay.relayPort} (mutual TLS)${driver}`,
      );
    }
  }
  if (!healthy) {
    throw new WeftError('PROCESS_EXITED', 'some nodes of the topology are stopped or unhealthy', {
      nodes: report.nodes.filter((n) => !n.healthy).map((n) => n.name),
    });
  }
}

/** A service's /readyz, short: `ready`, or what is not and why; `-` for a node without an endpoint. */
function readyText(readiness: ServiceReadiness | undefined, hasEndpoint: boolean): string {
  if (!readiness) return hasEndpoint ? 'no answer' : '-';
  if (readiness.ready) return 'ready';
  return `not ready: ${Object.entries(readiness.notReady)
    .map(([name, why]) => `${name} (${why})`)
    .join('; ')}`;
}

export async function statusCommand(args: readonly string[]): Promise<void> {
  const { values } = parseCommand('status', args, { json: { type: 'boolean' }, ...STATE_DIR_OPTION });
  await printStatus(stateDirFrom(values), values.json ?? false);
}
