/**
 * The recorded membership of an EVM network: the chain id, and for each org the addresses of its keys (its
 * attestors and its clients). Recorded as JSON text, `{"type":"evm","chainId":"31001","orgs":{"Org1":["0xab..."]}}`.
 * Pure: no I/O.
 */
import { WeftError } from '../../common/errors.js';
import type { LedgerMembership, MembershipRecord } from '../adapter.js';

const MSP_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface EvmMembership {
  readonly kind: 'evm';
  readonly networkId: string;
  readonly chainId: bigint;
  readonly orgs: ReadonlyMap<string, ReadonlySet<string>>;
  /** The org of each member address. */
  readonly orgOf: ReadonlyMap<string, string>;
}

const EVM_ADDRESS = /^0x[0-9a-f]{40}$/;

function invalidRecord(networkId: string, reason: string, context: Record<string, string> = {}): WeftError {
  return new WeftError('POLICY_INVALID', `membership of ${networkId}: ${reason}`, { networkId, ...context });
}

/**
 * Builds an EVM membership from lower-case addresses per org; an address belongs to one org only.
 *
 * @throws {WeftError} POLICY_INVALID when an org id or address is malformed, or an address is in two orgs.
 */
export function evmMembership(
  networkId: string,
  chainId: bigint,
  orgs: Readonly<Record<string, readonly string[]>>,
): EvmMembership {
  if (chainId <= 0n || chainId >= 2n ** 64n) throw invalidRecord(networkId, 'chain id must fit 64 bits');
  const members = new Map<string, ReadonlySet<string>>();
  const orgOf = new Map<string, string>();
  for (const [org, addresses] of Object.entries(orgs)) {
    if (!MSP_ID.test(org)) throw invalidRecord(networkId, `invalid org id ${JSON.stringify(org)}`);
    if (!Array.isArray(addresses) || addresses.length === 0) {
      throw invalidRecord(networkId, `org ${org} has no address`, { org });
    }
    for (const address of addresses) {
      if (typeof address !== 'string' || !EVM_ADDRESS.test(address)) {
        throw invalidRecord(
          networkId,
          `${JSON.stringify(address)} of ${org} is not a lower-case 0x address`,
          {
            org,
          },
        );
      }
      const other = orgOf.get(address);
      if (other !== undefined && other !== org) {
        throw invalidRecord(networkId, `${address} is in both ${other} and ${org}`, { org });
      }
      orgOf.set(address, org);
    }
    members.set(org, new Set(addresses));
  }
  if (members.size === 0) throw invalidRecord(networkId, 'no org');
  return { kind: 'evm', networkId, chainId, orgs: members, orgOf };
}

/**
 * The membership a record holds (JSON, see above; `orgs` already found to be an object).
 *
 * @throws {WeftError} POLICY_INVALID naming what is wrong.
 */
export function evmMembershipFromRecord(networkId: string, record: MembershipRecord): EvmMembership {
  if (typeof record.chainId !== 'string' || !/^[1-9][0-9]{0,19}$/.test(record.chainId)) {
    throw invalidRecord(networkId, 'chainId must be a decimal string');
  }
  return evmMembership(networkId, BigInt(record.chainId), record.orgs as Record<string, string[]>);
}

export function isEvmMembership(membership: LedgerMembership): membership is EvmMembership {
  return membership.kind === 'evm';
}
