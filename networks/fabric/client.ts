/** A Fabric Gateway connection as one org's identity, to that org's own peer. */
import { createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as grpc from '@grpc/grpc-js';
import { connect, type Gateway, hash, signers } from '@hyperledger/fabric-gateway';
import type { FabricIdentityFiles, FabricOrgLayout } from './layout.js';

export interface FabricConnection {
  readonly gateway: Gateway;
  close(): void;
}

export async function connectGateway(
  org: FabricOrgLayout,
  identity: FabricIdentityFiles = org.client,
): Promise<FabricConnection> {
  const [tlsCa, cert, key] = await Promise.all([
    readFile(org.peer.tlsCaFile),
    readFile(identity.certFile),
    readFile(identity.keyFile),
  ]);
  // Verify the peer's certificate by its host name (also in its SANs): Node rejects IP addresses as TLS SNI.
  const client = new grpc.Client(`127.0.0.1:${org.peer.port}`, grpc.credentials.createSsl(tlsCa), {
    'grpc.ssl_target_name_override': org.peer.host,
  });
  const gateway = connect({
    client,
    identity: { mspId: identity.mspId, credentials: cert },
    signer: signers.newPrivateKeySigner(createPrivateKey(key)),
    hash: hash.sha256,
    evaluateOptions: () => ({ deadline: Date.now() + 10_000 }),
    endorseOptions: () => ({ deadline: Date.now() + 20_000 }),
    submitOptions: () => ({ deadline: Date.now() + 10_000 }),
    commitStatusOptions: () => ({ deadline: Date.now() + 30_000 }),
  });
  return {
    gateway,
    close: () => {
      gateway.close();
      client.close();
    },
  };
}

/**
 * A Gateway error in one line, with the per-peer details the Gateway attaches (which peer of which org
 * failed and why), which its message alone leaves out.
 */
export function describeGatewayError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = (error as { details?: Array<{ address: string; mspId: string; message: string }> }).details;
  if (!details || details.length === 0) return error.message;
  return `${error.message}: ${details.map((d) => `${d.mspId}@${d.address}: ${d.message}`).join('; ')}`;
}
