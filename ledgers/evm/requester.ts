/**
 * An EVM requester is an address of a recorded org and signs address ‖ nonce (proofs/requester.ts) as an
 * EIP-191 message. Pure: no I/O.
 */
import type { RequesterVerifier } from '../../proofs/requester.js';
import { recoverSigner, requestMessageHash } from './attestation.js';
import type { EvmMembership } from './membership.js';

export function createEvmRequesterVerifier(membership: EvmMembership): RequesterVerifier {
  return (request) => {
    const org = membership.orgOf.get(request.certificate);
    if (!org) {
      return /^0x[0-9a-f]{40}$/.test(request.certificate)
        ? {
            valid: false,
            failure: 'UNTRUSTED_REQUESTER',
            reason: `${request.certificate} is no member of ${membership.networkId}`,
          }
        : {
            valid: false,
            failure: 'MALFORMED_REQUESTER',
            reason: 'an EVM requester is a lower-case 0x address',
          };
    }
    if (
      recoverSigner(requestMessageHash(request.address, request.nonce), request.signature) !==
      request.certificate
    ) {
      return {
        valid: false,
        failure: 'BAD_REQUEST_SIGNATURE',
        reason: 'the request is not signed by the requester',
      };
    }
    return { valid: true, mspId: org };
  };
}
