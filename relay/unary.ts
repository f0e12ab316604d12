/** What the relay's unary gRPC handlers share: failures as weft's statuses, and the ack they answer with. */
import type * as grpc from '@grpc/grpc-js';
import { describeError, isWeftError } from '../common/errors.js';
import { common } from '../protos/index.js';
import { type Message, toServiceError } from '../transport/grpc.js';
import type { RelayEvent, RelayLog } from './machine.js';

export type UnaryCall = grpc.ServerUnaryCall<Buffer, Message>;
export type UnaryHandler = (call: UnaryCall, callback: grpc.sendUnaryData<Message>) => void;
/** A handler from `body`: its answer, or its failure as a status with weft's code, logged as `refused`. */
export type Handle = (body: (call: UnaryCall) => Promise<Message>) => UnaryHandler;

/** The log line of a call (or a pipe's item) refused, by its method. */
export function refusal(method: string, error: unknown): RelayEvent {
  return {
    event: 'refused',
    method,
    // The code as data, for what counts refusals (metrics.ts); a foreign error has none.
    code: isWeftError(error) ? error.code : 'UNKNOWN',
    error: describeError(error),
  };
}

export function unaryHandlers(log: RelayLog): Handle {
  return (body) => (call, callback) => {
    body(call).then(
      (response) => callback(null, response),
      (error) => {
        log(refusal(call.getPath(), error));
        callback(toServiceError(error));
      },
    );
  };
}

/** Weaver's common.ack.Ack of a request taken on. */
export const ack = (requestId: string): common.ack.Ack =>
  common.ack.Ack.create({ status: common.ack.Ack.STATUS.OK, request_id: requestId, message: '' });
