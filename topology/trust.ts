/**
 * The trust of a local topology, as each network's governance would record it about every other: the
 * other's membership (Fabric: each org's CA; EVM: each org's attestor and client addresses), the policy its
 * views must satisfy (Fabric: every org endorses; EVM: a majority of orgs attests) and who of the other may
 * read what here. One place, so that ledgers, attestors and clients trust the same.
 */
import type { AccessRecord, PolicyRecord } from '../ledgers/adapter.js';
import { preparedOrgs, attestationThreshold as threshold } from '../ledgers/evm/facts.js';
import { ledgerOf } from '../ledgers/registry.js';
import { topologyOf } from './facets.js';
import type { EvmNetworkState, EvmOrgState, NetworkState } from './state.js';

export type { AccessRecord, PolicyRecord } from '../ledgers/adapter.js';

/** The membership record (ledgers/registry.ts) of a network, as its kind records it. */
export async function membershipRecord(network: NetworkState): Promise<Record<string, unknown>> {
  return (await topologyOf(network)).membershipRecord(network);
}

/** How many of an EVM network's orgs must attest: a majority. */
export function attestationThreshold(network: EvmNetworkState): number {
  return threshold(network);
}

/** The verification policy a destination records for views of `source`, as its kind has it. */
export function defaultPolicy(source: NetworkState): PolicyRecord[] {
  return ledgerOf(source.type).topologyFacts.defaultPolicy(source);
}

/**
 * How old a view of any network may be when a destination of the topology accepts it: 10 minutes, well
 * above a request's 60 s deadline. An idle anvil chain mines no blocks, so its views are as old as its last
 * block: past that they are refused until a transaction mines a new one.
 */
export const DEFAULT_MAX_AGE_MS = 600_000;

/** The freshness policy a Fabric destination records for views of `source`: every view, the default age. */
export function defaultFreshness(): Array<{ pattern: string; maxAgeMs: number }> {
  return [{ pattern: '*', maxAgeMs: DEFAULT_MAX_AGE_MS }];
}

/** What every org of a requesting network may read on `source`: its sample assets. */
export function defaultAccess(source: NetworkState): AccessRecord[] {
  return ledgerOf(source.type).topologyFacts.defaultAccess(source);
}

export function evmOrgsOf(network: EvmNetworkState): readonly EvmOrgState[] {
  return preparedOrgs(network);
}

/**
 * The command sources a network `local` records for `source` (proofs/commands.ts): the applications of
 * `source` whose command and confirmation streams it takes (the kind's facts cut them to stream prefixes).
 */
export function defaultCommandSources(source: NetworkState, local: string): string[] {
  return ledgerOf(source.type).topologyFacts.commandSources(source, local);
}
