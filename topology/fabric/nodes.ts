/**
 * Orderer and peer processes of a local Fabric network, and the admin commands run against them. Every
 * node listens on its site's address (127.0.0.1 on the host, its infrastructure's address in that
 * namespace) and every port is set explicitly: Fabric's defaults collide between node kinds.
 */
import { join } from 'node:path';
import { runCommand } from '../command.js';
import { inNamespace } from '../infrastructures.js';
import type { ProcessSpec } from '../process.js';
import type { FabricInstall } from './binaries.js';
import {
  type FabricNetworkLayout,
  type FabricOrdererLayout,
  type FabricOrgLayout,
  type NodeSite,
  nodeAddress,
  ordererName,
} from './layout.js';

const LOG_SPEC = 'info';

export function configDir(layout: FabricNetworkLayout): string {
  return join(layout.dir, 'config');
}

export function logFile(layout: FabricNetworkLayout, node: string): string {
  return join(layout.dir, 'logs', `${node}.log`);
}

/** A node's command, run in its infrastructure's namespace when it has one. */
function onSite(site: NodeSite, command: string, args: readonly string[]) {
  return inNamespace(site.namespace, command, args);
}

export function ordererProcess(
  fabric: FabricInstall,
  layout: FabricNetworkLayout,
  o: FabricOrdererLayout,
): ProcessSpec {
  const name = ordererName(o);
  return {
    name: `${layout.id}/${name}`,
    ...onSite(o, fabric.bin('orderer'), []),
    logFile: logFile(layout, name),
    env: {
      FABRIC_CFG_PATH: configDir(layout),
      FABRIC_LOGGING_SPEC: LOG_SPEC,
      ORDERER_GENERAL_LISTENADDRESS: o.ip,
      ORDERER_GENERAL_LISTENPORT: String(o.port),
      ORDERER_GENERAL_LOCALMSPID: o.mspId,
      ORDERER_GENERAL_LOCALMSPDIR: o.mspDir,
      // Raft requires TLS.
      ORDERER_GENERAL_TLS_ENABLED: 'true',
      ORDERER_GENERAL_TLS_PRIVATEKEY: join(o.tlsDir, 'server.key'),
      ORDERER_GENERAL_TLS_CERTIFICATE: join(o.tlsDir, 'server.crt'),
      ORDERER_GENERAL_TLS_ROOTCAS: `[${o.tlsCaFile}]`,
      // Consenters talk on the general listener, presenting their TLS certificate to each other.
      ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE: join(o.tlsDir, 'server.crt'),
      ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY: join(o.tlsDir, 'server.key'),
      ORDERER_GENERAL_CLUSTER_ROOTCAS: `[${o.tlsCaFile}]`,
      // No system channel: channels are joined through the admin endpoint (osnadmin).
      ORDERER_GENERAL_BOOTSTRAPMETHOD: 'none',
      ORDERER_CHANNELPARTICIPATION_ENABLED: 'true',
      ORDERER_FILELEDGER_LOCATION: o.dataDir,
      ORDERER_CONSENSUS_WALDIR: join(o.dataDir, 'etcdraft', 'wal'),
      ORDERER_CONSENSUS_SNAPDIR: join(o.dataDir, 'etcdraft', 'snap'),
      ORDERER_OPERATIONS_LISTENADDRESS: nodeAddress(o, o.opsPort),
      ORDERER_ADMIN_LISTENADDRESS: nodeAddress(o, o.adminPort),
      // Prometheus metrics on the operations port: consensus_etcdraft_is_leader tells when Raft can order.
      ORDERER_METRICS_PROVIDER: 'prometheus',
      // Peers across infrastructures ping every 2 s to find a cut link (ACROSS_INFRASTRUCTURES).
      ...(o.infrastructure === undefined ? {} : { ORDERER_GENERAL_KEEPALIVE_SERVERMININTERVAL: '1s' }),
    },
  };
}

export function peerProcess(
  fabric: FabricInstall,
  layout: FabricNetworkLayout,
  org: FabricOrgLayout,
): ProcessSpec {
  const p = org.peer;
  const address = nodeAddress(p, p.port);
  return {
    name: `${layout.id}/${p.host.split('.').slice(0, 2).join('.')}`,
    ...onSite(p, fabric.bin('peer'), ['node', 'start']),
    logFile: logFile(layout, p.host),
    env: {
      FABRIC_CFG_PATH: configDir(layout),
      FABRIC_LOGGING_SPEC: LOG_SPEC,
      CORE_PEER_ID: p.host,
      CORE_PEER_LOCALMSPID: org.mspId,
      CORE_PEER_MSPCONFIGPATH: p.mspDir,
      CORE_PEER_LISTENADDRESS: address,
      CORE_PEER_ADDRESS: address,
      CORE_PEER_CHAINCODELISTENADDRESS: nodeAddress(p, p.chaincodePort),
      CORE_PEER_CHAINCODEADDRESS: nodeAddress(p, p.chaincodePort),
      // One peer per org: bootstrap from itself (the default would be another network's peer on 7051);
      // the external endpoint is what other orgs learn, without it they never see this peer.
      CORE_PEER_GOSSIP_BOOTSTRAP: address,
      CORE_PEER_GOSSIP_EXTERNALENDPOINT: address,
      // Faster gossip so the Gateway learns the other orgs' peers and chaincodes within seconds of a deploy.
      CORE_PEER_GOSSIP_PUBLISHSTATEINFOINTERVAL: '1s',
      CORE_PEER_GOSSIP_REQUESTSTATEINFOINTERVAL: '1s',
      CORE_PEER_GOSSIP_ALIVETIMEINTERVAL: '2s',
      // Peers pull each other's identities at this interval (default 4 s) before trusting their state.
      CORE_PEER_GOSSIP_PULLINTERVAL: '1s',
      // A peer that dials another org's anchor peer too early retries only after this (default 25 s).
      CORE_PEER_GOSSIP_RECONNECTINTERVAL: '2s',
      // Loopback handshakes take milliseconds; a failed first probe of another org costs this long (default 3 s).
      CORE_PEER_GOSSIP_DIALTIMEOUT: '1s',
      CORE_PEER_GOSSIP_CONNTIMEOUT: '1s',
      CORE_PEER_TLS_ENABLED: 'true',
      CORE_PEER_TLS_CERT_FILE: join(p.tlsDir, 'server.crt'),
      CORE_PEER_TLS_KEY_FILE: join(p.tlsDir, 'server.key'),
      CORE_PEER_TLS_ROOTCERT_FILE: p.tlsCaFile,
      CORE_PEER_FILESYSTEMPATH: p.dataDir,
      CORE_LEDGER_SNAPSHOTS_ROOTDIR: join(p.dataDir, 'snapshots'),
      // Event proofs read a key's history (contracts/fabric/outbox.ts): kept whatever core.yaml says.
      CORE_LEDGER_HISTORY_ENABLEHISTORYDATABASE: 'true',
      CORE_OPERATIONS_LISTENADDRESS: nodeAddress(p, p.opsPort),
      CORE_METRICS_PROVIDER: 'disabled',
      ...(p.infrastructure === undefined ? {} : ACROSS_INFRASTRUCTURES),
    },
  };
}

/**
 * A peer whose orderers or fellow peers may be cut off: a cut link drops packets silently, so a dead
 * connection is found only by keepalive (default 60 s + 20 s) and a submit to a cut orderer waits the
 * gateway's broadcast timeout (30 s) before it tries the next. The client gives a submit 10 s.
 */
const ACROSS_INFRASTRUCTURES = {
  // Servers refuse pings more frequent than this (default 60 s) by closing the connection.
  CORE_PEER_KEEPALIVE_MININTERVAL: '1s',
  CORE_PEER_KEEPALIVE_CLIENT_INTERVAL: '2s',
  CORE_PEER_KEEPALIVE_CLIENT_TIMEOUT: '2s',
  CORE_PEER_KEEPALIVE_DELIVERYCLIENT_INTERVAL: '2s',
  CORE_PEER_KEEPALIVE_DELIVERYCLIENT_TIMEOUT: '2s',
  CORE_PEER_GATEWAY_BROADCASTTIMEOUT: '3s',
} as const;

/** The environment of the `peer` command acting as the org's admin against its own peer. */
export function adminEnv(layout: FabricNetworkLayout, org: FabricOrgLayout): Record<string, string> {
  return {
    FABRIC_CFG_PATH: configDir(layout),
    FABRIC_LOGGING_SPEC: 'warning',
    CORE_PEER_TLS_ENABLED: 'true',
    CORE_PEER_TLS_ROOTCERT_FILE: org.peer.tlsCaFile,
    CORE_PEER_ADDRESS: nodeAddress(org.peer, org.peer.port),
    CORE_PEER_LOCALMSPID: org.mspId,
    CORE_PEER_MSPCONFIGPATH: org.admin.mspDir,
  };
}

export function peerAdmin(fabric: FabricInstall, layout: FabricNetworkLayout, org: FabricOrgLayout) {
  return (args: readonly string[]) => runCommand(fabric.bin('peer'), args, { env: adminEnv(layout, org) });
}

/** Arguments that send a `peer` admin command's transaction to the network's first orderer over TLS. */
export function ordererArgs(layout: FabricNetworkLayout): string[] {
  const o = layout.orderers[0]!;
  return ['-o', nodeAddress(o, o.port), '--tls', '--cafile', o.tlsCaFile];
}

export async function joinOrderer(
  fabric: FabricInstall,
  layout: FabricNetworkLayout,
  o: FabricOrdererLayout,
  block: string,
) {
  await runCommand(fabric.bin('osnadmin'), [
    'channel',
    'join',
    '--channelID',
    layout.channel,
    '--config-block',
    block,
    '-o',
    nodeAddress(o, o.adminPort),
  ]);
}

/** An orderer's Prometheus metrics (its operations endpoint); undefined when it does not answer. */
export async function ordererMetrics(o: FabricOrdererLayout): Promise<string | undefined> {
  try {
    const response = await fetch(`http://${nodeAddress(o, o.opsPort)}/metrics`, {
      signal: AbortSignal.timeout(2000),
    });
    return await response.text();
  } catch {
    return undefined;
  }
}

/**
 * The orderer that leads the channel's Raft cluster, if one that answers does. osnadmin reports a channel
 * "active" before Raft has elected a leader, and until then every transaction fails with "no Raft leader".
 */
export async function raftLeader(layout: FabricNetworkLayout): Promise<FabricOrdererLayout | undefined> {
  const leads = await Promise.all(
    layout.orderers.map(async (o) =>
      (await ordererMetrics(o))?.includes(`consensus_etcdraft_is_leader{channel="${layout.channel}"} 1`),
    ),
  );
  return layout.orderers.find((_, i) => leads[i]);
}
