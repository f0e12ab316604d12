/**
 * A transactional outbox for an application chaincode's events, the Fabric side of proofs/events.ts.
 *
 * `emitEvent` writes the event's payload to one key per event name, blindly (the transaction reads nothing
 * of it, so concurrent emitters never conflict), in the same transaction as the application's own writes,
 * and raises the chaincode event. A peer keeps the history of every key, in commit order, and only of
 * transactions committed valid: so the event of sequence n is the n-th write of that key, and an endorsed
 * answer of `eventAt(name, n)` proves that the event was committed valid, not merely endorsed; a transaction
 * invalidated at commit (an MVCC conflict) has no place in the history, and its event has no sequence.
 *
 * One event of a name per transaction: a second write of one key in one transaction would replace the
 * first, so the helper refuses it (EVENT_TWICE). Peers must keep history (core.yaml
 * `ledger.history.enableHistoryDatabase`, the default).
 */
import type { Context } from 'fabric-contract-api';
import { FIRST_SEQUENCE, MAX_RUN } from '../../proofs/events.js';
import { toUint64, weft } from '../../protos/index.js';
import { refuse } from './refusal.js';

const OUTBOX = 'weft-outbox';
const MAX_NAME_LENGTH = 128;
const MAX_PAYLOAD_BYTES = 64 * 1024;

/** The names each running transaction emitted: a context is one transaction's. */
const emitted = new WeakMap<Context, Set<string>>();

function checkName(name: string): void {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > MAX_NAME_LENGTH ||
    name.includes('\u0000')
  ) {
    throw refuse('INVALID_ARGUMENT', `an event name is 1 to ${MAX_NAME_LENGTH} characters, no U+0000`);
  }
}

const outboxKey = (ctx: Context, name: string) => ctx.stub.createCompositeKey(OUTBOX, [name]);

/** Emits the event `name` with `payload` in this transaction: recorded in the outbox, raised as a chaincode event. */
export async function emitEvent(ctx: Context, name: string, payload: Uint8Array): Promise<void> {
  checkName(name);
  if (payload.length > MAX_PAYLOAD_BYTES) {
    throw refuse('INVALID_ARGUMENT', `an event payload is at most ${MAX_PAYLOAD_BYTES} bytes`);
  }
  const names = emitted.get(ctx) ?? new Set<string>();
  if (names.has(name)) throw refuse('EVENT_TWICE', `event ${name} was emitted in this transaction already`);
  names.add(name);
  emitted.set(ctx, names);
  await ctx.stub.putState(outboxKey(ctx, name), payload);
  ctx.stub.setEvent(name, payload);
}

interface Entry {
  readonly txId: string;
  readonly value: Uint8Array;
  readonly timeMs: number;
}

/**
 * The outbox's entries of `name`, oldest first, from the `from`-th (1-based) on, at most `max`; and how
 * many there are in all. The peer lists a key's history newest first (Fabric 2.x), so the whole history is
 * read once and only the entries asked for are kept.
 */
async function entriesOf(
  ctx: Context,
  name: string,
  from: bigint,
  max: number,
): Promise<{ readonly entries: Entry[]; readonly count: bigint }> {
  const iterator = await ctx.stub.getHistoryForKey(outboxKey(ctx, name));
  const newestFirst: Entry[] = [];
  let count = 0n;
  try {
    for (let result = await iterator.next(); !result.done; result = await iterator.next()) {
      const modification = result.value;
      if (modification.isDelete) continue;
      count += 1n;
      // Only what is asked for is kept; a count asks for nothing.
      if (max === 0) continue;
      const { seconds, nanos } = modification.timestamp;
      newestFirst.push({
        txId: modification.txId,
        value: modification.value,
        timeMs: Number(seconds) * 1000 + Math.floor(nanos / 1e6),
      });
    }
  } finally {
    await iterator.close();
  }
  const oldestFirst = newestFirst.reverse();
  const start = Number(from - FIRST_SEQUENCE);
  return { entries: oldestFirst.slice(start, start + max), count };
}

function parseSequence(text: string): bigint {
  if (!/^[1-9][0-9]{0,19}$/.test(text))
    throw refuse('INVALID_ARGUMENT', 'a sequence number is a positive integer');
  return BigInt(text);
}

/**
 * The event of sequence `sequence` of the outbox's stream `name`, as a serialized weft.events.EventRecord
 * (its `stream` left for the interop chaincode to name); EVENT_NOT_YET while this peer has no such event.
 * With `max` (1 to MAX_RUN), the events from `sequence` on, at most `max` of them, as one
 * weft.events.EventRecords: what a source endorses once for many events.
 */
export async function eventAt(
  ctx: Context,
  name: string,
  sequence: string,
  max?: string,
): Promise<Uint8Array> {
  checkName(name);
  const wanted = parseSequence(sequence);
  const most = max === undefined ? undefined : parseRunLength(max);
  const { entries, count } = await entriesOf(ctx, name, wanted, most ?? 1);
  if (entries.length === 0)
    throw refuse('EVENT_NOT_YET', `event ${wanted} of ${name}: this peer has ${count}`);
  const records = entries.map((entry, i) =>
    weft.events.EventRecord.create({
      sequence: toUint64(wanted + BigInt(i)),
      name,
      payload: entry.value,
      tx_id: entry.txId,
      source_time_ms: entry.timeMs,
    }),
  );
  if (most === undefined) return weft.events.EventRecord.encode(records[0]!).finish();
  return weft.events.EventRecords.encode(weft.events.EventRecords.create({ records })).finish();
}

function parseRunLength(text: string): number {
  if (!/^[1-9][0-9]{0,2}$/.test(text) || Number(text) > MAX_RUN) {
    throw refuse('INVALID_ARGUMENT', `a run is 1 to ${MAX_RUN} events`);
  }
  return Number(text);
}

/** How many events the outbox's stream `name` has, as text: the sequence of its latest event (0: none). */
export async function eventCount(ctx: Context, name: string): Promise<string> {
  checkName(name);
  return String((await entriesOf(ctx, name, FIRST_SEQUENCE, 0)).count);
}
