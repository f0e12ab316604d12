/**
 * The SDK as a dApp developer gets it: the package packed with `npm pack`, installed into a fresh folder,
 * and a small TypeScript dApp there, type-checked against the package's declarations and run against a
 * running topology of two EVM networks: it requests a view of evm-p's AssetStore through both relays, has it
 * verified, submits it to evm-q's interop contract and reads it back through evm-q's application. It imports
 * only the package's public entry; anything else is refused by the `exports` map.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleAddress, writeSample } from '../../cli/smoke.js';
import { cacheDir, packageRoot } from '../../common/paths.js';
import { readContractAbi } from '../../topology/evm/network.js';
import { down, up } from '../../topology/launcher.js';
import { evmNetwork, relayOf, type TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { defaultPolicy, evmOrgsOf, membershipRecord } from '../../topology/trust.js';
import { tempDir } from '../support/temp.js';

const run = promisify(execFile);
const ROOT = packageRoot();
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

const DAPP = `import { readFile } from 'node:fs/promises';
import { Contract, JsonRpcProvider, Wallet, hexlify } from 'ethers';
import {
  createWeftClient,
  isWeftError,
  staticTrust,
  submitViewToEvm,
  trustFromRecord,
  type VerifiedView,
} from 'weft';

interface Settings {
  relay: { address: string; serverName: string; caFile: string };
  networkId: string;
  org: string;
  privateKey: string;
  rpcUrl: string;
  chainId: number;
  interop: string;
  interopAbi: string;
  assets: string;
  source: { networkId: string; membership: string; rules: { pattern: string; policy: string }[] };
  address: string;
}

const settings: Settings = JSON.parse(await readFile(process.argv[2]!, 'utf8'));
const client = createWeftClient({
  relay: { ...settings.relay, ca: await readFile(settings.relay.caFile) },
  networkId: settings.networkId,
  identity: { kind: 'evm', org: settings.org, privateKey: settings.privateKey },
  trust: staticTrust({
    [settings.source.networkId]: trustFromRecord(
      settings.source.networkId,
      settings.source.membership,
      settings.source.rules,
    ),
  }),
});
const provider = new JsonRpcProvider(settings.rpcUrl, settings.chainId, { staticNetwork: true });
try {
  let refused = '';
  try {
    await client.requestView(settings.address.replace('/', '//'));
  } catch (error) {
    if (isWeftError(error)) refused = error.code;
  }
  const view: VerifiedView = await client.requestView(settings.address);
  const signer = new Wallet(settings.privateKey, provider);
  const interop = new Contract(settings.interop, JSON.parse(settings.interopAbi), signer);
  const submitted = await submitViewToEvm(interop, view, settings.assets);
  const assets = new Contract(settings.assets, ['function getRemote(string) view returns (bytes)'], provider);
  const stored: string = await assets.getFunction('getRemote')(view.address);
  console.log(
    JSON.stringify({
      refused,
      ledger: view.ledger,
      orgs: [...view.orgs].sort(),
      value: hexlify(view.value),
      stored,
      gasUsed: String(submitted.gasUsed),
    }),
  );
} finally {
  client.close();
  provider.destroy();
}
`;

/** An identity of a kind that does not exist, and a view without its proof. */
const MISUSE = `import { createWeftClient, type VerifiedView } from 'weft';
createWeftClient({ relay: { address: '', serverName: '', ca: '' }, networkId: 'n', identity: { kind: 'corda', org: 'o', privateKey: '' }, trust: { forNetwork: () => Promise.reject(new Error()) } });
export const view: VerifiedView['ledger'] = 'corda';
`;

const DAPP_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    // As dApps build: the package's own declarations are what this test type-checks against.
    skipLibCheck: true,
    types: ['node'],
    outDir: 'out',
  },
  files: ['app.ts'],
};

let stateDir: string;
let state: TopologyState;
let dapp: string;

beforeAll(async () => {
  stateDir = await tempDir('sdk-package');
  dapp = await tempDir('sdk-dapp');
  const packing = (async () => {
    // dist/ is built by `npm test`'s pretest; packing must not rebuild it under running tests.
    const { stdout } = await run(
      'npm',
      ['pack', '--ignore-scripts', '--silent', '--pack-destination', dapp],
      {
        cwd: ROOT,
      },
    );
    const tarball = join(dapp, stdout.trim().split('\n').pop()!);
    const versions = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    await writeFile(
      join(dapp, 'package.json'),
      JSON.stringify({
        name: 'weft-sample-dapp',
        private: true,
        type: 'module',
        dependencies: {
          weft: `file:${tarball}`,
          ethers: versions.dependencies.ethers,
          '@types/node': versions.devDependencies['@types/node'],
        },
      }),
    );
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: dapp,
      maxBuffer: 16 * 1024 * 1024,
    });
    await writeFile(join(dapp, 'app.ts'), DAPP);
    await writeFile(join(dapp, 'tsconfig.json'), JSON.stringify(DAPP_TSCONFIG));
    await writeFile(
      join(dapp, 'tsconfig.misuse.json'),
      JSON.stringify({ ...DAPP_TSCONFIG, files: ['misuse.ts'] }),
    );
  })();
  state = await up(
    parseTopology(
      `networks:
  - { id: evm-p, type: evm, chainId: 43001 }
  - { id: evm-q, type: evm, chainId: 43002 }
`,
      'test',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
  await packing;
}, 240_000);

afterAll(async () => {
  if (state) await down({ stateDir });
}, 60_000);

describe('the SDK package', () => {
  it('type-checks a dApp against its declarations and refuses imports of its internals', async () => {
    await run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: dapp });
    // The declarations are real types, not `any`: a dApp that misuses them does not compile.
    await writeFile(join(dapp, 'misuse.ts'), MISUSE);
    const misuse = run(process.execPath, [TSC, '--noEmit', '-p', 'tsconfig.misuse.json'], { cwd: dapp });
    const refused = await misuse.then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    // Both misuses refused, each for naming a kind the types do not have.
    expect(refused).toMatch(/misuse\.ts\(2,\d+\): error TS2322: Type '"corda"' is not assignable/);
    expect(refused).toMatch(/misuse\.ts\(3,\d+\): error TS2322: Type '"corda"' is not assignable/);
    const internal = run(
      process.execPath,
      ['--input-type=module', '-e', "await import('weft/dist/sdk/client.js')"],
      {
        cwd: dapp,
      },
    );
    await expect(internal).rejects.toMatchObject({
      stderr: expect.stringContaining('ERR_PACKAGE_PATH_NOT_EXPORTED'),
    });
  }, 60_000);

  it('requests, verifies and submits a view across two EVM networks', async () => {
    const source = evmNetwork(state, 'evm-p');
    const local = evmNetwork(state, 'evm-q');
    const written = `sdk package ${Date.now()}`;
    await writeSample(source, 'sdk-k1', written);
    const relay = relayOf(state, local.id);
    const org = evmOrgsOf(local)[0]!;
    const settings = {
      relay: { address: `127.0.0.1:${relay.clientPort}`, serverName: relay.serverName, caFile: relay.caFile },
      networkId: local.id,
      org: org.name,
      privateKey: org.client.privateKey,
      rpcUrl: local.rpcUrl,
      chainId: local.chainId,
      interop: local.contracts.WeftInterop,
      interopAbi: (await readContractAbi(local.dir, 'WeftInterop')).formatJson(),
      assets: local.contracts.AssetStore,
      source: {
        networkId: source.id,
        membership: JSON.stringify(await membershipRecord(source)),
        rules: defaultPolicy(source),
      },
      address: `127.0.0.1:${relayOf(state, source.id).relayPort}/${sampleAddress(source, 'sdk-k1')}`,
    };
    await writeFile(join(dapp, 'settings.json'), JSON.stringify(settings));
    const { stdout } = await run(
      process.execPath,
      [join(dapp, 'out', 'app.js'), join(dapp, 'settings.json')],
      {
        cwd: dapp,
        timeout: 60_000,
      },
    );
    const outcome = JSON.parse(stdout);
    expect(outcome.refused).toBe('ADDRESS_INVALID');
    expect(outcome.ledger).toBe('evm');
    expect(outcome.orgs.length).toBeGreaterThanOrEqual(2);
    expect(outcome.stored).toBe(outcome.value);
    expect(Number(outcome.gasUsed)).toBeGreaterThan(21_000);
    // The value is the ABI encoding of what was written on evm-p.
    expect(Buffer.from(outcome.value.slice(2), 'hex').toString('utf8')).toContain(written);
  }, 90_000);
});
