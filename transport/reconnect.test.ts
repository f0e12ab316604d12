import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { pause, RECONNECT_BACKOFF_MS, reconnectChannelArgs, reconnectWatch } from './reconnect.js';

const servers: grpc.Server[] = [];
const clients: grpc.Client[] = [];

afterEach(() => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) s.forceShutdown();
});

function serve(port = 0): Promise<{ server: grpc.Server; port: number }> {
  const server = new grpc.Server();
  servers.push(server);
  return new Promise((resolve, reject) =>
    server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve({ server, port: bound }),
    ),
  );
}

async function connected(port: number): Promise<grpc.Client> {
  const client = new grpc.Client(
    `127.0.0.1:${port}`,
    grpc.credentials.createInsecure(),
    reconnectChannelArgs,
  );
  clients.push(client);
  await new Promise<void>((resolve, reject) =>
    client.waitForReady(Date.now() + 5_000, (error) => (error ? reject(error) : resolve())),
  );
  return client;
}

const state = (client: grpc.Client) => client.getChannel().getConnectivityState(false);

describe('riding out a restart of the server', () => {
  it('wakes a waiter within about a second of the server serving again, however long it was away', async () => {
    const { server, port } = await serve();
    const client = await connected(port);
    server.forceShutdown();
    const onReconnect = reconnectWatch(client);
    let wokenAt = 0;
    onReconnect(() => {
      wokenAt = Date.now();
    });
    // Long enough for gRPC's default backoff (1 s, then x1.6) to have grown past the bound.
    await sleep(3_000);
    expect(wokenAt).toBe(0);
    expect(state(client)).not.toBe(grpc.connectivityState.READY);
    await serve(port);
    const back = Date.now();
    while (wokenAt === 0 && Date.now() - back < 5_000) await sleep(10);
    expect(wokenAt).toBeGreaterThan(0);
    expect(wokenAt - back).toBeLessThan(RECONNECT_BACKOFF_MS.max * 1.2 + 300);
    expect(state(client)).toBe(grpc.connectivityState.READY);
  });

  it('does not wake a waiter while the channel stays connected, nor one that unregistered', async () => {
    const { port } = await serve();
    const client = await connected(port);
    const onReconnect = reconnectWatch(client);
    let woken = 0;
    onReconnect(() => woken++);
    const stop = onReconnect(() => woken++);
    stop();
    const started = Date.now();
    await pause(200, onReconnect);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(woken).toBe(0);
  });
});
