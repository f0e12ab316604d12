/**
 * Verifies a Fabric view (fabric.view_data.FabricView) against the source network's recorded membership, a
 * verification policy and the request it answers. Every endorsement must hold:
 *
 * - its endorser is a member of a recorded org: the certificate chains to that org's CA and is valid now;
 * - its signature (ECDSA P-256, SHA-256, low-S) covers ProposalResponsePayload ‖ SerializedIdentity;
 * - its payload is byte-identical to the others'.
 *
 * The shared payload must come from the source interop chaincode, succeed, and carry an InteropPayload whose
 * address, nonce and requester equal the request's; the distinct orgs of the endorsers must satisfy the
 * policy. Hostile or malformed input yields a verdict naming the failed check, never an exception.
 * Pure: no I/O.
 */
import { type KeyObject, verify, X509Certificate } from 'node:crypto';
import type { Codes } from '../../common/errors.js';
import { batchLeaf, batchRootOf } from '../../proofs/batch.js';
import { decodeDerSignature, isLowS } from '../../proofs/ecdsa.js';
import { formatPolicy, type Policy, satisfies } from '../../proofs/policy.js';
import { scanView } from '../../protos/bounds.js';
import { common, type MessageClass, msp, protos, uint64, weft } from '../../protos/index.js';
import { isBatchLeafShape, readEndorsedBatch } from './batch.js';
import type { FabricMembership } from './membership.js';

export type FabricProofFailure = Codes<
  | 'MALFORMED'
  | 'NO_ENDORSEMENTS'
  | 'UNKNOWN_ORG'
  | 'UNTRUSTED_CERTIFICATE'
  | 'CERTIFICATE_NOT_VALID_NOW'
  | 'UNSUPPORTED_KEY'
  | 'HIGH_S_SIGNATURE'
  | 'BAD_SIGNATURE'
  | 'PAYLOAD_MISMATCH'
  | 'WRONG_CHAINCODE'
  | 'CHAINCODE_ERROR'
  | 'ADDRESS_MISMATCH'
  | 'NONCE_MISMATCH'
  | 'REQUESTER_MISMATCH'
  | 'SOURCE_TIME_MISSING'
  | 'POLICY_NOT_SATISFIED'
  | 'BATCH_INVALID'
  | 'NOT_IN_BATCH'
>;

export interface FabricViewExpectation {
  /** The canonical address text of the request. */
  readonly address: string;
  readonly nonce: string;
  /** The requester's PEM certificate, when the view must be bound to it. */
  readonly requesterCertificate?: string;
  /** The name of the source network's interop chaincode. */
  readonly chaincode: string;
  readonly policy: Policy;
  /** The time certificates must be valid at; default: now. */
  readonly at?: Date;
}

export interface InteropResult {
  readonly payload: Uint8Array;
  readonly address: string;
  readonly nonce: string;
  readonly confidential: boolean;
  readonly requesterCertificate: string;
  /** The source transaction's time (ms since the epoch) the endorsers vouch for. */
  readonly sourceTimeMs: number;
}

/** The batch a view of the batch form is of: its endorsed root, and how many requests it answered. */
export interface BatchOfView {
  readonly root: Uint8Array;
  readonly leaves: number;
}

export type FabricViewVerdict =
  | {
      readonly valid: true;
      readonly result: InteropResult;
      readonly orgs: readonly string[];
      readonly batch?: BatchOfView;
    }
  | {
      readonly valid: false;
      readonly failure: FabricProofFailure;
      readonly reason: string;
      /** Index of the endorsement that failed, when one did. */
      readonly endorsement?: number;
    };

/** More endorsements than any policy needs is a sign of abuse; bounding them bounds the work. */
export const MAX_ENDORSEMENTS = 64;

/** Decoded by its generated class; undefined for bytes that are not one. */
function decode<T>(type: MessageClass<T>, bytes: Uint8Array): T | undefined {
  try {
    // Decoded messages carry proto3 defaults on their prototype: read as they are, no copy.
    return type.decode(bytes);
  } catch {
    return undefined;
  }
}

/** An endorser certificate once checked against its org's CAs; validity dates are checked per proof. */
interface CheckedCertificate {
  readonly certificate: X509Certificate;
  /** Parsed once: X509Certificate.publicKey builds a new key object on every read. */
  readonly publicKey: KeyObject;
  readonly trusted: boolean;
  readonly p256: boolean;
  readonly validFrom: Date;
  readonly validTo: Date;
}

const CACHE_LIMIT = 4096;

export interface FabricViewVerifier {
  verify(view: Uint8Array, expectation: FabricViewExpectation): FabricViewVerdict;
}

/**
 * A verifier for one source network's membership. It caches parsed endorser certificates and their chain
 * checks (an ECDSA verification each), so steady-state verification costs one signature check per endorsement.
 */
export function createFabricViewVerifier(membership: FabricMembership): FabricViewVerifier {
  const certificates = new Map<string, CheckedCertificate | undefined>();

  const checkCertificate = (mspId: string, pem: Uint8Array): CheckedCertificate | undefined => {
    const key = `${mspId}\u0000${Buffer.from(pem.buffer, pem.byteOffset, pem.byteLength).toString('latin1')}`;
    if (certificates.has(key)) return certificates.get(key);
    let checked: CheckedCertificate | undefined;
    try {
      const certificate = new X509Certificate(Buffer.from(pem));
      const roots = membership.orgs.get(mspId)?.roots ?? [];
      const trusted = roots.some(
        (root) => certificate.checkIssued(root) && certificate.verify(root.publicKey),
      );
      const p256 = certificate.publicKey.asymmetricKeyDetails?.namedCurve === 'prime256v1';
      const validFrom = new Date(certificate.validFrom);
      const validTo = new Date(certificate.validTo);
      checked = { certificate, publicKey: certificate.publicKey, trusted, p256, validFrom, validTo };
    } catch {
      checked = undefined;
    }
    if (certificates.size >= CACHE_LIMIT) certificates.clear();
    certificates.set(key, checked);
    return checked;
  };

  return {
    verify(view, expectation) {
      if (!(view instanceof Uint8Array)) throw new TypeError('view must be bytes');
      const fail = (
        failure: FabricProofFailure,
        reason: string,
        endorsement?: number,
      ): FabricViewVerdict => ({
        valid: false,
        failure,
        reason,
        ...(endorsement === undefined ? {} : { endorsement }),
      });
      try {
        scanView(weft.fabric.FabricViewBytes, view);
      } catch (error) {
        return fail('MALFORMED', `the view is not a FabricView: ${(error as Error).message}`);
      }
      const decoded = decode(weft.fabric.FabricViewBytes, view);
      if (!decoded) return fail('MALFORMED', 'the view is not a FabricView');
      const entries = decoded.endorsed_proposal_responses;
      if (entries.length === 0) return fail('NO_ENDORSEMENTS', 'the view has no endorsements');
      if (entries.length > MAX_ENDORSEMENTS) {
        return fail(
          'MALFORMED',
          `the view has ${entries.length} endorsements, more than ${MAX_ENDORSEMENTS}`,
        );
      }
      const at = expectation.at ?? new Date();
      const shared = entries[0]!.payload;
      const orgs = new Set<string>();

      for (const [i, entry] of entries.entries()) {
        if (!Buffer.from(entry.payload).equals(Buffer.from(shared))) {
          return fail('PAYLOAD_MISMATCH', 'endorsements cover different payloads', i);
        }
        const endorsement = decode(protos.Endorsement, entry.endorsement);
        const identity = endorsement && decode(msp.SerializedIdentity, endorsement.endorser);
        if (!endorsement || !identity)
          return fail('MALFORMED', 'the endorsement or its endorser is malformed', i);
        const { mspid } = identity;
        if (!membership.orgs.has(mspid)) {
          return fail('UNKNOWN_ORG', `${mspid} is not a recorded org of ${membership.networkId}`, i);
        }
        const checked = checkCertificate(mspid, identity.id_bytes);
        if (!checked) return fail('MALFORMED', `the endorser certificate of ${mspid} cannot be parsed`, i);
        if (!checked.trusted) {
          return fail(
            'UNTRUSTED_CERTIFICATE',
            `the endorser certificate does not chain to a CA of ${mspid}`,
            i,
          );
        }
        if (at < checked.validFrom || at > checked.validTo) {
          return fail(
            'CERTIFICATE_NOT_VALID_NOW',
            `the endorser certificate of ${mspid} is outside its validity`,
            i,
          );
        }
        if (!checked.p256)
          return fail('UNSUPPORTED_KEY', `the endorser key of ${mspid} is not ECDSA P-256`, i);
        const signature = decodeDerSignature(endorsement.signature);
        if (!signature) return fail('BAD_SIGNATURE', 'the signature is not a DER ECDSA signature', i);
        if (!isLowS(signature)) return fail('HIGH_S_SIGNATURE', 'the signature is not in low-S form', i);
        const signed = Buffer.concat([entry.payload, endorsement.endorser]);
        if (!verify('sha256', signed, checked.publicKey, endorsement.signature)) {
          return fail('BAD_SIGNATURE', `the signature of the ${mspid} endorser does not verify`, i);
        }
        orgs.add(mspid);
      }

      const responsePayload = decode(protos.ProposalResponsePayload, shared);
      const action = responsePayload && decode(protos.ChaincodeAction, responsePayload.extension);
      if (!action) return fail('MALFORMED', 'the endorsed payload is not a chaincode action');
      const chaincode = action.chaincode_id?.name;
      if (chaincode !== expectation.chaincode) {
        return fail('WRONG_CHAINCODE', `endorsed by chaincode ${chaincode}, not ${expectation.chaincode}`);
      }
      const { response } = action;
      if (!response || response.status < 200 || response.status >= 400) {
        return fail(
          'CHAINCODE_ERROR',
          `the chaincode answered ${response?.status}: ${response?.message ?? ''}`,
        );
      }
      // The batch form: this request's own result is the leaf's, under the endorsed root.
      let resultBytes = response.payload;
      let batch: BatchOfView | undefined;
      const leaf = decoded.batch_leaf;
      if (leaf) {
        const endorsed = readEndorsedBatch(response.payload);
        if (!endorsed)
          return fail('BATCH_INVALID', 'the view has a batch leaf; the endorsed result is no batch');
        if (!isBatchLeafShape(leaf)) {
          return fail('BATCH_INVALID', `the batch leaf's salt or path is malformed`);
        }
        const root = batchRootOf(batchLeaf(leaf.salt, leaf.payload), leaf.path);
        if (!Buffer.from(root).equals(Buffer.from(endorsed.root))) {
          return fail('NOT_IN_BATCH', `the leaf's path does not lead to the endorsed root`);
        }
        resultBytes = leaf.payload;
        batch = { root: endorsed.root, leaves: endorsed.leaves };
      }
      const result = decode(common.interop_payload.InteropPayload, resultBytes);
      if (!result) return fail('MALFORMED', 'the chaincode result is not an InteropPayload');
      if (result.address !== expectation.address) {
        if (!leaf && readEndorsedBatch(resultBytes)) {
          return fail('BATCH_INVALID', 'the endorsed result is a batch; the view has no leaf of it');
        }
        return fail('ADDRESS_MISMATCH', `the view answers ${result.address}, not ${expectation.address}`);
      }
      if (result.nonce !== expectation.nonce)
        return fail('NONCE_MISMATCH', 'the view answers another request (nonce)');
      if (
        expectation.requesterCertificate !== undefined &&
        result.requestor_certificate !== expectation.requesterCertificate
      ) {
        return fail('REQUESTER_MISMATCH', 'the view was issued to another requester');
      }
      const sourceTime = uint64(result.source_time_ms);
      const sourceTimeMs = Number(sourceTime);
      if (sourceTime <= 0n || !Number.isSafeInteger(sourceTimeMs)) {
        return fail('SOURCE_TIME_MISSING', 'the view carries no source time');
      }
      if (!satisfies(expectation.policy, orgs)) {
        return fail(
          'POLICY_NOT_SATISFIED',
          `endorsed by ${[...orgs].join(', ')}; the policy is ${formatPolicy(expectation.policy)}`,
        );
      }
      return {
        valid: true,
        orgs: [...orgs],
        ...(batch ? { batch } : {}),
        result: {
          payload: result.payload,
          address: result.address,
          nonce: result.nonce,
          confidential: result.confidential,
          requesterCertificate: result.requestor_certificate,
          sourceTimeMs,
        },
      };
    },
  };
}
