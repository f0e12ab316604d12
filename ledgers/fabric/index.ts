/**
 * The Fabric adapter's pure facet: importable by the chaincode, the SDK and the relay. Views are
 * endorsed by the source's peers through its interop chaincode (proof.ts); members are certificates of
 * the orgs' CAs.
 */
import type { LedgerAdapter, MembershipRecord, ViewVerifier } from '../adapter.js';
import { owned } from '../owned.js';
import { type FabricView, fabricViewGrammar, isFabricView } from './address.js';
import { type FabricTopologyNetwork, fabricTopologyFacts } from './facts.js';
import { type FabricClientIdentity, fabricIdentity } from './identity.js';
import { type FabricMembership, isFabricMembership, membershipFromPems } from './membership.js';
import {
  type FabricPartyConfig,
  type FabricPartyKey,
  type FabricTrustedParty,
  fabricParty,
} from './party.js';
import { createFabricViewVerifier } from './proof.js';
import { createFabricRequesterVerifier } from './requester.js';

/** The source network's interop chaincode, whose endorsements a view must carry. */
export const INTEROP_CHAINCODE = 'interop';

/** A verifier that caches the parsed endorser certificates across views of the network. */
function fabricViewVerifier(membership: FabricMembership): ViewVerifier {
  const verifier = createFabricViewVerifier(membership);
  return {
    async verify(proof, expectation) {
      const verdict = verifier.verify(proof, {
        address: expectation.address.text,
        nonce: expectation.nonce,
        requesterCertificate: expectation.requester,
        chaincode: INTEROP_CHAINCODE,
        policy: expectation.policy,
        ...(expectation.at === undefined ? {} : { at: expectation.at }),
      });
      if (!verdict.valid) return { valid: false, failure: verdict.failure, reason: verdict.reason };
      const { result } = verdict;
      return {
        valid: true,
        value: result.payload,
        orgs: verdict.orgs,
        time: { sourceTimeMs: result.sourceTimeMs },
        confidential: result.confidential,
      };
    },
  };
}

export const fabric = {
  kind: 'fabric',
  view: fabricViewGrammar,
  membership: {
    // A record without a type is Fabric's: memberships were Fabric's only before EVM networks.
    claims: (type) => type === undefined || type === 'fabric',
    parse: (networkId, record: MembershipRecord) =>
      membershipFromPems(networkId, record.orgs as Record<string, string[]>),
    is: isFabricMembership,
    requesters: owned('fabric', isFabricMembership, createFabricRequesterVerifier),
    views: owned('fabric', isFabricMembership, fabricViewVerifier),
  },
  identity: fabricIdentity,
  party: fabricParty,
  confidentialViews: true,
  verifiesBatchedViews: true,
  topologyFacts: fabricTopologyFacts,
  source: () => import('./source.js'),
  destination: () => import('./destination.js'),
  topology: () => import('./topology.js'),
  comparison: () => import('./comparison.js'),
  presentation: {
    name: 'Fabric',
    vouched: 'endorsed',
    // The sample chaincode holds UTF-8 text.
    displayValue: owned('fabric', isFabricView, (_view, value) => Buffer.from(value).toString('utf8')),
  },
} satisfies LedgerAdapter<
  FabricView,
  FabricMembership,
  FabricClientIdentity,
  FabricTrustedParty,
  FabricPartyKey,
  FabricPartyConfig,
  FabricTopologyNetwork
>;
