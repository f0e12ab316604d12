import * as grpc from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { WeftError } from '../../common/errors.js';
import { attemptOn, isUnanswered } from './attacks.js';

/** A gRPC error as @grpc/grpc-js raises it: a status code on an Error. */
const grpcError = (code: grpc.status) => Object.assign(new Error(`status ${code}`), { code });

const refusedByContract = () =>
  new WeftError('VIEW_INVALID', 'rejected by the interop contract: NonceReplayed()', {
    error: 'NonceReplayed',
    args: [],
  });

describe('carrying out an attack', () => {
  it('tells a call that got no answer from the destination`s refusal, through wrapped causes', () => {
    expect(isUnanswered(grpcError(grpc.status.UNAVAILABLE))).toBe(true);
    expect(isUnanswered(grpcError(grpc.status.DEADLINE_EXCEEDED))).toBe(true);
    const timeout = Object.assign(new Error('timeout'), { code: 'TIMEOUT' });
    expect(isUnanswered(new WeftError('LEDGER_CALL_FAILED', 'failed', {}, { cause: timeout }))).toBe(true);
    expect(isUnanswered(grpcError(grpc.status.PERMISSION_DENIED))).toBe(false);
    expect(isUnanswered(refusedByContract())).toBe(false);
    expect(isUnanswered(new Error('not written'))).toBe(false);
    expect(isUnanswered('ECONNREFUSED')).toBe(false);
  });

  it('reports a refusal with the destination`s reason, after one try', async () => {
    let tries = 0;
    const outcome = await attemptOn(
      async () => ++tries,
      async () => {
        throw refusedByContract();
      },
    );
    expect(outcome).toEqual({ accepted: false, how: 'NonceReplayed()' });
    expect(tries).toBe(1);
  });

  it('makes an unanswered attack again from its preparation, and reports what the destination then did', async () => {
    const prepared: number[] = [];
    const outcome = await attemptOn(
      async () => {
        prepared.push(prepared.length);
        return prepared.length;
      },
      async (n) => {
        if (n === 1) throw grpcError(grpc.status.UNAVAILABLE);
      },
    );
    expect(outcome).toEqual({ accepted: true, how: 'the destination took the false value' });
    expect(prepared).toEqual([0, 1]);
  });

  it('never counts an attack that got no answer as caught: after three tries it throws UNREACHABLE', async () => {
    let tries = 0;
    const carried = attemptOn(
      async () => tries++,
      async () => {
        throw grpcError(grpc.status.DEADLINE_EXCEEDED);
      },
    );
    await expect(carried).rejects.toMatchObject({ code: 'UNREACHABLE' });
    expect(tries).toBe(3);
  });

  it('throws a failure to build the false value instead of counting it as a refusal', async () => {
    const failure = new WeftError('NOT_FOUND', 'no such view');
    await expect(
      attemptOn(
        async () => Promise.reject(failure),
        async () => {},
      ),
    ).rejects.toBe(failure);
  });
});
