import * as grpc from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { failedCall } from './links.js';
import type { Wake } from './machine.js';

const reconnected: Wake = () => () => {};
const status = (code: grpc.status, details: string) => Object.assign(new Error(details), { code, details });

describe('a failed call', () => {
  it('is final when the server is in another role: asking again reaches the same server', () => {
    const refused = status(
      grpc.status.UNAVAILABLE,
      "No connection established. Last error: the server relay.b presents a driver's certificate where a relay's is expected",
    );
    expect(failedCall(refused, reconnected)).toEqual({
      kind: 'refused',
      reason: "the server relay.b presents a driver's certificate where a relay's is expected",
      wrongRole: true,
    });
  });

  it.each([
    grpc.status.INVALID_ARGUMENT,
    grpc.status.NOT_FOUND,
    grpc.status.PERMISSION_DENIED,
    grpc.status.UNAUTHENTICATED,
    grpc.status.UNIMPLEMENTED,
    grpc.status.FAILED_PRECONDITION,
  ])('is final when the callee refuses it (status %i)', (code) => {
    expect(failedCall(status(code, '[NOT_FOUND] no request r1'), reconnected)).toEqual({
      kind: 'refused',
      reason: '[NOT_FOUND] no request r1',
      wrongRole: false,
    });
  });

  it('is asked again once the callee is back when it found no connection, after a backoff otherwise', () => {
    expect(failedCall(status(grpc.status.UNAVAILABLE, 'connect ECONNREFUSED'), reconnected)).toEqual({
      kind: 'failed',
      reason: 'connect ECONNREFUSED',
      wake: reconnected,
    });
    expect(failedCall(status(grpc.status.DEADLINE_EXCEEDED, 'Deadline exceeded'), reconnected)).toEqual({
      kind: 'failed',
      reason: 'Deadline exceeded',
    });
    expect(failedCall(new Error('socket hang up'), reconnected)).toEqual({
      kind: 'failed',
      reason: 'socket hang up',
    });
  });
});
