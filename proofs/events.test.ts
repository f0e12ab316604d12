import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWeftError } from '../common/errors.js';
import {
  checkEventOrder,
  decodeEventRecord,
  decodeEventRun,
  type EventRecord,
  encodeEventRecord,
  encodeEventRun,
  MAX_RUN,
  nextOfRun,
} from './events.js';

const record = (sequence: bigint, stream = 'mychannel:assets:EventAt:AssetChanged'): EventRecord => ({
  stream,
  sequence,
  name: 'AssetChanged',
  payload: Buffer.from('{"key":"k1"}'),
  txId: 'tx1',
  blockNumber: 0n,
  sourceTimeMs: 1_700_000_000_000,
});

const records = fc.record({
  stream: fc.string({ minLength: 1, maxLength: 64 }),
  sequence: fc.bigInt({ min: 1n, max: 2n ** 64n - 1n }),
  name: fc.string({ maxLength: 32 }),
  payload: fc.uint8Array({ maxLength: 256 }),
  txId: fc.string({ maxLength: 64 }),
  blockNumber: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
  sourceTimeMs: fc.integer({ min: 0, max: 2 ** 48 }),
});

describe('event records', () => {
  it('decode what they encode', () => {
    fc.assert(
      fc.property(records, (r) => {
        const decoded = decodeEventRecord(encodeEventRecord(r));
        expect({ ...decoded, payload: Buffer.from(decoded.payload) }).toEqual({
          ...r,
          payload: Buffer.from(r.payload),
        });
      }),
    );
  });

  it('refuse bytes that are not a record with EVENT_INVALID, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 128 }), (bytes) => {
        try {
          decodeEventRecord(bytes);
        } catch (error) {
          expect(isWeftError(error) && error.code).toBe('EVENT_INVALID');
        }
      }),
    );
    expect(() => decodeEventRecord(encodeEventRecord(record(0n)))).toThrow(/no sequence number/);
    expect(() => decodeEventRecord(encodeEventRecord(record(1n, '')))).toThrow(/names no stream/);
  });
});

describe('checkEventOrder', () => {
  const cursor = { stream: 'mychannel:assets:EventAt:AssetChanged', next: 5n };

  it('takes the next sequence of its stream, once', () => {
    const verdict = checkEventOrder(record(5n), cursor);
    expect(verdict).toEqual({ valid: true, next: { ...cursor, next: 6n } });
    if (!verdict.valid) return;
    expect(checkEventOrder(record(5n), verdict.next)).toMatchObject({
      valid: false,
      failure: 'EVENT_REPLAYED',
    });
  });

  it('refuses a replay, a gap and another stream by name', () => {
    expect(checkEventOrder(record(4n), cursor)).toMatchObject({ valid: false, failure: 'EVENT_REPLAYED' });
    expect(checkEventOrder(record(7n), cursor)).toMatchObject({ valid: false, failure: 'EVENT_GAP' });
    expect(checkEventOrder(record(5n, 'mychannel:assets:EventAt:Other'), cursor)).toMatchObject({
      valid: false,
      failure: 'EVENT_STREAM_MISMATCH',
    });
  });

  it('accepts exactly one order of any shuffled stream: ascending from its cursor', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([1n, 2n, 3n, 4n, 5n, 6n], { minLength: 6, maxLength: 6 }), (order) => {
        let at = { stream: cursor.stream, next: 1n };
        const taken: bigint[] = [];
        const pending = [...order];
        // Delivered as they come; whatever is refused as a gap is offered again after the next one lands.
        for (let round = 0; round < 6 && pending.length > 0; round++) {
          for (const sequence of [...pending]) {
            const verdict = checkEventOrder(record(sequence), at);
            if (verdict.valid) {
              at = verdict.next;
              taken.push(sequence);
              pending.splice(pending.indexOf(sequence), 1);
            } else expect(verdict.failure).toBe('EVENT_GAP');
          }
        }
        expect(taken).toEqual([1n, 2n, 3n, 4n, 5n, 6n]);
      }),
    );
  });
});

describe('event runs', () => {
  const run = (from: bigint, length: number, stream?: string) =>
    Array.from({ length }, (_, i) => record(from + BigInt(i), stream));

  it('decode what they encode, and a single record as a run of one; never one as the other', () => {
    fc.assert(
      fc.property(records, fc.integer({ min: 1, max: MAX_RUN }), (r, length) => {
        const first = { ...r, sequence: r.sequence > 2n ** 63n ? 1n : r.sequence };
        const many = Array.from({ length }, (_, i) => ({ ...first, sequence: first.sequence + BigInt(i) }));
        const decoded = decodeEventRun(encodeEventRun(many));
        expect(decoded.map((d) => d.sequence)).toEqual(many.map((m) => m.sequence));
        expect(decodeEventRun(encodeEventRecord(first))).toEqual([
          decodeEventRecord(encodeEventRecord(first)),
        ]);
        // A run is no record: it names no stream.
        expect(() => decodeEventRecord(encodeEventRun(many))).toThrow(
          expect.objectContaining({ code: 'EVENT_INVALID' }),
        );
      }),
    );
  });

  it('refuse a run that is not consecutive, mixes streams or is too long', () => {
    const refused = (records: EventRecord[]) => () => decodeEventRun(encodeEventRun(records));
    expect(refused([record(3n), record(5n)])).toThrow(expect.objectContaining({ code: 'EVENT_INVALID' }));
    expect(refused([record(3n), record(4n, 'other')])).toThrow(/consecutive events of one stream/);
    expect(refused(run(1n, MAX_RUN + 1))).toThrow(/at most 64/);
    // A record's fields, then a run's: read as a record by the contract, so refused here.
    const mixed = Buffer.concat([encodeEventRecord(record(3n)), encodeEventRun([record(4n)])]);
    expect(() => decodeEventRun(mixed)).toThrow(/nothing else, first/);
  });

  it('give a cursor the record it takes next, a replay below the run and a gap above it', () => {
    const stream = record(1n).stream;
    const r = run(10n, 5);
    for (let next = 10n; next < 15n; next++) {
      const verdict = nextOfRun(r, { stream, next });
      expect(verdict.valid && verdict.record.sequence).toBe(next);
    }
    expect(nextOfRun(r, { stream, next: 15n })).toMatchObject({ valid: false, failure: 'EVENT_REPLAYED' });
    expect(nextOfRun(r, { stream, next: 9n })).toMatchObject({ valid: false, failure: 'EVENT_GAP' });
    expect(nextOfRun(r, { stream: 'other', next: 10n })).toMatchObject({
      valid: false,
      failure: 'EVENT_STREAM_MISMATCH',
    });
    expect(nextOfRun([], { stream, next: 1n })).toMatchObject({ valid: false });
  });
});
