/**
 * ECDSA signature encoding for P-256, the curve of Fabric's identities: strict DER decoding and the low-S
 * rule. Fabric peers emit low-S signatures; accepting high-S ones would give every signature a second valid
 * form (malleability). Pure: no I/O.
 */

/** The order of the P-256 group. */
export const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const HALF_N = P256_N >> 1n;

export interface EcdsaSignature {
  readonly r: bigint;
  readonly s: bigint;
}

function readInteger(der: Uint8Array, at: number): { value: bigint; next: number } | undefined {
  if (der[at] !== 0x02) return undefined;
  const length = der[at + 1];
  if (length === undefined || length === 0 || length > 33 || at + 2 + length > der.length) return undefined;
  const bytes = der.subarray(at + 2, at + 2 + length);
  // Minimal encoding: no needless leading zero, and no negative numbers.
  if (bytes[0]! & 0x80) return undefined;
  if (bytes[0] === 0 && length > 1 && !(bytes[1]! & 0x80)) return undefined;
  return { value: BigInt(`0x${Buffer.from(bytes).toString('hex')}`), next: at + 2 + length };
}

/** Decodes DER `SEQUENCE { INTEGER r, INTEGER s }` strictly; undefined for anything else. */
export function decodeDerSignature(der: Uint8Array): EcdsaSignature | undefined {
  if (der.length < 8 || der.length > 72 || der[0] !== 0x30 || der[1] !== der.length - 2) return undefined;
  const r = readInteger(der, 2);
  const s = r && readInteger(der, r.next);
  if (!r || !s || s.next !== der.length) return undefined;
  if (r.value === 0n || s.value === 0n || r.value >= P256_N || s.value >= P256_N) return undefined;
  return { r: r.value, s: s.value };
}

function integer(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const bytes = Buffer.from(hex, 'hex');
  return bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
}

export function encodeDerSignature({ r, s }: EcdsaSignature): Uint8Array {
  const body = Buffer.concat([
    Buffer.from([0x02, integer(r).length]),
    integer(r),
    Buffer.from([0x02, integer(s).length]),
    integer(s),
  ]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}

export function isLowS(signature: EcdsaSignature): boolean {
  return signature.s <= HALF_N;
}

/** The low-S form of a signature (the same signature for verification, the canonical one for Fabric). */
export function toLowS(signature: EcdsaSignature): EcdsaSignature {
  return isLowS(signature) ? signature : { r: signature.r, s: P256_N - signature.s };
}
