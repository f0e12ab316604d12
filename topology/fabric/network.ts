/**
 * Starts one Fabric network as native processes: crypto and genesis block, Raft orderers, one peer per org
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
import { chaincodesOf, fabricLayout } from './layout.js';
import { configDir, joinOrderer, ordererProcess, peerAdmin, peerProcess, raftLeader } from './nodes.js';

/** Node start-up: a peer opens its ledger and gossip in 1-3 s; 2 cores shared by several networks. */
const NODE_READY_MS = 60_000;
/** A Raft chain elects a leader within a few ticks of 500 ms (10 for an election); slower on a loaded machine. */
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
  const layout = fabricLayout(spec, ports, dir, ctx.placement);
  const id = spec.id;
  await Promise.all(['config', 'logs', 'data'].map((d) => mkdir(join(dir, d), { recursive: true })));

  await ctx.step(id, 'crypto material and genesis block', async () => {
    await writeNodeConfig(fabric, configDir(layout));
    await generateArtifacts(fabric, layout);
  });

  await ctx.step(id, layout.orderers.length > 1 ? `${layout.orderers.length} orderers` : 'orderer', () =>
    Promise.all(
      layout.orderers.map(async (o) => {
        await ctx.spawn(ordererProcess(fabric, layout, o), {
          network: id,
          role: 'orderer',
          port: o.port,
          health: { kind: 'fabric-node', opsPort: o.opsPort, listenPort: o.port, host: o.ip },
          readyWithinMs: NODE_READY_MS,
        });
        await joinOrderer(fabric, layout, o, join(dir, CHANNEL_BLOCK));
      }),
    ),
  );

  // Peers start and join while Raft elects its leader: only transactions need the leader.
  const leader = ctx.step(id, 'Raft leader elected', () =>
    waitFor(async () => ((await raftLeader(layout)) ? true : undefined), {
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
          health: {
            kind: 'fabric-node',
            opsPort: org.peer.opsPort,
            listenPort: org.peer.port,
            host: org.peer.ip,
          },
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

  const chaincodes = await ctx.step(id, 'chaincode', async () => {
    const servers = await Promise.all(
      layout.chaincodes.map(async (cc) => {
        const pkg = await packageChaincode(layout, cc);
        // The server runs before the definition is committed: peers dial it on the first invocation.
        await ctx.spawn(chaincodeServerProcess(layout, cc, pkg.packageId), {
          network: id,
          role: 'chaincode',
          port: cc.port,
          health: { kind: 'tcp', port: cc.port, host: cc.ip },
          readyWithinMs: NODE_READY_MS,
        });
        return { cc, pkg };
      }),
    );
    const packages = new Map(servers.map((s) => [s.cc, s.pkg]));
    const names = [...new Set(layout.chaincodes.map((cc) => cc.name))];
    await Promise.all(
      names.map((name) =>
        deployChaincode(fabric, layout, name, (org) => {
          const own = chaincodesOf(layout, org).find((cc) => cc.name === name);
          if (!own) throw new RangeError(`no ${name} chaincode server for ${org.name}'s site`);
          return packages.get(own)!;
        }),
      ),
    );
    return servers.map(({ cc, pkg }) => ({ ...cc, packageId: pkg.packageId }));
  });

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
