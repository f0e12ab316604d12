/**
 * One Fabric network spread over three infrastructures (network namespaces, each with one link): a Raft
 * orderer and one org's peer, with that site's chaincode servers, on each; an EVM network on the host reads
 * its views through the relays. One infrastructure is cut with `weft chaos isolate` while a client keeps
 * committing: commits go on (a majority of orderers and of endorsing orgs remains), the relays keep serving
 * views verified against the network's majority policy, the cut nodes are really unreachable, and once
 * `weft chaos restore` brings the link back its peer and orderer catch up with every block they missed.
 * Commit latency is measured before, during and after the cut. Needs root (`ip netns`), as CI has.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Contract } from '@hyperledger/fabric-gateway';
import { common } from '@hyperledger/fabric-protos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryView } from '../../cli/query.js';
import { sampleAddress } from '../../cli/smoke.js';
import { cacheDir, packageRoot } from '../../common/paths.js';
import { connectGateway, type FabricConnection } from '../../topology/fabric/client.js';
import { awaitBlockOnEveryPeer } from '../../topology/fabric/committed.js';
import type { FabricOrgLayout } from '../../topology/fabric/layout.js';
import { ordererMetrics, raftLeader } from '../../topology/fabric/nodes.js';
import { tlsHandshake } from '../../topology/health.js';
import { down, up } from '../../topology/launcher.js';
import {
  type FabricNetworkState,
  fabricNetwork,
  readState,
  type TopologyState,
} from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { tempDir } from '../support/temp.js';

const execFileAsync = promisify(execFile);
const WEFT = join(packageRoot(), 'bin', 'weft.js');
const SPREAD = 'sp-fabric';
const READER = 'sp-evm';
const CUT = 'south';
/** Commits in each phase: before the cut, during it, after it. */
const COMMITS = 12;

let stateDir: string;
let state: TopologyState;
let network: FabricNetworkState;
let connection: FabricConnection;
let assets: Contract;
const run = randomUUID().slice(0, 8);

beforeAll(async () => {
  stateDir = await tempDir('spread');
  state = await up(
    parseTopology(
      `infrastructures: [east, west, ${CUT}]
networks:
  - type: fabric
    id: ${SPREAD}
    orgs:
      - { name: Org1, infrastructure: east }
      - { name: Org2, infrastructure: west }
      - { name: Org3, infrastructure: ${CUT} }
    orderers: [east, west, ${CUT}]
  - { type: evm, id: ${READER}, chainId: 43301 }
`,
      'test',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
  network = fabricNetwork(state, SPREAD);
  connection = await connectGateway(network.orgs[0]!);
  assets = connection.gateway.getNetwork(network.channel).getContract('assets');
}, 300_000);

afterAll(async () => {
  connection?.close();
  if (state) await down({ stateDir });
}, 120_000);

const org = (name: string) => network.orgs.find((o) => o.name === name)!;
/** The orgs whose peers stay reachable: what a client asks to endorse while CUT is down. */
const linked = () => network.orgs.filter((o) => o.peer.infrastructure !== CUT);

interface Commit {
  /** From the first attempt to the commit of the last. */
  readonly ms: number;
  readonly block: bigint;
  readonly attempts: number;
}

/**
 * A transaction that reached the Raft leader just as it was cut off is lost with it (a follower forwards
 * what it accepts to the leader): its commit status never comes. Like any Fabric client, the writer then
 * submits it again, after waiting this long.
 */
const COMMIT_STATUS_MS = 10_000;
const MAX_ATTEMPTS = 3;
/** How long each submit took to be accepted by an orderer (the Gateway tries them in random order). */
const submitMs: number[] = [];

/** One write through Org1's Gateway, endorsed by the orgs that stay linked, awaited to its commit. */
async function commit(key: string, value: string): Promise<Commit> {
  const started = performance.now();
  for (let attempts = 1; ; attempts++) {
    try {
      const proposal = assets.newProposal('Put', {
        arguments: [key, value],
        endorsingOrganizations: linked().map((o) => o.mspId),
      });
      const endorsed = await proposal.endorse();
      const ordering = performance.now();
      const submitted = await endorsed.submit();
      submitMs.push(performance.now() - ordering);
      const status = await submitted.getStatus({ deadline: Date.now() + COMMIT_STATUS_MS });
      expect(status.successful, `Put ${key} committed as ${status.code}`).toBe(true);
      return { ms: performance.now() - started, block: status.blockNumber, attempts };
    } catch (error) {
      if (attempts >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function commits(phase: string): Promise<Commit[]> {
  const out: Commit[] = [];
  for (let i = 0; i < COMMITS; i++) out.push(await commit(`${run}-${phase}-${i}`, `${phase} ${i}`));
  return out;
}

/** A view of `key` on the EVM network, proven by the spread network's endorsements and verified. */
async function verifiedView(key: string): Promise<string> {
  const view = await queryView(state, { address: sampleAddress(network, key), from: READER });
  return Buffer.from(view.view.value).toString('utf8');
}

async function peerHeight(o: FabricOrgLayout): Promise<bigint> {
  const own = await connectGateway(o);
  try {
    const qscc = own.gateway.getNetwork(network.channel).getContract('qscc');
    const info = common.BlockchainInfo.deserializeBinary(
      await qscc.evaluateTransaction('GetChainInfo', network.channel),
    );
    return BigInt(info.getHeight());
  } finally {
    own.close();
  }
}

/** The block height the orderer on CUT reports; undefined when it cannot be reached. */
async function cutOrdererHeight(): Promise<bigint | undefined> {
  const metrics = await ordererMetrics(network.orderers.find((o) => o.infrastructure === CUT)!);
  const match = new RegExp(`ledger_blockchain_height\\{channel="${network.channel}"\\} (\\d+)`).exec(
    metrics ?? '',
  );
  return match ? BigInt(match[1]!) : undefined;
}

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const figures = (phase: string, done: readonly Commit[]) => {
  const ms = done.map((c) => c.ms);
  const again = done.filter((c) => c.attempts > 1).length;
  return `${phase}: p50 ${Math.round(quantile(ms, 0.5))} ms, max ${Math.round(Math.max(...ms))} ms, ${again} submitted again`;
};

const chaos = (action: 'isolate' | 'restore') =>
  execFileAsync(process.execPath, [WEFT, 'chaos', action, CUT, '--state-dir', stateDir]);

describe('one Fabric network on three infrastructures', () => {
  it('places each node on its infrastructure, and refuses to cut one the topology does not have', async () => {
    expect(network.orderers.map((o) => o.infrastructure)).toEqual(['east', 'west', CUT]);
    expect(network.orgs.map((o) => o.peer.infrastructure)).toEqual(['east', 'west', CUT]);
    const ips = state.infrastructures!.members.map((m) => m.ip);
    expect(new Set(ips).size).toBe(3);
    // Every node answers at its infrastructure's address, and nowhere on the host's loopback.
    expect(await tlsHandshake(org('Org3').peer.port, org('Org3').peer.ip)).toBe(true);
    expect(await tlsHandshake(org('Org3').peer.port)).toBe(false);
    const refused = await execFileAsync(process.execPath, [
      WEFT,
      'chaos',
      'isolate',
      'north',
      '--state-dir',
      stateDir,
    ]).catch((error: { stderr: string; code: number }) => error);
    expect(refused).toMatchObject({ code: 2 });
    expect((refused as { stderr: string }).stderr).toContain('[USAGE] no infrastructure "north"');
  });

  it('keeps committing and serving verified views while one infrastructure is cut; its nodes catch up', async () => {
    const before = await commits('before');
    const lastBefore = before.at(-1)!;
    await awaitBlockOnEveryPeer(network, lastBefore.block);
    expect(await verifiedView(`${run}-before-${COMMITS - 1}`)).toBe(`before ${COMMITS - 1}`);

    const leader = await raftLeader(network);
    await chaos('isolate');
    expect((await readState(stateDir))!.infrastructures!.members.find((m) => m.name === CUT)!.isolated).toBe(
      true,
    );
    // The cut is real: the nodes there run, but nothing reaches them.
    expect(await tlsHandshake(org('Org3').peer.port, org('Org3').peer.ip)).toBe(false);
    expect(await cutOrdererHeight()).toBeUndefined();

    const submitsBefore = submitMs.length;
    const cutStarted = performance.now();
    const during = await commits('during');
    const cutMs = performance.now() - cutStarted;
    const cutSubmits = submitMs.slice(submitsBefore);
    await awaitBlockOnEveryPeer({ ...network, orgs: linked() }, during.at(-1)!.block);
    const views: string[] = [];
    for (const i of [0, COMMITS - 1]) views.push(await verifiedView(`${run}-during-${i}`));
    expect(views).toEqual(['during 0', `during ${COMMITS - 1}`]);
    const leaderAfter = await raftLeader(network);
    expect(leaderAfter).toBeDefined();
    expect(leaderAfter!.infrastructure).not.toBe(CUT);

    await chaos('restore');
    const restored = performance.now();
    const after = await commits('after');
    const last = after.at(-1)!.block;
    // The isolated peer and orderer hold every block, the ones cut off from them included.
    await awaitBlockOnEveryPeer(network, last, 120_000);
    const peerCaughtUpMs = performance.now() - restored;
    for (;;) {
      const height = await cutOrdererHeight();
      if (height !== undefined && height > last) break;
      expect(performance.now() - restored).toBeLessThan(120_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const ordererCaughtUpMs = performance.now() - restored;
    expect(await peerHeight(org('Org3'))).toBeGreaterThan(during.at(-1)!.block);
    const own = await connectGateway(org('Org3'));
    try {
      const onOrg3 = own.gateway.getNetwork(network.channel).getContract('assets');
      expect(Buffer.from(await onOrg3.evaluateTransaction('Get', `${run}-during-0`)).toString()).toBe(
        'during 0',
      );
    } finally {
      own.close();
    }

    console.log(
      `spread: Raft leader on ${leader?.infrastructure} before the cut, on ${leaderAfter?.infrastructure} during it; ` +
        `commit latency ${figures('before', before)}; ${figures(`${CUT} cut`, during)} ` +
        `(${COMMITS} commits in ${(cutMs / 1000).toFixed(1)} s; accepted by an orderer in p50 ${Math.round(quantile(cutSubmits, 0.5))} ms, ` +
        `max ${Math.round(Math.max(...cutSubmits))} ms); ${figures('after', after)}; ` +
        `after the restore, ${CUT}'s peer held every block within ${Math.round(peerCaughtUpMs)} ms and its orderer within ${Math.round(ordererCaughtUpMs)} ms`,
    );
  }, 300_000);
});
