/**
 * What a client trusts about a source network: its membership (org -> CA certificates for Fabric, org ->
 * member addresses for EVM) and verification policies. The destination ledger's interop chaincode records both under its own governance; a client reads
 * them from there, so that what it verifies locally is what its ledger will verify.
 */
import type { Contract } from '@hyperledger/fabric-gateway';
import { WeftError } from '../common/errors.js';
import { describeGatewayError, gatewayRefusal } from '../common/gateway-error.js';
import type { ViewVerifier } from '../ledgers/adapter.js';
import { membershipFromPems } from '../ledgers/fabric/membership.js';
import { type AnyMembership, membershipFromRecord, viewVerifierOf } from '../ledgers/registry.js';
import { checkPattern, type PolicyRule, parsePolicy } from '../proofs/policy.js';

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

type RuleRecords = ReadonlyArray<{ readonly pattern: string; readonly policy: string }>;

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

/** Trust as recorded by the local interop chaincode, read once per network and cached for `ttlMs`. */
export function ledgerTrust(interop: Contract, ttlMs = 60_000): TrustSource {
  const cache = new Map<string, { at: number; trust: Promise<SourceTrust> }>();
  const read = async (networkId: string): Promise<SourceTrust> => {
    const text = async (fn: string) => {
      try {
        return Buffer.from(await interop.evaluateTransaction(fn, networkId)).toString('utf8');
      } catch (error) {
        const refusal = gatewayRefusal(error);
        if (refusal?.code === 'NOT_RECORDED') {
          throw new WeftError(
            'NOT_FOUND',
            `the local interop chaincode has no ${fn === 'GetMembership' ? 'membership' : 'verification policy'} for ${networkId}`,
            { networkId },
            { cause: error },
          );
        }
        throw new WeftError(
          'LEDGER_CALL_FAILED',
          `cannot read ${fn} of ${networkId} from the local interop chaincode: ${describeGatewayError(error)}`,
          { networkId, ...(refusal ? { refusal: refusal.code } : {}) },
          { cause: error },
        );
      }
    };
    const [membership, policy] = await Promise.all([text('GetMembership'), text('GetVerificationPolicy')]);
    return trustFromRecord(networkId, membership, JSON.parse(policy));
  };
  return {
    forNetwork(networkId) {
      const hit = cache.get(networkId);
      if (hit && Date.now() - hit.at < ttlMs) return hit.trust;
      const trust = read(networkId);
      cache.set(networkId, { at: Date.now(), trust });
      trust.catch(() => cache.delete(networkId));
      return trust;
    },
  };
}
