import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWeftError } from '../common/errors.js';
import { checkEventOrder, decodeEventRecord, type EventRecord, encodeEventRecord } from './events.js';

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
