/**
 * What a verifier trusts about a source network: its membership (org -> CA certificates for Fabric, org ->
 * member addresses for EVM) and verification policies, with the verifier of the source's kind. Built from
 * recorded data; the SDK reads it from its ledger (sdk/trust.ts), a relay that verifies events for their
 * webhooks from a file of the same records. Pure: no I/O.
 */
import { WeftError } from '../common/errors.js';
import { checkPattern, type PolicyRule, parsePolicy } from '../proofs/policy.js';
import type { ViewVerifier } from './adapter.js';
import { membershipFromPems } from './fabric/membership.js';
import { type AnyMembership, membershipFromRecord, viewVerifierOf } from './registry.js';

export interface SourceTrust {
  readonly membership: AnyMembership;
  readonly rules: readonly PolicyRule[];
  /** The verifier of the source's ledger kind; it caches what it parsed (endorser certificates). */
  readonly verifier: ViewVerifier;
}

export interface TrustSource {
  /** @throws {WeftError} NOT_FOUND when nothing is recorded for the network. */
  forNetwork(networkId: string): Promise<SourceTrust>;
}

export type RuleRecords = ReadonlyArray<{ readonly pattern: string; readonly policy: string }>;

function trustOf(membership: AnyMembership, rules: RuleRecords): SourceTrust {
  return {
    membership,
    rules: rules.map((r) => ({ pattern: checkPattern(r.pattern), policy: parsePolicy(r.policy) })),
    verifier: viewVerifierOf(membership),
  };
}

/** Builds trust in a Fabric network from recorded data: `{orgs: {MSP: [PEM...]}}` and `[{pattern, policy}]`. */
export function sourceTrust(
  networkId: string,
  orgs: Readonly<Record<string, readonly string[]>>,
  rules: RuleRecords,
): SourceTrust {
  return trustOf(membershipFromPems(networkId, orgs), rules);
}

/** Builds trust from a recorded membership (JSON text, ledgers/registry.ts) and `[{pattern, policy}]`. */
export function trustFromRecord(networkId: string, membershipText: string, rules: RuleRecords): SourceTrust {
  return trustOf(membershipFromRecord(networkId, membershipText), rules);
}

/** Fixed trust, e.g. from configuration files. */
export function staticTrust(byNetwork: Readonly<Record<string, SourceTrust>>): TrustSource {
  return {
    async forNetwork(networkId) {
      const trust = byNetwork[networkId];
      if (!trust)
        throw new WeftError('NOT_FOUND', `no membership or policy known for ${networkId}`, { networkId });
      return trust;
    },
  };
}
