/**
 * A gRPC client that sends exactly the bytes given and returns the bytes answered: for tests that play a
 * stranger, a caller in the wrong role, or a sender of malformed messages.
 */
import * as grpc from '@grpc/grpc-js';

/** Method names to their full paths, e.g. `{ SendState: '/relay.datatransfer.DataTransfer/SendState' }`. */
export type RawMethods = Readonly<Record<string, string>>;

export interface RawClient<M extends RawMethods> {
  call(method: keyof M & string, body: Buffer): Promise<Buffer>;
  close(): void;
}

const bytes = (b: Buffer) => b;

/** A client of the port, presenting `identity` (none: server-authenticated TLS only). */
export function rawClient<M extends RawMethods>(
  methods: M,
  port: number,
  serverName: string,
  ca: Buffer,
  identity?: { readonly key: Buffer; readonly cert: Buffer },
): RawClient<M> {
  const Raw = grpc.makeGenericClientConstructor(
    Object.fromEntries(
      Object.entries(methods).map(([name, path]) => [
        name,
        {
          path,
          requestStream: false,
          responseStream: false,
          requestSerialize: bytes,
          requestDeserialize: bytes,
          responseSerialize: bytes,
          responseDeserialize: bytes,
        },
      ]),
    ) as grpc.ServiceDefinition,
    'Raw',
  );
  const client = new Raw(
    `127.0.0.1:${port}`,
    grpc.credentials.createSsl(ca, identity?.key ?? null, identity?.cert ?? null),
    // Oversized messages must leave the client: the server is what is tested.
    { 'grpc.ssl_target_name_override': serverName, 'grpc.max_send_message_length': 16 * 1024 * 1024 },
  );
  const call = (method: keyof M & string, body: Buffer) =>
    new Promise<Buffer>((resolve, reject) =>
      (
        client as unknown as Record<
          string,
          (b: Buffer, o: object, cb: (e: grpc.ServiceError | null, r?: Buffer) => void) => void
        >
      )[method]!.call(client, body, { deadline: Date.now() + 10_000 }, (error, response) =>
        error ? reject(error) : resolve(response!),
      ),
    );
  return { call, close: () => client.close() };
}
