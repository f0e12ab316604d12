/**
 * A real anvil node for one test file: started on a free 127.0.0.1 port with its own chain id and a fresh
 * mnemonic, stopped by its PID.
 */
import { join } from 'node:path';
import {
  ContractFactory,
  HDNodeWallet,
  type JsonFragment,
  type JsonRpcProvider,
  Mnemonic,
  NonceManager,
  randomBytes,
} from 'ethers';
import { cacheDir } from '../../common/paths.js';
import { waitFor } from '../../common/wait.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import { anvilProcess } from '../../topology/evm/network.js';
import { compileContract } from '../../topology/evm/solidity.js';
import { jsonRpc } from '../../topology/health.js';
import { allocatePorts } from '../../topology/ports.js';
import { startProcess, stopProcess } from '../../topology/process.js';
import { tempDir } from './temp.js';

export interface TestAnvil {
  readonly rpcUrl: string;
  readonly chainId: bigint;
  readonly provider: JsonRpcProvider;
  /** Funded accounts of the node's mnemonic, connected to `provider`; [0] deploys. */
  readonly wallets: readonly HDNodeWallet[];
  /** A signer of wallet `i` that keeps its own nonces (safe for concurrent transactions). */
  signer(i?: number): NonceManager;
  /** Compiles `contracts/evm/<name>.sol` and deploys contract `name` with constructor `args`. */
  deploy(
    name: string,
    args?: readonly unknown[],
    from?: number,
  ): Promise<{ address: string; abi: readonly JsonFragment[] }>;
  stop(): Promise<void>;
}

export interface AnvilOptions {
  readonly chainId?: number;
  /** e.g. 'prague': a chain without the P256VERIFY precompile at 0x100 (Osaka, anvil's default, has it). */
  readonly hardfork?: string;
  /**
   * No EIP-170 limit on deployed code: for test harnesses that extend a contract already at the limit
   * (WeftInterop), never for what the topology deploys.
   */
  readonly unlimitedCodeSize?: boolean;
}

export async function startAnvil(options: AnvilOptions = {}): Promise<TestAnvil> {
  const chainId = options.chainId ?? 31000 + Math.floor(Math.random() * 900);
  const [port] = await allocatePorts(1);
  const dir = await tempDir('anvil');
  const mnemonic = Mnemonic.fromEntropy(randomBytes(16)).phrase;
  const spec = anvilProcess({ id: 'test', type: 'evm', chainId }, port!, mnemonic, dir);
  const started = await startProcess({
    ...spec,
    args: [
      ...spec.args,
      ...(options.hardfork ? ['--hardfork', options.hardfork] : []),
      ...(options.unlimitedCodeSize ? ['--disable-code-size-limit'] : []),
    ],
    logFile: join(dir, 'anvil.log'),
  });
  const rpcUrl = `http://127.0.0.1:${port}`;
  await waitFor(async () => ((await jsonRpc(rpcUrl, 'eth_chainId')) ? true : undefined), {
    what: 'anvil',
    timeoutMs: 20_000,
    intervalMs: 50,
  });
  const provider = evmProvider(rpcUrl, chainId);
  const wallets = [0, 1, 2, 3].map((i) =>
    HDNodeWallet.fromPhrase(mnemonic, undefined, `m/44'/60'/0'/0/${i}`).connect(provider),
  );
  const signers = new Map<number, NonceManager>();
  const signer = (i = 0) => {
    let s = signers.get(i);
    if (!s) {
      s = new NonceManager(wallets[i]!);
      signers.set(i, s);
    }
    return s;
  };
  return {
    rpcUrl,
    chainId: BigInt(chainId),
    provider,
    wallets,
    signer,
    async deploy(name, args = [], from = 0) {
      const compiled = await compileContract(name, cacheDir());
      const contract = await new ContractFactory(compiled.abi, compiled.bytecode, signer(from)).deploy(
        ...args,
      );
      await contract.waitForDeployment();
      return { address: (await contract.getAddress()).toLowerCase(), abi: compiled.abi };
    },
    async stop() {
      provider.destroy();
      await stopProcess(started.record);
    },
  };
}
