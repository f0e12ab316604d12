/**
 * One write and one read-back on every network of a running topology, timed: Fabric through the Gateway
 * with every org endorsing, EVM through a signed transaction. Proves each ledger commits, not just answers.
 */
import { randomUUID } from 'node:crypto';
import { Contract, JsonRpcProvider, Wallet } from 'ethers';
import { WeftError } from '../common/errors.js';
import { connectGateway } from './fabric/client.js';
import type { EvmNetworkState, FabricNetworkState, NetworkState, TopologyState } from './state.js';

export interface SmokeResult {
  readonly network: string;
  readonly type: NetworkState['type'];
  readonly key: string;
  readonly value: string;
  /** Submit to commit (Fabric), send to receipt (EVM). */
  readonly commitMs: number;
  readonly readMs: number;
  /** Who vouched for the write: endorsing orgs (Fabric) or the block that holds it (EVM). */
  readonly evidence: string;
}

/** The part of contracts/evm/AssetStore.sol this smoke run calls. */
const ASSET_STORE_ABI = [
  'function put(string key, string value)',
  'function get(string key) view returns (string)',
];

function mismatch(network: string, key: string, wrote: string, read: string): WeftError {
  return new WeftError('LEDGER_CALL_FAILED', `read-back of ${key} on ${network} differs from the write`, {
    wrote,
    read,
  });
}

async function smokeFabric(network: FabricNetworkState): Promise<SmokeResult> {
  const org = network.orgs[0]!;
  const connection = await connectGateway(org);
  try {
    const contract = connection.gateway.getNetwork(network.channel).getContract('assets');
    const key = `smoke-${randomUUID()}`;
    const value = `written at ${new Date().toISOString()}`;
    const endorsingOrganizations = network.orgs.map((o) => o.mspId);
    const started = performance.now();
    const tx = await contract
      .newProposal('Put', { arguments: [key, value], endorsingOrganizations })
      .endorse();
    const commit = await tx.submit();
    const status = await commit.getStatus();
    const commitMs = performance.now() - started;
    if (!status.successful) {
      throw new WeftError('LEDGER_CALL_FAILED', `Put on ${network.id} committed as invalid`, {
        code: status.code,
        transactionId: status.transactionId,
      });
    }
    const readStarted = performance.now();
    const read = Buffer.from(await contract.evaluateTransaction('Get', key)).toString('utf8');
    const readMs = performance.now() - readStarted;
    if (read !== value) throw mismatch(network.id, key, value, read);
    return {
      network: network.id,
      type: 'fabric',
      key,
      value,
      commitMs,
      readMs,
      evidence: `block ${status.blockNumber}, endorsed by ${endorsingOrganizations.join('+')}`,
    };
  } finally {
    connection.close();
  }
}

async function smokeEvm(network: EvmNetworkState): Promise<SmokeResult> {
  const provider = new JsonRpcProvider(network.rpcUrl, network.chainId, { staticNetwork: true });
  try {
    const signer = new Wallet(network.deployer.privateKey, provider);
    const store = new Contract(network.contracts.AssetStore!, ASSET_STORE_ABI, signer);
    const key = `smoke-${randomUUID()}`;
    const value = `written at ${new Date().toISOString()}`;
    const started = performance.now();
    const sent = await store.getFunction('put')(key, value);
    const receipt = await sent.wait();
    const commitMs = performance.now() - started;
    const readStarted = performance.now();
    const read = (await store.getFunction('get')(key)) as string;
    const readMs = performance.now() - readStarted;
    if (read !== value) throw mismatch(network.id, key, value, read);
    return {
      network: network.id,
      type: 'evm',
      key,
      value,
      commitMs,
      readMs,
      evidence: `block ${receipt?.blockNumber}, chain id ${network.chainId}`,
    };
  } finally {
    provider.destroy();
  }
}

export function smokeNetwork(network: NetworkState): Promise<SmokeResult> {
  return network.type === 'fabric' ? smokeFabric(network) : smokeEvm(network);
}

export function smokeTopology(state: TopologyState): Promise<SmokeResult[]> {
  return Promise.all(state.networks.map(smokeNetwork));
}
