/**
 * Who asks: a view request is signed by its requester over the UTF-8 bytes of address followed by nonce (as
 * in Weaver), checked against the requesting network's recorded membership by its ledger kind's verifier
 * (ledgers/<kind>/requester.ts). Access-control rules then say which orgs of that network may read which
 * views. Pure: no I/O.
 */
import type { Codes } from '../common/errors.js';
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
