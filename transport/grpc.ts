/**
 * gRPC service definitions for @grpc/grpc-js servers and clients: each method's path and streaming from the
 * protocol's schema, its messages encoded and decoded by their generated classes. Servers receive raw
 * bytes: each handler decodes and validates its input once, at the edge, so a malformed message becomes a
 * typed error of the handler instead of a generic deserialization failure.
 */
import * as grpc from '@grpc/grpc-js';
import { clipUtf8, type ErrorCode, isErrorCode, isWeftError, WeftError } from '../common/errors.js';
import {
  common,
  type MessageClass,
  messageClass,
  messageName,
  networks,
  serviceType,
  weft,
} from '../protos/index.js';
import { serverRoleRefusal } from './roles.js';

/** A message to encode: an instance of its class, or a plain object of its fields (named as in the .proto). */
export type Message = object;

/** The encoded bytes as a Buffer over the same memory (grpc-js sends Buffers). */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Encodes what a handler or a caller gives: fromObject keeps an instance as it is, and converts the rest. */
const encoder = (type: MessageClass<unknown>) => (value: Message) =>
  asBuffer(type.encode(type.fromObject(value)).finish());

const decoder =
  <T>(type: MessageClass<T>) =>
  (bytes: Buffer): T =>
    type.decode(bytes);

function methodsOf(serviceName: string) {
  const service = serviceType(serviceName);
  return service.methodsArray.map((method) => {
    method.resolve();
    return {
      name: method.name,
      path: `/${service.fullName.slice(1)}/${method.name}`,
      requestStream: method.requestStream ?? false,
      responseStream: method.responseStream ?? false,
      request: messageClass(method.resolvedRequestType!.fullName),
      response: messageClass(method.resolvedResponseType!.fullName),
    };
  });
}

/** Server side: requests arrive as bytes, responses are messages to encode. */
export function serverDefinition(serviceName: string): grpc.ServiceDefinition {
  const definition: Record<string, grpc.MethodDefinition<Buffer, Message>> = {};
  for (const method of methodsOf(serviceName)) {
    definition[method.name] = {
      path: method.path,
      requestStream: method.requestStream,
      responseStream: method.responseStream,
      requestSerialize: (value: Buffer) => value,
      requestDeserialize: (bytes: Buffer) => bytes,
      responseSerialize: encoder(method.response),
      responseDeserialize: decoder(method.response),
    };
  }
  return definition;
}

/** Client side: requests are messages to encode, responses decoded messages (instances of their class). */
export function clientConstructor(serviceName: string): grpc.ServiceClientConstructor {
  const definition: Record<string, grpc.MethodDefinition<Message, Message>> = {};
  for (const method of methodsOf(serviceName)) {
    definition[method.name] = {
      path: method.path,
      requestStream: method.requestStream,
      responseStream: method.responseStream,
      requestSerialize: encoder(method.request),
      requestDeserialize: decoder(method.request),
      responseSerialize: encoder(method.response),
      responseDeserialize: decoder(method.response),
    };
  }
  return grpc.makeGenericClientConstructor(definition, serviceName);
}

/** Encodes a message by its full name: for tests and tools that need the exact wire bytes. */
export function encodeMessage(typeName: string, value: Message): Buffer {
  return encoder(messageClass(typeName))(value);
}

/** One method of the protocol, typed by the generated classes of its messages. */
export interface Rpc<Request, Response> {
  /** `/package.Service/Method`. */
  readonly path: string;
  readonly request: MessageClass<Request>;
  readonly response: MessageClass<Response>;
}

/**
 * A method by its service and name, with the classes of its messages: checked against the schema, so that a
 * type here can never disagree with the .proto.
 *
 * @throws {TypeError} when the schema has no such method, or other message types or streaming for it.
 */
export function rpc<Request, Response>(
  serviceName: string,
  name: string,
  request: MessageClass<Request>,
  response: MessageClass<Response>,
  streaming: { readonly responseStream: boolean },
): Rpc<Request, Response> {
  const method = methodsOf(serviceName).find((m) => m.name === name);
  if (
    !method ||
    method.requestStream ||
    method.responseStream !== streaming.responseStream ||
    messageName(method.request) !== messageName(request) ||
    messageName(method.response) !== messageName(response)
  ) {
    throw new TypeError(`${serviceName}.${name} is not declared so in weft's protocol`);
  }
  return { path: method.path, request, response };
}

/**
 * A bidirectional-streaming method, checked against the schema as `rpc` checks a unary one.
 *
 * @throws {TypeError} when the schema has no such method, or another shape or other message types for it.
 */
export function bidi<Request, Response>(
  serviceName: string,
  name: string,
  request: MessageClass<Request>,
  response: MessageClass<Response>,
): Rpc<Request, Response> {
  const method = methodsOf(serviceName).find((m) => m.name === name);
  if (
    !method?.requestStream ||
    !method.responseStream ||
    messageName(method.request) !== messageName(request) ||
    messageName(method.response) !== messageName(response)
  ) {
    throw new TypeError(`${serviceName}.${name} is not a bidirectional stream of weft's protocol`);
  }
  return { path: method.path, request, response };
}

const UNARY = { responseStream: false };

/** A dApp client to its relay (networks.networks.Network). */
export const Network = {
  RequestState: rpc(
    'networks.networks.Network',
    'RequestState',
    networks.networks.NetworkQuery,
    common.ack.Ack,
    UNARY,
  ),
  GetState: rpc(
    'networks.networks.Network',
    'GetState',
    networks.networks.GetStateMessage,
    common.state.RequestState,
    UNARY,
  ),
};

/** A dApp client to its relay, pushed (weft.relay.Watch). */
export const Watch = {
  WatchState: rpc(
    'weft.relay.Watch',
    'WatchState',
    networks.networks.GetStateMessage,
    common.state.RequestState,
    {
      responseStream: true,
    },
  ),
};

/** Relay to relay, and a driver to its relay (relay.datatransfer.DataTransfer). */
export const DataTransfer = {
  RequestState: rpc(
    'relay.datatransfer.DataTransfer',
    'RequestState',
    common.query.Query,
    common.ack.Ack,
    UNARY,
  ),
  SendState: rpc(
    'relay.datatransfer.DataTransfer',
    'SendState',
    common.state.ViewPayload,
    common.ack.Ack,
    UNARY,
  ),
  SendDriverState: rpc(
    'relay.datatransfer.DataTransfer',
    'SendDriverState',
    common.state.ViewPayload,
    common.ack.Ack,
    UNARY,
  ),
};

/** Between weft's relays, and a relay and its driver, one long-lived stream (weft.relay.Pipe). */
export const Pipe = {
  Open: bidi('weft.relay.Pipe', 'Open', weft.relay.PipeFrame, weft.relay.PipeAcks),
};

/** A relay to its driver (driver.driver.DriverCommunication). */
export const DriverCommunication = {
  RequestDriverState: rpc(
    'driver.driver.DriverCommunication',
    'RequestDriverState',
    common.query.Query,
    common.ack.Ack,
    UNARY,
  ),
};

/** Relay to relay: subscriptions to another network's streams (relay.events.EventSubscribe). */
export const EventSubscribe = {
  SubscribeEvent: rpc(
    'relay.events.EventSubscribe',
    'SubscribeEvent',
    common.events.EventSubscription,
    common.ack.Ack,
    UNARY,
  ),
};

/** A driver to its relay, and relay to relay: a subscription's events (relay.events.EventPublish). */
export const EventPublish = {
  SendDriverState: rpc(
    'relay.events.EventPublish',
    'SendDriverState',
    common.state.ViewPayload,
    common.ack.Ack,
    UNARY,
  ),
  SendState: rpc('relay.events.EventPublish', 'SendState', common.state.ViewPayload, common.ack.Ack, UNARY),
};

/** A relay to its driver: a subscription to one of its network's streams. */
export const DriverEvents = {
  SubscribeEvent: rpc(
    'driver.driver.DriverCommunication',
    'SubscribeEvent',
    common.events.EventSubscription,
    common.ack.Ack,
    UNARY,
  ),
};

/** A dApp client to its relay: subscriptions and their events (networks.networks.Network, weft.events.Events). */
export const NetworkEvents = {
  SubscribeEvent: rpc(
    'networks.networks.Network',
    'SubscribeEvent',
    networks.networks.NetworkEventSubscription,
    common.ack.Ack,
    UNARY,
  ),
  GetEventSubscriptionState: rpc(
    'networks.networks.Network',
    'GetEventSubscriptionState',
    networks.networks.GetStateMessage,
    common.events.EventSubscriptionState,
    UNARY,
  ),
  UnsubscribeEvent: rpc(
    'networks.networks.Network',
    'UnsubscribeEvent',
    networks.networks.NetworkEventUnsubscription,
    common.ack.Ack,
    UNARY,
  ),
  WatchEvents: rpc(
    'weft.events.Events',
    'WatchEvents',
    weft.events.WatchEventsRequest,
    common.events.EventState,
    {
      responseStream: true,
    },
  ),
};

/** An operator to a relay: its webhooks' dead letters and secrets (weft.events.Webhooks). */
export const Webhooks = {
  ListDeadLetters: rpc(
    'weft.events.Webhooks',
    'ListDeadLetters',
    weft.events.DeadLettersRequest,
    weft.events.DeadLetters,
    UNARY,
  ),
  RetryDeadLetter: rpc(
    'weft.events.Webhooks',
    'RetryDeadLetter',
    weft.events.DeadLetterKey,
    common.ack.Ack,
    UNARY,
  ),
  DropDeadLetter: rpc(
    'weft.events.Webhooks',
    'DropDeadLetter',
    weft.events.DeadLetterKey,
    common.ack.Ack,
    UNARY,
  ),
  RotateWebhookSecret: rpc(
    'weft.events.Webhooks',
    'RotateWebhookSecret',
    weft.events.RotateWebhookSecretRequest,
    weft.events.RotatedWebhookSecret,
    UNARY,
  ),
};

/** A driver to one org's attestor (weft.evm.Attestor). */
export const Attestor = {
  Attest: rpc('weft.evm.Attestor', 'Attest', weft.evm.AttestRequest, weft.evm.EvmView, UNARY),
};

/**
 * Whether a channel connects (TLS handshake and all) within `timeoutMs`: what a call would wait for.
 * Undefined when it does, else why not: what a readiness check reports.
 */
export function channelReady(client: grpc.Client, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) =>
    client.waitForReady(Date.now() + timeoutMs, (error) =>
      resolve(error ? `not connected: ${error.message}` : undefined),
    ),
  );
}

const callOptions = (deadline: number, options: { readonly waitForReady?: boolean }): grpc.CallOptions => ({
  deadline,
  ...(options.waitForReady ? { waitForReady: true } : {}),
});

/**
 * A unary call as a promise, with a deadline. `waitForReady`: while the channel is not connected the call
 * waits for it (until the deadline) instead of failing at once.
 */
export function call<Request, Response>(
  client: grpc.Client,
  method: Rpc<Request, Response>,
  request: Request,
  timeoutMs: number,
  options: { readonly waitForReady?: boolean; readonly metadata?: grpc.Metadata } = {},
): Promise<Response> {
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      method.path,
      (value: Request) => asBuffer(method.request.encode(value).finish()),
      decoder(method.response),
      request,
      options.metadata ?? new grpc.Metadata(),
      callOptions(Date.now() + timeoutMs, options),
      (error, value) => {
        if (error) reject(error);
        else if (value === undefined)
          reject(new WeftError('REMOTE_ERROR', `${method.path} answered nothing`));
        else resolve(value);
      },
    );
  });
}

/** A server-streaming call until `deadline` (epoch ms): every message the server pushes, decoded. */
export function streamCall<Request, Response>(
  client: grpc.Client,
  method: Rpc<Request, Response>,
  request: Request,
  deadline: number,
  options: { readonly waitForReady?: boolean } = {},
): grpc.ClientReadableStream<Response> {
  return client.makeServerStreamRequest(
    method.path,
    (value: Request) => asBuffer(method.request.encode(value).finish()),
    decoder(method.response),
    request,
    callOptions(deadline, options),
  );
}

/**
 * A unary call by the method's name, on a client of clientConstructor, as a promise with a deadline; the
 * caller names the response type it expects. `call` with a method of the constants above is typed by the
 * protocol.
 */
export function unary<T>(
  client: grpc.Client,
  method: string,
  request: Message,
  timeoutMs: number,
  options: { readonly waitForReady?: boolean } = {},
): Promise<T> {
  const invoke: unknown = Reflect.get(client, method);
  if (typeof invoke !== 'function') throw new TypeError(`no method ${method}`);
  return new Promise((resolve, reject) => {
    invoke.call(
      client,
      request,
      callOptions(Date.now() + timeoutMs, options),
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
  // Another replica took the request on meanwhile: asking again finds it there.
  STORE_CONFLICT: grpc.status.ABORTED,
  // The relay's store takes no writes (its database restarts): asking again later may succeed.
  STORE_FAILED: grpc.status.UNAVAILABLE,
};

/** Metadata key carrying weft's stable error code beside the gRPC status. */
export const ERROR_CODE_KEY = 'weft-error-code';
/** The message without the code, as UTF-8 (binary metadata): the status details read `[CODE] message`. */
export const ERROR_MESSAGE_KEY = 'weft-error-message-bin';

/**
 * The most bytes of an error message a status carries, in its details and again in its metadata. A status
 * travels as HTTP/2 trailers, and a message that echoes tens of KiB of hostile input makes trailers too big
 * to send: the call then hangs until its deadline, and the calls behind it on the connection with it.
 */
export const STATUS_MESSAGE_MAX_BYTES = 2048;

function errorMetadata(code: ErrorCode, message: string, base = new grpc.Metadata()): grpc.Metadata {
  base.set(ERROR_CODE_KEY, code);
  base.set(ERROR_MESSAGE_KEY, Buffer.from(clipUtf8(message, STATUS_MESSAGE_MAX_BYTES), 'utf8'));
  return base;
}

/** A handler's failure as a gRPC status: the nearest status code, and weft's code in metadata and message. */
export function toServiceError(error: unknown): Partial<grpc.ServiceError> {
  const weft = isWeftError(error)
    ? error
    : new WeftError('REMOTE_ERROR', error instanceof Error ? error.message : String(error));
  return {
    code: GRPC_STATUS[weft.code] ?? grpc.status.INTERNAL,
    details: clipUtf8(`[${weft.code}] ${weft.message}`, STATUS_MESSAGE_MAX_BYTES),
    metadata: errorMetadata(weft.code, weft.message),
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
  const details = status.details ?? '';
  const metadata = errorMetadata(code, details, status.metadata?.clone());
  return { ...status, details: clipUtf8(`[${code}] ${details}`, STATUS_MESSAGE_MAX_BYTES), metadata };
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

/** The gRPC status fields of a failed call, or of anything else a call threw. */
function statusOf(error: unknown): { code?: number; details?: string; metadata?: grpc.Metadata } {
  if (!(error instanceof Error)) return { details: String(error) };
  const code: unknown = Reflect.get(error, 'code');
  const details: unknown = Reflect.get(error, 'details');
  const metadata: unknown = Reflect.get(error, 'metadata');
  return {
    ...(typeof code === 'number' ? { code } : {}),
    details: typeof details === 'string' ? details : error.message,
    ...(metadata instanceof grpc.Metadata ? { metadata } : {}),
  };
}

/** The weft code for a failed call from a server that sent none (not weft's, or not reached). */
const CALL_STATUS_CODE: ReadonlyMap<number, ErrorCode> = new Map<number, ErrorCode>([
  [grpc.status.UNAVAILABLE, 'UNREACHABLE'],
  [grpc.status.DEADLINE_EXCEEDED, 'DEADLINE_EXCEEDED'],
  [grpc.status.RESOURCE_EXHAUSTED, 'MESSAGE_TOO_LARGE'],
]);

/** A failed call as a WeftError: weft's own code and message when the server sent them, else the status's. */
export function fromServiceError(error: unknown, what: string): WeftError {
  const refused = serverRoleRefusal(error);
  if (refused) return new WeftError('WRONG_ROLE', `${what}: ${refused.message}`, {}, { cause: error });
  const status = statusOf(error);
  const sent = status.metadata?.get(ERROR_CODE_KEY)[0];
  const message = status.metadata?.get(ERROR_MESSAGE_KEY)[0];
  const code: ErrorCode = isErrorCode(sent)
    ? sent
    : ((status.code === undefined ? undefined : CALL_STATUS_CODE.get(status.code)) ?? 'REMOTE_ERROR');
  const text = Buffer.isBuffer(message) ? message.toString('utf8') : (status.details ?? '');
  return new WeftError(code, `${what}: ${text}`, { grpcStatus: status.code }, { cause: error });
}
