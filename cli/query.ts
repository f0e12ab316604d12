/**
 * A verified cross-network query on a running local topology, as a dApp client of one network: through that
 * network's relay, verified against what its ledger records, optionally committed through its interop
 * chaincode (Fabric) or interop contract (EVM), as the network's kind does (its topology facet). What
 * `weft query` and `weft demo` run.
 */
import { readFile } from 'node:fs/promises';
import type { Contract } from '@hyperledger/fabric-gateway';
import { Contract as EvmContract, Wallet } from 'ethers';
import { WeftError } from '../common/errors.js';
import { evmProvider } from '../drivers/evm/provider.js';
import { evm } from '../ledgers/evm/index.js';
import { fabric } from '../ledgers/fabric/index.js';
import { ledgerOfView } from '../ledgers/registry.js';
import { parseAddress } from '../proofs/address.js';
import {
  createWeftClient,
  type FabricClientIdentity,
  type VerifiedView,
  type WeftClient,
} from '../sdk/client.js';
import { ledgerTrust, staticTrust, trustFromRecord } from '../sdk/trust.js';
import { readContractAbi } from '../topology/evm/network.js';
import { connectGateway } from '../topology/fabric/client.js';
import { topologyOf } from '../topology/facets.js';
import { relayOf, type TopologyState } from '../topology/state.js';
import { defaultPolicy, evmOrgsOf, membershipRecord } from '../topology/trust.js';

export interface QueryOutcome {
  readonly view: VerifiedView;
  /** Set with `commit`: the committed transaction and the value read back from the destination ledger. */
  readonly committed?: {
    readonly transactionId: string;
    readonly commitMs: number;
    /** The value as the destination's application reads it back, shown as text (see displayValue). */
    readonly readBack: string;
    /** EVM destinations: the gas the submitting transaction used. */
    readonly gasUsed?: bigint;
  };
  readonly totalMs: number;
}

/**
 * Accepts a full address, or `NETWORK/VIEW` for a network of the topology (its relay's address filled in).
 * @throws {WeftError} ADDRESS_INVALID
 */
export function expandAddress(state: TopologyState, text: string): string {
  const slash = text.indexOf('/');
  const network = slash > 0 ? text.slice(0, slash) : '';
  const relay = state.relays?.find((r) => r.networkId === network);
  return parseAddress(relay ? `127.0.0.1:${relay.relayPort}/${text}` : text).text;
}

export interface LocalClient {
  readonly client: WeftClient;
  /** The local network's interop chaincode, as the same client identity. */
  readonly interop: Contract;
  /** The local network's application chaincode. */
  readonly assets: Contract;
  close(): void;
}

/** A dApp client of a Fabric network of the topology: its first org's client identity, its relay. */
export async function openLocalClient(
  state: TopologyState,
  from: string,
  overrides: {
    /** Another identity (or parts of one) than the first org's User1. */
    readonly identity?: Partial<FabricClientIdentity>;
    /** Another client port than the network's relay's (a second relay of the same network). */
    readonly relayPort?: number;
    /** Client ports of the relay's replicas, tried in turn when the first is unreachable. */
    readonly failoverPorts?: readonly number[];
  } = {},
): Promise<LocalClient> {
  const local = state.networks.find((n) => n.id === from);
  if (!local) throw new WeftError('USAGE', `no network ${from} in the running topology`);
  if (!fabric.topologyFacts.is(local)) {
    throw new WeftError('USAGE', `${from} is an EVM network: use openEvmClient`);
  }
  const relay = relayOf(state, local.id);
  const org = local.orgs[0]!;
  const connection = await connectGateway(org);
  const channel = connection.gateway.getNetwork(local.channel);
  const interop = channel.getContract('interop');
  const client = createWeftClient({
    relay: {
      address: `127.0.0.1:${overrides.relayPort ?? relay.clientPort}`,
      ...(overrides.failoverPorts ? { failover: overrides.failoverPorts.map((p) => `127.0.0.1:${p}`) } : {}),
      serverName: relay.serverName,
      ca: await readFile(relay.caFile),
    },
    networkId: local.id,
    identity: {
      mspId: org.mspId,
      certificate: await readFile(org.client.certFile, 'utf8'),
      privateKey: await readFile(org.client.keyFile, 'utf8'),
      ...overrides.identity,
    },
    trust: ledgerTrust(interop),
  });
  return {
    client,
    interop,
    assets: channel.getContract('assets'),
    close() {
      client.close();
      connection.close();
    },
  };
}

export interface EvmLocalClient {
  readonly client: WeftClient;
  /** The local network's interop contract, connected as the client's account. */
  readonly interop: EvmContract;
  /** The local network's application contract (AssetStore). */
  readonly assets: EvmContract;
  close(): void;
}

/**
 * A dApp client of an EVM network of the topology: the client account of its first org, its relay, and
 * trust in every other network as recorded at `weft up` (the interop contract verifies again on submit).
 */
export async function openEvmClient(state: TopologyState, from: string): Promise<EvmLocalClient> {
  const local = state.networks.find((n) => n.id === from);
  if (!local || !evm.topologyFacts.is(local)) {
    throw new WeftError('USAGE', `no EVM network ${from} in the running topology`);
  }
  const relay = relayOf(state, local.id);
  const org = evmOrgsOf(local)[0]!;
  const trust = Object.fromEntries(
    await Promise.all(
      state.networks
        .filter((n) => n.id !== local.id)
        .map(
          async (n) =>
            [
              n.id,
              trustFromRecord(n.id, JSON.stringify(await membershipRecord(n)), defaultPolicy(n)),
            ] as const,
        ),
    ),
  );
  const client = createWeftClient({
    relay: {
      address: `127.0.0.1:${relay.clientPort}`,
      serverName: relay.serverName,
      ca: await readFile(relay.caFile),
    },
    networkId: local.id,
    identity: { kind: 'evm', org: org.name, privateKey: org.client.privateKey },
    trust: staticTrust(trust),
  });
  const provider = evmProvider(local.rpcUrl, local.chainId);
  // Each transaction takes the account's pending nonce from the node: other clients of the same account
  // (another process, another session) may have sent transactions in between.
  const signer = new Wallet(org.client.privateKey, provider);
  const [interopAbi, assetsAbi] = await Promise.all([
    readContractAbi(local.dir, 'WeftInterop'),
    readContractAbi(local.dir, 'AssetStore'),
  ]);
  return {
    client,
    interop: new EvmContract(local.contracts.WeftInterop!, interopAbi, signer),
    assets: new EvmContract(local.contracts.AssetStore!, assetsAbi, signer),
    close() {
      client.close();
      provider.destroy();
    },
  };
}

/** A value as text, as the source kind shows it (ledgers/<kind>/index.ts: UTF-8, an ABI string, hex). */
export function displayValue(address: string, value: Uint8Array): string {
  const { view } = parseAddress(address);
  return ledgerOfView(view).presentation.displayValue(view, value);
}

export async function queryView(
  state: TopologyState,
  options: {
    readonly address: string;
    readonly from: string;
    readonly commit?: boolean;
    readonly confidential?: boolean;
    readonly timeoutMs?: number;
  },
): Promise<QueryOutcome> {
  const started = performance.now();
  const address = expandAddress(state, options.address);
  const request = {
    confidential: options.confidential ?? false,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
  const network = state.networks.find((n) => n.id === options.from);
  if (!network) throw new WeftError('USAGE', `no network ${options.from} in the running topology`);
  const local = await (await topologyOf(network)).openClient(state, network);
  try {
    const view = await local.client.requestView(address, request);
    if (!options.commit) return { view, totalMs: performance.now() - started };
    const { transactionId, commitMs, value, gasUsed } = await local.commit(view);
    const readBack = displayValue(view.address, value);
    return {
      view,
      committed: { transactionId, commitMs, readBack, ...(gasUsed === undefined ? {} : { gasUsed }) },
      totalMs: performance.now() - started,
    };
  } finally {
    local.close();
  }
}
