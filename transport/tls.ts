/**
 * TLS for weft's gRPC services: server credentials (with or without client certificates), client channels
 * that check the server by name and role (transport/roles.ts), and the certificate a caller presented.
 */
import * as grpc from '@grpc/grpc-js';
import { reconnectChannelArgs } from './reconnect.js';
import { type Role, serverRoleCheck } from './roles.js';

export interface KeyPair {
  readonly cert: Buffer;
  readonly key: Buffer;
}

/** `clientCas`: require client certificates issued by one of these; absent: server authentication only. */
export function serverCredentials(identity: KeyPair, clientCas?: readonly Buffer[]): grpc.ServerCredentials {
  return grpc.ServerCredentials.createSsl(
    clientCas ? Buffer.concat(clientCas.flatMap((ca) => [ca, Buffer.from('\n')])) : null,
    [{ cert_chain: identity.cert, private_key: identity.key }],
    clientCas !== undefined,
  );
}

/**
 * What a channel connects to: the address, or, with failover addresses, all of them in order (grpc-js's
 * `ipv4:` list, picked first-that-answers and picked again when the connection drops).
 */
export function channelTarget(endpoint: {
  readonly address: string;
  readonly failover?: readonly string[] | undefined;
}): string {
  if (!endpoint.failover?.length) return endpoint.address;
  return `ipv4:${[endpoint.address, ...endpoint.failover].join(',')}`;
}

export interface ChannelOptions {
  /** host:port */
  readonly address: string;
  readonly serverName: string;
  /** The role the server's certificate must name: a channel to a driver refuses a relay's certificate. */
  readonly serverRole: Role;
  readonly ca: Buffer;
  /** Our certificate, for servers that require one. */
  readonly identity?: KeyPair;
  readonly maxMessageBytes: number;
}

export function channelArgs(options: ChannelOptions): {
  credentials: grpc.ChannelCredentials;
  args: grpc.ChannelOptions;
} {
  return {
    credentials: grpc.credentials.createSsl(
      options.ca,
      options.identity?.key ?? null,
      options.identity?.cert ?? null,
      { checkServerIdentity: serverRoleCheck(options.serverRole) },
    ),
    args: {
      // Node refuses IP addresses as TLS server names: the certificate is checked against this name instead.
      'grpc.ssl_target_name_override': options.serverName,
      'grpc.default_authority': options.serverName,
      'grpc.max_send_message_length': options.maxMessageBytes,
      'grpc.max_receive_message_length': options.maxMessageBytes,
      'grpc.keepalive_time_ms': 30_000,
      // A peer back from a restart is reconnected within about a second, not after minutes of backoff.
      ...reconnectChannelArgs,
    },
  };
}

/** The certificate a caller presented on a mutual-TLS connection, if it was verified. */
export function callerCertificate(call: {
  getAuthContext?: () => { sslPeerCertificate?: { raw?: Buffer } } | null;
}): Buffer | undefined {
  return call.getAuthContext?.()?.sslPeerCertificate?.raw;
}
