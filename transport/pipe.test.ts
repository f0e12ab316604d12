import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { WeftError } from '../common/errors.js';
import { common } from '../protos/index.js';
import { openPipe, type PipeSender, type PipeTaker, PipeUnsupported, pipeHandler } from './pipe.js';
import { type Serving, serve } from './serve.js';

const query = (id: string) => ({
  kind: 'query' as const,
  requestId: id,
  message: common.query.Query.create({ request_id: id, address: 'x' }),
});
const answer = (id: string) => ({
  kind: 'answer' as const,
  requestId: id,
  message: common.state.ViewPayload.create({ request_id: id, error: 'none' }),
});

const open: Array<{ stop(): unknown }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((x) => x.stop()));
});

/**
 * A real server on 127.0.0.1, with the pipe (`accept` for every caller, which may refuse it by throwing) or
 * without it (Weaver's); `frames` counts the frames it received.
 */
async function server(accept?: () => PipeTaker): Promise<{ serving: Serving; frames: number[] }> {
  const frames: number[] = [];
  const serving = await serve({
    host: '127.0.0.1',
    port: 0,
    credentials: grpc.ServerCredentials.createInsecure(),
    receiveBytes: 64 * 1024,
    sendBytes: 64 * 1024,
    services: accept
      ? [
          [
            'weft.relay.Pipe',
            {
              Open: (call: Parameters<ReturnType<typeof pipeHandler>>[0]) => {
                call.on('data', (frame: Buffer) => frames.push(frame.length));
                pipeHandler(accept, () => {})(call);
              },
            },
          ],
        ]
      : [['relay.datatransfer.DataTransfer', {}]],
  });
  open.push(serving);
  return { serving, frames };
}

function sender(port: number): PipeSender {
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const pipe = openPipe(client, { maxFrameBytes: 16 * 1024 });
  open.push({
    stop: () => {
      pipe.close();
      client.close();
    },
  });
  return pipe;
}

describe('weft.relay.Pipe', () => {
  it('acks each item once taken, and answers a refusal with the status the unary call would end with', async () => {
    const taken: string[] = [];
    const { serving } = await server(() => ({
      // Throws at once, as a taker whose input does not decode does: refused, the acceptor unharmed.
      query: (m) => {
        if (m.request_id === 'bad') throw new WeftError('REQUEST_INVALID', 'a bad query');
        taken.push(`query ${m.request_id}`);
        return Promise.resolve();
      },
      answer: async (m) => {
        taken.push(`answer ${m.request_id}`);
      },
    }));
    const pipe = sender(serving.port);
    await Promise.all([pipe.send(query('q1'), 5_000), pipe.send(answer('a1'), 5_000)]);
    expect(taken.sort()).toEqual(['answer a1', 'query q1']);
    await expect(pipe.send(query('bad'), 5_000)).rejects.toMatchObject({
      code: grpc.status.INVALID_ARGUMENT,
      details: '[REQUEST_INVALID] a bad query',
    });
    await expect(pipe.send(query('q2'), 5_000)).resolves.toBeUndefined();
  });

  it('refuses the kinds of item a caller may not send, item by item', async () => {
    const { serving } = await server(() => ({ answer: async () => {} }));
    const pipe = sender(serving.port);
    await expect(pipe.send(query('q'), 5_000)).rejects.toMatchObject({ code: grpc.status.UNAUTHENTICATED });
    await expect(pipe.send(answer('a'), 5_000)).resolves.toBeUndefined();
  });

  it('ends the stream of a caller it does not accept, with the status of the refusal', async () => {
    const { serving } = await server(() => {
      throw new WeftError('UNAUTHENTICATED', 'a stranger');
    });
    await expect(sender(serving.port).send(query('q'), 5_000)).rejects.toMatchObject({
      code: grpc.status.UNAUTHENTICATED,
    });
  });

  it('fails the items in flight when the peer goes away, and opens the stream again for the next', async () => {
    let release: (() => void) | undefined;
    const first = await server(() => ({ query: () => new Promise<void>((resolve) => (release = resolve)) }));
    const pipe = sender(first.serving.port);
    const held = pipe.send(query('held'), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await first.serving.stop(0);
    await expect(held).rejects.toMatchObject({ code: expect.any(Number) });
    release?.();
    // A new stream to a live peer works; the old peer stays unreachable.
    const second = await server(() => ({ query: async () => {} }));
    await expect(sender(second.serving.port).send(query('after'), 5_000)).resolves.toBeUndefined();
    await expect(pipe.send(query('again'), 2_000)).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
  });

  it('sends items of the same turn in one frame', async () => {
    const { serving, frames } = await server(() => ({ query: async () => {} }));
    const pipe = sender(serving.port);
    await pipe.send(query('warm'), 5_000);
    expect(frames).toHaveLength(1);
    await Promise.all(Array.from({ length: 20 }, (_, i) => pipe.send(query(`q${i}`), 5_000)));
    expect(frames).toHaveLength(2);
  });

  it('says a peer without the pipe (Weaver’s) does not serve it, so that the caller goes unary', async () => {
    const { serving } = await server();
    const pipe = sender(serving.port);
    await expect(pipe.send(query('q'), 5_000)).rejects.toBeInstanceOf(PipeUnsupported);
    expect(pipe.supported).toBe(false);
    await expect(pipe.send(query('q2'), 5_000)).rejects.toBeInstanceOf(PipeUnsupported);
  });

  it('fails an item whose ack does not come in time, and leaves the stream open for others', async () => {
    const { serving } = await server(() => ({
      query: (m) => (m.request_id === 'slow' ? new Promise<void>(() => {}) : Promise.resolve()),
    }));
    const pipe = sender(serving.port);
    await expect(pipe.send(query('slow'), 300)).rejects.toMatchObject({
      code: grpc.status.DEADLINE_EXCEEDED,
    });
    await expect(pipe.send(query('quick'), 5_000)).resolves.toBeUndefined();
  });
});
