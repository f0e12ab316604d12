/**
 * Serving weft's gRPC services, the same way for the relay's two ports, the drivers and the attestors: one
 * server per port with weft's server options (receive and send limits, weft's codes on grpc-js's own
 * statuses), bound to host:port, stopped gracefully within a deadline.
 */
import * as grpc from '@grpc/grpc-js';
import { WeftError } from '../common/errors.js';
import { serverDefinition, serverOptions } from './grpc.js';

/** How long calls under way may take to finish when a server stops, before their connections are cut. */
export const SHUTDOWN_GRACE_MS = 2_000;

export interface ServeOptions {
  readonly host: string;
  /** 0: a free port. */
  readonly port: number;
  readonly credentials: grpc.ServerCredentials;
  /** The largest message the port's methods take; a bigger one is refused from its length prefix. */
  readonly receiveBytes: number;
  readonly sendBytes: number;
  /** Full service names (`relay.datatransfer.DataTransfer`) and their handlers. */
  readonly services: ReadonlyArray<readonly [name: string, handlers: grpc.UntypedServiceImplementation]>;
}

export interface Serving {
  /** The port it listens on. */
  readonly port: number;
  /** Stops taking calls and waits for those under way, at most `graceMs`, then cuts every connection. */
  stop(graceMs?: number): Promise<void>;
}

/** @throws {WeftError} PORT_IN_USE when it cannot listen on host:port. */
export async function serve(options: ServeOptions): Promise<Serving> {
  const server = new grpc.Server(
    serverOptions({ receiveBytes: options.receiveBytes, sendBytes: options.sendBytes }),
  );
  for (const [name, handlers] of options.services) server.addService(serverDefinition(name), handlers);
  const address = `${options.host}:${options.port}`;
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(address, options.credentials, (error, bound) =>
      error
        ? reject(new WeftError('PORT_IN_USE', `cannot listen on ${address}: ${error.message}`, { address }))
        : resolve(bound),
    ),
  ).catch((error: unknown) => {
    server.forceShutdown();
    throw error;
  });
  return { port, stop: (graceMs = SHUTDOWN_GRACE_MS) => shutdown(server, graceMs) };
}

function shutdown(server: grpc.Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, graceMs);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}
