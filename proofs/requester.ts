/**
 * Who asks: a view request is signed by its requester over the UTF-8 bytes of address followed by nonce (as
 * in Weaver). A Fabric requester signs with the key of a certificate that must chain to a CA of the
 * requesting network's recorded membership; an EVM requester is an address of a recorded org and signs the
 * same bytes as an EIP-191 message. Access-control rules then say which orgs of that network may read which views.
 * Pure: no I/O.
 */
import { type KeyObject, verify, X509Certificate } from 'node:crypto';
import type { Codes } from '../common/errors.js';
import { recoverSigner, requestMessageHash } from './evm-attestation.js';
import type { AnyMembership, EvmNetworkMembership, NetworkMembership } from './membership.js';
import { checkPattern, matchesPattern } from './policy.js';

export type RequesterFailure = Codes<'MALFORMED_REQUESTER' | 'UNTRUSTED_REQUESTER' | 'BAD_REQUEST_SIGNATURE'>;

export type RequesterVerdict =
  | { readonly valid: true; readonly mspId: string }
  | { readonly valid: false; readonly failure: RequesterFailure; readonly reason: string };

/** The bytes a requester signs. */
export function requestSigningBytes(address: string, nonce: string): Buffer {
  return Buffer.from(address + nonce, 'utf8');
}

export interface RequestToVerify {
  readonly certificate: string;
  readonly signature: Uint8Array;
  readonly address: string;
  readonly nonce: string;
  readonly at: Date;
}

export type RequesterVerifier = (request: RequestToVerify) => RequesterVerdict;

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
export function createRequesterVerifier(membership: AnyMembership): RequesterVerifier {
  if (membership.kind === 'evm') return createEvmRequesterVerifier(membership);
  return createFabricRequesterVerifier(membership);
}

function createEvmRequesterVerifier(membership: EvmNetworkMembership): RequesterVerifier {
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

function createFabricRequesterVerifier(membership: NetworkMembership): RequesterVerifier {
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

/** Checks the requester's certificate against the membership and its signature over the request. */
export function verifyRequester(membership: AnyMembership, request: RequestToVerify): RequesterVerdict {
  return createRequesterVerifier(membership)(request);
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
