/**
 * Where everything of one local Fabric network is: host names, ports and the files cryptogen writes. Pure:
 * computed from the spec, the ports and the network's folder, and saved in the topology state so that
 * clients and `weft status` read the same facts the launcher used.
 */
import { join } from 'node:path';
import type { FabricTopologyNetwork } from '../../ledgers/fabric/facts.js';
import { FABRIC_CHAINCODE_SERVERS, type FabricNetworkSpec, fabricPortCount } from '../topology.js';

export interface FabricIdentityFiles {
  readonly mspId: string;
  readonly mspDir: string;
  readonly certFile: string;
  readonly keyFile: string;
}

export interface FabricOrdererLayout {
  readonly host: string;
  readonly port: number;
  readonly adminPort: number;
  readonly opsPort: number;
  readonly mspId: string;
  readonly mspDir: string;
  readonly tlsDir: string;
  /** CA that signed the orderer's TLS certificate: what clients trust. */
  readonly tlsCaFile: string;
  readonly dataDir: string;
}

export interface FabricPeerLayout {
  readonly host: string;
  readonly port: number;
  /**
   * Where clients dial it when that is not 127.0.0.1 on `port`: a peer of docker-compose.yml, dialled by
   * its container's host name from the compose network.
   */
  readonly address?: string;
  readonly chaincodePort: number;
  readonly opsPort: number;
  readonly mspDir: string;
  readonly tlsDir: string;
  readonly tlsCaFile: string;
  readonly dataDir: string;
}

export interface FabricOrgLayout {
  readonly name: string;
  readonly mspId: string;
  readonly domain: string;
  /** The org's identity CA certificate (PEM): the root of its members' certificates. */
  readonly caCertFile: string;
  readonly peer: FabricPeerLayout;
  readonly admin: FabricIdentityFiles;
  readonly client: FabricIdentityFiles;
}

export interface FabricChaincodeLayout {
  readonly name: string;
  /** Package label; the package ID is this label, ':' and the package's SHA-256. */
  readonly label: string;
  readonly port: number;
}

/** What the Fabric adapter's topology facts read of it (ledgers/fabric/facts.ts) is part of it. */
export interface FabricNetworkLayout extends FabricTopologyNetwork {
  readonly type: 'fabric';
  readonly id: string;
  readonly channel: string;
  readonly dir: string;
  readonly domain: string;
  readonly orderer: FabricOrdererLayout;
  readonly orgs: readonly FabricOrgLayout[];
  readonly chaincodes: readonly FabricChaincodeLayout[];
}

/** Chaincodes every local Fabric network runs, each served by its own chaincode-as-a-service process. */
export const NETWORK_CHAINCODES = ['assets', 'interop'] as const;

/** Where clients dial a peer: natively 127.0.0.1 on its port. */
export function peerAddress(peer: Pick<FabricPeerLayout, 'port' | 'address'>): string {
  return peer.address ?? `127.0.0.1:${peer.port}`;
}

/** `.test` is reserved for testing (RFC 2606): these names never resolve anywhere. */
export function networkDomain(networkId: string): string {
  return `${networkId}.weft.test`;
}

function identity(mspId: string, orgDir: string, user: string, domain: string): FabricIdentityFiles {
  const mspDir = join(orgDir, 'users', `${user}@${domain}`, 'msp');
  return {
    mspId,
    mspDir,
    certFile: join(mspDir, 'signcerts', `${user}@${domain}-cert.pem`),
    keyFile: join(mspDir, 'keystore', 'priv_sk'),
  };
}

/** Port order within a network's block: orderer (listen, admin, ops), each org's peer, the chaincode servers. */
export function fabricLayout(
  spec: FabricNetworkSpec,
  ports: readonly number[],
  dir: string,
): FabricNetworkLayout {
  if (ports.length !== fabricPortCount(spec.orgs.length)) {
    throw new RangeError(
      `network ${spec.id} needs ${fabricPortCount(spec.orgs.length)} ports, got ${ports.length}`,
    );
  }
  const port = (i: number) => ports[i]!;
  const domain = networkDomain(spec.id);
  const crypto = join(dir, 'crypto');
  const ordererHost = `orderer.${domain}`;
  const ordererDir = join(crypto, 'ordererOrganizations', domain, 'orderers', ordererHost);
  const orderer: FabricOrdererLayout = {
    host: ordererHost,
    port: port(0),
    adminPort: port(1),
    opsPort: port(2),
    mspId: 'OrdererMSP',
    mspDir: join(ordererDir, 'msp'),
    tlsDir: join(ordererDir, 'tls'),
    tlsCaFile: join(ordererDir, 'tls', 'ca.crt'),
    dataDir: join(dir, 'data', 'orderer'),
  };
  const orgs = spec.orgs.map((org, i): FabricOrgLayout => {
    const orgDomain = `${org.name.toLowerCase()}.${domain}`;
    const orgDir = join(crypto, 'peerOrganizations', orgDomain);
    const peerHost = `peer0.${orgDomain}`;
    const peerDir = join(orgDir, 'peers', peerHost);
    const base = 3 + 3 * i;
    return {
      name: org.name,
      mspId: org.mspId,
      domain: orgDomain,
      caCertFile: join(orgDir, 'msp', 'cacerts', `ca.${orgDomain}-cert.pem`),
      peer: {
        host: peerHost,
        port: port(base),
        chaincodePort: port(base + 1),
        opsPort: port(base + 2),
        mspDir: join(peerDir, 'msp'),
        tlsDir: join(peerDir, 'tls'),
        tlsCaFile: join(peerDir, 'tls', 'ca.crt'),
        dataDir: join(dir, 'data', peerHost),
      },
      admin: identity(org.mspId, orgDir, 'Admin', orgDomain),
      client: identity(org.mspId, orgDir, 'User1', orgDomain),
    };
  });
  const firstChaincodePort = 3 + 3 * spec.orgs.length;
  const chaincodes = NETWORK_CHAINCODES.slice(0, FABRIC_CHAINCODE_SERVERS).map((name, i) => ({
    name,
    label: `${name}_1`,
    port: port(firstChaincodePort + i),
  }));
  return { type: 'fabric', id: spec.id, channel: spec.channel, dir, domain, orderer, orgs, chaincodes };
}
