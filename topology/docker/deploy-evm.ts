// Deploys AssetStore on the compose topology's anvil node and records its address, as `weft up` does natively.
// Runs in node:20 from dist/ with the weft folder mounted read-only at /weft (`npm install` on the host builds dist/).
// anvil keeps no state between runs: a recorded address is reused only if the chain has code there.
// Usage: node dist/topology/docker/deploy-evm.js RPC_URL CHAIN_ID OUT_FILE
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ContractFactory, HDNodeWallet, JsonRpcProvider, ZeroAddress } from 'ethers';
import { compileContract } from '../evm/solidity.js';

const [rpcUrl, chainIdArg, outFile] = process.argv.slice(2);
if (!rpcUrl || !chainIdArg || !outFile) {
  console.error('usage: node dist/topology/docker/deploy-evm.js RPC_URL CHAIN_ID OUT_FILE');
  process.exit(2);
}
const chainId = Number(chainIdArg);
const provider = new JsonRpcProvider(rpcUrl, chainId, { staticNetwork: true });
try {
  const actual = Number(await provider.send('eth_chainId', []));
  if (actual !== chainId) throw new Error(`${rpcUrl} runs chain ${actual}, not ${chainId}`);

  let recorded: { chainId?: unknown; AssetStore?: string } | undefined;
  try {
    recorded = JSON.parse(readFileSync(outFile, 'utf8')) as { chainId?: unknown; AssetStore?: string };
  } catch {
    recorded = undefined;
  }
  if (
    recorded?.AssetStore &&
    recorded.chainId === chainId &&
    (await provider.getCode(recorded.AssetStore)) !== '0x'
  ) {
    console.log(`AssetStore already at ${recorded.AssetStore}`);
  } else {
    // anvil's default, publicly known development mnemonic: its first account is funded.
    const deployer = HDNodeWallet.fromPhrase(
      'test test test test test test test test test test test junk',
    ).connect(provider);
    const { abi, bytecode } = await compileContract('AssetStore', '/tmp/weft-cache');
    // No interop contract in the compose topology: AssetStore takes verified values from nobody.
    const contract = await new ContractFactory(abi, bytecode, deployer).deploy(ZeroAddress);
    await contract.waitForDeployment();
    const address = await contract.getAddress();
    writeFileSync(`${outFile}.tmp`, `${JSON.stringify({ chainId, AssetStore: address })}\n`);
    renameSync(`${outFile}.tmp`, outFile);
    console.log(`AssetStore deployed at ${address}`);
  }
} finally {
  provider.destroy();
}
