/**
 * Where everything of one local Fabric network is: host names, ports and the files cryptogen writes. Pure:
 * computed from the spec, the ports and the network's folder, and saved in the topology state so that
 * clients and `weft status` read the same facts the launcher used.
 */
import { join } from 'node:path';
import type { FabricTopologyNetwork } from '../../ledgers/fabric/facts.js';
import { chaincodeSites } from '../../ledgers/fabric/facts.js';
import type { Placement } from '../infrastructures.js';
import { LOOPBACK } from '../ports.js';
import { FABRIC_CHAINCODE_SERVERS, type FabricNetworkSpec, fabricSpecPortCount } from '../topology.js';

/**
 * Where a node runs: the host (127.0.0.1), or an infrastructure's network namespace, listening on its
 * address there (topology/infrastructures.ts).
 */
export interface NodeSite {
  readonly ip: string;
  readonly infrastructure?: string;
  readonly namespace?: string;
}

export interface FabricIdentityFiles {
  readonly mspId: string;
  readonly mspDir: string;
  readonly certFile: string;
  readonly keyFile: string;
}

export interface FabricOrdererLayout extends NodeSite {
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

export interface FabricPeerLayout extends NodeSite {
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

/** A chaincode server: each site (the host, or an infrastructure with a peer) runs its own for its peers. */
export interface FabricChaincodeLayout extends NodeSite {
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
  /** The Raft consenters; the first is where admin commands send their transactions. */
  readonly orderers: readonly FabricOrdererLayout[];
  readonly orgs: readonly FabricOrgLayout[];
  readonly chaincodes: readonly FabricChaincodeLayout[];
}

/** Chaincodes every local Fabric network runs, each served by its own chaincode-as-a-service process. */
export const NETWORK_CHAINCODES = ['assets', 'interop'] as const;

/** Where clients dial a peer: natively its site's address (127.0.0.1 on the host) on its port. */
export function peerAddress(peer: Pick<FabricPeerLayout, 'port' | 'address' | 'ip'>): string {
  return peer.address ?? `${peer.ip}:${peer.port}`;
}

/** Where a node of the host or of an infrastructure listens, on one of its ports. */
export function nodeAddress(node: Pick<NodeSite, 'ip'>, port: number): string {
  return `${node.ip}:${port}`;
}

/** The short name of an orderer, its host name's first label (`orderer`, `orderer1`): its files and logs. */
export function ordererName(o: Pick<FabricOrdererLayout, 'host'>): string {
  return o.host.split('.')[0]!;
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

function siteOf(placement: Placement | undefined, infrastructure: string | undefined): NodeSite {
  if (infrastructure === undefined) return { ip: LOOPBACK };
  const site = placement?.get(infrastructure);
  if (!site) throw new RangeError(`infrastructure ${infrastructure} is not set up`);
  return { ip: site.ip, infrastructure, namespace: site.namespace };
}

/**
 * Port order within a network's block: each orderer (listen, admin, ops), each org's peer (listen,
 * chaincode, ops), then each site's chaincode servers.
 */
export function fabricLayout(
  spec: FabricNetworkSpec,
  ports: readonly number[],
  dir: string,
  placement?: Placement,
): FabricNetworkLayout {
  const count = fabricSpecPortCount(spec);
  if (ports.length !== count) {
    throw new RangeError(`network ${spec.id} needs ${count} ports, got ${ports.length}`);
  }
  const port = (i: number) => ports[i]!;
  const domain = networkDomain(spec.id);
  const crypto = join(dir, 'crypto');
  const ordererSites = spec.orderers ?? [undefined];
  const orderers = ordererSites.map((infrastructure, i): FabricOrdererLayout => {
    const host = `${spec.orderers ? `orderer${i}` : 'orderer'}.${domain}`;
    const ordererDir = join(crypto, 'ordererOrganizations', domain, 'orderers', host);
    return {
      ...siteOf(placement, infrastructure),
      host,
      port: port(3 * i),
      adminPort: port(3 * i + 1),
      opsPort: port(3 * i + 2),
      mspId: 'OrdererMSP',
      mspDir: join(ordererDir, 'msp'),
      tlsDir: join(ordererDir, 'tls'),
      tlsCaFile: join(ordererDir, 'tls', 'ca.crt'),
      dataDir: join(dir, 'data', ordererName({ host })),
    };
  });
  const firstPeerPort = 3 * orderers.length;
  const orgs = spec.orgs.map((org, i): FabricOrgLayout => {
    const orgDomain = `${org.name.toLowerCase()}.${domain}`;
    const orgDir = join(crypto, 'peerOrganizations', orgDomain);
    const peerHost = `peer0.${orgDomain}`;
    const peerDir = join(orgDir, 'peers', peerHost);
    const base = firstPeerPort + 3 * i;
    return {
      name: org.name,
      mspId: org.mspId,
      domain: orgDomain,
      caCertFile: join(orgDir, 'msp', 'cacerts', `ca.${orgDomain}-cert.pem`),
      peer: {
        ...siteOf(placement, org.infrastructure),
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
  const firstChaincodePort = firstPeerPort + 3 * spec.orgs.length;
  const names = NETWORK_CHAINCODES.slice(0, FABRIC_CHAINCODE_SERVERS);
  const chaincodes = chaincodeSites(spec).flatMap((infrastructure, s) =>
    names.map((name, i) => ({
      ...siteOf(placement, infrastructure),
      name,
      label: `${name}_1`,
      port: port(firstChaincodePort + s * names.length + i),
    })),
  );
  const infrastructures = [
    ...new Set([...(spec.orderers ?? []), ...spec.orgs.flatMap((o) => o.infrastructure ?? [])]),
  ];
  return {
    type: 'fabric',
    id: spec.id,
    channel: spec.channel,
    dir,
    domain,
    orderers,
    orgs,
    chaincodes,
    ...(infrastructures.length > 0 ? { infrastructures } : {}),
  };
}

/** The chaincode servers an org's peer dials: those of its own site. */
export function chaincodesOf(
  layout: Pick<FabricNetworkLayout, 'chaincodes'>,
  org: Pick<FabricOrgLayout, 'peer'>,
): readonly FabricChaincodeLayout[] {
  return layout.chaincodes.filter((cc) => cc.infrastructure === org.peer.infrastructure);
}
