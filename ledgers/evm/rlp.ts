/**
 * Reading items of ethers' decoded RLP (hex strings and nested lists) as the consensus encodings mean them.
 * ethers decodes leniently (an integer with a leading zero byte decodes), so these checks are strict.
 */
import type { RlpStructuredData } from 'ethers';

/** 0x and 32 bytes of hex, either case. */
export const HASH = /^0x[0-9a-fA-F]{64}$/;
/** 0x and 20 bytes of hex, either case. */
export const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** An RLP integer (big-endian, no leading zero, empty for 0); undefined if the item is not one. */
export function rlpQuantity(item: RlpStructuredData | undefined): bigint | undefined {
  if (typeof item !== 'string' || item.startsWith('0x00')) return undefined;
  return item === '0x' ? 0n : BigInt(item);
}

/** Whether the item is a byte string of exactly `length` bytes (ethers gives lower-case hex). */
export function isRlpBytes(item: RlpStructuredData | undefined, length: number): item is string {
  return typeof item === 'string' && item.length === 2 + 2 * length;
}
