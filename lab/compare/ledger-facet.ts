/**
 * What `weft compare` does with a network of one ledger kind: the comparison facet each adapter loads
 * lazily (`ledgerOf(kind).comparison()`, ledgers/<kind>/comparison.ts), so that the three modes, the attack
 * table and the enterprise are written once for every kind. Its operations take networks of any kind and
 * act on their own kind's (ledgers/owned.ts). Types only.
 */
import type { DestinationWriter, SourceReader } from '../../modes/multi-membership/workflow.js';
import type { SingleApiLedgerConfig } from '../../modes/single-api/config.js';
import type { TrustedAnswer } from '../../proofs/trusted-party.js';
import type { VerifiedView, WeftClient } from '../../sdk/client.js';
import type { NetworkState, TopologyState } from '../../topology/state.js';

/** What a write cost on the destination ledger: gas on EVM, bytes carried and checked on Fabric. */
export type LedgerCost = { readonly gas: bigint } | { readonly bytes: number };

/** Who signs a forged view of a false value: one member org, the enterprise's own client, or no member. */
export type ForgeryHolders = 'one org' | 'enterprise' | 'outsiders';

/** A dApp client of a destination network (its first org), with its ledger's entry points. */
export interface ComparisonDestination {
  readonly client: WeftClient;
  /**
   * Submits `view` to the interop chaincode or contract, which verifies it again; with `proof` in place of
   * the view's own for an attack.
   */
  submitView(view: VerifiedView, proof?: Uint8Array): Promise<LedgerCost>;
  /** Submits a single-API answer through the trusted-party entry point. */
  submitTrusted(answer: TrustedAnswer): Promise<LedgerCost>;
  close(): void;
}

/** The multi-membership enterprise's write on a destination: its writer, and what a write cost. */
export interface EnterpriseWriter {
  readonly writer: DestinationWriter;
  /** The cost of the write `ref` (its transaction) of `value`. */
  cost(ref: string, value: string): Promise<LedgerCost>;
  /** Writes `Put(key, value)` to the sample application as an identity of no member of the network. */
  writeAsOutsider(key: string, value: string): Promise<void>;
  close(): void;
}

export interface ComparisonFacet {
  openDestination(state: TopologyState, network: NetworkState): Promise<ComparisonDestination>;
  /** The enterprise (the network's first org) reading the sample application with its own identity. */
  openReader(network: NetworkState): Promise<{ readonly reader: SourceReader; close(): void }>;
  openWriter(network: NetworkState): Promise<EnterpriseWriter>;
  /** Records `address` (an EVM party's) as the trusted party of `sourceId` in the network's governance. */
  recordTrustedParty(network: NetworkState, sourceId: string, address: string): Promise<void>;
  /** The ledger and org of a single-API service that the network's first org runs on its own node. */
  singleApiSource(network: NetworkState): { readonly org: string; readonly ledger: SingleApiLedgerConfig };
  /** The honest `view` of the network with a false value, signed as `holders` sign. */
  forge(network: NetworkState, view: VerifiedView, holders: ForgeryHolders): Promise<Uint8Array>;
  /** A secp256k1 key the enterprise holds on the network, if its kind gives clients one. */
  enterpriseKey(network: NetworkState): string | undefined;
}
