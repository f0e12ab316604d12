/**
 * weft.relay.Pipe: one long-lived gRPC stream between two weft components in place of one unary call per
 * step. A unary call costs both ends an HTTP/2 stream (headers, trailers, a certificate read, interceptors);
 * a message on an open stream costs a fraction of it. The opener sends items (queries to ask, answers to
 * deliver), several in a frame when they come together; the acceptor takes each as the unary method would
 * and acks it, in frames too. An ack carries the status the unary call would have ended with, so the opener
 * reads an item's outcome exactly as a call's. A peer that does not serve the pipe (Weaver's components)
 * answers UNIMPLEMENTED once: its sender then says so (`PipeUnsupported`) and its caller uses the unary call.
 */
import * as grpc from '@grpc/grpc-js';
import { WeftError } from '../common/errors.js';
import { decodeBounded, EDGE_BOUNDS, type WireBounds } from '../protos/bounds.js';
import { type common, weft } from '../protos/index.js';
import { Pipe, toServiceError } from './grpc.js';

/** Items in a frame at most, either way: what one decode of a frame is bounded by. */
export const MAX_FRAME_ITEMS = 64;
/** Items an acceptor works on at once for one stream; more are refused as OVERLOADED until some settle. */
const MAX_OPEN_ITEMS = 4096;
const QUERY = 1;
const ANSWER = 2;

export type PipeItem =
  | { readonly kind: 'query'; readonly requestId: string; readonly message: common.query.Query }
  | { readonly kind: 'answer'; readonly requestId: string; readonly message: common.state.ViewPayload };

/** What a failed item rejects with: the fields of a grpc-js ServiceError that callers read. */
export interface PipeFailure extends Error {
  readonly code: number;
  readonly details: string;
  readonly metadata?: grpc.Metadata;
}

function failure(code: number, details: string, metadata?: grpc.Metadata): PipeFailure {
  return Object.assign(new Error(details), { code, details, ...(metadata ? { metadata } : {}) });
}

/** The peer does not serve the pipe: the caller sends the item with the unary call instead. */
export class PipeUnsupported extends Error {}

export interface PipeSender {
  /**
   * Sends the item and resolves once the acceptor took it; rejects as the unary call would fail (a
   * PipeFailure with the status), or with PipeUnsupported.
   */
  send(item: PipeItem, timeoutMs: number): Promise<void>;
  /** False once the peer answered that it does not serve the pipe. */
  readonly supported: boolean;
  close(): void;
}

/** An item alone in a frame: frames concatenate, so a frame of many is their bytes one after another. */
const encodeItem = (item: PipeItem): Uint8Array =>
  item.kind === 'query'
    ? weft.relay.PipeFrame.encode(weft.relay.PipeFrame.create({ queries: [item.message] })).finish()
    : weft.relay.PipeFrame.encode(weft.relay.PipeFrame.create({ answers: [item.message] })).finish();

const itemKey = (kind: number, requestId: string) => `${kind}:${requestId}`;

/**
 * The sending side of a pipe over `client`'s channel: the stream opens on the first send, and again after
 * it ended. Every send waiting for an ack when the stream breaks fails with the stream's status (UNAVAILABLE
 * when the peer went away), and is asked again by its caller, as after a lost unary call.
 */
export function openPipe(client: grpc.Client, options: { readonly maxFrameBytes: number }): PipeSender {
  type Waiter = { resolve(): void; reject(error: Error): void };
  const waiting = new Map<string, Waiter[]>();
  let stream: grpc.ClientDuplexStream<Buffer, weft.relay.PipeAcks> | undefined;
  let outbox: Buffer[] = [];
  let outboxBytes = 0;
  let flushing = false;
  let supported = true;
  let closed = false;

  const settle = (key: string, outcome: (w: Waiter) => void) => {
    const waiters = waiting.get(key);
    if (!waiters) return;
    waiting.delete(key);
    for (const w of waiters) outcome(w);
  };

  const broken = (error: Error) => {
    stream = undefined;
    outbox = [];
    outboxBytes = 0;
    const unsupported = (error as Partial<PipeFailure>).code === grpc.status.UNIMPLEMENTED;
    if (unsupported) supported = false;
    const reason = unsupported ? new PipeUnsupported(error.message) : error;
    for (const key of [...waiting.keys()]) settle(key, (w) => w.reject(reason));
  };

  const open = () => {
    const opened = client.makeBidiStreamRequest(
      Pipe.Open.path,
      (frame: Buffer) => frame,
      (bytes: Buffer) => weft.relay.PipeAcks.decode(bytes),
      new grpc.Metadata(),
      {},
    );
    opened.on('data', (acks: weft.relay.PipeAcks) => {
      for (const ack of acks.acks) {
        settle(itemKey(ack.kind, ack.request_id), (w) =>
          ack.status === grpc.status.OK ? w.resolve() : w.reject(failure(ack.status, ack.details)),
        );
      }
    });
    opened.on('error', (error: Error) => {
      if (stream === opened) broken(error);
    });
    opened.on('end', () => {
      if (stream === opened) broken(failure(grpc.status.UNAVAILABLE, 'the pipe ended'));
    });
    stream = opened;
    return opened;
  };

  const flush = () => {
    flushing = false;
    if (outbox.length === 0 || closed) return;
    const frame = Buffer.concat(outbox);
    outbox = [];
    outboxBytes = 0;
    (stream ?? open()).write(frame);
  };

  return {
    get supported() {
      return supported;
    },
    send(item, timeoutMs) {
      if (!supported) return Promise.reject(new PipeUnsupported('the peer does not serve the pipe'));
      if (closed) return Promise.reject(failure(grpc.status.CANCELLED, 'the pipe is closed'));
      const bytes = encodeItem(item);
      // A frame must stay under the peer's message limit; an item that alone exceeds it goes unary, where
      // it is refused for its size as before.
      if (bytes.length > options.maxFrameBytes) {
        return Promise.reject(new PipeUnsupported('the item is larger than a frame may be'));
      }
      if (outboxBytes + bytes.length > options.maxFrameBytes || outbox.length >= MAX_FRAME_ITEMS) flush();
      outbox.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      outboxBytes += bytes.length;
      if (!flushing) {
        flushing = true;
        // Items sent in the same turn share a frame.
        setImmediate(flush);
      }
      const key = itemKey(item.kind === 'query' ? QUERY : ANSWER, item.requestId);
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          const list = waiting.get(key);
          const at = list?.indexOf(waiter) ?? -1;
          if (at >= 0) list!.splice(at, 1);
          if (list?.length === 0) waiting.delete(key);
          reject(failure(grpc.status.DEADLINE_EXCEEDED, `no ack within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter: Waiter = {
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        };
        waiting.set(key, [...(waiting.get(key) ?? []), waiter]);
      });
    },
    close() {
      closed = true;
      stream?.end();
      stream = undefined;
      for (const key of [...waiting.keys()]) {
        settle(key, (w) => w.reject(failure(grpc.status.CANCELLED, 'the pipe is closed')));
      }
    },
  };
}

/**
 * `item` on the pipe, or by `unary` where the pipe cannot take it (a peer that does not serve it, an item
 * larger than a frame). Resolves once the item is taken: undefined on the pipe, the call's answer by
 * `unary`; rejects as the call would fail.
 */
export async function sendOrCall<T>(
  pipe: PipeSender,
  item: PipeItem,
  timeoutMs: number,
  unary: () => Promise<T>,
): Promise<T | undefined> {
  if (pipe.supported) {
    try {
      await pipe.send(item, timeoutMs);
      return undefined;
    } catch (error) {
      if (!(error instanceof PipeUnsupported)) throw error;
    }
  }
  return unary();
}

/** A frame's bounds: every item as the unary call's message is bounded, MAX_FRAME_ITEMS of them. */
const FRAME_BOUNDS: WireBounds = {
  ...EDGE_BOUNDS,
  maxBytes: Number.POSITIVE_INFINITY,
  maxFields: MAX_FRAME_ITEMS * EDGE_BOUNDS.maxFields,
};

/**
 * What the accepting side does with the items of one caller's stream: takes each as the unary method would
 * (resolving once it is taken, throwing what the method would fail with). Undefined: the caller may not
 * send items of that kind.
 */
export interface PipeTaker {
  readonly query?: (message: common.query.Query) => Promise<void>;
  readonly answer?: (message: common.state.ViewPayload) => Promise<void>;
}

export type PipeStream = grpc.ServerDuplexStream<Buffer, weft.relay.PipeAcks>;

/**
 * The accepting side of weft.relay.Pipe. `accept` identifies the caller once for its stream and says what
 * it may send (throwing UNAUTHENTICATED, WRONG_ROLE: the stream ends with that status). Each item is acked
 * once taken; a frame that is not a PipeFrame ends the stream with REQUEST_INVALID. `refused` hears every
 * item refused, for the log.
 */
export function pipeHandler(
  accept: (call: PipeStream) => PipeTaker,
  refused: (error: unknown, kind: 'query' | 'answer') => void,
): grpc.handleBidiStreamingCall<Buffer, weft.relay.PipeAcks> {
  return (call) => {
    let taker: PipeTaker;
    try {
      taker = accept(call);
    } catch (error) {
      call.emit('error', toServiceError(error));
      return;
    }
    let acks: weft.relay.PipeAck[] = [];
    let open = 0;
    let ended = false;
    let flushing = false;
    const flush = () => {
      flushing = false;
      if (acks.length === 0) return;
      const frame = weft.relay.PipeAcks.create({ acks });
      acks = [];
      if (!call.cancelled && !call.writableEnded) call.write(frame);
      if (ended && open === 0 && !call.writableEnded) call.end();
    };
    const ackLater = (ack: weft.relay.PipeAck) => {
      acks.push(ack);
      if (acks.length >= MAX_FRAME_ITEMS) flush();
      else if (!flushing) {
        flushing = true;
        setImmediate(flush);
      }
    };
    const take = (kind: 'query' | 'answer', requestId: string, work: (() => Promise<void>) | undefined) => {
      const code = kind === 'query' ? QUERY : ANSWER;
      const done = (error?: unknown) => {
        open--;
        if (error !== undefined) refused(error, kind);
        const status = error === undefined ? undefined : toServiceError(error);
        ackLater(
          weft.relay.PipeAck.create({
            kind: code,
            request_id: requestId,
            status: status?.code ?? grpc.status.OK,
            details: status?.details ?? '',
          }),
        );
      };
      open++;
      if (!work) {
        done(
          new WeftError(
            'UNAUTHENTICATED',
            `this caller may not send ${kind === 'query' ? 'queries' : 'answers'}`,
          ),
        );
      } else if (open > MAX_OPEN_ITEMS) {
        done(
          new WeftError('OVERLOADED', `more than ${MAX_OPEN_ITEMS} items of this stream are open; try later`),
        );
      } else {
        // A taker that throws at once (its input did not decode) fails like one that rejects.
        new Promise<void>((resolve) => resolve(work())).then(() => done(), done);
      }
    };
    call.on('data', (bytes: Buffer) => {
      let frame: weft.relay.PipeFrame;
      try {
        frame = decodeBounded(weft.relay.PipeFrame, bytes, FRAME_BOUNDS);
        if (frame.queries.length + frame.answers.length > MAX_FRAME_ITEMS) {
          throw new WeftError('REQUEST_INVALID', `a frame holds at most ${MAX_FRAME_ITEMS} items`);
        }
      } catch (error) {
        refused(error, 'query');
        call.emit('error', toServiceError(error));
        return;
      }
      for (const query of frame.queries) {
        take('query', query.request_id, taker.query && (() => taker.query!(query)));
      }
      for (const answer of frame.answers) {
        take('answer', answer.request_id, taker.answer && (() => taker.answer!(answer)));
      }
    });
    call.on('end', () => {
      ended = true;
      if (open === 0 && acks.length === 0 && !call.writableEnded) call.end();
    });
  };
}
