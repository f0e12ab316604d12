import { WeftError } from '../../common/errors.js';
import { status } from '../../topology/launcher.js';
import type { NetworkState } from '../../topology/state.js';
import { parseCommand } from '../args.js';
import { table } from '../format.js';
import { STATE_DIR_OPTION, stateDirFrom } from './common.js';

export const STATUS_USAGE = 'weft status [--json] [--state-dir DIR]';

function describeNetwork(network: NetworkState): string {
  if (network.type === 'evm') {
    const contracts = Object.entries(network.contracts).map(([name, address]) => `${name} ${address}`);
    return `${network.id} (evm): chain id ${network.chainId}, RPC ${network.rpcUrl}, ${contracts.join(', ')}`;
  }
  const orgs = network.orgs.map((o) => `${o.mspId} peer 127.0.0.1:${o.peer.port}`).join(', ');
  const chaincodes = network.chaincodes.map((c) => c.name).join(', ');
  return `${network.id} (fabric): channel ${network.channel}, chaincode ${chaincodes}; ${orgs}`;
}

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
    // Keys stay in the state file: the report names accounts by address only.
    const networks = state.networks.map((n) =>
      n.type === 'evm'
        ? {
            ...n,
            deployer: { address: n.deployer.address },
            ...(n.orgs ? { orgs: n.orgs.map((o) => ({ ...o, client: { address: o.client.address } })) } : {}),
          }
        : n,
    );
    console.log(
      JSON.stringify({ stateDir, running: true, healthy, status: state.status, networks, nodes }, null, 2),
    );
  } else {
    const rows = report.nodes.map((n) => [
      n.network,
      n.name.slice(n.network.length + 1),
      String(n.pid),
      `127.0.0.1:${n.port}`,
      !n.running ? 'stopped' : n.healthy ? 'ok' : 'unhealthy',
    ]);
    console.log(table(['network', 'node', 'pid', 'address', 'health'], rows));
    console.log('');
    for (const network of report.state.networks) console.log(describeNetwork(network));
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

export async function statusCommand(args: readonly string[]): Promise<void> {
  const { values } = parseCommand('status', args, { json: { type: 'boolean' }, ...STATE_DIR_OPTION });
  await printStatus(stateDirFrom(values), values.json ?? false);
}
