import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WeftError } from '../common/errors.js';
import { ERROR_CODE_KEY, type Message, serverDefinition, serverOptions, toServiceError } from './grpc.js';

const LIMIT = 1024;
let server: grpc.Server;
let client: grpc.Client;

/** Sends exactly these bytes to DataTransfer.RequestState. */
function call(body: Buffer): Promise<grpc.ServiceError | undefined> {
  return new Promise((resolve) =>
    client.makeUnaryRequest(
      '/relay.datatransfer.DataTransfer/RequestState',
      (b: Buffer) => b,
      (b: Buffer) => b,
      body,
      (error) => resolve(error ?? undefined),
    ),
  );
}

beforeAll(async () => {
  server = new grpc.Server(serverOptions({ receiveBytes: LIMIT, sendBytes: LIMIT }));
  server.addService(serverDefinition('relay.datatransfer.DataTransfer'), {
    RequestState: (call: grpc.ServerUnaryCall<Buffer, Message>, callback: grpc.sendUnaryData<Message>) =>
      call.request[0] === 1
        ? callback(toServiceError(new WeftError('NOT_FOUND', 'no such request')))
        : callback(null, { status: 0, request_id: 'r', message: '' }),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    'grpc.max_send_message_length': 16 * LIMIT,
  });
});

afterAll(() => {
  client?.close();
  server?.forceShutdown();
});

describe("weft's servers", () => {
  it("refuse a message over the receive limit with weft's code, as grpc-js refuses it", async () => {
    const error = await call(Buffer.alloc(LIMIT + 1));
    expect(error?.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    expect(error?.metadata.get(ERROR_CODE_KEY)).toEqual(['MESSAGE_TOO_LARGE']);
    expect(error?.details).toMatch(/^\[MESSAGE_TOO_LARGE\] Received message larger than max/);
  });

  it("keep a handler's own code, and add none to a success", async () => {
    const error = await call(Buffer.from([1]));
    expect(error?.code).toBe(grpc.status.NOT_FOUND);
    expect(error?.metadata.get(ERROR_CODE_KEY)).toEqual(['NOT_FOUND']);
    expect(error?.details).toBe('[NOT_FOUND] no such request');
    expect(await call(Buffer.alloc(LIMIT))).toBeUndefined();
  });
});
