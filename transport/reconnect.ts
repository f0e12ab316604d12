/**
 * Riding out a peer's restart. gRPC's own reconnect backoff grows to two minutes, so a peer back after 30 s
 * could wait most of a minute for the next connection attempt: weft's channels bound it to about a second.
 * And a caller that backs off after a failed call need not sleep out its backoff once the peer is back:
 * `reconnectWatch` wakes it the moment the channel is connected again.
 */
import * as grpc from '@grpc/grpc-js';

/** Channel options: the next connection attempt at most this long after the last one failed (±20 % jitter). */
export const RECONNECT_BACKOFF_MS = { initial: 100, max: 1_000 } as const;

export const reconnectChannelArgs: grpc.ChannelOptions = {
  'grpc.initial_reconnect_backoff_ms': RECONNECT_BACKOFF_MS.initial,
  'grpc.max_reconnect_backoff_ms': RECONNECT_BACKOFF_MS.max,
};

/**
 * Registers `wake`, called once when the client's channel next becomes READY; returns a function that
 * unregisters it. A channel already READY must drop and reconnect first, so that a call refused over a live
 * connection waits for its backoff instead of retrying at once.
 */
export type OnReconnect = (wake: () => void) => () => void;

export function reconnectWatch(client: grpc.Client): OnReconnect {
  const channel = client.getChannel();
  const waiting = new Set<() => void>();
  let watching = false;

  const watch = () => {
    if (waiting.size === 0) {
      watching = false;
      return;
    }
    // `true`: a channel gone idle after its connection dropped starts connecting again.
    const state = channel.getConnectivityState(true);
    if (state === grpc.connectivityState.SHUTDOWN) {
      waiting.clear();
      watching = false;
      return;
    }
    channel.watchConnectivityState(state, Number.POSITIVE_INFINITY, () => {
      if (channel.getConnectivityState(false) === grpc.connectivityState.READY) {
        const woken = [...waiting];
        waiting.clear();
        for (const w of woken) w();
      }
      watch();
    });
  };

  return (wake) => {
    const once = () => wake();
    waiting.add(once);
    if (!watching) {
      watching = true;
      watch();
    }
    return () => {
      waiting.delete(once);
    };
  };
}

/** Waits `ms`, or less if `onReconnect` is given and its channel reconnects first. */
export function pause(ms: number, onReconnect?: OnReconnect): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stop = onReconnect ? onReconnect(done) : () => {};
  });
}
