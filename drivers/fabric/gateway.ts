/** A Fabric Gateway connection as one identity, to one peer; and Gateway errors in one readable line. */
import { createPrivateKey } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { connect, type Gateway, hash, signers } from '@hyperledger/fabric-gateway';
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
    signer: signers.newPrivateKeySigner(createPrivateKey(target.key)),
    hash: hash.sha256,
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
