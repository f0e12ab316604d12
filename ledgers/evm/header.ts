/**
 * An EVM block header as weft's proofs read it: the RLP bytes whose keccak256 is an attested block hash,
 * and the fields the proofs hang from. Shared by the storage and the receipt proofs, so both bind a proof
 * to a block by the same checks. Pure; hostile input yields a failure naming the check, never an exception.
 */
import { decodeRlp, keccak256, type RlpStructuredData } from 'ethers';
import type { Codes } from '../../common/errors.js';
import { HASH, rlpQuantity } from './rlp.js';

/** A header (Prague: about 620 bytes) fits with room for extraData (32 bytes at most on mainnet). */
export const MAX_HEADER_BYTES = 1024;

/** Header fields of every fork since Frontier; later forks append fields after these. */
const HEADER_MIN_FIELDS = 15;
const HEADER_STATE_ROOT = 3;
const HEADER_RECEIPTS_ROOT = 5;
const HEADER_NUMBER = 8;
const HEADER_TIMESTAMP = 11;

/** The fields weft reads of a header whose hash was checked; roots in lower-case hex. */
export interface BlockHeader {
  readonly number: bigint;
  readonly timestamp: bigint;
  readonly stateRoot: string;
  readonly receiptsRoot: string;
}

export type HeaderFailure = Codes<'MALFORMED_PROOF' | 'HEADER_MISMATCH'>;

export type HeaderReading =
  | { readonly ok: true; readonly header: BlockHeader }
  | { readonly ok: false; readonly failure: HeaderFailure; readonly reason: string };

/**
 * Checks, in order: the header is 1 to MAX_HEADER_BYTES bytes (MALFORMED_PROOF), it hashes to `blockHash`
 * (HEADER_MISMATCH; the caller has checked that it is 32-byte hex), and it is an RLP list of header fields
 * whose number, timestamp and roots are well formed (MALFORMED_PROOF).
 */
export function readHeader(header: unknown, blockHash: string): HeaderReading {
  if (!(header instanceof Uint8Array) || header.length === 0 || header.length > MAX_HEADER_BYTES) {
    return malformed(`the header is not 1 to ${MAX_HEADER_BYTES} bytes`);
  }
  if (keccak256(header) !== blockHash.toLowerCase()) {
    return {
      ok: false,
      failure: 'HEADER_MISMATCH',
      reason: `the header does not hash to block ${blockHash}`,
    };
  }
  let fields: RlpStructuredData;
  try {
    fields = decodeRlp(header);
  } catch {
    return malformed('the header is not valid RLP');
  }
  if (!Array.isArray(fields) || fields.length < HEADER_MIN_FIELDS) {
    return malformed('the header is not an RLP list of block header fields');
  }
  const number = rlpQuantity(fields[HEADER_NUMBER]);
  const timestamp = rlpQuantity(fields[HEADER_TIMESTAMP]);
  const stateRoot = fields[HEADER_STATE_ROOT];
  const receiptsRoot = fields[HEADER_RECEIPTS_ROOT];
  if (number === undefined || timestamp === undefined) {
    return malformed('the header has no block number or timestamp');
  }
  if (typeof stateRoot !== 'string' || !HASH.test(stateRoot)) {
    return malformed('the header has no state root');
  }
  if (typeof receiptsRoot !== 'string' || !HASH.test(receiptsRoot)) {
    return malformed('the header has no receipts root');
  }
  return { ok: true, header: { number, timestamp, stateRoot, receiptsRoot } };
}

function malformed(reason: string): HeaderReading {
  return { ok: false, failure: 'MALFORMED_PROOF', reason };
}
