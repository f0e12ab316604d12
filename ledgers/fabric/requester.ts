/**
 * A Fabric requester signs address ‖ nonce (proofs/requester.ts) with the key of a certificate that must
 * chain to a CA of the requesting network's recorded membership. Pure: no I/O.
 */
import { type KeyObject, verify, X509Certificate } from 'node:crypto';
import { type RequesterVerifier, requestSigningBytes } from '../../proofs/requester.js';
import type { FabricMembership } from './membership.js';

interface CheckedRequester {
  readonly publicKey: KeyObject;
  /** The org whose CA issued the certificate, if any. */
  readonly mspId: string | undefined;
  readonly validFrom: Date;
  readonly validTo: Date;
}

const CACHE_LIMIT = 1024;

/**
 * A requester verifier for one membership. Certificates are parsed and their chain checked once each
 * (cached), so a steady stream of requests costs one signature check each.
 */
export function createFabricRequesterVerifier(membership: FabricMembership): RequesterVerifier {
  const checked = new Map<string, CheckedRequester | undefined>();
  const check = (pem: string): CheckedRequester | undefined => {
    if (checked.has(pem)) return checked.get(pem);
    let result: CheckedRequester | undefined;
    try {
      const certificate = new X509Certificate(pem);
      const org = [...membership.orgs.values()].find((o) =>
        o.roots.some((root) => certificate.checkIssued(root) && certificate.verify(root.publicKey)),
      );
      result = {
        publicKey: certificate.publicKey,
        mspId: org?.mspId,
        validFrom: new Date(certificate.validFrom),
        validTo: new Date(certificate.validTo),
      };
    } catch {
      result = undefined;
    }
    if (checked.size >= CACHE_LIMIT) checked.clear();
    checked.set(pem, result);
    return result;
  };

  return (request) => {
    const certificate = check(request.certificate);
    if (!certificate) {
      return {
        valid: false,
        failure: 'MALFORMED_REQUESTER',
        reason: 'the requester certificate cannot be parsed',
      };
    }
    if (!certificate.mspId) {
      return {
        valid: false,
        failure: 'UNTRUSTED_REQUESTER',
        reason: `the requester certificate chains to no CA of ${membership.networkId}`,
      };
    }
    if (request.at < certificate.validFrom || request.at > certificate.validTo) {
      return {
        valid: false,
        failure: 'UNTRUSTED_REQUESTER',
        reason: 'the requester certificate is outside its validity',
      };
    }
    let signed = false;
    try {
      signed = verify(
        'sha256',
        requestSigningBytes(request.address, request.nonce),
        certificate.publicKey,
        request.signature,
      );
    } catch {
      signed = false;
    }
    if (!signed) {
      return {
        valid: false,
        failure: 'BAD_REQUEST_SIGNATURE',
        reason: 'the request is not signed by the requester',
      };
    }
    return { valid: true, mspId: certificate.mspId };
  };
}
