/**
 * A verified cross-network query on a running local topology, as a dApp client of one network: through that
 * network's relay, verified against what its ledger records, optionally committed through its interop
 * chaincode. What `weft query` and `weft demo` run.
 */
import { readFile } from 'node:fs/promises';
import type { Contract } from '@hyperledger/fabric-gateway';
import { WeftError } from '../common/errors.js';
import { parseAddress } from '../proofs/address.js';
import {
  type ClientIdentity,
  createWeftClient,
  submitView,
  type VerifiedView,
  type WeftClient,
} from '../sdk/client.js';
import { ledgerTrust } from '../sdk/trust.js';
import { connectGateway } from './fabric/client.js';
import { type FabricNetworkState, relayOf, type TopologyState } from './state.js';

export interface QueryOutcome {
  readonly view: VerifiedView;
  /** Set with `commit`: the committed transaction and the value read back from the destination ledger. */
  readonly committed?: {
    readonly transactionId: string;
    readonly commitMs: number;
    readonly readBack: string;
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
    readonly identity?: Partial<ClientIdentity>;
    /** Another client port than the network's relay's (a second relay of the same network). */
    readonly relayPort?: number;
  } = {},
): Promise<LocalClient> {
  const local = state.networks.find((n) => n.id === from);
  if (!local) throw new WeftError('USAGE', `no network ${from} in the running topology`);
  if (local.type !== 'fabric') {
    throw new WeftError(
      'USAGE',
      `${from} is an EVM network; queries from EVM networks are not supported yet`,
    );
  }
  const relay = relayOf(state, local.id);
  const org = (local as FabricNetworkState).orgs[0]!;
  const connection = await connectGateway(org);
  const channel = connection.gateway.getNetwork(local.channel);
  const interop = channel.getContract('interop');
  const client = createWeftClient({
    relay: {
      address: `127.0.0.1:${overrides.relayPort ?? relay.clientPort}`,
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
  const local = await openLocalClient(state, options.from);
  try {
    const view = await local.client.requestView(address, {
      confidential: options.confidential ?? false,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    if (!options.commit) return { view, totalMs: performance.now() - started };
    const submitted = await submitView(local.interop, view);
    const readBack = Buffer.from(await local.assets.evaluateTransaction('GetRemote', view.address)).toString(
      'utf8',
    );
    return {
      view,
      committed: { transactionId: submitted.transactionId, commitMs: submitted.commitMs, readBack },
      totalMs: performance.now() - started,
    };
  } finally {
    local.close();
  }
}
