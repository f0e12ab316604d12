/**
 * The interoperation services of a local EVM network: an attestor per org (each with its own key, reading
 * the network's node through its own configured endpoint), and the network's driver asking them. Every org
 * also gets a funded client account, the identity its dApps request views with.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Contract, type Interface, type InterfaceAbi, NonceManager, parseEther, Wallet } from 'ethers';
import { WeftError } from '../../common/errors.js';
import type { AttestorConfigFile } from '../../drivers/evm/attestor.js';
import type { EvmDriverConfigFile } from '../../drivers/evm/driver.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import { messageType } from '../../protos/index.js';
import { registerEvmNetwork, registerFabricNetwork, setMaxAge, setPolicy } from '../../sdk/evm-interop.js';
import type { ServiceAddressing } from '../addressing.js';
import type { ServiceConfig } from '../ledger-facet.js';
import type { EvmNetworkState, EvmOrgState, FabricNetworkState } from '../state.js';
import { attestationThreshold, DEFAULT_MAX_AGE_MS, evmOrgsOf } from '../trust.js';

/** What each client account is given to pay for its transactions. */
const CLIENT_FUNDS = parseEther('100');

export function attestorHost(org: string): string {
  return `attestor-${org.toLowerCase()}`;
}

/** Creates each org's attestor key (a file only that org's attestor reads) and a funded client account. */
export async function prepareEvmOrgs(
  network: EvmNetworkState,
  orgs: readonly string[],
  dir: string,
): Promise<EvmOrgState[]> {
  await mkdir(join(dir, 'attestors'), { recursive: true, mode: 0o700 });
  const prepared: EvmOrgState[] = [];
  for (const name of orgs) {
    const attestor = Wallet.createRandom();
    const client = Wallet.createRandom();
    const keyFile = join(dir, 'attestors', `${name.toLowerCase()}.key`);
    await writeFile(keyFile, `${attestor.privateKey}\n`, { mode: 0o600 });
    prepared.push({
      name,
      attestor: { address: attestor.address.toLowerCase(), keyFile },
      client: { address: client.address.toLowerCase(), privateKey: client.privateKey },
    });
  }
  await fundClients(network, prepared);
  return prepared;
}

/**
 * Gives each org's client account its funds from the deployer, unless it still holds more than half of
 * them (a topology's accounts kept while its node started afresh are funded again).
 */
export async function fundClients(network: EvmNetworkState, orgs: readonly EvmOrgState[]): Promise<void> {
  const provider = evmProvider(network.rpcUrl, network.chainId);
  try {
    const deployer = new Wallet(network.deployer.privateKey, provider);
    const balances = await Promise.all(orgs.map((o) => provider.getBalance(o.client.address)));
    let nonce = await provider.getTransactionCount(deployer.address, 'pending');
    const funding: Promise<unknown>[] = [];
    for (const [i, org] of orgs.entries()) {
      if (balances[i]! > CLIENT_FUNDS / 2n) continue;
      funding.push(
        deployer
          .sendTransaction({ to: org.client.address, value: CLIENT_FUNDS, nonce: nonce++ })
          .then((tx) => tx.wait()),
      );
    }
    await Promise.all(funding);
  } finally {
    provider.destroy();
  }
}

export interface EvmServicePlan {
  readonly network: EvmNetworkState;
  readonly orgs: readonly EvmOrgState[];
  readonly dir: string;
  readonly relay: { readonly address: string; readonly serverName: string };
  readonly driverPort: number;
  /** One per org, in the order of `orgs`. */
  readonly attestorPorts: readonly number[];
  readonly tls: {
    readonly ca: string;
    readonly hosts: Readonly<
      Record<string, { readonly cert: string; readonly key: string; readonly name: string }>
    >;
  };
  /** Memberships and access rules of every other network, as each org records them. */
  readonly requesters: AttestorConfigFile['requesters'];
  readonly addressing: ServiceAddressing;
}

/** Writes the attestors' and the driver's configuration: the attestors start first, the driver asks them. */
export async function writeEvmServiceConfigs(plan: EvmServicePlan): Promise<ServiceConfig[][]> {
  const { network, orgs, dir, tls, addressing } = plan;
  const attestors = await Promise.all(
    orgs.map(async (org, i) => {
      const name = attestorHost(org.name);
      const host = tls.hosts[name]!;
      const port = plan.attestorPorts[i]!;
      const config: AttestorConfigFile = {
        networkId: network.id,
        org: org.name,
        host: addressing.listenHost,
        port,
        tls: { certFile: host.cert, keyFile: host.key, caFile: tls.ca },
        signingKeyFile: org.attestor.keyFile,
        evm: { chainId: network.chainId, rpcUrl: network.rpcUrl },
        requesters: plan.requesters,
        blockWaitMs: 5_000,
        maxMessageBytes: 4 * 1024 * 1024,
        operations: addressing.operations(dir, name),
      };
      const configFile = join(dir, `${name}.json`);
      await writeFile(configFile, `${JSON.stringify(config, null, 2)}\n`);
      return {
        service: { name, configFile, port, step: `attestor of ${org.name} on ${port}` },
        endpoint: {
          org: org.name,
          address: addressing.address(network.id, name, port),
          serverName: host.name,
          caFile: tls.ca,
        },
      };
    }),
  );
  const driver = tls.hosts.driver!;
  const config: EvmDriverConfigFile = {
    ledger: 'evm',
    networkId: network.id,
    host: addressing.listenHost,
    port: plan.driverPort,
    tls: { certFile: driver.cert, keyFile: driver.key, caFile: tls.ca },
    relay: plan.relay,
    evm: {
      chainId: network.chainId,
      rpcUrl: network.rpcUrl,
      confirmations: 0,
      attestors: attestors.map((a) => a.endpoint),
      attestTimeoutMs: 10_000,
    },
    concurrency: 64,
    maxMessageBytes: 4 * 1024 * 1024,
    operations: addressing.operations(dir, 'driver'),
  };
  const configFile = join(dir, 'driver.json');
  await writeFile(configFile, `${JSON.stringify(config, null, 2)}\n`);
  return [
    attestors.map((a) => a.service),
    [{ name: 'driver', configFile, port: plan.driverPort, step: `EVM driver on ${plan.driverPort}` }],
  ];
}

/** A Fabric peer's identity as its endorsements carry it: a serialized msp.SerializedIdentity. */
export async function peerIdentity(org: FabricNetworkState['orgs'][number]): Promise<Uint8Array> {
  const dir = join(org.peer.mspDir, 'signcerts');
  const [file] = (await readdir(dir)).filter((f) => f.endsWith('.pem'));
  if (!file) throw new WeftError('TOPOLOGY_INVALID', `no signing certificate in ${dir}`);
  const type = messageType('msp.SerializedIdentity');
  return type.encode(type.create({ mspid: org.mspId, id_bytes: await readFile(join(dir, file)) })).finish();
}

/** The interop contract of `local`, sent to by its owner (the deployer), counting its own nonces. */
export function ownedInterop(
  local: EvmNetworkState,
  interopAbi: Interface | InterfaceAbi,
): { readonly interop: Contract; close(): void } {
  const provider = evmProvider(local.rpcUrl, local.chainId);
  const owner = new NonceManager(new Wallet(local.deployer.privateKey, provider));
  return {
    interop: new Contract(local.contracts.WeftInterop!, interopAbi, owner),
    close: () => provider.destroy(),
  };
}

/**
 * Records a Fabric network in an EVM network's interop contract: its endorsing peers' P-256 keys (X.509
 * parsed here, once) and the policy that every org endorses.
 */
export async function registerFabricSource(interop: Contract, other: FabricNetworkState): Promise<void> {
  const orgs = Object.fromEntries(
    await Promise.all(other.orgs.map(async (o) => [o.mspId, [await peerIdentity(o)]] as const)),
  );
  await registerFabricNetwork(interop, { networkId: other.id, interopChaincode: 'interop', orgs });
  await setPolicy(interop, other.id, other.orgs.length, Object.keys(orgs));
}

/** Records an EVM network in an EVM network's interop contract: its attestors and a majority policy. */
export async function registerEvmSource(interop: Contract, other: EvmNetworkState): Promise<void> {
  const orgs = evmOrgsOf(other);
  await registerEvmNetwork(interop, {
    networkId: other.id,
    chainId: BigInt(other.chainId),
    orgs: Object.fromEntries(orgs.map((o) => [o.name, [o.attestor.address]])),
  });
  await setPolicy(
    interop,
    other.id,
    attestationThreshold(other),
    orgs.map((o) => o.name),
  );
}

/** Every view of a recorded network is accepted up to the default max age (pattern "": every view). */
export function setDefaultMaxAge(interop: Contract, networkId: string): Promise<unknown> {
  return setMaxAge(interop, networkId, '', DEFAULT_MAX_AGE_MS);
}
