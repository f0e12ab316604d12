/**
 * The topology every fuzz run attacks: a Fabric network of two orgs and an EVM network of three attestors,
 * each holding a sample value, and the normal views both ways that must still go through afterwards.
 */
import { randomUUID } from 'node:crypto';
import { queryView } from '../../cli/query.js';
import { sampleAddress, writeSample } from '../../cli/smoke.js';
import { cacheDir } from '../../common/paths.js';
import { up } from '../../topology/launcher.js';
import { parseTopology } from '../../topology/topology.js';
import type { FuzzPair } from './grpc.js';

export const FUZZ_FABRIC = 'fz-fabric';
export const FUZZ_EVM = 'fz-evm';

const sampleValue = (network: string) => `${network} before the fuzz`;

/** Starts the topology in `stateDir` and writes each network's sample value. */
export async function startFuzzTopology(stateDir: string, source: string): Promise<FuzzPair> {
  const state = await up(
    parseTopology(
      `networks:
  - { id: ${FUZZ_FABRIC}, type: fabric, orgs: [Org1, Org2] }
  - { id: ${FUZZ_EVM}, type: evm, chainId: 43001 }
`,
      source,
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: source },
  );
  const key = `fuzz-${randomUUID().slice(0, 8)}`;
  for (const network of state.networks) await writeSample(network, key, sampleValue(network.id));
  return { state, fabric: FUZZ_FABRIC, evm: FUZZ_EVM, key };
}

/**
 * A verified view each way (EVM's sample to Fabric, Fabric's to EVM), through both relays, both drivers and
 * the attestors.
 *
 * @throws {Error} when a view does not carry its network's sample value.
 */
export async function normalViews(pair: FuzzPair): Promise<void> {
  const { state } = pair;
  const networkOf = (id: string) => state.networks.find((n) => n.id === id)!;
  const toFabric = await queryView(state, {
    address: sampleAddress(networkOf(pair.evm), pair.key),
    from: pair.fabric,
  });
  const fromEvm = Buffer.from(toFabric.view.value).toString();
  // An EVM call view's value is ABI-encoded: the string is inside it.
  if (!fromEvm.includes(sampleValue(pair.evm)))
    throw new Error(`the view of ${pair.evm} carries ${JSON.stringify(fromEvm)}`);
  const toEvm = await queryView(state, {
    address: sampleAddress(networkOf(pair.fabric), pair.key),
    from: pair.evm,
  });
  const fromFabric = Buffer.from(toEvm.view.value).toString();
  if (fromFabric !== sampleValue(pair.fabric))
    throw new Error(`the view of ${pair.fabric} carries ${JSON.stringify(fromFabric)}`);
}
