/**
 * Orderer and peer processes of a local Fabric network, and the admin commands run against them. Every
 * address is 127.0.0.1 and every port is set explicitly: Fabric's defaults collide between node kinds.
 */
import { join } from 'node:path';
import { runCommand } from '../command.js';
import type { ProcessSpec } from '../process.js';
import type { FabricInstall } from './binaries.js';
import type { FabricNetworkLayout, FabricOrgLayout } from './layout.js';

const LOG_SPEC = 'info';

export function configDir(layout: FabricNetworkLayout): string {
  return join(layout.dir, 'config');
}

export function logFile(layout: FabricNetworkLayout, node: string): string {
  return join(layout.dir, 'logs', `${node}.log`);
}

export function ordererProcess(fabric: FabricInstall, layout: FabricNetworkLayout): ProcessSpec {
  const o = layout.orderer;
  return {
    name: `${layout.id}/orderer`,
    command: fabric.bin('orderer'),
    args: [],
    logFile: logFile(layout, 'orderer'),
    env: {
      FABRIC_CFG_PATH: configDir(layout),
      FABRIC_LOGGING_SPEC: LOG_SPEC,
      ORDERER_GENERAL_LISTENADDRESS: '127.0.0.1',
      ORDERER_GENERAL_LISTENPORT: String(o.port),
      ORDERER_GENERAL_LOCALMSPID: o.mspId,
      ORDERER_GENERAL_LOCALMSPDIR: o.mspDir,
      // Raft requires TLS.
      ORDERER_GENERAL_TLS_ENABLED: 'true',
      ORDERER_GENERAL_TLS_PRIVATEKEY: join(o.tlsDir, 'server.key'),
      ORDERER_GENERAL_TLS_CERTIFICATE: join(o.tlsDir, 'server.crt'),
      ORDERER_GENERAL_TLS_ROOTCAS: `[${o.tlsCaFile}]`,
      // No system channel: channels are joined through the admin endpoint (osnadmin).
      ORDERER_GENERAL_BOOTSTRAPMETHOD: 'none',
      ORDERER_CHANNELPARTICIPATION_ENABLED: 'true',
      ORDERER_FILELEDGER_LOCATION: o.dataDir,
      ORDERER_CONSENSUS_WALDIR: join(o.dataDir, 'etcdraft', 'wal'),
      ORDERER_CONSENSUS_SNAPDIR: join(o.dataDir, 'etcdraft', 'snap'),
      ORDERER_OPERATIONS_LISTENADDRESS: `127.0.0.1:${o.opsPort}`,
      ORDERER_ADMIN_LISTENADDRESS: `127.0.0.1:${o.adminPort}`,
      // Prometheus metrics on the operations port: consensus_etcdraft_is_leader tells when Raft can order.
      ORDERER_METRICS_PROVIDER: 'prometheus',
    },
  };
}

export function peerProcess(
  fabric: FabricInstall,
  layout: FabricNetworkLayout,
  org: FabricOrgLayout,
): ProcessSpec {
  const p = org.peer;
  const address = `127.0.0.1:${p.port}`;
  return {
    name: `${layout.id}/${p.host.split('.').slice(0, 2).join('.')}`,
    command: fabric.bin('peer'),
    args: ['node', 'start'],
    logFile: logFile(layout, p.host),
    env: {
      FABRIC_CFG_PATH: configDir(layout),
      FABRIC_LOGGING_SPEC: LOG_SPEC,
      CORE_PEER_ID: p.host,
      CORE_PEER_LOCALMSPID: org.mspId,
      CORE_PEER_MSPCONFIGPATH: p.mspDir,
      CORE_PEER_LISTENADDRESS: address,
      CORE_PEER_ADDRESS: address,
      CORE_PEER_CHAINCODELISTENADDRESS: `127.0.0.1:${p.chaincodePort}`,
      CORE_PEER_CHAINCODEADDRESS: `127.0.0.1:${p.chaincodePort}`,
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
      CORE_OPERATIONS_LISTENADDRESS: `127.0.0.1:${p.opsPort}`,
      CORE_METRICS_PROVIDER: 'disabled',
    },
  };
}

/** The environment of the `peer` command acting as the org's admin against its own peer. */
export function adminEnv(layout: FabricNetworkLayout, org: FabricOrgLayout): Record<string, string> {
  return {
    FABRIC_CFG_PATH: configDir(layout),
    FABRIC_LOGGING_SPEC: 'warning',
    CORE_PEER_TLS_ENABLED: 'true',
    CORE_PEER_TLS_ROOTCERT_FILE: org.peer.tlsCaFile,
    CORE_PEER_ADDRESS: `127.0.0.1:${org.peer.port}`,
    CORE_PEER_LOCALMSPID: org.mspId,
    CORE_PEER_MSPCONFIGPATH: org.admin.mspDir,
  };
}

export function peerAdmin(fabric: FabricInstall, layout: FabricNetworkLayout, org: FabricOrgLayout) {
  return (args: readonly string[]) => runCommand(fabric.bin('peer'), args, { env: adminEnv(layout, org) });
}

/** Arguments that send a `peer` admin command's transaction to the network's orderer over TLS. */
export function ordererArgs(layout: FabricNetworkLayout): string[] {
  return ['-o', `127.0.0.1:${layout.orderer.port}`, '--tls', '--cafile', layout.orderer.tlsCaFile];
}

export async function joinOrderer(fabric: FabricInstall, layout: FabricNetworkLayout, block: string) {
  await runCommand(fabric.bin('osnadmin'), [
    'channel',
    'join',
    '--channelID',
    layout.channel,
    '--config-block',
    block,
    '-o',
    `127.0.0.1:${layout.orderer.adminPort}`,
  ]);
}

/**
 * Whether the orderer leads the channel's Raft cluster. osnadmin reports a channel "active" before Raft
 * has elected a leader, and until then every transaction fails with "no Raft leader". With one consenter,
 * that node becomes the leader.
 */
export async function ordererLeadsChannel(layout: FabricNetworkLayout): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${layout.orderer.opsPort}/metrics`, {
    signal: AbortSignal.timeout(2000),
  });
  const metrics = await response.text();
  return metrics.includes(`consensus_etcdraft_is_leader{channel="${layout.channel}"} 1`);
}
