// Deploys AssetStore on the compose topology's anvil node and records its address, as `weft up` does natively.
// Runs in node:20 with the weft folder (built by `npm install`) mounted at /weft.
// Usage: node deploy-evm.mjs RPC_URL CHAIN_ID OUT_FILE
import { existsSync, writeFileSync } from 'node:fs';
import { ContractFactory, HDNodeWallet, JsonRpcProvider } from 'ethers';
import { compileContract } from '../../dist/networks/evm/solidity.js';

const [rpcUrl, chainId, outFile] = process.argv.slice(2);
if (existsSync(outFile)) process.exit(0);
const provider = new JsonRpcProvider(rpcUrl, Number(chainId), { staticNetwork: true });
// anvil's default, publicly known development mnemonic: its first account is funded.
const deployer = HDNodeWallet.fromPhrase(
  'test test test test test test test test test test test junk',
).connect(provider);
const { abi, bytecode } = await compileContract('AssetStore', '/tmp/weft-cache');
const contract = await new ContractFactory(abi, bytecode, deployer).deploy();
await contract.waitForDeployment();
writeFileSync(outFile, JSON.stringify({ chainId: Number(chainId), AssetStore: await contract.getAddress() }));
console.log(`AssetStore at ${await contract.getAddress()}`);
provider.destroy();
