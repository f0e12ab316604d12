/**
 * An EVM log as an event of a stream (`chainId:contract:log:topic0[:filters]`, ledgers/evm/address.ts).
 * Its attested statement (kind `log`) says, at one block: the log at this position (call data: the
 * transaction's index in the block and the log's index in its receipt) is event `sequence` of the stream,
 * and its record is this (result: an `EventRecord`, proofs/events.ts). Attestors check the position and
 * the sequence against their own nodes; the receipt's Merkle proof under the attested header shows that
 * the log is in the block and is what the record says, so a verifier need not trust the driver for it.
 *
 * The record's payload is the log as ABI `(bytes32[] topics, bytes data)`; its name is topic0. Pure: no I/O.
 */
import { AbiCoder, getBytes, hexlify } from 'ethers';
import { type Codes, WeftError } from '../../common/errors.js';
import { decodeEventRecord, type EventRecord, encodeEventRecord } from '../../proofs/events.js';
import { type EvmLogView, logMatchesStream } from './address.js';
import type { EvmStatement } from './attestation.js';
import { type Log, type ReceiptProof, verifyReceiptProof } from './receipts.js';

const abi = AbiCoder.defaultAbiCoder();

/** Where a log is in its block: the transaction's index, and the log's index within its receipt. */
export interface LogPosition {
  readonly txIndex: number;
  readonly logIndex: number;
}

export function encodeLogPosition(position: LogPosition): Uint8Array {
  return getBytes(abi.encode(['uint64', 'uint64'], [position.txIndex, position.logIndex]));
}

/** @throws {WeftError} EVENT_INVALID when the bytes are not two 64-bit words of safe integers. */
export function decodeLogPosition(bytes: Uint8Array): LogPosition {
  if (bytes.length !== 64) throw new WeftError('EVENT_INVALID', 'a log position is two 32-byte words');
  const [txIndex, logIndex] = abi.decode(['uint64', 'uint64'], bytes).map(Number) as [number, number];
  if (!Number.isSafeInteger(txIndex) || !Number.isSafeInteger(logIndex)) {
    throw new WeftError('EVENT_INVALID', 'a log position is out of range');
  }
  return { txIndex, logIndex };
}

/** The record's payload of a log: its topics and data, ABI-encoded as `(bytes32[], bytes)`. */
export function logPayload(log: Pick<Log, 'topics' | 'data'>): Uint8Array {
  return getBytes(abi.encode(['bytes32[]', 'bytes'], [log.topics, log.data]));
}

/** Decodes a log event's payload back into its topics and data (for applications that read it). */
export function decodeLogPayload(payload: Uint8Array): { topics: string[]; data: Uint8Array } {
  try {
    const [topics, data] = abi.decode(['bytes32[]', 'bytes'], payload) as unknown as [string[], string];
    return { topics: [...topics].map((t) => t.toLowerCase()), data: getBytes(data) };
  } catch (error) {
    throw new WeftError('EVENT_INVALID', `not a log payload: ${(error as Error).message}`);
  }
}

/** The record of a log: what attestors sign (hashed) as the statement's result. */
export function logEventRecord(input: {
  readonly streamText: string;
  readonly sequence: bigint;
  readonly log: Pick<Log, 'topics' | 'data'>;
  readonly txHash: string;
  readonly blockNumber: bigint;
  readonly blockTimestamp: bigint;
}): Uint8Array {
  return encodeEventRecord({
    stream: input.streamText,
    sequence: input.sequence,
    name: input.log.topics[0]?.toLowerCase() ?? '',
    payload: logPayload(input.log),
    txId: input.txHash.toLowerCase(),
    blockNumber: input.blockNumber,
    sourceTimeMs: Number(input.blockTimestamp) * 1000,
  });
}

export type LogEventFailure = Codes<
  | 'EVENT_INVALID'
  | 'RECEIPT_PROOF_MISSING'
  | 'MALFORMED_PROOF'
  | 'HEADER_MISMATCH'
  | 'RECEIPT_PROOF_INVALID'
  | 'LOG_MISMATCH'
>;

export type LogEventVerdict =
  | { readonly valid: true; readonly record: EventRecord }
  | { readonly valid: false; readonly failure: LogEventFailure; readonly reason: string };

/**
 * Whether an attested log statement is borne out by its receipt proof: the header is the attested block's,
 * the receipt at the stated transaction index is in its receipts trie, succeeded, and has at the stated
 * index a log of the stream's contract whose topics match the stream; and the attested record is that log
 * of that block, of this stream. The sequence is the attestors' word (a receipt cannot count a stream).
 */
export async function verifyLogEvent(
  statement: EvmStatement,
  stream: { readonly view: EvmLogView; readonly text: string },
  proof: Pick<ReceiptProof, 'header' | 'proof'> | undefined,
): Promise<LogEventVerdict> {
  const fail = (failure: LogEventFailure, reason: string): LogEventVerdict => ({
    valid: false,
    failure,
    reason,
  });
  if (!proof) return fail('RECEIPT_PROOF_MISSING', 'a log event carries the Merkle proof of its receipt');
  let position: LogPosition;
  let record: EventRecord;
  try {
    position = decodeLogPosition(statement.callData);
    record = decodeEventRecord(statement.result);
  } catch (error) {
    return fail('EVENT_INVALID', (error as Error).message);
  }
  const proven = await verifyReceiptProof({
    header: proof.header,
    blockHash: statement.blockHash,
    txIndex: position.txIndex,
    proof: proof.proof,
  });
  if (!proven.valid) return fail(proven.failure, proven.reason);
  if (proven.blockNumber !== statement.blockNumber || proven.blockTimestamp !== statement.blockTimestamp) {
    return fail('HEADER_MISMATCH', 'the header is of another height or time than the attested block');
  }
  if (proven.receipt.status !== 1) return fail('LOG_MISMATCH', 'the transaction reverted: it logged nothing');
  const log = proven.receipt.logs[position.logIndex];
  if (!log) return fail('LOG_MISMATCH', `the receipt has no log at index ${position.logIndex}`);
  if (log.address.toLowerCase() !== stream.view.contract || !logMatchesStream(stream.view, log.topics)) {
    return fail(
      'LOG_MISMATCH',
      `log ${position.logIndex} of transaction ${position.txIndex} is not of ${stream.text}`,
    );
  }
  const expected = {
    stream: stream.text,
    name: log.topics[0]!.toLowerCase(),
    payload: hexlify(logPayload(log)),
    blockNumber: statement.blockNumber,
    sourceTimeMs: Number(statement.blockTimestamp) * 1000,
  };
  const actual = {
    stream: record.stream,
    name: record.name,
    payload: hexlify(record.payload),
    blockNumber: record.blockNumber,
    sourceTimeMs: record.sourceTimeMs,
  };
  for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
    if (expected[key] !== actual[key]) {
      return fail('LOG_MISMATCH', `the record's ${key} is not the proven log's`);
    }
  }
  return { valid: true, record };
}
