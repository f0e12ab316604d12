/**
 * The Fabric topology facet (topology/ledger-facet.ts): native peers and an orderer built from the Fabric
 * Go module (topology/fabric/), the driver reading through the first org's peer, trust recorded by an
 * admin through the interop chaincode, and the sample chaincode `assets`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openLocalClient } from '../../cli/query.js';
import { WeftError } from '../../common/errors.js';
import { describeGatewayError, gatewayRefusal } from '../../common/gateway-error.js';
import type { FabricDriverConfigFile } from '../../drivers/fabric/driver.js';
import { type CommandStatus, checkCommand } from '../../proofs/commands.js';
import type { VerifiedEvent } from '../../sdk/events.js';
import { ensureFabric } from '../../topology/fabric/binaries.js';
import { connectGateway } from '../../topology/fabric/client.js';
import { submitAllOnEveryPeer, submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { peerAddress } from '../../topology/fabric/layout.js';
import { startFabricNetwork } from '../../topology/fabric/network.js';
import type { LaunchContext } from '../../topology/launch-context.js';
import type {
  LedgerWriter,
  MembershipRecords,
  ServiceConfig,
  ServicePlan,
  TopologyClient,
  TopologyFacet,
} from '../../topology/ledger-facet.js';
import {
  type FabricNetworkState,
  isFabricNetwork,
  type NetworkState,
  type TopologyState,
} from '../../topology/state.js';
import { type FabricNetworkSpec, fabricSpecPortCount, type NetworkSpec } from '../../topology/topology.js';
import {
  defaultAccess,
  defaultCommandSources,
  defaultFreshness,
  defaultPolicy,
} from '../../topology/trust.js';
import { owned } from '../owned.js';
import { ledgerOf } from '../registry.js';
import { readRemote, submitView } from './destination.js';
import { INTEROP_CHAINCODE } from './index.js';

const isFabricSpec = (spec: NetworkSpec): spec is FabricNetworkSpec => spec.type === 'fabric';
const isFabric = isFabricNetwork;
/** The network as this kind's, or LEDGER_UNKNOWN. */
const own = owned('fabric', isFabric, (network) => network);

/** The membership record of a Fabric network: each org's CA certificate. */
async function membershipRecord(network: FabricNetworkState): Promise<Record<string, unknown>> {
  return {
    orgs: Object.fromEntries(
      await Promise.all(
        network.orgs.map(async (o) => [o.mspId, [await readFile(o.caCertFile, 'utf8')]] as const),
      ),
    ),
  };
}

/** Its admin records every other network's membership, policies and access rules on every peer. */
async function registerTrust(
  local: FabricNetworkState,
  others: readonly NetworkState[],
  records: MembershipRecords,
): Promise<void> {
  const org = local.orgs[0]!;
  const connection = await connectGateway(org, org.admin);
  try {
    const interop = connection.gateway.getNetwork(local.channel).getContract(INTEROP_CHAINCODE);
    await submitAllOnEveryPeer(
      local,
      interop,
      others.flatMap((other) => [
        ['SetMembership', other.id, JSON.stringify(records.get(other.id))] as const,
        ['SetVerificationPolicy', other.id, JSON.stringify(defaultPolicy(other))] as const,
        ['SetFreshnessPolicy', other.id, JSON.stringify(defaultFreshness())] as const,
        ['SetAccessControl', other.id, JSON.stringify(defaultAccess(local))] as const,
        ['SetCommandSources', other.id, JSON.stringify(defaultCommandSources(other, local.id))] as const,
      ]),
    );
  } finally {
    connection.close();
  }
}

/**
 * Its admin records the network's own id in its interop chaincode: what commands must be addressed to and
 * confirmations must name (contracts/fabric/commands.ts). Every network gets it, alone or not.
 */
async function recordLocalNetwork(network: FabricNetworkState): Promise<void> {
  const org = network.orgs[0]!;
  const connection = await connectGateway(org, org.admin);
  try {
    const interop = connection.gateway.getNetwork(network.channel).getContract(INTEROP_CHAINCODE);
    await submitOnEveryPeer(network, interop, 'SetLocalNetwork', network.id);
  } finally {
    connection.close();
  }
}

/** The driver, reading through the first org's peer as its client identity. */
async function writeServiceConfigs(
  network: FabricNetworkState,
  plan: ServicePlan,
): Promise<ServiceConfig[][]> {
  const { driverPort, tls, addressing } = plan;
  const org = network.orgs[0]!;
  const driverConfig: FabricDriverConfigFile = {
    ledger: 'fabric',
    networkId: network.id,
    host: addressing.listenHost,
    port: driverPort,
    tls: { certFile: tls.driver.cert, keyFile: tls.driver.key, caFile: tls.ca },
    relay: plan.relay,
    fabric: {
      channel: network.channel,
      interopChaincode: INTEROP_CHAINCODE,
      mspId: org.mspId,
      peer: {
        address: peerAddress(org.peer),
        serverName: org.peer.host,
        tlsCaFile: org.peer.tlsCaFile,
      },
      identity: { certFile: org.client.certFile, keyFile: org.client.keyFile },
    },
    concurrency: 64,
    maxMessageBytes: 4 * 1024 * 1024,
    operations: addressing.operations(plan.dir, 'driver'),
  };
  const configFile = join(plan.dir, 'driver.json');
  await writeFile(configFile, `${JSON.stringify(driverConfig, null, 2)}\n`);
  return [[{ name: 'driver', configFile, port: driverPort, step: `Fabric driver on ${driverPort}` }]];
}

/** The sample chaincode through the first org's Gateway, every org endorsing a write. */
async function openWriter(network: FabricNetworkState): Promise<LedgerWriter> {
  const connection = await connectGateway(network.orgs[0]!);
  const contract = connection.gateway.getNetwork(network.channel).getContract('assets');
  const endorsingOrganizations = network.orgs.map((o) => o.mspId);
  return {
    async write(key, value) {
      const started = performance.now();
      const tx = await contract
        .newProposal('Put', { arguments: [key, value], endorsingOrganizations })
        .endorse();
      const status = await (await tx.submit()).getStatus();
      const commitMs = performance.now() - started;
      if (!status.successful) {
        throw new WeftError('LEDGER_CALL_FAILED', `Put on ${network.id} committed as invalid`, {
          code: status.code,
          transactionId: status.transactionId,
        });
      }
      return {
        commitMs,
        evidence: `block ${status.blockNumber}, endorsed by ${endorsingOrganizations.join('+')}`,
      };
    },
    async read(key) {
      return Buffer.from(await contract.evaluateTransaction('Get', key)).toString('utf8');
    },
    close: () => connection.close(),
  };
}

async function writeSample(network: FabricNetworkState, key: string, value: string): Promise<void> {
  const connection = await connectGateway(network.orgs[0]!);
  try {
    const assets = connection.gateway.getNetwork(network.channel).getContract('assets');
    await submitOnEveryPeer(network, assets, 'Put', key, value);
  } finally {
    connection.close();
  }
}

function describe(network: FabricNetworkState): string {
  const orgs = network.orgs.map((o) => `${o.mspId} peer ${peerAddress(o.peer)}`).join(', ');
  const chaincodes = [...new Set(network.chaincodes.map((c) => c.name))].join(', ');
  return `${network.id} (fabric): channel ${network.channel}, chaincode ${chaincodes}; ${orgs}`;
}

/** A call of the sample application; its refusal as a WeftError of the refusal's code. */
async function refusedAs<T>(fn: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const refusal = gatewayRefusal(error);
    throw new WeftError(
      refusal?.code ?? 'LEDGER_CALL_FAILED',
      `${fn} failed: ${describeGatewayError(error)}`,
      {},
      { cause: error },
    );
  }
}

/** The first org's client identity, committing through the interop chaincode and `assets`. */
async function openClient(state: TopologyState, network: FabricNetworkState): Promise<TopologyClient> {
  const local = await openLocalClient(state, network.id);
  /** A verified event of an open stream, submitted to the sample application's `fn`, which takes it. */
  const submitEventTo = async (fn: string, event: VerifiedEvent) => {
    const started = performance.now();
    const proof = Buffer.from(event.proof).toString('base64');
    const status = await refusedAs(fn, async () => {
      const transaction = await local.assets
        .newProposal(fn, { arguments: [proof, event.address, event.nonce] })
        .endorse();
      return (await transaction.submit()).getStatus();
    });
    if (!status.successful) {
      throw new WeftError('LEDGER_CALL_FAILED', `${fn} was committed invalid (${status.code})`, {
        transactionId: status.transactionId,
      });
    }
    return { transactionId: status.transactionId, commitMs: performance.now() - started };
  };
  return {
    client: local.client,
    async commit(view) {
      const submitted = await submitView(local.interop, view);
      const value = await readRemote(local.assets, view.address);
      return { transactionId: submitted.transactionId, commitMs: submitted.commitMs, value };
    },
    async openStream(address, nonce, from) {
      // Every org endorses ApplyEvent, which reads the stream: a peer still without it would refuse.
      await submitOnEveryPeer(network, local.interop, 'OpenStream', address, nonce, String(from));
    },
    commitEvent: (event) => submitEventTo('ApplyEvent', event),
    executeCommand: (event) => submitEventTo('ExecuteCommand', event),
    applyConfirmation: (event) => submitEventTo('ApplyConfirmation', event),
    async issueCommand(command) {
      const c = checkCommand(command);
      const started = performance.now();
      // On every org's peer before it is answered: each org's peer vouches for the event from its history.
      const args = [c.id, c.destination, c.target, c.action, JSON.stringify(c.args), String(c.deadlineMs)];
      await refusedAs('IssueCommand', () =>
        submitOnEveryPeer(network, local.assets, 'IssueCommand', ...args),
      );
      return { transactionId: '', commitMs: performance.now() - started };
    },
    async compensate(id) {
      const started = performance.now();
      await refusedAs('Compensate', () => submitOnEveryPeer(network, local.assets, 'Compensate', id));
      return { transactionId: '', commitMs: performance.now() - started };
    },
    async commandState(id) {
      const text = await refusedAs('GetCommand', () => local.assets.evaluateTransaction('GetCommand', id));
      const record = JSON.parse(Buffer.from(text).toString('utf8')) as {
        status: CommandStatus;
        result?: string;
        late?: { result: string };
      };
      const result = record.late?.result ?? record.result;
      return {
        status: record.status,
        late: record.late !== undefined,
        ...(result === undefined ? {} : { result }),
      };
    },
    async readAppliedAsset(sourceNetwork, event) {
      // The copy is kept by key: the event's source kind says where its payload holds the key.
      const { key } = ledgerOf(event.ledger).topologyFacts.sampleAsset(event.record.payload);
      try {
        const value = await local.assets.evaluateTransaction('GetRemoteAsset', sourceNetwork, key);
        return { key, value: Buffer.from(value).toString('utf8') };
      } catch (error) {
        const refusal = gatewayRefusal(error);
        throw new WeftError(
          refusal?.code ?? 'LEDGER_CALL_FAILED',
          `GetRemoteAsset of ${key} of ${sourceNetwork} failed: ${describeGatewayError(error)}`,
          {},
          { cause: error },
        );
      }
    },
    close: () => local.close(),
  };
}

export const topology: TopologyFacet = {
  portCount: owned('fabric', isFabricSpec, (spec) => fabricSpecPortCount(spec)),
  async prepare(cacheDir, progress) {
    const fabric = await ensureFabric({ cacheDir, onProgress: (message) => progress({ message }) });
    return {
      startNetwork: owned(
        'fabric',
        isFabricSpec,
        async (spec, ports: readonly number[], dir: string, ctx: LaunchContext) => {
          const network = await startFabricNetwork(spec, ports, dir, fabric, ctx);
          await ctx.step(network.id, 'local network id recorded', () => recordLocalNetwork(network));
          return network;
        },
      ),
      registerTrust: owned('fabric', isFabric, registerTrust),
    };
  },
  prepareInterop: owned('fabric', isFabric, async (network) => network),
  servicePortCount: owned('fabric', isFabric, () => 3),
  serviceHosts: owned('fabric', isFabric, () => []),
  writeServiceConfigs: (plan) => writeServiceConfigs(own(plan.network), plan),
  adoptNetwork: owned('fabric', isFabric, recordLocalNetwork),
  registerTrust: owned('fabric', isFabric, registerTrust),
  membershipRecord: owned('fabric', isFabric, membershipRecord),
  describe: owned('fabric', isFabric, describe),
  reported: owned('fabric', isFabric, (network) => network),
  openWriter: owned('fabric', isFabric, openWriter),
  writeSample: owned('fabric', isFabric, writeSample),
  openClient: (state, network) => openClient(state, own(network)),
};
