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
 * - Fabric party, recorded as `{"kind":"fabric","certificate":"-----BEGIN CERTIFICATE-----..."}`: ECDSA
 *   P-256 over SHA-256 of the bytes, DER, low-S only (proofs/ecdsa.ts).
 * - EVM party, recorded as `{"kind":"evm","address":"0x..."}`: the bytes as an EIP-191 message, 65 bytes
 *   r ‖ s ‖ v, low s only; what `Wallet.signMessage` produces and `ecrecover` checks on chain.
 *
 * The record pins a key, not a CA: certificate dates are not checked, and replacing the record is how a
 * party is changed or revoked. Pure: no I/O.
 */
import { createPrivateKey, type KeyObject, sign, verify, X509Certificate } from 'node:crypto';
import { getBytes, hashMessage, Wallet } from 'ethers';
import { type Codes, WeftError } from '../common/errors.js';
import { NETWORK_ID, parseAddress } from './address.js';
import { decodeDerSignature, encodeDerSignature, isLowS, toLowS } from './ecdsa.js';
import { recoverSigner } from './evm-attestation.js';

export const TRUSTED_ANSWER_TAG = 'weft-single-api-v1';
export const MAX_NONCE_LENGTH = 256;

export interface FabricTrustedParty {
  readonly kind: 'fabric';
  readonly networkId: string;
  /** The PEM certificate as recorded. */
  readonly certificate: string;
  readonly publicKey: KeyObject;
}

export interface EvmTrustedParty {
  readonly kind: 'evm';
  readonly networkId: string;
  /** 0x-prefixed, lower case. */
  readonly address: string;
}

export type TrustedParty = FabricTrustedParty | EvmTrustedParty;

/** What a party signs, and its signature. */
export interface TrustedAnswer {
  /** The canonical weft address of the view. */
  readonly address: string;
  /** The requester's nonce: 1 to 256 characters, no line feed. */
  readonly nonce: string;
  readonly value: Uint8Array;
  /** Fabric: DER ECDSA P-256; EVM: 65 bytes r ‖ s ‖ v. */
  readonly signature: Uint8Array;
}

/** A party's signing key: a P-256 private key (PEM or KeyObject), or a secp256k1 key (0x-prefixed hex). */
export type TrustedPartyKey =
  | { readonly kind: 'fabric'; readonly privateKey: string | KeyObject }
  | { readonly kind: 'evm'; readonly privateKey: string };

export type TrustedAnswerFailure = Codes<'BAD_PARTY_SIGNATURE' | 'MALFORMED'>;

export type TrustedAnswerVerdict =
  | { readonly valid: true }
  | { readonly valid: false; readonly failure: TrustedAnswerFailure; readonly reason: string };

const EVM_ADDRESS = /^0x[0-9a-f]{40}$/;

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

function invalidRecord(networkId: string, reason: string): WeftError {
  return new WeftError('POLICY_INVALID', `trusted party of ${networkId}: ${reason}`, { networkId });
}

/**
 * Parses a recorded trusted party (JSON text, see above) of network `networkId`.
 *
 * @throws {WeftError} POLICY_INVALID naming what is wrong.
 */
export function parseTrustedParty(networkId: string, json: string): TrustedParty {
  if (typeof networkId !== 'string' || !NETWORK_ID.test(networkId)) {
    throw invalidRecord(String(networkId), 'the network id is not valid');
  }
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch {
    throw invalidRecord(networkId, 'the record is not JSON');
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw invalidRecord(networkId, 'the record is not an object');
  }
  const fields = record as Record<string, unknown>;
  const expected = fields.kind === 'fabric' ? 'certificate' : fields.kind === 'evm' ? 'address' : undefined;
  if (!expected) throw invalidRecord(networkId, 'kind must be "fabric" or "evm"');
  const unknown = Object.keys(fields).filter((k) => k !== 'kind' && k !== expected);
  if (unknown.length > 0) throw invalidRecord(networkId, `unknown field ${JSON.stringify(unknown[0])}`);
  const text = fields[expected];
  if (fields.kind === 'evm') {
    if (typeof text !== 'string' || !EVM_ADDRESS.test(text)) {
      throw invalidRecord(networkId, 'address must be a lower-case 0x address of 20 bytes');
    }
    return { kind: 'evm', networkId, address: text };
  }
  if (typeof text !== 'string') throw invalidRecord(networkId, 'certificate must be a PEM text');
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(text);
  } catch {
    throw invalidRecord(networkId, 'certificate is not an X.509 certificate');
  }
  const key = certificate.publicKey;
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw invalidRecord(networkId, 'the certificate key is not an ECDSA P-256 key');
  }
  return { kind: 'fabric', networkId, certificate: text, publicKey: key };
}

/** The canonical record text of a party, as SetTrustedParty stores it. */
export function trustedPartyRecord(party: TrustedParty): string {
  return party.kind === 'evm'
    ? JSON.stringify({ kind: 'evm', address: party.address })
    : JSON.stringify({ kind: 'fabric', certificate: party.certificate });
}

/** The party's identity text: its PEM certificate (Fabric) or its lower-case address (EVM). */
export function trustedPartyIdentity(party: TrustedParty): string {
  return party.kind === 'evm' ? party.address : party.certificate;
}

/**
 * Signs an answer with a party's key; Fabric signatures are normalized to low-S.
 *
 * @throws {WeftError} ADDRESS_INVALID for a non-canonical address, REQUEST_INVALID for a bad nonce.
 */
export function signTrustedAnswer(
  key: TrustedPartyKey,
  answer: { readonly address: string; readonly nonce: string; readonly value: Uint8Array },
): Uint8Array {
  parseAddress(answer.address);
  const bytes = trustedAnswerBytes(answer.address, answer.nonce, answer.value);
  if (key.kind === 'evm') return getBytes(new Wallet(key.privateKey).signMessageSync(bytes));
  const privateKey = typeof key.privateKey === 'string' ? createPrivateKey(key.privateKey) : key.privateKey;
  const signature = decodeDerSignature(sign('sha256', bytes, privateKey));
  if (!signature) throw new WeftError('REQUEST_INVALID', 'the key is not an ECDSA P-256 key');
  return encodeDerSignature(toLowS(signature));
}

const malformed = (reason: string): TrustedAnswerVerdict => ({ valid: false, failure: 'MALFORMED', reason });
const badSignature = (reason: string): TrustedAnswerVerdict => ({
  valid: false,
  failure: 'BAD_PARTY_SIGNATURE',
  reason,
});

/**
 * Checks that `party` signed exactly this answer, about a view of the party's own network. Hostile input
 * yields a verdict, never an exception.
 */
export function verifyTrustedAnswer(party: TrustedParty, answer: TrustedAnswer): TrustedAnswerVerdict {
  if (typeof answer.address !== 'string') return malformed('the address is not a string');
  let networkId: string;
  try {
    networkId = parseAddress(answer.address).networkId;
  } catch (error) {
    return malformed((error as Error).message);
  }
  if (networkId !== party.networkId) {
    return malformed(`the answer is about ${networkId}, the party answers for ${party.networkId}`);
  }
  const problem = nonceProblem(answer.nonce);
  if (problem) return malformed(problem);
  if (!(answer.value instanceof Uint8Array) || !(answer.signature instanceof Uint8Array)) {
    return malformed('the value and the signature are bytes');
  }
  const bytes = trustedAnswerBytes(answer.address, answer.nonce, answer.value);
  if (party.kind === 'evm') {
    if (answer.signature.length !== 65) return malformed('an EVM party signature is 65 bytes r ‖ s ‖ v');
    const signer = recoverSigner(hashMessage(bytes), answer.signature);
    if (signer === undefined) return badSignature('the signature is invalid or high-s');
    if (signer !== party.address) return badSignature(`signed by ${signer}, not by ${party.address}`);
    return { valid: true };
  }
  const signature = decodeDerSignature(answer.signature);
  if (!signature) return malformed('a Fabric party signature is a DER ECDSA signature');
  if (!isLowS(signature)) return badSignature('the signature is high-S');
  let signed = false;
  try {
    signed = verify('sha256', bytes, party.publicKey, answer.signature);
  } catch {
    signed = false;
  }
  return signed ? { valid: true } : badSignature(`the answer is not signed by the party of ${networkId}`);
}
