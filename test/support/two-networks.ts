/** Two Fabric networks, a and b, each of two orgs with its relay and driver: what the relay tests run on. */
import { cacheDir } from '../../common/paths.js';
import { up } from '../../topology/launcher.js';
import type { ProcessRecord } from '../../topology/process.js';
import type { TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { tempDir } from './temp.js';

export interface TwoNetworks {
  readonly stateDir: string;
  readonly state: TopologyState;
  /** The relay and driver of each network (`a/relay`), as `up` started them. */
  readonly services: Map<string, ProcessRecord>;
}

/** `relays`: the topology's `relays` key, as YAML (`{ webhooks: { maxAgeMs: 40000 } }`), if any. */
export async function upTwoFabricNetworks(name: string, relays?: string): Promise<TwoNetworks> {
  const stateDir = await tempDir(name);
  const state = await up(
    parseTopology(
      'networks: [{ id: a, type: fabric, orgs: [Org1, Org2] }, { id: b, type: fabric, orgs: [Org1, Org2] }]' +
        (relays ? `\nrelays: ${relays}` : ''),
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
  const services = new Map<string, ProcessRecord>();
  for (const p of state.processes) {
    if (p.role === 'relay' || p.role === 'driver') services.set(`${p.network}/${p.role}`, p);
  }
  return { stateDir, state, services };
}
