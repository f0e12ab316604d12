import { describe, expect, it } from 'vitest';
import { type ErrorCode, isWeftError } from '../../common/errors.js';
import { refusalText } from '../../common/refusal.js';
import { fabricFailure } from './ledger.js';

/** A Gateway error as @hyperledger/fabric-gateway raises it, each peer's message in its details. */
function gatewayError(...messages: string[]): Error {
  return Object.assign(new Error('10 ABORTED: failed to evaluate transaction, see attached details'), {
    details: messages.map((message, i) => ({
      address: `127.0.0.1:705${i}`,
      mspId: `Org${i + 1}MSP`,
      message,
    })),
  });
}

const refused = (code: ErrorCode, message: string) =>
  `chaincode response 500, ${refusalText({ code, message })}`;

describe('fabricFailure', () => {
  it("reads the chaincode's refusal of missing state as NOT_FOUND, by its code", () => {
    for (const code of ['ASSET_NOT_FOUND', 'NOT_FOUND', 'NOT_RECORDED'] as const) {
      const failure = fabricFailure(gatewayError(refused(code, 'no asset k1')), 1000);
      expect(failure.code, code).toBe('NOT_FOUND');
      expect(failure.context.refusal).toBe(code);
      expect(failure.message).toContain(`${code}: no asset k1`);
    }
  });

  it('reads any other refusal, or a failure without one, as the ledger failing', () => {
    const other = fabricFailure(
      gatewayError(refused('ACCESS_DENIED', 'ASSET_NOT_FOUND is not for you')),
      1000,
    );
    expect(other).toMatchObject({ code: 'LEDGER_CALL_FAILED', context: { refusal: 'ACCESS_DENIED' } });
    // Words alone are not a refusal: a code travels as data or not at all.
    for (const words of [
      'chaincode response 500, ASSET_NOT_FOUND: no asset k1',
      'ASSET_NOT_FOUND: no asset k1',
      'chaincode response 500, {"code":"ASSET_NOT_FOUNDX","message":"k1"}',
    ]) {
      const failure = fabricFailure(gatewayError(words), 1000);
      expect(failure.code, words).toBe('LEDGER_CALL_FAILED');
      expect(failure.context.refusal, words).toBeUndefined();
    }
    const unreachable = fabricFailure(new Error('14 UNAVAILABLE: No connection established'), 1000);
    expect(isWeftError(unreachable, 'LEDGER_CALL_FAILED')).toBe(true);
    expect(unreachable.message).toContain('14 UNAVAILABLE');
  });

  it('reads a deadline as DEADLINE_EXCEEDED', () => {
    expect(fabricFailure(Object.assign(new Error('4 DEADLINE_EXCEEDED'), { code: 4 }), 250).code).toBe(
      'DEADLINE_EXCEEDED',
    );
  });
});
