import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { isWeftError } from '../common/errors.js';
import { ERROR_CODE_KEY, type Message } from './grpc.js';
import { type Serving, serve } from './serve.js';

const REQUEST_STATE = '/relay.datatransfer.DataTransfer/RequestState';
const WATCH_STATE = '/weft.relay.Watch/WatchState';
const bytes = (b: Buffer) => b;
const insecure = grpc.ServerCredentials.createInsecure();

const running: Serving[] = [];
const clients: grpc.Client[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await Promise.all(running.splice(0).map((s) => s.stop(0)));
});

type Unary = grpc.ServerUnaryCall<Buffer, Message>;

/** DataTransfer.RequestState answering after `delayMs`; Watch.WatchState never ending. */
async function start(
  options: { port?: number; delayMs?: number; onWatch?: () => void } = {},
): Promise<Serving> {
  const serving = await serve({
    host: '127.0.0.1',
    port: options.port ?? 0,
    credentials: insecure,
    receiveBytes: 1024,
    sendBytes: 1024,
    services: [
      [
        'relay.datatransfer.DataTransfer',
        {
          RequestState: (_call: Unary, callback: grpc.sendUnaryData<Message>) => {
            setTimeout(
              () => callback(null, { status: 0, request_id: 'r', message: 'ok' }),
              options.delayMs ?? 0,
            );
          },
        },
      ],
      ['weft.relay.Watch', { WatchState: () => options.onWatch?.() }],
    ],
  });
  running.push(serving);
  return serving;
}

function clientOf(port: number): grpc.Client {
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    'grpc.max_send_message_length': 16 * 1024,
  });
  clients.push(client);
  return client;
}

/** The call's failure; undefined when it was answered. */
function call(client: grpc.Client, body = Buffer.alloc(0)): Promise<grpc.ServiceError | undefined> {
  return new Promise((resolve) =>
    client.makeUnaryRequest(REQUEST_STATE, bytes, bytes, body, { deadline: Date.now() + 5_000 }, (e) =>
      resolve(e ?? undefined),
    ),
  );
}

describe('serve', () => {
  it('listens on a free port of 127.0.0.1, serves its services with their limits, and stops', async () => {
    const serving = await start();
    expect(serving.port).toBeGreaterThan(0);
    const client = clientOf(serving.port);
    expect(await call(client)).toBeUndefined();
    // The receive limit given: a bigger message is refused with weft's code.
    const tooBig = await call(client, Buffer.alloc(1025));
    expect(tooBig?.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    expect(tooBig?.metadata.get(ERROR_CODE_KEY)).toEqual(['MESSAGE_TOO_LARGE']);
    await serving.stop();
    expect((await call(clientOf(serving.port)))?.code).toBe(grpc.status.UNAVAILABLE);
  });

  it('refuses a port that is taken with PORT_IN_USE, naming the address', async () => {
    const taken = await start();
    const error = await start({ port: taken.port }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isWeftError(error, 'PORT_IN_USE')).toBe(true);
    expect(error).toMatchObject({ context: { address: `127.0.0.1:${taken.port}` } });
    // The server that holds the port still serves.
    expect(await call(clientOf(taken.port))).toBeUndefined();
  });

  it('lets a call under way finish when it stops', async () => {
    const serving = await start({ delayMs: 300 });
    const answer = call(clientOf(serving.port));
    await new Promise((r) => setTimeout(r, 100));
    await serving.stop(5_000);
    expect(await answer).toBeUndefined();
  });

  it('cuts a call still open once the grace period is over', async () => {
    let watching = () => {};
    const watched = new Promise<void>((resolve) => {
      watching = resolve;
    });
    const serving = await start({ onWatch: () => watching() });
    const stream = clientOf(serving.port).makeServerStreamRequest(WATCH_STATE, bytes, bytes, Buffer.alloc(0));
    const ended = new Promise<grpc.ServiceError>((resolve) => stream.on('error', resolve));
    await watched;
    const before = Date.now();
    await serving.stop(200);
    expect(Date.now() - before).toBeLessThan(1_500);
    expect((await ended).code).not.toBe(grpc.status.OK);
  });
});
