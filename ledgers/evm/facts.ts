/**
 * What a local topology derives from an EVM network at once: its JSON-RPC port, its chain id that no other
 * network may share, that a majority of its orgs attests its views, that every org of a requester may read
 * any view of its chain, and the sample application's address.
 */
import type { LedgerNetwork, LedgerNetworkSpec, TopologyFacts } from '../adapter.js';
import { owned } from '../owned.js';

/** What these facts read of an EVM network's entry in a topology file (topology/topology.ts). */
export interface EvmTopologySpec extends LedgerNetworkSpec {
  readonly type: 'evm';
  readonly chainId: number;
  /** Its JSON-RPC port; absent: a free port is picked. */
  readonly port?: number | undefined;
}

const isEvmSpec = (spec: LedgerNetworkSpec): spec is EvmTopologySpec => spec.type === 'evm';

/** What these facts read of an EVM network's state (topology/state.ts). */
export interface EvmTopologyNetwork extends LedgerNetwork {
  readonly type: 'evm';
  readonly chainId: number;
  readonly contracts: Readonly<Record<string, string>>;
  /** Its member orgs, once interoperation is prepared. */
  readonly orgs?: readonly { readonly name: string }[];
}

/** @throws {RangeError} before the network's orgs are prepared. */
export function preparedOrgs<O>(network: {
  readonly id: string;
  readonly orgs?: readonly O[];
}): readonly O[] {
  if (!network.orgs) throw new RangeError(`the orgs of ${network.id} are not prepared`);
  return network.orgs;
}

/** How many of an EVM network's orgs must attest: a majority. */
export function attestationThreshold(network: EvmTopologyNetwork): number {
  return Math.floor(preparedOrgs(network).length / 2) + 1;
}

const isEvmNetwork = (network: LedgerNetwork): network is EvmTopologyNetwork => network.type === 'evm';

export const evmTopologyFacts: TopologyFacts<EvmTopologyNetwork, EvmTopologySpec> = {
  isSpec: isEvmSpec,
  explicitPorts: owned('evm', isEvmSpec, (network) =>
    network.port === undefined ? [] : [{ port: network.port, role: `${network.id} JSON-RPC` }],
  ),
  uniqueKeys: owned('evm', isEvmSpec, (network) => [
    { field: 'chainId', what: 'chain id', value: network.chainId },
  ]),
  is: isEvmNetwork,
  defaultPolicy: owned('evm', isEvmNetwork, (source) => [
    {
      pattern: `${source.chainId}:*`,
      policy: `OutOf(${attestationThreshold(source)}, ${preparedOrgs(source)
        .map((o) => o.name)
        .join(', ')})`,
    },
  ]),
  defaultAccess: owned('evm', isEvmNetwork, (source) => [
    { principal: '*', resource: `${source.chainId}:*` },
  ]),
  sampleAddress: owned(
    'evm',
    isEvmNetwork,
    (network, key: string) =>
      `${network.id}/${network.chainId}:${network.contracts.AssetStore}:get(string):${key}`,
  ),
};
