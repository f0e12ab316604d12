/**
 * Who asks: a view request is signed by its requester over the UTF-8 bytes of address followed by nonce (as
 * in Weaver), with the key of a certificate that must chain to a CA of the requesting network's recorded
 * membership. Access-control rules then say which orgs of that network may read which views.
 * Pure: no I/O.
 */
import { verify, X509Certificate } from 'node:crypto';
import type { NetworkMembership } from './membership.js';
import { checkPattern, matchesPattern } from './policy.js';

export type RequesterFailure = 'MALFORMED_REQUESTER' | 'UNTRUSTED_REQUESTER' | 'BAD_REQUEST_SIGNATURE';

export type RequesterVerdict =
  | { readonly valid: true; readonly mspId: string }
  | { readonly valid: false; readonly failure: RequesterFailure; readonly reason: string };

/** The bytes a requester signs. */
export function requestSigningBytes(address: string, nonce: string): Buffer {
  return Buffer.from(address + nonce, 'utf8');
}

/** Checks the requester's certificate against the membership and its signature over the request. */
export function verifyRequester(
  membership: NetworkMembership,
  request: { certificate: string; signature: Uint8Array; address: string; nonce: string; at: Date },
): RequesterVerdict {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(request.certificate);
  } catch {
    return {
      valid: false,
      failure: 'MALFORMED_REQUESTER',
      reason: 'the requester certificate cannot be parsed',
    };
  }
  const org = [...membership.orgs.values()].find((o) =>
    o.roots.some((root) => certificate.checkIssued(root) && certificate.verify(root.publicKey)),
  );
  if (!org) {
    return {
      valid: false,
      failure: 'UNTRUSTED_REQUESTER',
      reason: `the requester certificate chains to no CA of ${membership.networkId}`,
    };
  }
  if (request.at < new Date(certificate.validFrom) || request.at > new Date(certificate.validTo)) {
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
  return { valid: true, mspId: org.mspId };
}

/** May the org `principal` of the requesting network read views matching `resource`? ('*' is any org.) */
export interface AccessRule {
  readonly principal: string;
  readonly resource: string;
}

export function checkAccessRules(rules: unknown): AccessRule[] {
  if (!Array.isArray(rules) || rules.length === 0) throw new Error('INVALID_ACL: expected a list of rules');
  return rules.map((rule: { principal?: unknown; resource?: unknown }) => {
    if (typeof rule?.principal !== 'string' || typeof rule.resource !== 'string') {
      throw new Error('INVALID_ACL: each rule has a principal and a resource');
    }
    return { principal: rule.principal, resource: checkPattern(rule.resource) };
  });
}

export function accessAllowed(rules: readonly AccessRule[], mspId: string, viewText: string): boolean {
  return rules.some(
    (r) => (r.principal === '*' || r.principal === mspId) && matchesPattern(r.resource, viewText),
  );
}
