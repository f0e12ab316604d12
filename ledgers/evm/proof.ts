/**
 * Verifies an EVM view (weft.evm.EvmView) against the source network's recorded membership, a verification
 * policy and the request it answers:
 *
 * - the statement answers the request: its address, nonce and requester are the request's; its network and
 *   chain are the membership's; its contract, kind and call data are what the address names;
 * - each attestation is a low-s secp256k1 signature over the statement's EIP-712 digest by the address it
 *   names, which is a member of a recorded org;
 * - the distinct orgs that attested satisfy the policy (two attestations of one org count once);
 * - a storage view's value is proven under the attested block: keccak256(header) is the block hash and
 *   the account and storage proofs lead from its state root to the value.
 *
 * Shaped as "k-of-n secp256k1 signatures over a block-derived digest", so consensus seals (Besu QBFT) can
 * replace the attestor committee. Hostile or malformed input yields a verdict naming the failed check,
 * never an exception. Pure: no I/O.
 */
import { getBytes, hexlify } from 'ethers';
import type { Codes } from '../../common/errors.js';
import type { ViewAddressOf } from '../../proofs/address-grammar.js';
import { formatPolicy, type Policy, satisfies } from '../../proofs/policy.js';
import { scanView } from '../../protos/bounds.js';
import { toUint64, uint64, weft } from '../../protos/index.js';
import type { LedgerView } from '../adapter.js';
import { isEvmLogView, isEvmView } from './address.js';
import { attestationDigest, type EvmStatement, recoverSigner, VIEW_KIND } from './attestation.js';
import { evmCallData } from './call.js';
import { type LogEventFailure, verifyLogEvent } from './log-event.js';
import type { EvmMembership } from './membership.js';
import type { ReceiptProof } from './receipts.js';
import { type StorageProof, type StorageProofFailure, verifyStorageProof } from './storage.js';

export type EvmProofFailure =
  | Codes<
      | 'MALFORMED'
      | 'NO_ATTESTATIONS'
      | 'WRONG_NETWORK'
      | 'WRONG_CHAIN'
      | 'VIEW_MISMATCH'
      | 'ADDRESS_MISMATCH'
      | 'NONCE_MISMATCH'
      | 'REQUESTER_MISMATCH'
      | 'BAD_SIGNATURE'
      | 'NON_MEMBER'
      | 'POLICY_NOT_SATISFIED'
      | 'STORAGE_PROOF_MISSING'
    >
  | StorageProofFailure
  | LogEventFailure;

export interface EvmViewExpectation {
  /** The request's address, parsed: the statement must be about its canonical text. */
  readonly address: ViewAddressOf<LedgerView>;
  readonly nonce: string;
  /** The requester's identity text (PEM certificate or lower-case 0x address). */
  readonly requester: string;
  readonly policy: Policy;
}

export interface EvmAttestationBytes {
  readonly signer: Uint8Array;
  readonly signature: Uint8Array;
}

/** A decoded EVM view: the statement, its attestations and, for a storage view, the Merkle proof. */
export interface DecodedEvmView {
  readonly statement: EvmStatement;
  readonly attestations: readonly EvmAttestationBytes[];
  readonly storageProof?: StorageProof;
  /** A log event: its receipt's proof under the attested block. */
  readonly receiptProof?: Pick<ReceiptProof, 'header' | 'proof'>;
}

export type EvmViewVerdict =
  | {
      readonly valid: true;
      /** Call view: the ABI return data; storage view: the 32-byte value. */
      readonly value: Uint8Array;
      readonly orgs: readonly string[];
      readonly blockNumber: bigint;
      readonly blockHash: string;
      /** The attested block's time, in ms since the epoch: the time of the state the view shows. */
      readonly sourceTimeMs: number;
    }
  | {
      readonly valid: false;
      readonly failure: EvmProofFailure;
      readonly reason: string;
      /** Index of the attestation that failed, when one did. */
      readonly attestation?: number;
    };

/** More attestations than any policy needs is a sign of abuse; bounding them bounds the work. */
export const MAX_ATTESTATIONS = 64;
const MAX_CALL_BYTES = 64 * 1024;
const MAX_RESULT_BYTES = 1024 * 1024;
/** Seconds whose milliseconds are still a safe integer. */
const MAX_BLOCK_TIMESTAMP = BigInt(Math.floor(Number.MAX_SAFE_INTEGER / 1000));

const KINDS = ['call', 'storage', 'log'] as const;

/** Validates a decoded EvmView into a typed view; undefined for anything malformed. */
export function evmViewFromMessage(message: weft.evm.EvmView): DecodedEvmView | undefined {
  const kind = KINDS[message.kind];
  if (
    kind === undefined ||
    message.block_hash.length !== 32 ||
    message.target.length !== 20 ||
    message.call_data.length > MAX_CALL_BYTES ||
    message.result.length > MAX_RESULT_BYTES
  ) {
    return undefined;
  }
  const proof = message.storage_proof;
  const receipt = message.receipt_proof;
  return {
    statement: {
      networkId: message.network_id,
      chainId: uint64(message.chain_id),
      blockNumber: uint64(message.block_number),
      blockHash: hexlify(message.block_hash),
      blockTimestamp: uint64(message.block_timestamp),
      viewAddress: message.view_address,
      target: hexlify(message.target),
      kind,
      callData: message.call_data,
      result: message.result,
      nonce: message.nonce,
      requester: message.requester,
    },
    attestations: message.attestations,
    ...(proof
      ? {
          storageProof: {
            header: proof.header,
            accountProof: proof.account_proof,
            storageProof: proof.storage_proof,
          },
        }
      : {}),
    ...(receipt ? { receiptProof: { header: receipt.header, proof: receipt.proof } } : {}),
  };
}

/** Decodes an EvmView's bytes; undefined for anything malformed. */
export function decodeEvmView(bytes: Uint8Array): DecodedEvmView | undefined {
  try {
    // Bounded before it is decoded: a submitter chooses these bytes (a flood of empty proof nodes).
    scanView(weft.evm.EvmView, bytes);
    return evmViewFromMessage(weft.evm.EvmView.decode(bytes));
  } catch {
    return undefined;
  }
}

/** An EVM view as weft.evm.EvmView. */
export function evmViewMessage(view: DecodedEvmView): weft.evm.EvmView {
  const { statement: s } = view;
  return weft.evm.EvmView.create({
    network_id: s.networkId,
    chain_id: toUint64(s.chainId),
    block_number: toUint64(s.blockNumber),
    block_hash: getBytes(s.blockHash),
    block_timestamp: toUint64(s.blockTimestamp),
    view_address: s.viewAddress,
    target: getBytes(s.target),
    kind: VIEW_KIND[s.kind],
    call_data: s.callData,
    result: s.result,
    nonce: s.nonce,
    requester: s.requester,
    attestations: view.attestations.map((a) =>
      weft.evm.Attestation.create({ signer: a.signer, signature: a.signature }),
    ),
    ...(view.storageProof
      ? {
          storage_proof: weft.evm.StorageProof.create({
            header: view.storageProof.header,
            account_proof: [...view.storageProof.accountProof],
            storage_proof: [...view.storageProof.storageProof],
          }),
        }
      : {}),
    ...(view.receiptProof
      ? {
          receipt_proof: weft.evm.ReceiptProof.create({
            header: view.receiptProof.header,
            proof: [...view.receiptProof.proof],
          }),
        }
      : {}),
  });
}

/** Encodes an EVM view for the wire. */
export function encodeEvmView(view: DecodedEvmView): Uint8Array {
  return weft.evm.EvmView.encode(evmViewMessage(view)).finish();
}

const fail = (
  failure: EvmProofFailure,
  reason: string,
  attestation?: number,
): Extract<EvmViewVerdict, { valid: false }> =>
  attestation === undefined
    ? { valid: false, failure, reason }
    : { valid: false, failure, reason, attestation };

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** Checks that the statement is about what the address names, on the membership's network and chain. */
function checkStatement(
  statement: EvmStatement,
  membership: EvmMembership,
  expectation: EvmViewExpectation,
): Extract<EvmViewVerdict, { valid: false }> | undefined {
  const parsed = expectation.address;
  if (statement.viewAddress !== parsed.text) {
    return fail('ADDRESS_MISMATCH', 'the view answers another address');
  }
  if (statement.nonce !== expectation.nonce) return fail('NONCE_MISMATCH', 'the view answers another nonce');
  if (statement.requester !== expectation.requester) {
    return fail('REQUESTER_MISMATCH', 'the view answers another requester');
  }
  if (statement.networkId !== membership.networkId || parsed.networkId !== membership.networkId) {
    return fail('WRONG_NETWORK', `the view is not about network ${membership.networkId}`);
  }
  const { view } = parsed;
  if (!isEvmView(view)) return fail('VIEW_MISMATCH', 'the address names no EVM view');
  if (statement.chainId !== membership.chainId || view.chainId !== membership.chainId) {
    return fail(
      'WRONG_CHAIN',
      `the view is about chain ${statement.chainId}, ${membership.networkId} is chain ${membership.chainId}`,
    );
  }
  if (statement.target !== view.contract || statement.kind !== view.kind) {
    return fail('VIEW_MISMATCH', 'the view is about another contract or kind of view');
  }
  // A log event's call data is its position in the block, which the receipt proof checks.
  if (view.kind === 'log') return undefined;
  let callData: Uint8Array;
  try {
    callData = view.kind === 'storage' ? getBytes(view.slot) : evmCallData(view);
  } catch {
    return fail('VIEW_MISMATCH', 'the address names no call this view could answer');
  }
  if (!sameBytes(callData, statement.callData)) {
    return fail('VIEW_MISMATCH', 'the call data is not what the address names');
  }
  if (view.kind === 'storage' && statement.result.length !== 32) {
    return fail('MALFORMED', 'a storage value is 32 bytes');
  }
  return undefined;
}

/**
 * Verifies an EVM view. Asynchronous only because the Merkle proof library is; it does no I/O.
 */
export async function verifyEvmView(
  bytes: Uint8Array,
  membership: EvmMembership,
  expectation: EvmViewExpectation,
): Promise<EvmViewVerdict> {
  const decoded = decodeEvmView(bytes);
  if (!decoded) return fail('MALFORMED', 'the view cannot be decoded');
  return verifyDecodedEvmView(decoded, membership, expectation);
}

export async function verifyDecodedEvmView(
  decoded: DecodedEvmView,
  membership: EvmMembership,
  expectation: EvmViewExpectation,
): Promise<EvmViewVerdict> {
  const { statement, attestations } = decoded;
  if (attestations.length === 0) return fail('NO_ATTESTATIONS', 'the view carries no attestation');
  if (attestations.length > MAX_ATTESTATIONS) {
    return fail('MALFORMED', `more than ${MAX_ATTESTATIONS} attestations`);
  }
  // A time of no ledger's block (0, or past what a millisecond count can hold) cannot be bounded.
  if (statement.blockTimestamp <= 0n || statement.blockTimestamp > MAX_BLOCK_TIMESTAMP) {
    return fail('MALFORMED', 'the view carries no usable block time');
  }
  const mismatch = checkStatement(statement, membership, expectation);
  if (mismatch) return mismatch;

  const digest = attestationDigest(statement);
  const orgs = new Set<string>();
  for (const [i, attestation] of attestations.entries()) {
    const claimed = attestation.signer.length === 20 ? hexlify(attestation.signer) : undefined;
    const org = claimed && membership.orgOf.get(claimed);
    // Name the signer before recovering: a non-member costs no elliptic-curve work.
    if (!claimed || !org) {
      return fail(
        'NON_MEMBER',
        `attestor ${claimed ?? '(malformed)'} is no member of ${membership.networkId}`,
        i,
      );
    }
    if (recoverSigner(digest, attestation.signature) !== claimed) {
      return fail('BAD_SIGNATURE', `attestation ${i} is not ${claimed}'s signature over the statement`, i);
    }
    orgs.add(org);
  }
  if (!satisfies(expectation.policy, orgs)) {
    return fail(
      'POLICY_NOT_SATISFIED',
      `attested by ${[...orgs].sort().join(', ')}; the policy requires ${formatPolicy(expectation.policy)}`,
    );
  }
  if (statement.kind === 'storage') {
    if (!decoded.storageProof)
      return fail('STORAGE_PROOF_MISSING', 'a storage view carries its Merkle proof');
    const proven = await verifyStorageProof(
      {
        blockHash: statement.blockHash,
        blockNumber: statement.blockNumber,
        blockTimestamp: statement.blockTimestamp,
        contract: statement.target,
        slot: hexlify(statement.callData),
        value: statement.result,
      },
      decoded.storageProof,
    );
    if (!proven.valid) return fail(proven.failure, proven.reason);
  }
  if (statement.kind === 'log') {
    const { view } = expectation.address;
    if (!isEvmLogView(view)) return fail('VIEW_MISMATCH', 'the address names no log stream');
    const proven = await verifyLogEvent(
      statement,
      { view, text: expectation.address.viewText },
      decoded.receiptProof,
    );
    if (!proven.valid) return fail(proven.failure, proven.reason);
  }
  return {
    valid: true,
    value: statement.result,
    orgs: [...orgs].sort(),
    blockNumber: statement.blockNumber,
    blockHash: statement.blockHash,
    sourceTimeMs: Number(statement.blockTimestamp) * 1000,
  };
}
