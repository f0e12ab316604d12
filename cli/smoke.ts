/**
 * Writes and reads back values on the networks of a running topology: Fabric through the Gateway with every
 * org endorsing, EVM through a signed transaction. Proves each ledger commits, not just answers; the
 * benchmark reuses one writer per network to time commits without connection set-up.
 */
import { randomUUID } from 'node:crypto';
import { Contract, NonceManager, Wallet } from 'ethers';
import { WeftError } from '../common/errors.js';
import { evmProvider } from '../drivers/evm/provider.js';
import { connectGateway } from '../topology/fabric/client.js';
import { submitOnEveryPeer } from '../topology/fabric/committed.js';
import type { EvmNetworkState, FabricNetworkState, NetworkState, TopologyState } from '../topology/state.js';

export interface WriteResult {
  /** Submit to commit (Fabric), send to receipt (EVM). */
  readonly commitMs: number;
  /** Who vouched for the write: endorsing orgs (Fabric) or the block that holds it (EVM). */
  readonly evidence: string;
}

/** An open connection to one network's sample application (chaincode `assets` or contract AssetStore). */
export interface LedgerWriter {
  write(key: string, value: string): Promise<WriteResult>;
  read(key: string): Promise<string>;
  close(): void;
}

/** The part of contracts/evm/AssetStore.sol used here. */
const ASSET_STORE_ABI = [
  'function put(string key, string value)',
  'function get(string key) view returns (string)',
];

async function fabricWriter(network: FabricNetworkState): Promise<LedgerWriter> {
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

function evmWriter(network: EvmNetworkState): LedgerWriter {
  const provider = evmProvider(network.rpcUrl, network.chainId);
  // Counts its own nonces: back-to-back writes would otherwise read a briefly cached transaction count.
  const signer = new NonceManager(new Wallet(network.deployer.privateKey, provider));
  const store = new Contract(network.contracts.AssetStore!, ASSET_STORE_ABI, signer);
  return {
    async write(key, value) {
      const started = performance.now();
      const receipt = await (await store.getFunction('put')(key, value)).wait();
      return {
        commitMs: performance.now() - started,
        evidence: `block ${receipt?.blockNumber}, chain id ${network.chainId}`,
      };
    },
    async read(key) {
      return (await store.getFunction('get')(key)) as string;
    },
    close: () => provider.destroy(),
  };
}

export function openWriter(network: NetworkState): Promise<LedgerWriter> {
  return network.type === 'fabric' ? fabricWriter(network) : Promise.resolve(evmWriter(network));
}

export interface SmokeResult extends WriteResult {
  readonly network: string;
  readonly type: NetworkState['type'];
  readonly key: string;
  readonly readMs: number;
}

/** One write and its read-back on one network; fails when the value read differs from the one written. */
export async function smokeNetwork(network: NetworkState): Promise<SmokeResult> {
  const writer = await openWriter(network);
  try {
    const key = `smoke-${randomUUID()}`;
    const value = `written at ${new Date().toISOString()}`;
    const written = await writer.write(key, value);
    const readStarted = performance.now();
    const read = await writer.read(key);
    const readMs = performance.now() - readStarted;
    if (read !== value) {
      throw new WeftError(
        'LEDGER_CALL_FAILED',
        `read-back of ${key} on ${network.id} differs from the write`,
        {
          wrote: value,
          read,
        },
      );
    }
    return { network: network.id, type: network.type, key, readMs, ...written };
  } finally {
    writer.close();
  }
}

export function smokeTopology(state: TopologyState): Promise<SmokeResult[]> {
  return Promise.all(state.networks.map(smokeNetwork));
}

/** The short address (`network/view`) of a key of a network's sample application. */
export function sampleAddress(network: NetworkState, key: string): string {
  return network.type === 'fabric'
    ? `${network.id}/${network.channel}:assets:Get:${key}`
    : `${network.id}/${network.chainId}:${network.contracts.AssetStore}:get(string):${key}`;
}

/**
 * Writes `value` under `key` in a network's sample application so that any org may vouch for it at once:
 * on Fabric the write waits for the block on every org's peer (every org endorses a view).
 */
export async function writeSample(network: NetworkState, key: string, value: string): Promise<void> {
  if (network.type === 'fabric') {
    const connection = await connectGateway(network.orgs[0]!);
    try {
      const assets = connection.gateway.getNetwork(network.channel).getContract('assets');
      await submitOnEveryPeer(network, assets, 'Put', key, value);
    } finally {
      connection.close();
    }
    return;
  }
  const writer = evmWriter(network);
  try {
    await writer.write(key, value);
  } finally {
    writer.close();
  }
}
