/**
 * The recorded membership of a network, as a destination (or a source checking requesters) knows it.
 *
 * - Fabric: for each org, the CA certificates its members' certificates must chain to. Certificates are
 *   parsed once, here, never per proof.
 * - EVM: the chain id, and for each org the addresses of its keys (its attestors and its clients).
 *
 * Recorded as JSON text: `{"orgs":{"Org1MSP":["-----BEGIN CERTIFICATE-----..."]}}` for Fabric,
 * `{"type":"evm","chainId":"31001","orgs":{"Org1":["0xab..."]}}` for EVM. Pure: no I/O.
 */
import { X509Certificate } from 'node:crypto';
import { WeftError } from '../common/errors.js';

export interface OrgMembership {
  readonly mspId: string;
  readonly roots: readonly X509Certificate[];
}

export interface NetworkMembership {
  readonly kind: 'fabric';
  readonly networkId: string;
  readonly orgs: ReadonlyMap<string, OrgMembership>;
}

const MSP_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Builds a membership from PEM CA certificates per org.
 *
 * @throws {WeftError} POLICY_INVALID when an org id is malformed, an org has no CA, or a certificate is not
 *   a CA certificate.
 */
export function membershipFromPems(
  networkId: string,
  orgs: Readonly<Record<string, readonly string[]>>,
): NetworkMembership {
  const parsed = new Map<string, OrgMembership>();
  for (const [mspId, pems] of Object.entries(orgs)) {
    if (!MSP_ID.test(mspId)) {
      throw new WeftError(
        'POLICY_INVALID',
        `membership of ${networkId}: invalid org id ${JSON.stringify(mspId)}`,
        {
          networkId,
        },
      );
    }
    if (pems.length === 0) {
      throw new WeftError(
        'POLICY_INVALID',
        `membership of ${networkId}: org ${mspId} has no CA certificate`,
        {
          networkId,
          mspId,
        },
      );
    }
    const roots = pems.map((pem) => {
      let certificate: X509Certificate;
      try {
        certificate = new X509Certificate(pem);
      } catch (error) {
        throw new WeftError(
          'POLICY_INVALID',
          `membership of ${networkId}: a CA of ${mspId} is not a certificate`,
          { networkId, mspId },
          { cause: error },
        );
      }
      if (!certificate.ca) {
        throw new WeftError(
          'POLICY_INVALID',
          `membership of ${networkId}: a CA of ${mspId} is not a CA certificate`,
          {
            networkId,
            mspId,
            subject: certificate.subject,
          },
        );
      }
      return certificate;
    });
    parsed.set(mspId, { mspId, roots });
  }
  return { kind: 'fabric', networkId, orgs: parsed };
}

export interface EvmNetworkMembership {
  readonly kind: 'evm';
  readonly networkId: string;
  readonly chainId: bigint;
  readonly orgs: ReadonlyMap<string, ReadonlySet<string>>;
  /** The org of each member address. */
  readonly orgOf: ReadonlyMap<string, string>;
}

export type AnyMembership = NetworkMembership | EvmNetworkMembership;

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
): EvmNetworkMembership {
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
 * Parses a recorded membership (JSON text, see above).
 *
 * @throws {WeftError} POLICY_INVALID naming what is wrong.
 */
export function membershipFromRecord(networkId: string, text: string): AnyMembership {
  let record: { type?: unknown; chainId?: unknown; orgs?: unknown };
  try {
    record = JSON.parse(text) as typeof record;
  } catch {
    throw invalidRecord(networkId, 'the record is not JSON');
  }
  if (
    typeof record !== 'object' ||
    record === null ||
    typeof record.orgs !== 'object' ||
    record.orgs === null
  ) {
    throw invalidRecord(networkId, 'the record has no orgs');
  }
  const orgs = record.orgs as Record<string, string[]>;
  if (record.type === undefined || record.type === 'fabric') return membershipFromPems(networkId, orgs);
  if (record.type !== 'evm') throw invalidRecord(networkId, `unknown type ${JSON.stringify(record.type)}`);
  if (typeof record.chainId !== 'string' || !/^[1-9][0-9]{0,19}$/.test(record.chainId)) {
    throw invalidRecord(networkId, 'chainId must be a decimal string');
  }
  return evmMembership(networkId, BigInt(record.chainId), orgs);
}
