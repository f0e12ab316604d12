/**
 * The recorded membership of a Fabric network: for each org, the CA certificates its members' certificates
 * must chain to. Certificates are parsed once, here, never per proof. Recorded as JSON text,
 * `{"orgs":{"Org1MSP":["-----BEGIN CERTIFICATE-----..."]}}` (`"type":"fabric"` may be given). Pure: no I/O.
 */
import { X509Certificate } from 'node:crypto';
import { WeftError } from '../../common/errors.js';
import type { LedgerMembership } from '../adapter.js';

export interface OrgMembership {
  readonly mspId: string;
  readonly roots: readonly X509Certificate[];
}

export interface FabricMembership {
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
): FabricMembership {
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

export function isFabricMembership(membership: LedgerMembership): membership is FabricMembership {
  return membership.kind === 'fabric';
}
