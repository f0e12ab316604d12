/**
 * The EVM adapter's pure facet: importable by the chaincode, the SDK and the relay. Views are k-of-n
 * EIP-712 attestations of the source's member orgs (proof.ts), with a Merkle proof for a storage slot;
 * members are addresses.
 */
import { AbiCoder, hexlify } from 'ethers';
import type { LedgerAdapter, ViewVerifier } from '../adapter.js';
import { owned } from '../owned.js';
import { type EvmView, evmViewGrammar, isEvmView } from './address.js';
import { type EvmTopologyNetwork, evmTopologyFacts } from './facts.js';
import { type EvmClientIdentity, evmIdentity } from './identity.js';
import { type EvmMembership, evmMembershipFromRecord, isEvmMembership } from './membership.js';
import { type EvmPartyConfig, type EvmPartyKey, type EvmTrustedParty, evmParty } from './party.js';
import { verifyEvmView } from './proof.js';
import { createEvmRequesterVerifier } from './requester.js';

/** A call's ABI-encoded string decoded; any other value (a storage slot, another type) as hex. */
function displayEvmValue(view: EvmView, value: Uint8Array): string {
  if (view.kind === 'call') {
    try {
      return String(AbiCoder.defaultAbiCoder().decode(['string'], value)[0]);
    } catch {
      // Not a string: shown as hex below.
    }
  }
  return hexlify(value);
}

function evmViewVerifier(membership: EvmMembership): ViewVerifier {
  return {
    async verify(proof, expectation) {
      const verdict = await verifyEvmView(proof, membership, {
        address: expectation.address,
        nonce: expectation.nonce,
        requester: expectation.requester,
        policy: expectation.policy,
      });
      if (!verdict.valid) return { valid: false, failure: verdict.failure, reason: verdict.reason };
      return {
        valid: true,
        value: verdict.value,
        orgs: verdict.orgs,
        time: { sourceTimeMs: verdict.sourceTimeMs, height: verdict.blockNumber },
        confidential: false,
      };
    },
  };
}

export const evm = {
  kind: 'evm',
  view: evmViewGrammar,
  membership: {
    claims: (type) => type === 'evm',
    parse: evmMembershipFromRecord,
    is: isEvmMembership,
    requesters: owned('evm', isEvmMembership, createEvmRequesterVerifier),
    views: owned('evm', isEvmMembership, evmViewVerifier),
  },
  identity: evmIdentity,
  party: evmParty,
  confidentialViews: false,
  verifiesBatchedViews: true,
  topologyFacts: evmTopologyFacts,
  source: () => import('./source.js'),
  destination: () => import('./destination.js'),
  topology: () => import('./topology.js'),
  comparison: () => import('./comparison.js'),
  presentation: { name: 'EVM', vouched: 'attested', displayValue: owned('evm', isEvmView, displayEvmValue) },
} satisfies LedgerAdapter<
  EvmView,
  EvmMembership,
  EvmClientIdentity,
  EvmTrustedParty,
  EvmPartyKey,
  EvmPartyConfig,
  EvmTopologyNetwork
>;
