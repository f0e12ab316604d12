/** A Fabric Gateway connection as one identity, to one peer; and Gateway errors in one readable line. */
import { createPrivateKey, type KeyObject, sign } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { connect, type Gateway, hash, type Signer } from '@hyperledger/fabric-gateway';
import { decodeDerSignature, encodeDerSignature, toLowS } from '../../proofs/ecdsa.js';
import { channelReady } from '../../transport/grpc.js';

export interface GatewayTarget {
  /** host:port of the peer */
  readonly address: string;
  /** Name the peer's TLS certificate is checked against (Node rejects IP addresses as TLS server names). */
  readonly serverName: string;
  readonly tlsCa: Buffer;
  readonly mspId: string;
  /** PEM certificate and private key of the identity. */
  readonly certificate: Buffer;
  readonly key: Buffer;
}

export interface FabricConnection {
  readonly gateway: Gateway;
  /** Undefined once the channel to the Gateway peer connects within `timeoutMs`; else why not. */
  connected(timeoutMs: number): Promise<string | undefined>;
  close(): void;
}

export function connectFabricGateway(target: GatewayTarget): FabricConnection {
  const client = new grpc.Client(target.address, grpc.credentials.createSsl(target.tlsCa), {
    'grpc.ssl_target_name_override': target.serverName,
  });
  const gateway = connect({
    client,
    identity: { mspId: target.mspId, credentials: target.certificate },
    // The gateway hands the signer the whole message (hash.none): OpenSSL hashes and signs it, several
    // times faster than the library's own signer, which computes P-256 in JavaScript.
    signer: p256MessageSigner(createPrivateKey(target.key)),
    hash: hash.none,
    evaluateOptions: () => ({ deadline: Date.now() + 10_000 }),
    endorseOptions: () => ({ deadline: Date.now() + 20_000 }),
    submitOptions: () => ({ deadline: Date.now() + 10_000 }),
    commitStatusOptions: () => ({ deadline: Date.now() + 30_000 }),
  });
  return {
    gateway,
    connected: async (timeoutMs) => {
      const reason = await channelReady(client, timeoutMs);
      return reason && `the peer ${target.address}: ${reason}`;
    },
    close: () => {
      gateway.close();
      client.close();
    },
  };
}

export { describeGatewayError } from '../../common/gateway-error.js';

/**
 * Signs a message with SHA-256 and a P-256 key through OpenSSL, in the low-S form Fabric requires (OpenSSL
 * gives either form; peers refuse the high one as malleable).
 */
export function p256MessageSigner(key: KeyObject): Signer {
  return async (message) => {
    const signature = decodeDerSignature(sign('sha256', message, key));
    if (!signature) throw new Error('OpenSSL returned a signature that is not DER ECDSA');
    return encodeDerSignature(toLowS(signature));
  };
}
