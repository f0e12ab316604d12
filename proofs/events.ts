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

/** The most records one view proves at once: what a source endorses in one go. */
export const MAX_RUN = 64;
// A record has 7 fields, and its run one more each.
const RUN_BOUNDS = { ...EDGE_BOUNDS, maxBytes: 4 * 1024 * 1024, maxFields: MAX_RUN * 8 };

function decoded<T>(decode: () => T, what: string): T {
  try {
    return decode();
  } catch (error) {
    throw new WeftError('EVENT_INVALID', `not ${what}: ${(error as Error).message}`, {}, { cause: error });
  }
}

/** @throws {WeftError} EVENT_INVALID naming what is wrong: the bytes are not a record, or its fields are not. */
export function decodeEventRecord(bytes: Uint8Array): EventRecord {
  return recordOf(
    decoded(() => decodeBounded(weft.events.EventRecord, bytes, RECORD_BOUNDS), 'an event record'),
  );
}

/**
 * The records an event view's value holds: one `EventRecord`, or a run of them (`EventRecords`: at most
 * MAX_RUN consecutive records of one stream, oldest first).
 *
 * @throws {WeftError} EVENT_INVALID for anything else.
 */
export function decodeEventRun(bytes: Uint8Array): EventRecord[] {
  const run = decoded(() => decodeBounded(weft.events.EventRecords, bytes, RUN_BOUNDS), 'an event run');
  if (run.records.length === 0) return [decodeEventRecord(bytes)];
  // A run starts with its records (field 16: 0x82 0x01), as the Solidity verifier tells one from a record:
  // anything else is read the same way by no two verifiers.
  if (bytes[0] !== 0x82 || bytes[1] !== 0x01) {
    throw new WeftError('EVENT_INVALID', 'a run holds its records and nothing else, first');
  }
  if (run.records.length > MAX_RUN) {
    throw new WeftError('EVENT_INVALID', `a run holds at most ${MAX_RUN} events, not ${run.records.length}`);
  }
  const records = run.records.map((message) => recordOf(message as weft.events.EventRecord));
  const first = records[0]!;
  for (const [i, record] of records.entries()) {
    if (record.stream !== first.stream || record.sequence !== first.sequence + BigInt(i)) {
      throw new WeftError('EVENT_INVALID', 'a run holds consecutive events of one stream');
    }
  }
  return records;
}

export function encodeEventRun(records: readonly EventRecord[]): Uint8Array {
  return weft.events.EventRecords.encode(
    weft.events.EventRecords.create({ records: records.map(recordMessage) }),
  ).finish();
}

function recordOf(message: weft.events.EventRecord): EventRecord {
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

const recordMessage = (record: EventRecord) =>
  weft.events.EventRecord.create({
    stream: record.stream,
    sequence: toUint64(record.sequence),
    name: record.name,
    payload: record.payload,
    tx_id: record.txId,
    block_number: toUint64(record.blockNumber),
    source_time_ms: record.sourceTimeMs,
  });

export function encodeEventRecord(record: EventRecord): Uint8Array {
  return weft.events.EventRecord.encode(recordMessage(record)).finish();
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

/**
 * The record of a run that `cursor` takes next, checked as checkEventOrder checks one: a run whose records
 * all come before the cursor is a replay, one that starts after it a gap.
 */
export function nextOfRun(
  run: readonly EventRecord[],
  cursor: StreamCursor,
):
  | (EventOrderVerdict & { readonly valid: true; readonly record: EventRecord })
  | Extract<EventOrderVerdict, { valid: false }> {
  const first = run[0];
  if (!first) return { valid: false, failure: 'EVENT_GAP', reason: 'the view holds no event' };
  const at = cursor.next - first.sequence;
  const record =
    at >= 0n && at < BigInt(run.length) ? run[Number(at)]! : at < 0n ? first : run[run.length - 1]!;
  const verdict = checkEventOrder(record, cursor);
  return verdict.valid ? { ...verdict, record } : verdict;
}
