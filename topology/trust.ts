/**
 * The trust of a local topology, as each network's governance would record it about every other: the
 * other's membership (Fabric: each org's CA; EVM: each org's attestor and client addresses), the policy its
 * views must satisfy (Fabric: every org endorses; EVM: a majority of orgs attests) and who of the other may
 * read what here. One place, so that ledgers, attestors and clients trust the same.
 */
import { readFile } from 'node:fs/promises';
import type { EvmNetworkState, EvmOrgState, NetworkState } from './state.js';

export interface PolicyRecord {
  readonly pattern: string;
  readonly policy: string;
}

export interface AccessRecord {
  readonly principal: string;
  readonly resource: string;
}

/** The membership record (ledgers/registry.ts) of a network. */
export async function membershipRecord(network: NetworkState): Promise<Record<string, unknown>> {
  if (network.type === 'evm') {
    return {
      type: 'evm',
      chainId: String(network.chainId),
      orgs: Object.fromEntries(
        evmOrgsOf(network).map((o) => [o.name, [o.attestor.address, o.client.address]]),
      ),
    };
  }
  return {
    orgs: Object.fromEntries(
      await Promise.all(
        network.orgs.map(async (o) => [o.mspId, [await readFile(o.caCertFile, 'utf8')]] as const),
      ),
    ),
  };
}

/** How many of an EVM network's orgs must attest: a majority. */
export function attestationThreshold(network: EvmNetworkState): number {
  return Math.floor(evmOrgsOf(network).length / 2) + 1;
}

/** The verification policy a destination records for views of `source`. */
export function defaultPolicy(source: NetworkState): PolicyRecord[] {
  if (source.type === 'evm') {
    const orgs = evmOrgsOf(source).map((o) => o.name);
    return [
      {
        pattern: `${source.chainId}:*`,
        policy: `OutOf(${attestationThreshold(source)}, ${orgs.join(', ')})`,
      },
    ];
  }
  return [{ pattern: `${source.channel}:*`, policy: `AND(${source.orgs.map((o) => o.mspId).join(', ')})` }];
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
  return [
    {
      principal: '*',
      resource: source.type === 'evm' ? `${source.chainId}:*` : `${source.channel}:assets:*`,
    },
  ];
}

export function evmOrgsOf(network: EvmNetworkState): readonly EvmOrgState[] {
  if (!network.orgs) throw new RangeError(`the orgs of ${network.id} are not prepared`);
  return network.orgs;
}
