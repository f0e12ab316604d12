import { describe, expect, it } from 'vitest';
import { chaincodeFailure } from './ledger.js';

const gateway = (refusal: string) =>
  `10 ABORTED: failed to evaluate transaction, see attached details for more info: Org1MSP@127.0.0.1:7051: chaincode response 500, ${refusal}`;

describe('chaincodeFailure', () => {
  it("reads a chaincode's NOT_FOUND code as missing state", () => {
    expect(chaincodeFailure(gateway('ASSET_NOT_FOUND: no asset k1'))).toEqual({
      code: 'NOT_FOUND',
      reason: 'ASSET_NOT_FOUND: no asset k1',
    });
    expect(chaincodeFailure(gateway('NOT_FOUND'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads any other refusal, or a failure without one, as the ledger failing', () => {
    for (const refusal of [
      'Function Missing not found in contract SmartContract',
      'ACCESS_DENIED: ASSET_NOT_FOUND is not for you',
      'ASSET_NOT_FOUNDX',
      'asset_not_found',
    ]) {
      expect(chaincodeFailure(gateway(refusal)), refusal).toEqual({
        code: 'LEDGER_CALL_FAILED',
        reason: refusal,
      });
    }
    expect(chaincodeFailure('14 UNAVAILABLE: No connection established')).toEqual({
      code: 'LEDGER_CALL_FAILED',
      reason: '14 UNAVAILABLE: No connection established',
    });
  });
});
