/**
 * Starts one Fabric network as native processes: crypto and genesis block, a Raft orderer, one peer per org
 * joined to the channel, and the sample chaincode run as a service, approved by every org and committed.
 * Returns once a Gateway can gather endorsements from every org, so clients need no retry loop.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '../../common/wait.js';
import { cancelledError, type LaunchContext } from '../launch-context.js';
import type { FabricNetworkState } from '../state.js';
import type { FabricNetworkSpec } from '../topology.js';
import { CHANNEL_BLOCK, generateArtifacts, writeNodeConfig } from './artifacts.js';
import type { FabricInstall } from './binaries.js';
import { chaincodeServerProcess, deployChaincode, packageChaincode } from './chaincode.js';
import { connectGateway, describeGatewayError } from './client.js';
import { fabricLayout } from './layout.js';
import {
  configDir,
  joinOrderer,
  ordererLeadsChannel,
  ordererProcess,
  peerAdmin,
  peerProcess,
} from './nodes.js';

/** Node start-up: a peer opens its ledger and gossip in 1-3 s; 2 cores shared by several networks. */
const NODE_READY_MS = 60_000;
/** A single-node Raft chain elects itself within a few ticks of 500 ms; slower on a loaded machine. */
const RAFT_LEADER_MS = 30_000;
/** Gossip tells each peer's Gateway about the other orgs' peers and chaincodes: seconds after a deploy. */
const ENDORSERS_VISIBLE_MS = 60_000;

export async function startFabricNetwork(
  spec: FabricNetworkSpec,
  ports: readonly number[],
  dir: string,
  fabric: FabricInstall,
  ctx: LaunchContext,
): Promise<FabricNetworkState> {
  const layout = fabricLayout(spec, ports, dir);
  const id = spec.id;
  await Promise.all(['config', 'logs', 'data'].map((d) => mkdir(join(dir, d), { recursive: true })));

  await ctx.step(id, 'crypto material and genesis block', async () => {
    await writeNodeConfig(fabric, configDir(layout));
    await generateArtifacts(fabric, layout);
  });

  await ctx.step(id, 'orderer', async () => {
    await ctx.spawn(ordererProcess(fabric, layout), {
      network: id,
      role: 'orderer',
      port: layout.orderer.port,
      health: { kind: 'fabric-node', opsPort: layout.orderer.opsPort, listenPort: layout.orderer.port },
      readyWithinMs: NODE_READY_MS,
    });
    await joinOrderer(fabric, layout, join(dir, CHANNEL_BLOCK));
  });

  // Peers start and join while Raft elects its leader: only transactions need the leader.
  const leader = ctx.step(id, 'Raft leader elected', () =>
    waitFor(async () => ((await ordererLeadsChannel(layout)) ? true : undefined), {
      what: `${id} Raft leader of channel ${layout.channel}`,
      timeoutMs: RAFT_LEADER_MS,
      intervalMs: 100,
      abortIf: () => (ctx.signal.aborted ? cancelledError() : undefined),
    }),
  );
  const peers = ctx.step(id, `${layout.orgs.length} peers joined to channel ${layout.channel}`, async () => {
    await Promise.all(
      layout.orgs.map((org) =>
        ctx.spawn(peerProcess(fabric, layout, org), {
          network: id,
          role: 'peer',
          port: org.peer.port,
          health: { kind: 'fabric-node', opsPort: org.peer.opsPort, listenPort: org.peer.port },
          readyWithinMs: NODE_READY_MS,
        }),
      ),
    );
    // Only once every peer serves: on joining, a peer dials the other orgs' anchor peers at once, and a
    // failed dial is retried only after gossip's reconnect interval.
    await Promise.all(
      layout.orgs.map((org) =>
        peerAdmin(fabric, layout, org)(['channel', 'join', '-b', join(dir, CHANNEL_BLOCK)]),
      ),
    );
  });
  await Promise.all([leader, peers]);

  const chaincodes = await ctx.step(id, 'chaincode', () =>
    Promise.all(
      layout.chaincodes.map(async (cc) => {
        const pkg = await packageChaincode(layout, cc);
        // The server runs before the definition is committed: peers dial it on the first invocation.
        await ctx.spawn(chaincodeServerProcess(layout, cc, pkg.packageId), {
          network: id,
          role: 'chaincode',
          port: cc.port,
          health: { kind: 'tcp', port: cc.port },
          readyWithinMs: NODE_READY_MS,
        });
        await deployChaincode(fabric, layout, cc, pkg);
        return { ...cc, packageId: pkg.packageId };
      }),
    ),
  );

  const state: FabricNetworkState = { ...layout, chaincodes };
  await ctx.step(id, 'endorsement by every org', () => awaitEndorsers(state, ctx.signal));
  return state;
}

/**
 * Waits until the first org's Gateway gathers an endorsement from every org for each chaincode: a
 * metadata query that is endorsed, never submitted, so the ledger is unchanged.
 */
async function awaitEndorsers(state: FabricNetworkState, signal: AbortSignal): Promise<void> {
  const [org] = state.orgs;
  if (!org) return;
  const connection = await connectGateway(org);
  try {
    const network = connection.gateway.getNetwork(state.channel);
    const endorsingOrganizations = state.orgs.map((o) => o.mspId);
    for (const cc of state.chaincodes) {
      const contract = network.getContract(cc.name);
      await waitFor(
        async () => {
          try {
            await contract
              .newProposal('org.hyperledger.fabric:GetMetadata', { endorsingOrganizations })
              .endorse();
            return true;
          } catch (error) {
            throw new Error(describeGatewayError(error), { cause: error });
          }
        },
        {
          what: `${state.id} endorsement of ${cc.name} by ${endorsingOrganizations.join(', ')}`,
          timeoutMs: ENDORSERS_VISIBLE_MS,
          intervalMs: 500,
          abortIf: () => (signal.aborted ? cancelledError() : undefined),
        },
      );
    }
  } finally {
    connection.close();
  }
}
