// Deploys WeftInterop and AssetStore on an anvil node of docker-compose.yml, as `weft up` does natively
// (deployContracts: the network's id recorded in the interop contract, each contract's ABI written beside),
// and records their addresses in OUT_FILE. Runs in weft's image.
// anvil keeps no state between runs: recorded addresses are reused only if the chain has code there.
// Usage: node dist/topology/docker/deploy-evm.js NETWORK_ID RPC_URL CHAIN_ID OUT_FILE
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HDNodeWallet, JsonRpcProvider } from 'ethers';
import { deployContracts, EVM_CONTRACTS } from '../evm/network.js';
import { compileContract } from '../evm/solidity.js';
import { ANVIL_MNEMONIC, type EvmDeployment, evmDeploymentDir } from './networks.js';

const [networkId, rpcUrl, chainIdArg, outFile] = process.argv.slice(2);
if (!networkId || !rpcUrl || !chainIdArg || !outFile) {
  console.error('usage: node dist/topology/docker/deploy-evm.js NETWORK_ID RPC_URL CHAIN_ID OUT_FILE');
  process.exit(2);
}
const chainId = Number(chainIdArg);
const provider = new JsonRpcProvider(rpcUrl, chainId, { staticNetwork: true });
try {
  const actual = Number(await provider.send('eth_chainId', []));
  if (actual !== chainId) throw new Error(`${rpcUrl} runs chain ${actual}, not ${chainId}`);

  let recorded: Partial<EvmDeployment> | undefined;
  try {
    recorded = JSON.parse(readFileSync(outFile, 'utf8')) as Partial<EvmDeployment>;
  } catch {
    recorded = undefined;
  }
  const codes = await Promise.all(
    EVM_CONTRACTS.map((name) => {
      const address = recorded?.contracts?.[name];
      return address ? provider.getCode(address) : '0x';
    }),
  );
  if (recorded?.chainId === chainId && codes.every((code) => code !== '0x')) {
    console.log(`${EVM_CONTRACTS.join(', ')} already deployed on ${networkId}`);
  } else {
    const deployer = HDNodeWallet.fromPhrase(ANVIL_MNEMONIC).connect(provider);
    const contracts = Object.fromEntries(
      await Promise.all(
        EVM_CONTRACTS.map(async (name) => [name, await compileContract(name, '/tmp/weft-cache')] as const),
      ),
    );
    const dir = evmDeploymentDir(dirname(outFile), networkId);
    mkdirSync(dir, { recursive: true });
    const deployed: EvmDeployment = {
      chainId,
      contracts: await deployContracts(deployer, networkId, contracts, dir),
    };
    writeFileSync(`${outFile}.tmp`, `${JSON.stringify(deployed)}\n`);
    renameSync(`${outFile}.tmp`, outFile);
    console.log(`deployed on ${networkId}: ${JSON.stringify(deployed.contracts)} (ABIs in ${join(dir)})`);
  }
} finally {
  provider.destroy();
}
