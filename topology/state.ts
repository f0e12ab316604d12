/**
 * The state of a local topology, kept in one JSON file in the state folder: what runs (processes with PID and
 * start time), where (ports, files) and how to check it (health probes). Written atomically after every
 * started process, so that even an interrupted `weft up` leaves a record that `weft down` can stop.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WeftError } from '../common/errors.js';
import { type EvmTopologyNetwork, evmTopologyFacts } from '../ledgers/evm/facts.js';
import { fabricTopologyFacts } from '../ledgers/fabric/facts.js';
import type { FabricNetworkLayout } from './fabric/layout.js';
import type { InfrastructuresState } from './infrastructures.js';
import type { ProcessRecord } from './process.js';

export type HealthProbe =
  | { readonly kind: 'http'; readonly port: number; readonly path: string }
  /** Operations /healthz answers OK and the gRPC listener completes a TLS handshake. */
  | {
      readonly kind: 'fabric-node';
      readonly opsPort: number;
      readonly listenPort: number;
      /** Where it listens, when not on 127.0.0.1: on an infrastructure. */
      readonly host?: string;
    }
  | { readonly kind: 'tcp'; readonly port: number; readonly host?: string }
  | { readonly kind: 'json-rpc'; readonly url: string };

export interface ManagedProcess extends ProcessRecord {
  readonly network: string;
  /** What the process is in its network: orderer, peer, chaincode, node. */
  readonly role: string;
  readonly port: number;
  readonly health: HealthProbe;
  /** Where the service wrote the port of its operations endpoint (/metrics, /healthz, /readyz). */
  readonly operationsPortFile?: string;
}

export interface FabricNetworkState extends FabricNetworkLayout {
  readonly chaincodes: ReadonlyArray<
    FabricNetworkLayout['chaincodes'][number] & { readonly packageId: string }
  >;
}

export interface EvmOrgState {
  readonly name: string;
  /** The org's attestor: its signing key's address and the file holding the key. */
  readonly attestor: { readonly address: string; readonly keyFile: string };
  /** A funded account of the org for its dApp clients; its key lives only in this local state. */
  readonly client: { readonly address: string; readonly privateKey: string };
}

/** What the EVM adapter's topology facts read of it (ledgers/evm/facts.ts) is part of it. */
export interface EvmNetworkState extends EvmTopologyNetwork {
  readonly type: 'evm';
  readonly id: string;
  readonly chainId: number;
  readonly port: number;
  readonly rpcUrl: string;
  readonly dir: string;
  /** Funded account that deployed the contracts; its key lives only in this local state. */
  readonly deployer: { readonly address: string; readonly privateKey: string };
  readonly contracts: Readonly<Record<string, string>>;
  /** The member orgs, once interoperation is prepared: attestor and client account of each. */
  readonly orgs?: readonly EvmOrgState[];
}

export type NetworkState = FabricNetworkState | EvmNetworkState;

/** Where a network's relay (and driver) listen, and the CA that issued their TLS certificates. */
export interface RelayState {
  readonly networkId: string;
  /** dApp clients connect here (TLS). */
  readonly clientPort: number;
  /** Peer relays and the driver connect here (mutual TLS). */
  readonly relayPort: number;
  /** The name the relay's certificate carries. */
  readonly serverName: string;
  readonly caFile: string;
  readonly dir: string;
  readonly driverPort?: number;
}

export interface TopologyState {
  readonly version: 1;
  /** `starting` until `weft up` has finished every network. */
  readonly status: 'starting' | 'running';
  readonly topologySource: string;
  readonly startedAt: string;
  readonly networks: readonly NetworkState[];
  /** The failure domains its nodes are placed on, when the topology declares any. */
  readonly infrastructures?: InfrastructuresState;
  /** One per network when the topology has more than one network. */
  readonly relays?: readonly RelayState[];
  readonly processes: readonly ManagedProcess[];
}

export const STATE_FILE = 'state.json';

export function stateFile(stateDir: string): string {
  return join(stateDir, STATE_FILE);
}

export async function readState(stateDir: string): Promise<TopologyState | undefined> {
  const file = stateFile(stateDir);
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new WeftError('STATE_CORRUPT', `cannot read ${file}`, { file }, { cause: error });
  }
  const state = parsed as Partial<TopologyState> | null;
  if (
    state?.version !== 1 ||
    !Array.isArray(state.processes) ||
    !Array.isArray(state.networks) ||
    !state.processes.every((p) => Number.isInteger(p?.pid) && typeof p?.startTicks === 'string')
  ) {
    throw new WeftError('STATE_CORRUPT', `${file} is not a weft topology state`, { file });
  }
  return state as TopologyState;
}

/** Writes the whole state to a temporary file and renames it over the old one: never half-written. */
export async function writeState(stateDir: string, state: TopologyState): Promise<void> {
  const file = stateFile(stateDir);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
}

/** Whether a network of the state is a Fabric network, by its adapter's facts. */
export const isFabricNetwork = (network: NetworkState): network is FabricNetworkState =>
  fabricTopologyFacts.is(network);

/** Whether a network of the state is an EVM network, by its adapter's facts. */
export const isEvmNetwork = (network: NetworkState): network is EvmNetworkState =>
  evmTopologyFacts.is(network);

export function fabricNetwork(state: TopologyState, id: string): FabricNetworkState {
  const network = state.networks.find((n) => n.id === id);
  if (!network || !isFabricNetwork(network)) throw new RangeError(`no Fabric network ${id} in the topology`);
  return network;
}

export function evmNetwork(state: TopologyState, id: string): EvmNetworkState {
  const network = state.networks.find((n) => n.id === id);
  if (!network || !isEvmNetwork(network)) throw new RangeError(`no EVM network ${id} in the topology`);
  return network;
}

/**
 * The relay of `networkId`, for a command an operator typed.
 *
 * @throws {WeftError} USAGE naming the networks that have a relay
 */
export function relayNamed(state: TopologyState, networkId: string): RelayState {
  const relay = state.relays?.find((r) => r.networkId === networkId);
  if (!relay) {
    const known = (state.relays ?? []).map((r) => r.networkId).join(', ') || 'none';
    throw new WeftError(
      'USAGE',
      `no relay of network ${JSON.stringify(networkId)}; networks with a relay: ${known}`,
      {
        network: networkId,
      },
    );
  }
  return relay;
}

export function relayOf(state: TopologyState, networkId: string): RelayState {
  const relay = state.relays?.find((r) => r.networkId === networkId);
  if (!relay) throw new RangeError(`no relay for network ${networkId} in the topology`);
  return relay;
}

/** Where a service of a network's interop folder (relay, driver, attestor-org1) writes its operations port. */
export function operationsPortFile(interopDir: string, service: string): string {
  return join(interopDir, `${service}.operations-port`);
}

/** The relay's operator token (mode 0600): what `weft deadletters` and other operator calls carry. */
export function operatorTokenFile(relay: Pick<RelayState, 'dir'>): string {
  return join(relay.dir, 'operator.token');
}

/** The configuration file `weft up` writes for a network's relay, in the relay's folder. */
export function relayConfigFile(relay: Pick<RelayState, 'dir'>): string {
  return join(relay.dir, 'relay.json');
}
