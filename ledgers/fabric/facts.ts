/**
 * What a local topology derives from a Fabric network at once: its port block, that every org endorses its
 * views (`AND` of all), that every org of a requester may read its sample assets, and the sample
 * application's address and event stream.
 */
import { WeftError } from '../../common/errors.js';
import { commandEventName, confirmationEventName } from '../../proofs/commands.js';
import type { LedgerNetwork, LedgerNetworkSpec, SampleAsset, TopologyFacts } from '../adapter.js';
import { owned } from '../owned.js';

/**
 * Ports of one Fabric network: 3 per orderer (listen, admin, operations), 3 per org's peer, and one per
 * chaincode server, of which each site runs its own (the host, or each infrastructure that has a peer).
 */
export const FABRIC_ORDERER_PORTS = 3;
export const FABRIC_PEER_PORTS = 3;
export const FABRIC_CHAINCODE_SERVERS = 2;

export function fabricPortCount(orgCount: number, ordererCount = 1, chaincodeSites = 1): number {
  return (
    FABRIC_ORDERER_PORTS * ordererCount +
    FABRIC_PEER_PORTS * orgCount +
    FABRIC_CHAINCODE_SERVERS * chaincodeSites
  );
}

/** What these facts read of a Fabric network's entry in a topology file (topology/topology.ts). */
export interface FabricTopologySpec extends LedgerNetworkSpec {
  readonly type: 'fabric';
  /** First of a block of `fabricPortCount` ports; absent: free ports are picked. */
  readonly basePort?: number | undefined;
  readonly orgs: readonly { readonly infrastructure?: string | undefined }[];
  /** The infrastructures of its Raft orderers, one each; absent: one orderer on the host. */
  readonly orderers?: readonly string[] | undefined;
}

/** Where a network's chaincode servers run: each infrastructure with a peer, in the orgs' order. */
export function chaincodeSites(spec: Pick<FabricTopologySpec, 'orgs'>): (string | undefined)[] {
  return [...new Set(spec.orgs.map((org) => org.infrastructure))];
}

/** The size of a Fabric network's port block. */
export function fabricSpecPortCount(spec: Pick<FabricTopologySpec, 'orgs' | 'orderers'>): number {
  return fabricPortCount(spec.orgs.length, spec.orderers?.length ?? 1, chaincodeSites(spec).length);
}

/**
 * The command source of a Fabric stream's short address (`network/channel:chaincode:EventAt:name`): its view
 * text up to and with the function segment, `channel:chaincode:EventAt:`, every event stream of that
 * chaincode.
 *
 * @throws {RangeError} for an address that is no event stream.
 */
export function fabricCommandSource(shortAddress: string): string {
  const [channel, chaincode, fn] = shortAddress.slice(shortAddress.indexOf('/') + 1).split(':');
  if (!channel || !chaincode || fn !== EVENT_FUNCTION) {
    throw new RangeError(`${shortAddress} is not the address of an event stream`);
  }
  return `${channel}:${chaincode}:${EVENT_FUNCTION}:`;
}

const isFabricSpec = (spec: LedgerNetworkSpec): spec is FabricTopologySpec => spec.type === 'fabric';

/** What these facts read of a Fabric network's state (topology/state.ts). */
export interface FabricTopologyNetwork extends LedgerNetwork {
  readonly type: 'fabric';
  readonly channel: string;
  readonly orgs: readonly { readonly mspId: string }[];
  /** The infrastructures its nodes are spread over (topology/infrastructures.ts); absent: the host. */
  readonly infrastructures?: readonly string[];
}

const isFabricNetwork = (network: LedgerNetwork): network is FabricTopologyNetwork =>
  network.type === 'fabric';

/** The function of a chaincode's event streams (`EventAt:<name>`, a view of its outbox). */
const EVENT_FUNCTION = 'EventAt';

/** The event every write of the sample chaincode emits (contracts/fabric/assets: `ASSET_EVENT`). */
const SAMPLE_EVENT = 'AssetPut';

/** A write's event payload, as the sample chaincode emits it: the JSON `{"key","value"}`. */
function fabricSampleAsset(payload: Uint8Array): SampleAsset {
  const none = (cause?: unknown) =>
    new WeftError('EVENT_INVALID', 'the event carries no asset', {}, { cause });
  let asset: { key?: unknown; value?: unknown } | null;
  try {
    asset = JSON.parse(Buffer.from(payload).toString('utf8')) as typeof asset;
  } catch (error) {
    throw none(error);
  }
  if (typeof asset?.key !== 'string' || typeof asset.value !== 'string') throw none();
  return { key: asset.key, value: asset.value };
}

export const fabricTopologyFacts: TopologyFacts<FabricTopologyNetwork, FabricTopologySpec> = {
  isSpec: isFabricSpec,
  explicitPorts: owned('fabric', isFabricSpec, (network) => {
    if (network.basePort === undefined) return [];
    const base = network.basePort;
    const count = fabricSpecPortCount(network);
    return Array.from({ length: count }, (_, i) => ({
      port: base + i,
      role: `${network.id} port block ${base}-${base + count - 1}`,
    }));
  }),
  uniqueKeys: owned('fabric', isFabricSpec, () => []),
  is: isFabricNetwork,
  defaultPolicy: owned('fabric', isFabricNetwork, (source) => {
    const orgs = source.orgs.map((o) => o.mspId).join(', ');
    // A network spread over infrastructures must keep answering when one is lost: a majority of its orgs,
    // as its chaincodes' endorsement policy asks.
    const spread = (source.infrastructures?.length ?? 0) > 1;
    const majority = Math.floor(source.orgs.length / 2) + 1;
    return [
      { pattern: `${source.channel}:*`, policy: spread ? `OutOf(${majority}, ${orgs})` : `AND(${orgs})` },
    ];
  }),
  defaultAccess: owned('fabric', isFabricNetwork, (source) => [
    { principal: '*', resource: `${source.channel}:assets:*` },
  ]),
  sampleAddress: owned(
    'fabric',
    isFabricNetwork,
    (network, key: string) => `${network.id}/${network.channel}:assets:Get:${key}`,
  ),
  sampleStream: owned(
    'fabric',
    isFabricNetwork,
    (network) => `${network.id}/${network.channel}:assets:EventAt:${SAMPLE_EVENT}`,
  ),
  sampleAsset: fabricSampleAsset,
  commandTarget: owned('fabric', isFabricNetwork, () => 'assets'),
  commandStream: owned(
    'fabric',
    isFabricNetwork,
    (network, destination: string) =>
      `${network.id}/${network.channel}:assets:EventAt:${commandEventName(destination)}`,
  ),
  confirmationStream: owned(
    'fabric',
    isFabricNetwork,
    (network, source: string) =>
      `${network.id}/${network.channel}:assets:EventAt:${confirmationEventName(source)}`,
  ),
  // The sample chaincode's outbox emits both, on its event streams.
  commandSources: owned('fabric', isFabricNetwork, (network, peer: string) => [
    ...new Set(
      [
        fabricTopologyFacts.commandStream(network, peer),
        fabricTopologyFacts.confirmationStream(network, peer),
      ].map(fabricCommandSource),
    ),
  ]),
};
