import { describe, expect, it } from 'vitest';
import { describeRefusal, parseRefusal, refusalText } from './refusal.js';

describe('refusals as data', () => {
  it('round-trips a code and a message, any characters included', () => {
    const refusal = { code: 'NONCE_REPLAYED', message: 'nonce "n-1" of fabric-b: {json} ünïcode\n' } as const;
    expect(parseRefusal(refusalText(refusal))).toEqual(refusal);
    expect(describeRefusal(refusal)).toBe('NONCE_REPLAYED: nonce "n-1" of fabric-b: {json} ünïcode\n');
  });

  it('reads nothing into text that is not a refusal', () => {
    for (const text of [
      'NONCE_REPLAYED: a view with this nonce was already accepted',
      '',
      'null',
      '"NONCE_REPLAYED"',
      '[]',
      '{"code":"NOT_A_CODE","message":"x"}',
      '{"code":"NONCE_REPLAYED"}',
      '{"code":"NONCE_REPLAYED","message":7}',
      '{"code":"__proto__","message":"x"}',
    ]) {
      expect(parseRefusal(text), text).toBeUndefined();
    }
  });
});
