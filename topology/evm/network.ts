/**
 * Starts one EVM network: an anvil node (from npm) on 127.0.0.1 with its own chain id and a fresh random
 * mnemonic, whose first account deploys the interop contract (naming the network in it: the destination of
 * the commands it runs) and the sample contract.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  type Contract,
  ContractFactory,
  HDNodeWallet,
  Interface,
  Mnemonic,
  NonceManager,
  randomBytes,
  type Signer,
  ZeroAddress,
} from 'ethers';
import { WeftError } from '../../common/errors.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import { setLocalNetwork } from '../../sdk/evm-interop.js';
import type { LaunchContext } from '../launch-context.js';
import type { ProcessSpec } from '../process.js';
import type { EvmNetworkState } from '../state.js';
import type { EvmNetworkSpec } from '../topology.js';
import type { CompiledContract } from './solidity.js';

/** Contracts every EVM network gets, deployed in this order: the sample application takes the interop's address. */
export const EVM_CONTRACTS = ['WeftInterop', 'AssetStore'] as const;

/** anvil answers its first RPC within about 50 ms; allow for a loaded machine. */
const NODE_READY_MS = 20_000;

const PLATFORM_PACKAGES: Record<string, string> = {
  'linux-x64': 'linux-amd64',
  'linux-arm64': 'linux-arm64',
  'darwin-x64': 'darwin-amd64',
  'darwin-arm64': 'darwin-arm64',
  'win32-x64': 'win32-amd64',
};

/** The anvil binary inside @foundry-rs/anvil's platform package; run directly so its PID is anvil's. */
export function anvilBinary(): string {
  const platform = PLATFORM_PACKAGES[`${process.platform}-${process.arch}`];
  const require = createRequire(import.meta.url);
  let dir: string | undefined;
  try {
    dir = platform && dirname(require.resolve(`@foundry-rs/anvil-${platform}/package.json`));
  } catch {
    dir = undefined;
  }
  const binary = dir && join(dir, 'bin', process.platform === 'win32' ? 'anvil.exe' : 'anvil');
  if (!binary || !existsSync(binary)) {
    throw new WeftError('BINARY_MISSING', 'anvil is not installed for this platform: run `npm install`', {
      platform: `${process.platform}-${process.arch}`,
    });
  }
  return binary;
}

/** Where `weft up` keeps the ABI of a contract it deployed on the network whose state folder is `dir`. */
export function contractAbiFile(dir: string, name: string): string {
  return join(dir, `${name}.abi.json`);
}

export async function readContractAbi(dir: string, name: string): Promise<Interface> {
  try {
    return new Interface(JSON.parse(await readFile(contractAbiFile(dir, name), 'utf8')));
  } catch (error) {
    throw new WeftError(
      'STATE_CORRUPT',
      `no ABI of the deployed ${name} in ${dir}`,
      { dir },
      { cause: error },
    );
  }
}

export function anvilProcess(spec: EvmNetworkSpec, port: number, mnemonic: string, dir: string): ProcessSpec {
  return {
    name: `${spec.id}/anvil`,
    command: anvilBinary(),
    args: [
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--chain-id',
      String(spec.chainId),
      '--mnemonic',
      mnemonic,
      '--accounts',
      '4',
      '--silent',
    ],
    logFile: join(dir, 'anvil.log'),
  };
}

/**
 * Deploys `contracts` in their order from `deployer`, names the network `networkId` in the interop contract
 * and writes each one's ABI in `dir`; returns their addresses (lower case) by name.
 */
export async function deployContracts(
  deployer: Signer,
  networkId: string,
  contracts: Readonly<Record<string, CompiledContract>>,
  dir: string,
): Promise<Record<string, string>> {
  // One nonce sequence for the deployments: the provider caches the account's nonce between them.
  const signer = new NonceManager(deployer);
  const deployed: Record<string, string> = {};
  for (const [name, compiled] of Object.entries(contracts)) {
    // The sample application takes verified values from the interop contract deployed before it.
    const args = name === 'AssetStore' ? [deployed.WeftInterop ?? ZeroAddress] : [];
    const contract = await new ContractFactory(compiled.abi, compiled.bytecode, signer).deploy(...args);
    await contract.waitForDeployment();
    // Commands are run only if addressed to this network, confirmations taken only if it issued them.
    if (name === 'WeftInterop') await setLocalNetwork(contract as Contract, networkId);
    deployed[name] = (await contract.getAddress()).toLowerCase();
    // Clients of the running topology use the ABI of what was deployed, whatever the sources become.
    await writeFile(contractAbiFile(dir, name), JSON.stringify(compiled.abi));
  }
  return deployed;
}

export async function startEvmNetwork(
  spec: EvmNetworkSpec,
  port: number,
  dir: string,
  contracts: Readonly<Record<string, CompiledContract>>,
  ctx: LaunchContext,
): Promise<EvmNetworkState> {
  await mkdir(dir, { recursive: true });
  const mnemonic = Mnemonic.fromEntropy(randomBytes(16)).phrase;
  const rpcUrl = `http://127.0.0.1:${port}`;
  await ctx.step(spec.id, `anvil, chain id ${spec.chainId}`, () =>
    ctx.spawn(anvilProcess(spec, port, mnemonic, dir), {
      network: spec.id,
      role: 'node',
      port,
      health: { kind: 'json-rpc', url: rpcUrl },
      readyWithinMs: NODE_READY_MS,
    }),
  );
  const deployer = HDNodeWallet.fromPhrase(mnemonic);
  const provider = evmProvider(rpcUrl, spec.chainId);
  try {
    const addresses = await ctx.step(spec.id, `contracts ${Object.keys(contracts).join(', ')}`, () =>
      deployContracts(deployer.connect(provider), spec.id, contracts, dir),
    );
    return {
      type: 'evm',
      id: spec.id,
      chainId: spec.chainId,
      port,
      rpcUrl,
      dir,
      deployer: { address: deployer.address, privateKey: deployer.privateKey },
      contracts: addresses,
    };
  } finally {
    provider.destroy();
  }
}
