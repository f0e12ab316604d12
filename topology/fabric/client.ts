/** A Fabric Gateway connection as one org's identity, to that org's own peer of a local network. */
import { readFile } from 'node:fs/promises';
import { connectFabricGateway, type FabricConnection } from '../../drivers/fabric/gateway.js';
import type { FabricIdentityFiles, FabricOrgLayout } from './layout.js';

export { describeGatewayError, type FabricConnection } from '../../drivers/fabric/gateway.js';

export async function connectGateway(
  org: FabricOrgLayout,
  identity: FabricIdentityFiles = org.client,
): Promise<FabricConnection> {
  const [tlsCa, certificate, key] = await Promise.all([
    readFile(org.peer.tlsCaFile),
    readFile(identity.certFile),
    readFile(identity.keyFile),
  ]);
  return connectFabricGateway({
    address: `127.0.0.1:${org.peer.port}`,
    serverName: org.peer.host,
    tlsCa,
    mspId: identity.mspId,
    certificate,
    key,
  });
}
