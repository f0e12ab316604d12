import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WeftError } from '../common/errors.js';
import { common, networks, toUint64, uint64, weft } from '../protos/index.js';
import {
  Attestor,
  clientConstructor,
  ERROR_CODE_KEY,
  ERROR_MESSAGE_KEY,
  type Message,
  rpc,
  STATUS_MESSAGE_MAX_BYTES,
  serverDefinition,
  serverOptions,
  streamCall,
  toServiceError,
  call as typedCall,
  unary,
  Watch,
} from './grpc.js';

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
        : call.request[0] === 2
          ? // A refusal that quotes what it refuses, as an edge check does: here 60 KiB of it.
            callback(
              toServiceError(new WeftError('REQUEST_INVALID', `invalid org id "${'A'.repeat(60_000)}"`)),
            )
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

  it('answer a refusal that quotes a huge input at once, clipped, and keep the connection serving', async () => {
    // Unclipped, the status would not fit in HTTP/2 trailers: the call (and the calls behind it) hung.
    const started = performance.now();
    const error = await call(Buffer.from([2]));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(error?.metadata.get(ERROR_CODE_KEY)).toEqual(['REQUEST_INVALID']);
    expect(Buffer.byteLength(error?.details ?? '')).toBeLessThanOrEqual(STATUS_MESSAGE_MAX_BYTES);
    expect(error?.details).toMatch(/^\[REQUEST_INVALID\] invalid org id "AAAA.* bytes in all\)$/);
    const message = error?.metadata.get(ERROR_MESSAGE_KEY)[0] as Buffer;
    expect(message.length).toBeLessThanOrEqual(STATUS_MESSAGE_MAX_BYTES);
    expect(await call(Buffer.alloc(LIMIT))).toBeUndefined();
  });
});

describe('service definitions', () => {
  let typed: grpc.Server;
  let port: number;
  beforeAll(async () => {
    typed = new grpc.Server();
    typed.addService(serverDefinition('weft.evm.Attestor'), {
      Attest: (call: grpc.ServerUnaryCall<Buffer, Message>, callback: grpc.sendUnaryData<Message>) => {
        // Handlers receive the bytes, as sent: each decodes at its own edge.
        const request = weft.evm.AttestRequest.decode(call.request);
        callback(
          null,
          weft.evm.EvmView.create({ nonce: request.nonce, block_number: request.block_number, kind: 1 }),
        );
      },
    });
    typed.addService(serverDefinition('weft.relay.Watch'), {
      WatchState: (call: grpc.ServerWritableStream<Buffer, Message>) => {
        const { request_id } = networks.networks.GetStateMessage.decode(call.request);
        call.write({ request_id, status: common.state.RequestState.STATUS.PENDING });
        call.write({ request_id, status: common.state.RequestState.STATUS.ERROR, error: 'gone' });
        call.end();
      },
    });
    port = await new Promise<number>((resolve, reject) =>
      typed.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
        error ? reject(error) : resolve(bound),
      ),
    );
  });
  afterAll(() => typed?.forceShutdown());

  it('carry typed messages both ways, encoded and decoded by their generated classes', async () => {
    const client = new (clientConstructor('weft.evm.Attestor'))(
      `127.0.0.1:${port}`,
      grpc.credentials.createInsecure(),
    );
    try {
      const request = weft.evm.AttestRequest.create({ nonce: 'n-1', block_number: toUint64(2n ** 60n + 7n) });
      const view = await typedCall(client, Attestor.Attest, request, 5_000);
      expect(view).toBeInstanceOf(weft.evm.EvmView);
      expect([view.nonce, uint64(view.block_number), view.kind, view.network_id]).toEqual([
        'n-1',
        2n ** 60n + 7n,
        1,
        '',
      ]);
      // By name, with a plain object: the same bytes, the same decoded message.
      const named = await unary<weft.evm.EvmView>(
        client,
        'Attest',
        { nonce: 'n-2', block_number: '3' },
        5_000,
      );
      expect([named.nonce, uint64(named.block_number)]).toEqual(['n-2', 3n]);
      const states: common.state.RequestState[] = [];
      const watch = new (clientConstructor('weft.relay.Watch'))(
        `127.0.0.1:${port}`,
        grpc.credentials.createInsecure(),
      );
      const stream = streamCall(
        watch,
        Watch.WatchState,
        networks.networks.GetStateMessage.create({ request_id: 'r-1' }),
        Date.now() + 5_000,
      );
      await new Promise<void>((resolve, reject) => {
        stream.on('data', (state: common.state.RequestState) => states.push(state));
        stream.on('error', reject);
        stream.on('end', resolve);
      });
      watch.close();
      expect(states.map((s) => [s.request_id, s.status, s.state ?? null, s.error ?? null])).toEqual([
        ['r-1', common.state.RequestState.STATUS.PENDING, null, null],
        ['r-1', common.state.RequestState.STATUS.ERROR, 'error', 'gone'],
      ]);
    } finally {
      client.close();
    }
  });

  it('refuse a method typed otherwise than the .proto declares it', () => {
    expect(() =>
      rpc('weft.evm.Attestor', 'Attest', weft.evm.EvmView, weft.evm.EvmView, { responseStream: false }),
    ).toThrow(TypeError);
    expect(() =>
      rpc('weft.relay.Watch', 'WatchState', networks.networks.GetStateMessage, common.state.RequestState, {
        responseStream: false,
      }),
    ).toThrow(TypeError);
    expect(() =>
      rpc('weft.evm.Attestor', 'Forge', weft.evm.AttestRequest, weft.evm.EvmView, { responseStream: false }),
    ).toThrow(TypeError);
  });
});
