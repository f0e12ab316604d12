/**
 * What an attestor of an EVM network signs: an EIP-712 statement that, at one block of the source chain,
 * a call (or a storage slot) of a contract had a result, answering one request (address, nonce, requester).
 * Every verifier (the SDK, the Fabric interop chaincode, the Solidity interop contract) hashes the same typed
 * data, so a signature means the same on each. The domain has no chain id on purpose: one statement is
 * verified on many destination chains; the source chain id is part of the statement.
 *
 * Signatures are 65 bytes r ‖ s ‖ v (v = 27 or 28) with low s. Pure: no I/O.
 */

import {
  concat,
  getBytes,
  hashMessage,
  keccak256,
  SigningKey,
  type TypedDataField,
  toBeHex,
  toUtf8Bytes,
} from 'ethers';
import { recover } from 'tiny-secp256k1';

export const ATTESTATION_DOMAIN = { name: 'weft', version: '1' } as const;

/** The EIP-712 type; `target` is the contract (`contract` is a Solidity keyword). */
export const ATTESTATION_TYPES = {
  Attestation: [
    { name: 'networkId', type: 'string' },
    { name: 'chainId', type: 'uint256' },
    { name: 'blockNumber', type: 'uint64' },
    { name: 'blockHash', type: 'bytes32' },
    { name: 'blockTimestamp', type: 'uint64' },
    { name: 'viewAddress', type: 'string' },
    { name: 'target', type: 'address' },
    { name: 'kind', type: 'uint8' },
    { name: 'callDataHash', type: 'bytes32' },
    { name: 'resultHash', type: 'bytes32' },
    { name: 'nonce', type: 'string' },
    { name: 'requester', type: 'string' },
  ],
} as const;

/** `encodeType` of the statement: the preimage of its type hash, as Solidity's. */
export const ATTESTATION_TYPE_STRING = `Attestation(${ATTESTATION_TYPES.Attestation.map((f) => `${f.type} ${f.name}`).join(',')})`;

/** A log event (ledgers/evm/log-event.ts) is kind 2: its call data locates the log, its result is the record. */
export const VIEW_KIND = { call: 0, storage: 1, log: 2 } as const;
export type ViewKind = keyof typeof VIEW_KIND;

/** The facts one attestation vouches for, with the call data and result themselves (hashed when signed). */
export interface EvmStatement {
  /** The source network's weft id. */
  readonly networkId: string;
  readonly chainId: bigint;
  readonly blockNumber: bigint;
  /** 0x-prefixed, 32 bytes, lower case. */
  readonly blockHash: string;
  /** The block header's timestamp, in seconds: the time of the state the statement is about. */
  readonly blockTimestamp: bigint;
  /** The canonical weft address of the view. */
  readonly viewAddress: string;
  /** 0x-prefixed, 20 bytes, lower case. */
  readonly target: string;
  readonly kind: ViewKind;
  /** Call views: the ABI call data; storage views: the 32-byte slot; log events: the log's position. */
  readonly callData: Uint8Array;
  /** Call views: the ABI return data; storage views: the 32-byte value; log events: the event record. */
  readonly result: Uint8Array;
  readonly nonce: string;
  /** The requester's identity text: a PEM certificate (Fabric) or a lower-case 0x address (EVM). */
  readonly requester: string;
}

/** The statement as EIP-712 typed data (for tools that sign typed data, e.g. wallets and ethers). */
export function typedAttestation(statement: EvmStatement) {
  return {
    domain: ATTESTATION_DOMAIN,
    types: { Attestation: [...ATTESTATION_TYPES.Attestation] } satisfies Record<string, TypedDataField[]>,
    value: {
      networkId: statement.networkId,
      chainId: statement.chainId,
      blockNumber: statement.blockNumber,
      blockHash: statement.blockHash,
      blockTimestamp: statement.blockTimestamp,
      viewAddress: statement.viewAddress,
      target: statement.target,
      kind: VIEW_KIND[statement.kind],
      callDataHash: keccak256(statement.callData),
      resultHash: keccak256(statement.result),
      nonce: statement.nonce,
      requester: statement.requester,
    },
  };
}

const word = (value: bigint) => toBeHex(value, 32).slice(2);
const DOMAIN_SEPARATOR = keccak256(
  concat([
    keccak256(toUtf8Bytes('EIP712Domain(string name,string version)')),
    keccak256(toUtf8Bytes(ATTESTATION_DOMAIN.name)),
    keccak256(toUtf8Bytes(ATTESTATION_DOMAIN.version)),
  ]),
);
const TYPE_HASH = keccak256(toUtf8Bytes(ATTESTATION_TYPE_STRING));

/**
 * The EIP-712 digest an attestor signs: encoded by hand from the fixed type (a generic typed-data encoder
 * re-reads the types on every call, several times slower); a unit test holds it equal to ethers' encoder.
 */
export function attestationDigest(statement: EvmStatement): string {
  const struct = keccak256(
    `0x${[
      TYPE_HASH.slice(2),
      hashText(statement.networkId).slice(2),
      word(statement.chainId),
      word(statement.blockNumber),
      statement.blockHash.slice(2).padStart(64, '0'),
      word(statement.blockTimestamp),
      hashText(statement.viewAddress).slice(2),
      statement.target.slice(2).toLowerCase().padStart(64, '0'),
      word(BigInt(VIEW_KIND[statement.kind])),
      keccak256(statement.callData).slice(2),
      keccak256(statement.result).slice(2),
      hashText(statement.nonce).slice(2),
      hashText(statement.requester).slice(2),
    ].join('')}`,
  );
  return keccak256(concat(['0x1901', DOMAIN_SEPARATOR, struct]));
}

/** Signs a statement with an attestor's secp256k1 key (0x-prefixed 32-byte hex); 65 bytes r ‖ s ‖ v. */
export function signAttestation(statement: EvmStatement, privateKey: string): Uint8Array {
  const signature = new SigningKey(privateKey).sign(attestationDigest(statement));
  return getBytes(signature.serialized);
}

/** The order of secp256k1; an s above half of it is the high-s twin of a valid signature. */
const SECP256K1_HALF_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n >> 1n;

/** The lower-case address that signed `digest`, or undefined for a malformed or high-s signature. */
export function recoverSigner(digest: string, signature: Uint8Array): string | undefined {
  if (signature.length !== 65) return undefined;
  const s = BigInt(`0x${Buffer.from(signature.subarray(32, 64)).toString('hex')}`);
  const v = signature[64];
  if (s === 0n || s > SECP256K1_HALF_N || (v !== 27 && v !== 28)) return undefined;
  try {
    // libsecp256k1 compiled to WebAssembly: several times faster than recovery in JavaScript, on the hot
    // path of every EVM attestation and every EVM requester's signature.
    const publicKey = recover(getBytes(digest), signature.subarray(0, 64), (v - 27) as 0 | 1, false);
    return publicKey ? `0x${keccak256(publicKey.subarray(1)).slice(-40)}` : undefined;
  } catch {
    return undefined;
  }
}

/** keccak256 of a string's UTF-8 bytes, as Solidity's keccak256(bytes(text)). */
function hashText(text: string): string {
  return keccak256(toUtf8Bytes(text));
}

/** The EIP-191 message hash an EVM requester signs for a request: address ‖ nonce, as Fabric requesters do. */
export function requestMessageHash(address: string, nonce: string): string {
  return hashMessage(toUtf8Bytes(address + nonce));
}
