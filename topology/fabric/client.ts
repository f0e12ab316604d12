/** A Fabric Gateway connection as one org's identity, to that org's own peer of a local network. */
import { readFile } from 'node:fs/promises';
import { connectFabricGateway, type FabricConnection } from '../../drivers/fabric/gateway.js';
import { type FabricIdentityFiles, type FabricOrgLayout, peerAddress } from './layout.js';

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
    address: peerAddress(org.peer),
    serverName: org.peer.host,
    tlsCa,
    mspId: identity.mspId,
    certificate,
    key,
  });
}
