/**
 * The single-API mode's proof: one party of a source network answers for it and signs its answer with its
 * own key. A destination that records the party (governance, like a membership) accepts what the party
 * signed. The value is only as true as the party is honest; what the signature does stop is a value changed
 * in transit and an answer signed by anyone else. Replays are the destination's to stop (a nonce is spent
 * once per source network).
 *
 * Signed bytes: the UTF-8 of `weft-single-api-v1\n<address>\n<nonce>\n`, then the value. The address is
 * canonical and neither it nor the nonce holds a line feed, so one byte string names one answer.
 *
 * A party is recorded as `{"kind":"<ledger kind>","<field>":"<identity>"}` and signs as its kind does
 * (ledgers/<kind>/party.ts); ledgers/trusted-party.ts parses, signs and checks for any kind. The record
 * pins a key, not a CA: certificate dates are not checked, and replacing the record is how a party is
 * changed or revoked. Pure: no I/O.
 */
import { type Codes, WeftError } from '../common/errors.js';

export const TRUSTED_ANSWER_TAG = 'weft-single-api-v1';
export const MAX_NONCE_LENGTH = 256;

/** What a party signs, and its signature. */
export interface TrustedAnswer {
  /** The canonical weft address of the view. */
  readonly address: string;
  /** The requester's nonce: 1 to 256 characters, no line feed. */
  readonly nonce: string;
  readonly value: Uint8Array;
  /** As the party's kind signs: DER ECDSA P-256 (Fabric), 65 bytes r ‖ s ‖ v (EVM). */
  readonly signature: Uint8Array;
}

export type TrustedAnswerFailure = Codes<'BAD_PARTY_SIGNATURE' | 'MALFORMED'>;

export type TrustedAnswerVerdict =
  | { readonly valid: true }
  | { readonly valid: false; readonly failure: TrustedAnswerFailure; readonly reason: string };

/** Why `nonce` cannot be signed, or undefined when it can. */
export function nonceProblem(nonce: string): string | undefined {
  if (typeof nonce !== 'string' || nonce.length === 0 || nonce.length > MAX_NONCE_LENGTH) {
    return `a nonce is 1 to ${MAX_NONCE_LENGTH} characters`;
  }
  if (nonce.includes('\n')) return 'a nonce holds no line feed';
  return undefined;
}

/**
 * The bytes a party signs.
 *
 * @throws {WeftError} REQUEST_INVALID when the nonce is not 1 to 256 characters or either text holds a line
 *   feed (the bytes would then name more than one answer).
 */
export function trustedAnswerBytes(address: string, nonce: string, value: Uint8Array): Uint8Array {
  const problem =
    nonceProblem(nonce) ?? (address.includes('\n') ? 'an address holds no line feed' : undefined);
  if (problem) throw new WeftError('REQUEST_INVALID', problem, { nonce: nonce.slice(0, 64) });
  return Buffer.concat([Buffer.from(`${TRUSTED_ANSWER_TAG}\n${address}\n${nonce}\n`, 'utf8'), value]);
}

export function invalidPartyRecord(networkId: string, reason: string): WeftError {
  return new WeftError('POLICY_INVALID', `trusted party of ${networkId}: ${reason}`, { networkId });
}

export const malformedAnswer = (reason: string): TrustedAnswerVerdict => ({
  valid: false,
  failure: 'MALFORMED',
  reason,
});

export const badPartySignature = (reason: string): TrustedAnswerVerdict => ({
  valid: false,
  failure: 'BAD_PARTY_SIGNATURE',
  reason,
});
