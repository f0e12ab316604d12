/** The comparison facet of a network's ledger kind (lab/compare/ledger-facet.ts), loaded by its adapter. */
import { ledgerOf } from '../../ledgers/registry.js';
import type { ComparisonFacet } from './ledger-facet.js';

/** @throws {WeftError} LEDGER_UNKNOWN for a kind weft does not know. */
export async function comparisonOf(network: { readonly type: string }): Promise<ComparisonFacet> {
  return (await ledgerOf(network.type).comparison()).comparison;
}
