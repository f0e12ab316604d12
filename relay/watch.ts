/**
 * weft's Watch service for the relay's clients: the state of an outbound request pushed on a stream as it
 * changes, ending with its final state.
 */
import type * as grpc from '@grpc/grpc-js';
import { decodeRequestId } from '../transport/edge.js';
import { type Message, toServiceError } from '../transport/grpc.js';
import type { RequestMachine } from './machine.js';
import { isFinal, type OutboundRecord, requestStateMessage } from './records.js';

type Stream = grpc.ServerWritableStream<Buffer, Message>;

export interface WatchService {
  /** Sends a new state of an outbound request to the clients watching it. */
  push(record: OutboundRecord): void;
  /** The requests watched, by id. */
  readonly watched: Pick<ReadonlyMap<string, unknown>, 'has' | 'keys'>;
  handlers(machine: Pick<RequestMachine, 'openOutbound' | 'outbound'>): grpc.UntypedServiceImplementation;
  /** Ends every stream; on shutdown the clients watch again once the relay is back. */
  endAll(): void;
}

export function createWatchService(): WatchService {
  const watchers = new Map<string, Set<(record: OutboundRecord) => void>>();
  const streams = new Set<Stream>();

  /** Sends `record` and every later state; subscribed at once, so that no change falls in between. */
  const follow = (call: Stream, record: OutboundRecord) => {
    const id = record.id;
    let ended = false;
    const send = (current: OutboundRecord) => {
      if (ended) return;
      call.write(requestStateMessage(current));
      if (isFinal(current.status)) {
        ended = true;
        unsubscribe();
        call.end();
      }
    };
    const set = watchers.get(id) ?? new Set();
    watchers.set(id, set);
    const unsubscribe = () => {
      set.delete(send);
      if (set.size === 0) watchers.delete(id);
    };
    call.on('cancelled', unsubscribe);
    streams.add(call);
    call.on('finish', () => {
      streams.delete(call);
      unsubscribe();
    });
    call.on('cancelled', () => streams.delete(call));
    set.add(send);
    send(record);
    return send;
  };

  /**
   * An open request is followed from its state now, a final one from the store. One open in the store but
   * not here (another replica holds it) is read again once it is followed: a change committed before that
   * read is in it, one committed after is pushed (the other replica's change, told to this one).
   */
  const watch = async (call: Stream, machine: Pick<RequestMachine, 'openOutbound' | 'outbound'>) => {
    const id = decodeRequestId(call.request);
    const open = machine.openOutbound(id);
    if (open) return void follow(call, open);
    const record = await machine.outbound(id);
    const send = follow(call, machine.openOutbound(id) ?? record);
    if (isFinal(record.status) || machine.openOutbound(id)) return;
    send(machine.openOutbound(id) ?? (await machine.outbound(id)));
  };

  return {
    watched: watchers,
    push(record) {
      for (const notify of watchers.get(record.id) ?? []) notify(record);
    },
    handlers: (machine) => ({
      WatchState: (call: Stream) => {
        watch(call, machine).catch((error: unknown) => call.emit('error', toServiceError(error)));
      },
    }),
    endAll() {
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}
