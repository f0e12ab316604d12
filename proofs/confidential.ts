/**
 * Confidential views: the value travels encrypted to the requester, so relays carry it without reading it,
 * and the endorsed payload commits to it so the destination can still check what it is given.
 *
 * The source wraps `ConfidentialPayloadContents { payload: value, random }` with ECIES to the requester's
 * P-256 key (ephemeral key, ECDH, HKDF-SHA256, AES-256-GCM) and commits to the value with
 * `hash = HMAC-SHA256(key: random, value)`; the InteropPayload carries the serialized `ConfidentialPayload`.
 * The requester decrypts the contents and submits them beside the view; the destination accepts the value
 * only if the commitment opens to it.
 *
 * Every endorsing peer must produce the same bytes, so the source cannot draw fresh randomness: the
 * ephemeral key and `random` are derived with HKDF from the transaction id (random per proposal, chosen by
 * the source's driver) bound to the address and nonce. The source's peers and driver know the value anyway;
 * relays never see the transaction id, only the endorsed result. The value's digest is bound in too, so a
 * proposal executed again over a changed value never reuses an AES-GCM key and IV for other plaintext.
 *
 * Pure: no I/O.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPublicKey,
  diffieHellman,
  hkdfSync,
  type KeyObject,
  timingSafeEqual,
  X509Certificate,
} from 'node:crypto';
import { p256 } from '@noble/curves/nist.js';
import { type Codes, WeftError } from '../common/errors.js';
import { common } from '../protos/index.js';

const INFO = 'weft confidential view v1';
const POINT_BYTES = 65;
const TAG_BYTES = 16;
const P256_N = p256.Point.CURVE().n;

export interface ConfidentialSeed {
  readonly txId: string;
  readonly address: string;
  readonly nonce: string;
}

function hkdf(ikm: Uint8Array, salt: Uint8Array, info: string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, `${INFO} ${info}`, length));
}

function lengthPrefixed(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

function bigintFrom(bytes: Uint8Array): bigint {
  return BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}

/** The uncompressed point of an EC P-256 public key. */
function rawPublicKey(key: KeyObject): Buffer {
  if (key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new WeftError('CONFIDENTIAL_INVALID', 'the requester key is not an EC P-256 key');
  }
  const jwk = key.export({ format: 'jwk' });
  return Buffer.concat([
    Buffer.from([4]),
    Buffer.from(jwk.x!, 'base64url'),
    Buffer.from(jwk.y!, 'base64url'),
  ]);
}

function publicKeyFromRaw(point: Uint8Array): KeyObject {
  return createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: Buffer.from(point.subarray(1, 33)).toString('base64url'),
      y: Buffer.from(point.subarray(33, 65)).toString('base64url'),
    },
    format: 'jwk',
  });
}

function aesKey(sharedX: Uint8Array, ephemeral: Uint8Array): { key: Buffer; iv: Buffer } {
  const material = hkdf(sharedX, ephemeral, 'aes-256-gcm', 44);
  return { key: material.subarray(0, 32), iv: material.subarray(32) };
}

const { ConfidentialPayload, ConfidentialPayloadContents } = common.interop_payload;

/**
 * Seals a value for the requester (the source side): returns a serialized common.interop_payload.ConfidentialPayload.
 * @throws {WeftError} CONFIDENTIAL_INVALID when the certificate holds no P-256 key.
 */
export function sealConfidential(
  value: Uint8Array,
  requesterCertificatePem: string,
  seed: ConfidentialSeed,
): Uint8Array {
  let requester: Buffer;
  try {
    requester = rawPublicKey(new X509Certificate(requesterCertificatePem).publicKey);
  } catch (error) {
    if (error instanceof WeftError) throw error;
    throw new WeftError(
      'CONFIDENTIAL_INVALID',
      'the requester certificate cannot be parsed',
      {},
      { cause: error },
    );
  }
  const salt = createHash('sha256')
    .update(lengthPrefixed(seed.address))
    .update(lengthPrefixed(seed.nonce))
    .update(value)
    .digest();
  const txId = Buffer.from(seed.txId, 'utf8');
  // 48 bytes reduced mod n-1: the bias is below 2^-128.
  const scalar = (bigintFrom(hkdf(txId, salt, 'ephemeral key', 48)) % (P256_N - 1n)) + 1n;
  const random = hkdf(txId, salt, 'commitment opening', 32);
  const secret = Buffer.from(scalar.toString(16).padStart(64, '0'), 'hex');
  const ephemeral = Buffer.from(p256.getPublicKey(secret, false));
  const sharedX = p256.getSharedSecret(secret, requester, true).subarray(1);
  const { key, iv } = aesKey(sharedX, ephemeral);
  const contents = ConfidentialPayloadContents.encode(
    ConfidentialPayloadContents.create({ payload: value, random }),
  ).finish();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(contents), cipher.final(), cipher.getAuthTag()]);
  return ConfidentialPayload.encode(
    ConfidentialPayload.create({
      encrypted_payload: Buffer.concat([ephemeral, ciphertext]),
      hash_type: ConfidentialPayload.HashType.HMAC,
      hash: createHmac('sha256', random).update(value).digest(),
    }),
  ).finish();
}

function decodeConfidential(bytes: Uint8Array): common.interop_payload.ConfidentialPayload | undefined {
  try {
    return ConfidentialPayload.decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeContents(bytes: Uint8Array): common.interop_payload.ConfidentialPayloadContents | undefined {
  try {
    return ConfidentialPayloadContents.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decrypts a confidential payload with the requester's private key (the requester side): returns the
 * serialized ConfidentialPayloadContents to submit beside the view.
 * @throws {WeftError} CONFIDENTIAL_INVALID when the payload is malformed or not for this key.
 */
export function openConfidential(
  confidentialPayload: Uint8Array,
  requesterPrivateKey: KeyObject,
): Uint8Array {
  const encrypted = decodeConfidential(confidentialPayload)?.encrypted_payload;
  if (!encrypted || encrypted.length < POINT_BYTES + TAG_BYTES || encrypted[0] !== 4) {
    throw new WeftError('CONFIDENTIAL_INVALID', 'the payload is not a confidential payload');
  }
  const ephemeral = encrypted.subarray(0, POINT_BYTES);
  const body = encrypted.subarray(POINT_BYTES);
  try {
    const sharedX = diffieHellman({
      privateKey: requesterPrivateKey,
      publicKey: publicKeyFromRaw(ephemeral),
    });
    const { key, iv } = aesKey(sharedX, ephemeral);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
  } catch (error) {
    throw new WeftError(
      'CONFIDENTIAL_INVALID',
      'the payload cannot be decrypted with this key (not for this requester, or altered)',
      {},
      { cause: error },
    );
  }
}

export type ConfidentialVerdict =
  | { readonly valid: true; readonly payload: Uint8Array }
  | {
      readonly valid: false;
      readonly failure: Codes<'MALFORMED' | 'COMMITMENT_MISMATCH'>;
      readonly reason: string;
    };

/** Checks that the contents open the endorsed commitment (the destination side). Never throws. */
export function checkConfidential(
  confidentialPayload: Uint8Array,
  contents: Uint8Array,
): ConfidentialVerdict {
  const decoded = decodeConfidential(confidentialPayload);
  const opened = decodeContents(contents);
  if (decoded?.hash_type !== ConfidentialPayload.HashType.HMAC || decoded.hash.length !== 32) {
    return {
      valid: false,
      failure: 'MALFORMED',
      reason: 'the endorsed payload is not an HMAC-committed confidential payload',
    };
  }
  if (!opened || opened.random.length === 0) {
    return { valid: false, failure: 'MALFORMED', reason: 'the contents are not ConfidentialPayloadContents' };
  }
  const hash = createHmac('sha256', opened.random).update(opened.payload).digest();
  if (!timingSafeEqual(hash, decoded.hash)) {
    return {
      valid: false,
      failure: 'COMMITMENT_MISMATCH',
      reason: 'the contents do not open the endorsed commitment',
    };
  }
  return { valid: true, payload: opened.payload };
}
