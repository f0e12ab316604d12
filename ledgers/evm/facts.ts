/**
 * What a local topology derives from an EVM network at once: its JSON-RPC port, its chain id that no other
 * network may share, that a majority of its orgs attests its views, that every org of a requester may read
 * any view of its chain, and the sample application's address and event stream (its AssetPut logs).
 */
import { AbiCoder, EventFragment, id } from 'ethers';
import { WeftError } from '../../common/errors.js';
import { COMMAND_LOG, CONFIRMATION_LOG } from '../../proofs/commands.js';
import type { LedgerNetwork, LedgerNetworkSpec, SampleAsset, TopologyFacts } from '../adapter.js';
import { owned } from '../owned.js';
import { LOG_SEGMENT } from './address.js';
import { decodeLogPayload } from './log-event.js';

/** What these facts read of an EVM network's entry in a topology file (topology/topology.ts). */
export interface EvmTopologySpec extends LedgerNetworkSpec {
  readonly type: 'evm';
  readonly chainId: number;
  /** Its JSON-RPC port; absent: a free port is picked. */
  readonly port?: number | undefined;
}

const COMMAND_TOPIC = EventFragment.from(`event ${COMMAND_LOG}`).topicHash;
const CONFIRMATION_TOPIC = EventFragment.from(`event ${CONFIRMATION_LOG}`).topicHash;
const assetStoreOf = (network: EvmTopologyNetwork) => network.contracts.AssetStore?.toLowerCase() ?? '';

/**
 * The command source of a log stream's short address (`network/chainId:contract:log:...`): its view text up
 * to and with the log segment, `chainId:contract:log:`, every log stream of that contract.
 *
 * @throws {RangeError} for an address that is no log stream.
 */
export function evmCommandSource(shortAddress: string): string {
  const [chainId, contract, segment] = shortAddress.slice(shortAddress.indexOf('/') + 1).split(':');
  if (!chainId || !contract || segment !== LOG_SEGMENT) {
    throw new RangeError(`${shortAddress} is not the address of a log stream`);
  }
  return `${chainId}:${contract}:${LOG_SEGMENT}:`;
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

/** topic0 of AssetStore's write, `AssetPut(string key, string value, address indexed writer)`. */
export const SAMPLE_EVENT_TOPIC = id('AssetPut(string,string,address)');

/** A write's log event payload (ledgers/evm/log-event.ts): key and value are the log's data. */
function evmSampleAsset(payload: Uint8Array): SampleAsset {
  const { topics, data } = decodeLogPayload(payload);
  if (topics[0] !== SAMPLE_EVENT_TOPIC) {
    throw new WeftError('EVENT_INVALID', 'the log is not an AssetStore write', { topic0: topics[0] ?? '' });
  }
  try {
    const [key, value] = AbiCoder.defaultAbiCoder().decode(['string', 'string'], data);
    return { key: String(key), value: String(value) };
  } catch (error) {
    throw new WeftError('EVENT_INVALID', 'the log carries no asset', {}, { cause: error });
  }
}

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
  sampleStream: owned(
    'evm',
    isEvmNetwork,
    (network) =>
      `${network.id}/${network.chainId}:${network.contracts.AssetStore?.toLowerCase()}:${LOG_SEGMENT}:${SAMPLE_EVENT_TOPIC}`,
  ),
  sampleAsset: evmSampleAsset,
  commandTarget: owned('evm', isEvmNetwork, (network) => assetStoreOf(network)),
  // AssetStore logs its commands, keyed by their destination; the interop contract its confirmations.
  commandStream: owned(
    'evm',
    isEvmNetwork,
    (network, destination: string) =>
      `${network.id}/${network.chainId}:${assetStoreOf(network)}:${LOG_SEGMENT}:${COMMAND_TOPIC}:${id(destination)}`,
  ),
  confirmationStream: owned(
    'evm',
    isEvmNetwork,
    (network, source: string) =>
      `${network.id}/${network.chainId}:${network.contracts.WeftInterop?.toLowerCase()}:${LOG_SEGMENT}:${CONFIRMATION_TOPIC}:${id(source)}`,
  ),
  // AssetStore's logs (its commands) and the interop contract's (its confirmations).
  commandSources: owned('evm', isEvmNetwork, (network, peer: string) => [
    ...new Set(
      [evmTopologyFacts.commandStream(network, peer), evmTopologyFacts.confirmationStream(network, peer)].map(
        evmCommandSource,
      ),
    ),
  ]),
};
