/**
 * gRPC service definitions built from the .proto services with protobufjs, for @grpc/grpc-js servers and
 * clients. Servers receive raw bytes: each handler decodes and validates its input once, at the edge, so a
 * malformed message becomes a typed error of the handler instead of a generic deserialization failure.
 */
import * as grpc from '@grpc/grpc-js';
import type protobuf from 'protobufjs';
import { ERROR_CODES, type ErrorCode, isWeftError, WeftError } from '../common/errors.js';
import { messageType, serviceType } from '../protos/index.js';
import { serverRoleRefusal } from './roles.js';

/** A plain object for protobufjs to encode (field names as in the .proto). */
export type Message = Record<string, unknown>;

const encoder = (type: protobuf.Type) => (value: Message) =>
  Buffer.from(type.encode(type.fromObject(value)).finish());

/** Server side: requests arrive as bytes, responses are plain objects to encode. */
export function serverDefinition(serviceName: string): grpc.ServiceDefinition {
  const service = serviceType(serviceName);
  // biome-ignore lint/suspicious/noExplicitAny: requests and responses differ per method
  const definition: Record<string, grpc.MethodDefinition<any, any>> = {};
  for (const method of service.methodsArray) {
    method.resolve();
    definition[method.name] = {
      path: `/${service.fullName.slice(1)}/${method.name}`,
      requestStream: method.requestStream ?? false,
      responseStream: method.responseStream ?? false,
      requestSerialize: (value: Buffer) => value,
      requestDeserialize: (bytes: Buffer) => bytes,
      responseSerialize: encoder(method.resolvedResponseType!),
      responseDeserialize: (bytes: Buffer) => method.resolvedResponseType!.decode(bytes),
    };
  }
  return definition;
}

/** Client side: requests are plain objects, responses are decoded messages (proto3 defaults included). */
export function clientConstructor(serviceName: string): grpc.ServiceClientConstructor {
  const service = serviceType(serviceName);
  // biome-ignore lint/suspicious/noExplicitAny: requests and responses differ per method
  const definition: Record<string, grpc.MethodDefinition<any, any>> = {};
  for (const method of service.methodsArray) {
    method.resolve();
    const response = method.resolvedResponseType!;
    definition[method.name] = {
      path: `/${service.fullName.slice(1)}/${method.name}`,
      requestStream: method.requestStream ?? false,
      responseStream: method.responseStream ?? false,
      requestSerialize: encoder(method.resolvedRequestType!),
      requestDeserialize: (bytes: Buffer) => method.resolvedRequestType!.decode(bytes),
      responseSerialize: encoder(response),
      responseDeserialize: (bytes: Buffer) =>
        response.toObject(response.decode(bytes), {
          defaults: true,
          oneofs: true,
          longs: String,
          bytes: Buffer,
        }),
    };
  }
  return grpc.makeGenericClientConstructor(definition, serviceName);
}

/** Encodes a message by its full name: for tests and tools that need the exact wire bytes. */
export function encodeMessage(typeName: string, value: Message): Buffer {
  return encoder(messageType(typeName))(value);
}

/**
 * A unary call as a promise, with a deadline. `waitForReady`: while the channel is not connected the call
 * waits for it (until the deadline) instead of failing at once.
 */
export function unary<T>(
  client: grpc.Client,
  method: string,
  request: Message,
  timeoutMs: number,
  options: { readonly waitForReady?: boolean } = {},
): Promise<T> {
  const call = (client as unknown as Record<string, unknown>)[method];
  if (typeof call !== 'function') throw new TypeError(`no method ${method}`);
  return new Promise((resolve, reject) => {
    call.call(
      client,
      request,
      { deadline: Date.now() + timeoutMs, ...(options.waitForReady ? { waitForReady: true } : {}) },
      (error: grpc.ServiceError | null, value?: T) => (error ? reject(error) : resolve(value as T)),
    );
  });
}

const GRPC_STATUS: Partial<Record<ErrorCode, grpc.status>> = {
  REQUEST_INVALID: grpc.status.INVALID_ARGUMENT,
  ADDRESS_INVALID: grpc.status.INVALID_ARGUMENT,
  POLICY_INVALID: grpc.status.INVALID_ARGUMENT,
  VIEW_INVALID: grpc.status.INVALID_ARGUMENT,
  NOT_FOUND: grpc.status.NOT_FOUND,
  UNAUTHENTICATED: grpc.status.UNAUTHENTICATED,
  // The caller is known (its CA) but its certificate is another component's.
  WRONG_ROLE: grpc.status.PERMISSION_DENIED,
  ACCESS_DENIED: grpc.status.PERMISSION_DENIED,
  MESSAGE_TOO_LARGE: grpc.status.RESOURCE_EXHAUSTED,
  MESSAGE_TOO_DEEP: grpc.status.INVALID_ARGUMENT,
  OVERLOADED: grpc.status.RESOURCE_EXHAUSTED,
  DEADLINE_EXCEEDED: grpc.status.DEADLINE_EXCEEDED,
  UNREACHABLE: grpc.status.UNAVAILABLE,
};

/** Metadata key carrying weft's stable error code beside the gRPC status. */
export const ERROR_CODE_KEY = 'weft-error-code';

/** A handler's failure as a gRPC status: the nearest status code, and weft's code in metadata and message. */
export function toServiceError(error: unknown): Partial<grpc.ServiceError> {
  const weft = isWeftError(error)
    ? error
    : new WeftError('REMOTE_ERROR', (error as Error)?.message ?? String(error));
  const metadata = new grpc.Metadata();
  metadata.set(ERROR_CODE_KEY, weft.code);
  return {
    code: GRPC_STATUS[weft.code] ?? grpc.status.INTERNAL,
    details: `[${weft.code}] ${weft.message}`,
    metadata,
  };
}

/** The weft code for a status grpc-js sent itself, before or instead of a handler. */
const OWN_STATUS_CODE: Partial<Record<grpc.status, ErrorCode>> = {
  [grpc.status.RESOURCE_EXHAUSTED]: 'MESSAGE_TOO_LARGE',
  [grpc.status.DEADLINE_EXCEEDED]: 'DEADLINE_EXCEEDED',
  [grpc.status.CANCELLED]: 'CANCELLED',
  [grpc.status.UNIMPLEMENTED]: 'REQUEST_INVALID',
};

type Status = Parameters<grpc.ServerInterceptingCallInterface['sendStatus']>[0];

function withWeftCode(status: Status): Status {
  if (status.code === grpc.status.OK || status.metadata?.get(ERROR_CODE_KEY).length) return status;
  const code = OWN_STATUS_CODE[status.code] ?? 'REMOTE_ERROR';
  const metadata = status.metadata?.clone() ?? new grpc.Metadata();
  metadata.set(ERROR_CODE_KEY, code);
  return { ...status, details: `[${code}] ${status.details ?? ''}`, metadata };
}

/**
 * Gives weft's code to the statuses grpc-js sends on its own: a message over the size limit (refused from
 * its 5-byte length prefix, before the body is buffered), a deadline passed, an unsupported compression.
 * grpc-js sends those from the innermost call object, below every interceptor's responder, so the first
 * interceptor wraps that object's `sendStatus` itself (transport/grpc.test.ts checks that it still does).
 */
const weftCodes: grpc.ServerInterceptor = (_method, call) => {
  const send = call.sendStatus.bind(call);
  call.sendStatus = (status) => send(withWeftCode(status));
  return new grpc.ServerInterceptingCall(call);
};

/**
 * Options for every weft server: messages received are bounded by what its methods accept (a driver
 * receives queries of a few KiB, whatever size the views it sends), sent ones by the configured limit,
 * and every status carries weft's code.
 */
export function serverOptions(limits: { receiveBytes: number; sendBytes: number }): grpc.ServerOptions {
  return {
    'grpc.max_receive_message_length': limits.receiveBytes,
    'grpc.max_send_message_length': limits.sendBytes,
    interceptors: [weftCodes],
  };
}

/** A failed call as a WeftError: weft's own code when the server sent one, else from the gRPC status. */
export function fromServiceError(error: unknown, what: string): WeftError {
  const refused = serverRoleRefusal(error);
  if (refused) return new WeftError('WRONG_ROLE', `${what}: ${refused.message}`, {}, { cause: error });
  const service = error as Partial<grpc.ServiceError>;
  const sent = service.metadata?.get(ERROR_CODE_KEY)[0];
  const code: ErrorCode =
    typeof sent === 'string' && (ERROR_CODES as readonly string[]).includes(sent)
      ? (sent as ErrorCode)
      : service.code === grpc.status.UNAVAILABLE
        ? 'UNREACHABLE'
        : service.code === grpc.status.DEADLINE_EXCEEDED
          ? 'DEADLINE_EXCEEDED'
          : service.code === grpc.status.RESOURCE_EXHAUSTED
            ? 'MESSAGE_TOO_LARGE'
            : 'REMOTE_ERROR';
  const details = (service.details ?? (error as Error)?.message ?? String(error)).replace(
    /^\[[A-Z_]+\] /,
    '',
  );
  return new WeftError(code, `${what}: ${details}`, { grpcStatus: service.code }, { cause: error });
}
