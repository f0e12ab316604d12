/**
 * A Fabric network's artefacts: crypto material (cryptogen), the channel's genesis block (configtxgen) and
 * node configuration (Fabric's sampleconfig, adjusted to run without Docker).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { WeftError } from '../../common/errors.js';
import { packageRoot } from '../../common/paths.js';
import { runCommand } from '../command.js';
import type { FabricInstall } from './binaries.js';
import { type FabricNetworkLayout, type NodeSite, nodeAddress, ordererName } from './layout.js';

/** The external builder that lets peers run chaincode as a service: three small shell scripts. */
export const CCAAS_BUILDER_DIR = join(packageRoot(), 'topology', 'fabric', 'ccaas-builder');

const LOOPBACK_SANS = ['127.0.0.1', 'localhost'];

/** A node's TLS certificate names loopback and, on an infrastructure, the address it listens on there. */
const sansOf = (node: NodeSite) => [...new Set([node.ip, ...LOOPBACK_SANS])];

export function cryptoConfig(layout: FabricNetworkLayout): string {
  return stringify({
    OrdererOrgs: [
      {
        Name: 'Orderer',
        Domain: layout.domain,
        EnableNodeOUs: true,
        Specs: layout.orderers.map((o) => ({ Hostname: ordererName(o), SANS: sansOf(o) })),
      },
    ],
    PeerOrgs: layout.orgs.map((org) => ({
      Name: org.name,
      Domain: org.domain,
      EnableNodeOUs: true,
      Template: { Count: 1, SANS: sansOf(org.peer) },
      Users: { Count: 1 },
    })),
  });
}

const signature = (rule: string) => ({ Type: 'Signature', Rule: rule });
const implicit = (rule: string) => ({ Type: 'ImplicitMeta', Rule: rule });
const standardPolicies = {
  Readers: implicit('ANY Readers'),
  Writers: implicit('ANY Writers'),
  Admins: implicit('MAJORITY Admins'),
};

/**
 * configtx.yaml with one profile. Blocks are cut after 100 ms or 50 transactions, so a lone submit commits
 * in well under a second while load still fills blocks. Chaincodes endorse with a majority of orgs.
 */
export function configtx(layout: FabricNetworkLayout): string {
  const rel = (file: string) => relative(layout.dir, file);
  const first = layout.orderers[0]!;
  const ordererOrg = {
    Name: 'OrdererOrg',
    ID: first.mspId,
    MSPDir: rel(join(first.mspDir, '..', '..', '..', 'msp')),
    Policies: {
      Readers: signature(`OR('${first.mspId}.member')`),
      Writers: signature(`OR('${first.mspId}.member')`),
      Admins: signature(`OR('${first.mspId}.admin')`),
    },
    OrdererEndpoints: layout.orderers.map((o) => nodeAddress(o, o.port)),
  };
  const peerOrgs = layout.orgs.map((org) => ({
    Name: org.mspId,
    ID: org.mspId,
    MSPDir: rel(join(org.caCertFile, '..', '..')),
    Policies: {
      Readers: signature(`OR('${org.mspId}.admin','${org.mspId}.peer','${org.mspId}.client')`),
      Writers: signature(`OR('${org.mspId}.admin','${org.mspId}.client')`),
      Admins: signature(`OR('${org.mspId}.admin')`),
      Endorsement: signature(`OR('${org.mspId}.peer')`),
    },
    // Gossip finds the other orgs' peers through their anchor peers: cross-org endorsement needs them.
    AnchorPeers: [{ Host: org.peer.ip, Port: org.peer.port }],
  }));
  return stringify({
    Profiles: {
      Weft: {
        Policies: standardPolicies,
        Capabilities: { V2_0: true },
        Orderer: {
          OrdererType: 'etcdraft',
          BatchTimeout: '100ms',
          BatchSize: { MaxMessageCount: 50, AbsoluteMaxBytes: '10 MB', PreferredMaxBytes: '2 MB' },
          EtcdRaft: {
            Consenters: layout.orderers.map((o) => ({
              Host: o.ip,
              Port: o.port,
              ClientTLSCert: rel(join(o.tlsDir, 'server.crt')),
              ServerTLSCert: rel(join(o.tlsDir, 'server.crt')),
            })),
            Options: {
              TickInterval: '500ms',
              ElectionTick: 10,
              HeartbeatTick: 1,
              MaxInflightBlocks: 5,
              SnapshotIntervalSize: '16 MB',
            },
          },
          Organizations: [ordererOrg],
          Policies: { ...standardPolicies, BlockValidation: implicit('ANY Writers') },
          Capabilities: { V2_0: true },
        },
        Application: {
          Organizations: peerOrgs,
          Policies: {
            ...standardPolicies,
            LifecycleEndorsement: implicit('MAJORITY Endorsement'),
            Endorsement: implicit('MAJORITY Endorsement'),
          },
          Capabilities: { V2_5: true },
        },
      },
    },
  });
}

/**
 * core.yaml from Fabric's sampleconfig with two changes that environment variables cannot make: no Docker
 * endpoint (else /healthz reports Docker as down) and the chaincode-as-a-service builder at our scripts.
 */
export async function writeNodeConfig(fabric: FabricInstall, configDir: string): Promise<void> {
  const core = await readFile(join(fabric.configDir, 'core.yaml'), 'utf8');
  const patched = core
    .replace(/endpoint: unix:\/\/\/var\/run\/docker\.sock/, 'endpoint:')
    .replace(/path: \/opt\/hyperledger\/ccaas_builder/, `path: ${CCAAS_BUILDER_DIR}`);
  if (/^\s*endpoint: unix:/m.test(patched) || !patched.includes(CCAAS_BUILDER_DIR)) {
    throw new WeftError('FABRIC_BUILD_FAILED', 'unexpected core.yaml layout: cannot disable Docker', {
      file: join(fabric.configDir, 'core.yaml'),
    });
  }
  await writeFile(join(configDir, 'core.yaml'), patched);
  await writeFile(join(configDir, 'orderer.yaml'), await readFile(join(fabric.configDir, 'orderer.yaml')));
}

export const CHANNEL_BLOCK = 'channel.block';

export async function generateArtifacts(fabric: FabricInstall, layout: FabricNetworkLayout): Promise<void> {
  await writeFile(join(layout.dir, 'crypto-config.yaml'), cryptoConfig(layout));
  await runCommand(fabric.bin('cryptogen'), [
    'generate',
    `--config=${join(layout.dir, 'crypto-config.yaml')}`,
    `--output=${join(layout.dir, 'crypto')}`,
  ]);
  await writeFile(join(layout.dir, 'configtx.yaml'), configtx(layout));
  await runCommand(fabric.bin('configtxgen'), [
    '-configPath',
    layout.dir,
    '-profile',
    'Weft',
    '-channelID',
    layout.channel,
    '-outputBlock',
    join(layout.dir, CHANNEL_BLOCK),
  ]);
}
