/**
 * TLS for weft's gRPC services: server credentials (with or without client certificates), client channels
 * that check the server by name and role (protos/roles.ts), and telling which trusted CA issued a caller's certificate (mutual TLS
 * identifies a peer by its CA, never by a name the peer asserts).
 */
import { X509Certificate } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
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
    },
  };
}

/** Which of the trusted CAs issued the certificate a caller presented; results are cached per certificate. */
export function createIssuerLookup<T>(cas: ReadonlyArray<{ readonly ca: Buffer; readonly value: T }>) {
  const parsed = cas.map((c) => ({ ca: new X509Certificate(c.ca), value: c.value }));
  const cache = new Map<string, T | undefined>();
  return (raw: Buffer | undefined): T | undefined => {
    if (!raw) return undefined;
    const key = raw.toString('base64');
    if (cache.has(key)) return cache.get(key);
    let found: T | undefined;
    try {
      const certificate = new X509Certificate(raw);
      found = parsed.find((c) => certificate.checkIssued(c.ca) && certificate.verify(c.ca.publicKey))?.value;
    } catch {
      found = undefined;
    }
    if (cache.size > 1024) cache.clear();
    cache.set(key, found);
    return found;
  };
}

/** The certificate a caller presented on a mutual-TLS connection, if it was verified. */
export function callerCertificate(call: {
  getAuthContext?: () => { sslPeerCertificate?: { raw?: Buffer } } | null;
}): Buffer | undefined {
  return call.getAuthContext?.()?.sslPeerCertificate?.raw;
}
