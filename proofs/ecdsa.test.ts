import { describe, expect, it } from 'vitest';
import { decodeDerSignature, encodeDerSignature, isLowS, P256_N, toLowS } from './ecdsa.js';

describe('ECDSA DER signatures', () => {
  it('round-trips, and normalises to low-S', () => {
    const high = { r: 5n, s: P256_N - 3n };
    expect(decodeDerSignature(encodeDerSignature(high))).toEqual(high);
    expect(isLowS(high)).toBe(false);
    expect(toLowS(high)).toEqual({ r: 5n, s: 3n });
    expect(isLowS(toLowS(high))).toBe(true);
  });

  it('rejects every non-strict encoding', () => {
    const valid = Buffer.from(encodeDerSignature({ r: 1n, s: 2n }));
    expect(decodeDerSignature(valid)).toEqual({ r: 1n, s: 2n });
    const cases: Array<[string, Buffer]> = [
      ['trailing byte', Buffer.concat([valid, Buffer.from([0])])],
      ['wrong outer length', Buffer.from([0x30, 0x07, 0x02, 0x01, 0x01, 0x02, 0x01, 0x02])],
      ['padded integer', Buffer.from([0x30, 0x07, 0x02, 0x02, 0x00, 0x01, 0x02, 0x01, 0x02])],
      ['negative integer', Buffer.from([0x30, 0x06, 0x02, 0x01, 0x81, 0x02, 0x01, 0x02])],
      ['zero s', Buffer.from([0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x00])],
      ['s >= n', Buffer.from(encodeDerSignature({ r: 1n, s: P256_N }))],
      ['not a sequence', Buffer.from([0x31, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x02])],
    ];
    for (const [name, der] of cases) expect(decodeDerSignature(der), name).toBeUndefined();
  });
});
