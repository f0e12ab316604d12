/**
 * What a local topology does with a network of one ledger kind: the topology facet each adapter loads
 * lazily (`ledgerOf(kind).topology()`, ledgers/<kind>/topology.ts). Its operations take networks of any
 * kind and act on their own kind's (ledgers/owned.ts). Types only.
 */
import type { SampleAsset } from '../ledgers/adapter.js';
import type { Command, CommandStatus } from '../proofs/commands.js';
import type { VerifiedView, WeftClient } from '../sdk/client.js';
import type { VerifiedEvent } from '../sdk/events.js';
import type { ServiceAddressing } from './addressing.js';
import type { LaunchContext, ProgressEvent } from './launch-context.js';
import type { NetworkState, TopologyState } from './state.js';
import type { NetworkSpec } from './topology.js';

/** Each network's membership record (ledgers/registry.ts), read once for everything `up` configures. */
export type MembershipRecords = ReadonlyMap<string, Record<string, unknown>>;

/** A TLS identity of a network's relay CA: certificate and key files, and the name it carries. */
export interface TlsIdentity {
  readonly cert: string;
  readonly key: string;
  readonly name: string;
}

export interface TlsMaterial {
  readonly ca: string;
  readonly hosts: Readonly<Record<string, TlsIdentity>>;
  readonly relay: TlsIdentity;
  readonly driver: TlsIdentity;
}

/** A network's services besides its relay: where they listen and what they trust. */
export interface ServicePlan {
  readonly network: NetworkState;
  readonly dir: string;
  /** Where its services reach its relay (mutual TLS), and the name the relay's certificate carries. */
  readonly relay: { readonly address: string; readonly serverName: string };
  readonly driverPort: number;
  /** The ports after the relay's and the driver's, as many as `servicePortCount` asked for. */
  readonly extraPorts: readonly number[];
  readonly tls: TlsMaterial;
  /** Every other network, with its membership record in `records`. */
  readonly others: readonly NetworkState[];
  readonly records: MembershipRecords;
  readonly addressing: ServiceAddressing;
}

/** A service whose configuration file is written: `name` is its name in the network (driver, attestor-org1). */
export interface ServiceConfig {
  readonly name: string;
  readonly configFile: string;
  readonly port: number;
  /** What starting it is called in the progress of `weft up`. */
  readonly step: string;
}

/** A kind's toolchain, prepared once per `up`: what starts its networks and records their trust. */
export interface PreparedKind {
  startNetwork(
    spec: NetworkSpec,
    ports: readonly number[],
    dir: string,
    ctx: LaunchContext,
  ): Promise<NetworkState>;
  /** On `local`, a network of this kind, its governance records its trust in every other network. */
  registerTrust(
    local: NetworkState,
    others: readonly NetworkState[],
    records: MembershipRecords,
    ctx: LaunchContext,
  ): Promise<void>;
}

export interface WriteResult {
  /** Submit to commit (Fabric), send to receipt (EVM). */
  readonly commitMs: number;
  /** Who vouched for the write: endorsing orgs (Fabric) or the block that holds it (EVM). */
  readonly evidence: string;
}

/** An open connection to one network's sample application (chaincode `assets` or contract AssetStore). */
export interface LedgerWriter {
  write(key: string, value: string): Promise<WriteResult>;
  read(key: string): Promise<string>;
  close(): void;
}

/** What committing a verified view on the client's own network did. */
export interface CommittedView {
  readonly transactionId: string;
  readonly commitMs: number;
  /** The value as the destination's application reads it back. */
  readonly value: Uint8Array;
  /** EVM destinations: the gas the submitting transaction used. */
  readonly gasUsed?: bigint;
}

/** What applying a verified event on the client's own network did. */
export interface CommittedEvent {
  readonly transactionId: string;
  readonly commitMs: number;
  /** EVM destinations: the gas the submitting transaction used. */
  readonly gasUsed?: bigint;
}

/** A dApp client of a network of the topology, with what it commits a verified view through. */
export interface TopologyClient {
  readonly client: WeftClient;
  /** Submits a verified view to the network's interop chaincode or contract; reads the value back. */
  commit(view: VerifiedView): Promise<CommittedView>;
  /** Opens a subscription's stream on the network's ledger, from its first sequence (proofs/events.ts). */
  openStream(address: string, nonce: string, from: bigint): Promise<void>;
  /** Applies a verified event of an open stream through the sample application, which keeps the asset. */
  commitEvent(event: VerifiedEvent): Promise<CommittedEvent>;
  /**
   * The asset the sample application keeps of an applied event of the sample stream of `sourceNetwork`
   * (the copy the ledger holds, not the event's own payload).
   *
   * @throws {WeftError} ASSET_NOT_FOUND or NOT_FOUND when the ledger holds no copy.
   */
  readAppliedAsset(sourceNetwork: string, event: VerifiedEvent): Promise<SampleAsset>;
  /** Issues a command from the sample application (proofs/commands.ts); committed on every org's peer. */
  issueCommand(command: Command): Promise<CommittedEvent>;
  /** Runs a verified command event of an open stream, the sample application as its target: once. */
  executeCommand(event: VerifiedEvent): Promise<CommittedEvent>;
  /** Records a verified confirmation event of an open stream for the command the sample application issued. */
  applyConfirmation(event: VerifiedEvent): Promise<CommittedEvent>;
  /** @throws {WeftError} COMMAND_NOT_FOUND for a command the sample application never issued. */
  commandState(id: string): Promise<IssuedCommandState>;
  /** Compensates a pending command past its deadline. */
  compensate(id: string): Promise<CommittedEvent>;
  close(): void;
}

/** What an issuing application knows of its command. */
export interface IssuedCommandState {
  readonly status: CommandStatus;
  /** Once confirmed: the destination's result, or its reason; of a compensated command, the late one's. */
  readonly result?: string;
  /** A confirmation came after the command was compensated: recorded, never applied. */
  readonly late: boolean;
}

export interface TopologyFacet {
  /** The ports a network of this kind takes when the topology gives it none. */
  portCount(spec: NetworkSpec): number;
  prepare(cacheDir: string, progress: (event: ProgressEvent) => void): Promise<PreparedKind>;
  /** What interoperation needs of the network before its services start (an EVM network's org accounts). */
  prepareInterop(
    network: NetworkState,
    spec: NetworkSpec,
    dir: string,
    ctx: LaunchContext,
  ): Promise<NetworkState>;
  /** Ports of its relay (client, relay), its driver and any service of its own. */
  servicePortCount(network: NetworkState): number;
  /** Hosts its relay CA issues role certificates to, besides its relay and driver. */
  serviceHosts(network: NetworkState): readonly string[];
  /**
   * Writes the configuration of its driver (and services of its own): stages in the order they start, the
   * services of a stage side by side.
   */
  writeServiceConfigs(plan: ServicePlan): Promise<ReadonlyArray<readonly ServiceConfig[]>>;
  /**
   * What a network started by something else than this kind's `startNetwork` (docker-compose.yml) still
   * needs before it interoperates, of what `startNetwork` records on it.
   */
  adoptNetwork(network: NetworkState): Promise<void>;
  /**
   * On `local`, a network of this kind, its governance records its trust in every other network, with no
   * toolchain: what a prepared kind's `registerTrust` does.
   */
  registerTrust(
    local: NetworkState,
    others: readonly NetworkState[],
    records: MembershipRecords,
  ): Promise<void>;
  /** The membership record other networks record of it (ledgers/registry.ts). */
  membershipRecord(network: NetworkState): Promise<Record<string, unknown>>;
  /** One line for `weft status`. */
  describe(network: NetworkState): string;
  /** The network as `weft status --json` reports it: accounts named by address, keys left in the state. */
  reported(network: NetworkState): unknown;
  openWriter(network: NetworkState): Promise<LedgerWriter>;
  /** Writes so that any org may vouch for the value at once (on Fabric, the block on every org's peer). */
  writeSample(network: NetworkState, key: string, value: string): Promise<void>;
  /** A dApp client of the network: its first org's identity, its relay, the trust its ledger records. */
  openClient(state: TopologyState, network: NetworkState): Promise<TopologyClient>;
}
