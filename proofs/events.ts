/**
 * Events across networks: what an event's proof shows, and how a destination takes a stream's events.
 *
 * An event travels as a view of its **stream**. The stream address is a view address of the source
 * application's event function without its last argument (`fabric-a/mychannel:assets:EventAt:AssetChanged`);
 * the event of sequence n is what that function answers with n as one more argument. The view's nonce is the
 * subscription's, and its requester the subscriber, who signed stream address ‖ nonce once: so the source's
 * proof (Fabric endorsements, EVM attestations) binds the event to one stream, one subscription, one
 * requester and one sequence number. Its value is an `EventRecord` (protos/weft/events.proto).
 *
 * A destination keeps, per source network and stream, the next sequence it takes, and takes an event only
 * at that sequence: a lower one is a replay, a higher one a gap, and a record of another stream is refused
 * whatever its number. The SDK and the Fabric interop chaincode share this code; the Solidity interop
 * contract implements the same rule. Pure: no I/O.
 */
import { type Codes, WeftError } from '../common/errors.js';
import { decodeBounded, EDGE_BOUNDS } from '../protos/bounds.js';
import { toUint64, uint64, weft } from '../protos/index.js';

/** The sequence number of a stream's first event. */
export const FIRST_SEQUENCE = 1n;

/** Bounds of an event's record: what a source's application returns and a destination decodes. */
const RECORD_BOUNDS = { ...EDGE_BOUNDS, maxBytes: 1024 * 1024, maxFields: 16 };

/** One event, as its source vouches for it. */
export interface EventRecord {
  /** The stream's view text (its address without the network). */
  readonly stream: string;
  readonly sequence: bigint;
  readonly name: string;
  readonly payload: Uint8Array;
  readonly txId: string;
  /** 0 where the source does not say (a Fabric outbox entry). */
  readonly blockNumber: bigint;
  readonly sourceTimeMs: number;
}

/** @throws {WeftError} EVENT_INVALID naming what is wrong: the bytes are not a record, or its fields are not. */
export function decodeEventRecord(bytes: Uint8Array): EventRecord {
  let message: weft.events.EventRecord;
  try {
    message = decodeBounded(weft.events.EventRecord, bytes, RECORD_BOUNDS);
  } catch (error) {
    throw new WeftError(
      'EVENT_INVALID',
      `not an event record: ${(error as Error).message}`,
      {},
      { cause: error },
    );
  }
  const sequence = uint64(message.sequence);
  if (sequence < FIRST_SEQUENCE)
    throw new WeftError('EVENT_INVALID', 'an event record has no sequence number');
  if (message.stream.length === 0) throw new WeftError('EVENT_INVALID', 'an event record names no stream');
  return {
    stream: message.stream,
    sequence,
    name: message.name,
    payload: message.payload,
    txId: message.tx_id,
    blockNumber: uint64(message.block_number),
    sourceTimeMs: Number(message.source_time_ms),
  };
}

export function encodeEventRecord(record: EventRecord): Uint8Array {
  return weft.events.EventRecord.encode(
    weft.events.EventRecord.create({
      stream: record.stream,
      sequence: toUint64(record.sequence),
      name: record.name,
      payload: record.payload,
      tx_id: record.txId,
      block_number: toUint64(record.blockNumber),
      source_time_ms: record.sourceTimeMs,
    }),
  ).finish();
}

/** Where a destination stands in one stream: the stream, and the sequence it takes next. */
export interface StreamCursor {
  readonly stream: string;
  readonly next: bigint;
}

export type EventOrderFailure = Codes<'EVENT_REPLAYED' | 'EVENT_GAP' | 'EVENT_STREAM_MISMATCH'>;

export type EventOrderVerdict =
  | { readonly valid: true; readonly next: StreamCursor }
  | { readonly valid: false; readonly failure: EventOrderFailure; readonly reason: string };

/** Whether `record` is the event `cursor` takes next; if so, where the stream stands after it. */
export function checkEventOrder(record: EventRecord, cursor: StreamCursor): EventOrderVerdict {
  if (record.stream !== cursor.stream) {
    return {
      valid: false,
      failure: 'EVENT_STREAM_MISMATCH',
      reason: `the event is of stream ${record.stream}, not ${cursor.stream}`,
    };
  }
  if (record.sequence < cursor.next) {
    return {
      valid: false,
      failure: 'EVENT_REPLAYED',
      reason: `event ${record.sequence} of ${record.stream} was taken already (next: ${cursor.next})`,
    };
  }
  if (record.sequence > cursor.next) {
    return {
      valid: false,
      failure: 'EVENT_GAP',
      reason: `event ${record.sequence} of ${record.stream} comes after ${cursor.next}, not yet taken`,
    };
  }
  return { valid: true, next: { stream: cursor.stream, next: cursor.next + 1n } };
}
