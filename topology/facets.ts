/** The topology facet of a network's ledger kind (topology/ledger-facet.ts), loaded by its adapter. */
import { ledgerOf } from '../ledgers/registry.js';
import type { TopologyFacet } from './ledger-facet.js';

/** @throws {WeftError} LEDGER_UNKNOWN for a kind weft does not know. */
export async function topologyOf(network: { readonly type: string }): Promise<TopologyFacet> {
  return (await ledgerOf(network.type).topology()).topology;
}
