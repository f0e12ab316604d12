/**
 * The EVM topology facet (topology/ledger-facet.ts): an anvil node with the interop contract and the
 * sample AssetStore deployed (topology/evm/), an attestor and a funded client account per org, the driver
 * asking the attestors, and trust recorded by the contracts' owner.
 */
import { Contract, type Interface, type InterfaceAbi, NonceManager, Wallet } from 'ethers';
import { openEvmClient } from '../../cli/query.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import { openStream, setCommandSources } from '../../sdk/evm-interop.js';
import {
  attestorHost,
  fundClients,
  ownedInterop,
  prepareEvmOrgs,
  registerEvmSource,
  registerFabricSource,
  setDefaultMaxAge,
  writeEvmServiceConfigs,
} from '../../topology/evm/interop.js';
import { EVM_CONTRACTS, readContractAbi, startEvmNetwork } from '../../topology/evm/network.js';
import { compileContract } from '../../topology/evm/solidity.js';
import type { LaunchContext } from '../../topology/launch-context.js';
import type {
  LedgerWriter,
  ServiceConfig,
  ServicePlan,
  TopologyClient,
  TopologyFacet,
} from '../../topology/ledger-facet.js';
import {
  type EvmNetworkState,
  isEvmNetwork,
  isFabricNetwork,
  type NetworkState,
  type TopologyState,
} from '../../topology/state.js';
import { type EvmNetworkSpec, evmOrgs, type NetworkSpec } from '../../topology/topology.js';
import { defaultAccess, evmOrgsOf } from '../../topology/trust.js';
import { owned } from '../owned.js';
import { ledgerOf } from '../registry.js';
import {
  commandOf,
  compensate,
  issueCommand,
  readRemote,
  readRemoteAssetEvent,
  submitCommandToEvm,
  submitConfirmationToEvm,
  submitEventToEvm,
  submitToEvm,
} from './destination.js';

const isEvmSpec = (spec: NetworkSpec): spec is EvmNetworkSpec => spec.type === 'evm';
const isEvm = isEvmNetwork;
/** The network as this kind's, or LEDGER_UNKNOWN. */
const own = owned('evm', isEvm, (network) => network);
const isFabric = isFabricNetwork;

/** The part of contracts/evm/AssetStore.sol the sample writer uses. */
const ASSET_STORE_ABI = [
  'function put(string key, string value)',
  'function get(string key) view returns (string)',
];

/** The membership record of an EVM network: its chain id, each org's attestor and client addresses. */
async function membershipRecord(network: EvmNetworkState): Promise<Record<string, unknown>> {
  return {
    type: 'evm',
    chainId: String(network.chainId),
    orgs: Object.fromEntries(evmOrgsOf(network).map((o) => [o.name, [o.attestor.address, o.client.address]])),
  };
}

/**
 * Its owner records every other network in the interop contract, by the entry point of the other's kind
 * (a Fabric network's endorsing peers, an EVM network's attestors), the default max age of its views, and
 * its command sources: the applications of it whose commands and confirmations this network takes (its
 * sample application's, as the other kind's facts name their streams).
 */
async function registerTrust(
  local: EvmNetworkState,
  others: readonly NetworkState[],
  interopAbi: Interface | InterfaceAbi,
): Promise<void> {
  const { interop, close } = ownedInterop(local, interopAbi);
  try {
    for (const other of others) {
      if (isFabric(other)) await registerFabricSource(interop, other);
      else if (isEvm(other)) await registerEvmSource(interop, other);
      await setDefaultMaxAge(interop, other.id);
      await setCommandSources(
        interop,
        other.id,
        ledgerOf(other.type).topologyFacts.commandSources(other, local.id),
      );
    }
  } finally {
    close();
  }
}

/** The prepared orgs' attestors, and the driver asking them. */
function writeServiceConfigs(network: EvmNetworkState, plan: ServicePlan): Promise<ServiceConfig[][]> {
  return writeEvmServiceConfigs({
    network,
    orgs: evmOrgsOf(network),
    dir: plan.dir,
    relay: plan.relay,
    driverPort: plan.driverPort,
    attestorPorts: plan.extraPorts,
    tls: plan.tls,
    requesters: Object.fromEntries(
      plan.others.map((other) => [
        other.id,
        { membership: JSON.stringify(plan.records.get(other.id)), access: defaultAccess(network) },
      ]),
    ),
    addressing: plan.addressing,
  });
}

/** The sample AssetStore, written by the deployer account. */
function evmWriter(network: EvmNetworkState): LedgerWriter {
  const provider = evmProvider(network.rpcUrl, network.chainId);
  // Counts its own nonces: back-to-back writes would otherwise read a briefly cached transaction count.
  const signer = new NonceManager(new Wallet(network.deployer.privateKey, provider));
  const store = new Contract(network.contracts.AssetStore!, ASSET_STORE_ABI, signer);
  return {
    async write(key, value) {
      const started = performance.now();
      const receipt = await (await store.getFunction('put')(key, value)).wait();
      return {
        commitMs: performance.now() - started,
        evidence: `block ${receipt?.blockNumber}, chain id ${network.chainId}`,
      };
    },
    async read(key) {
      return (await store.getFunction('get')(key)) as string;
    },
    close: () => provider.destroy(),
  };
}

async function writeSample(network: EvmNetworkState, key: string, value: string): Promise<void> {
  const writer = evmWriter(network);
  try {
    await writer.write(key, value);
  } finally {
    writer.close();
  }
}

function describe(network: EvmNetworkState): string {
  const contracts = Object.entries(network.contracts).map(([name, address]) => `${name} ${address}`);
  return `${network.id} (evm): chain id ${network.chainId}, RPC ${network.rpcUrl}, ${contracts.join(', ')}`;
}

/** Keys stay in the state file: the report names accounts by address only. */
function reported(network: EvmNetworkState): unknown {
  return {
    ...network,
    deployer: { address: network.deployer.address },
    ...(network.orgs
      ? { orgs: network.orgs.map((o) => ({ ...o, client: { address: o.client.address } })) }
      : {}),
  };
}

/** The client account of its first org, committing through the interop contract and AssetStore. */
async function openClient(state: TopologyState, network: EvmNetworkState): Promise<TopologyClient> {
  const local = await openEvmClient(state, network.id);
  let deployer: Contract | undefined;
  const asDeployer = () => {
    deployer ??= local.assets.connect(
      new NonceManager(new Wallet(network.deployer.privateKey, local.assets.runner?.provider)),
    ) as Contract;
    return deployer;
  };
  return {
    client: local.client,
    async commit(view) {
      const started = performance.now();
      const app = await local.assets.getAddress();
      const submitted = await submitToEvm(local.interop, view, app);
      const commitMs = performance.now() - started;
      const value = await readRemote(local.assets, view.address);
      return { transactionId: submitted.receipt.hash, commitMs, value, gasUsed: submitted.gasUsed };
    },
    async openStream(address, nonce, from) {
      await openStream(local.interop, address, nonce, from);
    },
    async commitEvent(event) {
      const started = performance.now();
      const submitted = await submitEventToEvm(local.interop, event, await local.assets.getAddress());
      return {
        transactionId: submitted.receipt.hash,
        commitMs: performance.now() - started,
        gasUsed: submitted.gasUsed,
      };
    },
    // AssetStore keeps the payload by stream and sequence, as it came: read as the source kind emits it.
    readAppliedAsset: (_sourceNetwork, event) =>
      readRemoteAssetEvent(local.assets, event.address, event.sequence, event.ledger),
    async executeCommand(event) {
      const started = performance.now();
      const submitted = await submitCommandToEvm(local.interop, event, await local.assets.getAddress());
      return {
        transactionId: submitted.receipt.hash,
        commitMs: performance.now() - started,
        gasUsed: submitted.gasUsed,
      };
    },
    async applyConfirmation(event) {
      const started = performance.now();
      const submitted = await submitConfirmationToEvm(local.interop, event, await local.assets.getAddress());
      return {
        transactionId: submitted.receipt.hash,
        commitMs: performance.now() - started,
        gasUsed: submitted.gasUsed,
      };
    },
    // The sample AssetStore issues and compensates for its deployer alone.
    async issueCommand(command) {
      const started = performance.now();
      const sent = await issueCommand(asDeployer(), command);
      return {
        transactionId: sent.receipt.hash,
        commitMs: performance.now() - started,
        gasUsed: sent.gasUsed,
      };
    },
    async compensate(id) {
      const started = performance.now();
      const sent = await compensate(asDeployer(), id);
      return {
        transactionId: sent.receipt.hash,
        commitMs: performance.now() - started,
        gasUsed: sent.gasUsed,
      };
    },
    async commandState(id) {
      const { status, result, late } = await commandOf(local.assets, id);
      return { status, late, ...(status === 'pending' ? {} : { result }) };
    },
    close: () => local.close(),
  };
}

export const topology: TopologyFacet = {
  portCount: owned('evm', isEvmSpec, () => 1),
  async prepare(cacheDir) {
    const contracts = Object.fromEntries(
      await Promise.all(
        EVM_CONTRACTS.map(async (name) => [name, await compileContract(name, cacheDir)] as const),
      ),
    );
    return {
      startNetwork: owned(
        'evm',
        isEvmSpec,
        (spec, ports: readonly number[], dir: string, ctx: LaunchContext) =>
          startEvmNetwork(spec, ports[0]!, dir, contracts, ctx),
      ),
      registerTrust: owned('evm', isEvm, (local, others: readonly NetworkState[]) =>
        registerTrust(local, others, contracts.WeftInterop?.abi ?? []),
      ),
    };
  },
  prepareInterop: owned(
    'evm',
    isEvm,
    async (network, spec: NetworkSpec, dir: string, ctx: LaunchContext): Promise<NetworkState> => {
      const orgs = owned('evm', isEvmSpec, evmOrgs)(spec);
      const prepared = await ctx.step(
        network.id,
        `orgs ${orgs.join(', ')}: attestor keys, client accounts`,
        () => prepareEvmOrgs(network, orgs, dir),
      );
      return { ...network, orgs: prepared };
    },
  ),
  servicePortCount: owned('evm', isEvm, (network) => 3 + evmOrgsOf(network).length),
  serviceHosts: owned('evm', isEvm, (network) => evmOrgsOf(network).map((o) => attestorHost(o.name))),
  writeServiceConfigs: (plan) => writeServiceConfigs(own(plan.network), plan),
  // Its deployment records its id in the interop contract; a node started afresh holds no client funds.
  adoptNetwork: owned('evm', isEvm, (network) => fundClients(network, evmOrgsOf(network))),
  // The interop contract as deployed: its ABI beside the network's other files.
  registerTrust: owned('evm', isEvm, async (local, others: readonly NetworkState[]) =>
    registerTrust(local, others, await readContractAbi(local.dir, 'WeftInterop')),
  ),
  membershipRecord: owned('evm', isEvm, membershipRecord),
  describe: owned('evm', isEvm, describe),
  reported: owned('evm', isEvm, reported),
  openWriter: owned('evm', isEvm, async (network) => evmWriter(network)),
  writeSample: owned('evm', isEvm, writeSample),
  openClient: (state, network) => openClient(state, own(network)),
};
