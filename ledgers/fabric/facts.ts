/**
 * What a local topology derives from a Fabric network at once: every org endorses its views (`AND` of
 * all), every org of a requester may read its sample assets, and the sample application's address.
 */
import type { LedgerNetwork, TopologyFacts } from '../adapter.js';
import { owned } from '../owned.js';

/** What these facts read of a Fabric network's state (topology/state.ts). */
export interface FabricTopologyNetwork extends LedgerNetwork {
  readonly type: 'fabric';
  readonly channel: string;
  readonly orgs: readonly { readonly mspId: string }[];
}

const isFabricNetwork = (network: LedgerNetwork): network is FabricTopologyNetwork =>
  network.type === 'fabric';

export const fabricTopologyFacts: TopologyFacts<FabricTopologyNetwork> = {
  is: isFabricNetwork,
  defaultPolicy: owned('fabric', isFabricNetwork, (source) => [
    { pattern: `${source.channel}:*`, policy: `AND(${source.orgs.map((o) => o.mspId).join(', ')})` },
  ]),
  defaultAccess: owned('fabric', isFabricNetwork, (source) => [
    { principal: '*', resource: `${source.channel}:assets:*` },
  ]),
  sampleAddress: owned(
    'fabric',
    isFabricNetwork,
    (network, key: string) => `${network.id}/${network.channel}:assets:Get:${key}`,
  ),
};
