/**
 * The networks of docker-compose.yml as the launcher's code describes a running topology (topology/state.ts):
 * the default topology's ledgers at the addresses they have on the compose network, with the material its
 * one-shot services generate under topology/docker/.generated/ (mounted at /generated in every container),
 * and where the interop services listen in theirs.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HDNodeWallet } from 'ethers';
import { WeftError } from '../../common/errors.js';
import type { ServiceAddressing } from '../addressing.js';
import { fabricLayout, NETWORK_CHAINCODES } from '../fabric/layout.js';
import type { EvmNetworkState, FabricNetworkState, NetworkState } from '../state.js';
import {
  type EvmNetworkSpec,
  type FabricNetworkSpec,
  fabricPortCount,
  type NetworkSpec,
  type Topology,
} from '../topology.js';

/** anvil's default, publicly known development mnemonic: the compose nodes fund its first account. */
export const ANVIL_MNEMONIC = 'test test test test test test test test test test test junk';

/** Ports inside the containers: each service has a container (and host name) of its own. */
export const CONTAINER_PORTS = {
  orderer: 7050,
  ordererAdmin: 7053,
  peer: 7051,
  peerChaincode: 7052,
  fabricOperations: 9443,
  chaincode: 9999,
  anvil: 8545,
  relayClient: 7080,
  relayPeer: 7081,
  driver: 7090,
  /** The first org's attestor; the next org's takes the next port. */
  attestor: 7091,
  /** Every relay's, driver's and attestor's /metrics, /healthz and /readyz (WEFT_OPERATIONS_PORT). */
  operations: 9464,
} as const;

/** Where the relays keep their journals: a named volume per relay. */
export const STORE_DIR = '/var/lib/weft/store';

/** The compose service (and host name) of a network's relay, driver or attestor-org1: `fabric-a-relay`. */
export function composeServiceName(networkId: string, service: string): string {
  return `${networkId}-${service}`;
}

export const COMPOSE_ADDRESSING: ServiceAddressing = {
  listenHost: '0.0.0.0',
  address: (networkId, service, port) => `${composeServiceName(networkId, service)}:${port}`,
  // Its service name on the compose network; loopback for clients of the ports published on the host.
  altNames: (networkId, service) => [composeServiceName(networkId, service), '127.0.0.1', 'localhost'],
  operations: () => ({ host: '0.0.0.0', port: CONTAINER_PORTS.operations }),
  storeDir: () => STORE_DIR,
};

/** What the deployment service (deploy-evm.ts) records of an EVM network. */
export interface EvmDeployment {
  readonly chainId: number;
  readonly contracts: Readonly<Record<string, string>>;
}

export const evmDeploymentFile = (generatedDir: string, networkId: string) =>
  join(generatedDir, `${networkId}.json`);

/** Where the deployed contracts' ABIs are: the network's `dir`. */
export const evmDeploymentDir = (generatedDir: string, networkId: string) => join(generatedDir, networkId);

/** A network's relay, driver and attestors' files. */
export const composeInteropDir = (generatedDir: string, networkId: string) =>
  join(generatedDir, 'interop', networkId);

/** The in-container ports of a network's interop services, in the launcher's order (InteropPlan.ports). */
export function composeInteropPorts(count: number): number[] {
  const { relayClient, relayPeer, driver, attestor } = CONTAINER_PORTS;
  return [relayClient, relayPeer, driver, ...Array.from({ length: count - 3 }, (_, i) => attestor + i)];
}

function fabricNetwork(
  spec: FabricNetworkSpec,
  generatedDir: string,
  packageIds: string[],
): FabricNetworkState {
  const p = CONTAINER_PORTS;
  const ports: number[] = [
    p.orderer,
    p.ordererAdmin,
    p.fabricOperations,
    ...spec.orgs.flatMap(() => [p.peer, p.peerChaincode, p.fabricOperations]),
  ];
  while (ports.length < fabricPortCount(spec.orgs.length)) ports.push(p.chaincode);
  const layout = fabricLayout(spec, ports, join(generatedDir, spec.id));
  return {
    ...layout,
    orgs: layout.orgs.map((org) => ({
      ...org,
      peer: { ...org.peer, address: `${org.peer.host}:${p.peer}` },
    })),
    chaincodes: layout.chaincodes.map((c, i) => ({ ...c, packageId: packageIds[i]! })),
  };
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    throw new WeftError(
      'TOPOLOGY_INVALID',
      `no ${what} in ${file}: has its setup run?`,
      { file },
      { cause: error },
    );
  }
}

function evmNetwork(spec: EvmNetworkSpec, generatedDir: string, deployment: EvmDeployment): EvmNetworkState {
  if (deployment.chainId !== spec.chainId) {
    throw new WeftError('TOPOLOGY_INVALID', `${spec.id} was deployed on chain ${deployment.chainId}`, {
      network: spec.id,
    });
  }
  const deployer = HDNodeWallet.fromPhrase(ANVIL_MNEMONIC);
  return {
    type: 'evm',
    id: spec.id,
    chainId: spec.chainId,
    port: CONTAINER_PORTS.anvil,
    rpcUrl: `http://${composeServiceName(spec.id, 'anvil')}:${CONTAINER_PORTS.anvil}`,
    dir: evmDeploymentDir(generatedDir, spec.id),
    deployer: { address: deployer.address, privateKey: deployer.privateKey },
    contracts: deployment.contracts,
  };
}

/**
 * The topology's networks as the compose services run them, once their setup has completed: a Fabric
 * network's chaincode package IDs and an EVM network's contracts are read from what its setup wrote.
 */
export async function composeNetworks(topology: Topology, generatedDir: string): Promise<NetworkState[]> {
  return Promise.all(
    topology.networks.map(async (spec: NetworkSpec): Promise<NetworkState> => {
      if (spec.type === 'fabric') {
        const dir = join(generatedDir, spec.id);
        const ids = await Promise.all(
          NETWORK_CHAINCODES.map((cc) => readText(join(dir, `${cc}.package-id`), `${cc} package ID`)),
        );
        return fabricNetwork(spec, generatedDir, ids);
      }
      const file = evmDeploymentFile(generatedDir, spec.id);
      const deployment = JSON.parse(await readText(file, 'deployment')) as EvmDeployment;
      return evmNetwork(spec, generatedDir, deployment);
    }),
  );
}
