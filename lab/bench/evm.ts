/**
 * Views between Fabric and EVM, measured on a fresh topology (fabric-a: two orgs; evm-c: three orgs, an
 * attestor each) that this script starts in a temporary state folder and brings down at the end. Every
 * figure sits beside a baseline of the same run:
 *
 * 1. gas to verify and record a real Fabric view on the EVM interop contract, with 1 and 2 endorsements
 *    (per extra endorsement), on a chain with the P256VERIFY precompile (Osaka) and one without (Prague:
 *    the Solidity fallback); against a bare AssetStore.put of the same value; and of a real view of the
 *    batch form (concurrent requests of one key, answered with one endorsement): the batch's first view
 *    (2 endorsements, its root recorded) and a further view of it (its leaf under the recorded root);
 * 2. Fabric -> EVM: a view of fabric-a requested by a client of evm-c through both relays and verified,
 *    against a bare endorse() of the same read on fabric-a; committed on evm-c, against a bare endorse()
 *    plus a bare transaction on evm-c;
 * 3. EVM -> Fabric: a view of evm-c requested by a client of fabric-a (attested by 2 of 3 orgs), against a
 *    bare eth_call; committed on fabric-a, against a bare eth_call plus a bare Fabric commit;
 * 4. throughput of relayed, verified views in both directions at concurrency C, against the bare reads.
 *
 * Progress goes to stderr, results to stdout (a Markdown table, or JSON with --json).
 * Usage: npm run bench:evm [-- --iterations N (100) --commits N (20) --duration-s S (15) --concurrency C (16)
 *                                    --json]
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Contract, NonceManager, parseEther, toQuantity, Wallet, ZeroAddress } from 'ethers';
import { expandAddress, openEvmClient, openLocalClient } from '../../cli/query.js';
import { openWriter, sampleAddress } from '../../cli/smoke.js';
import { cacheDir } from '../../common/paths.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import { weft } from '../../protos/index.js';
import { submitView } from '../../sdk/client.js';
import {
  fabricViewArgs,
  registerFabricNetwork,
  setPolicy,
  submitFabricView,
  submitRecordedBatchView,
} from '../../sdk/evm-interop.js';
import { startAnvil, type TestAnvil } from '../../test/support/anvil.js';
import { calldataGas } from '../../test/support/gas.js';
import { tempDir } from '../../test/support/temp.js';
import { peerIdentity } from '../../topology/evm/interop.js';
import { readContractAbi } from '../../topology/evm/network.js';
import { connectGateway } from '../../topology/fabric/client.js';
import { submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { down, up } from '../../topology/launcher.js';
import { evmNetwork, fabricNetwork, type TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import {
  Errors,
  type LoadResult,
  measureSequential,
  measureUnderLoad,
  positiveInteger,
  type Stats,
  stats,
} from '../measure.js';

const { values: argv } = parseArgs({
  options: {
    iterations: { type: 'string', default: '100' },
    commits: { type: 'string', default: '20' },
    'duration-s': { type: 'string', default: '15' },
    concurrency: { type: 'string', default: '16' },
    json: { type: 'boolean', default: false },
  },
});

const options = {
  iterations: positiveInteger('iterations', argv.iterations),
  commits: positiveInteger('commits', argv.commits),
  durationMs: positiveInteger('duration-s', argv['duration-s']) * 1000,
  concurrency: positiveInteger('concurrency', argv.concurrency),
};
const benchStarted = performance.now();
const progress = (message: string) =>
  process.stderr.write(`[${((performance.now() - benchStarted) / 1000).toFixed(1)} s] ${message}\n`);
const stopping = new AbortController();
const seq = <T>(n: number, call: () => Promise<T>, failures: Errors, samples: number[] = []) =>
  measureSequential(n, call, failures, { samples, signal: stopping.signal });
const load = (call: () => Promise<unknown>, failures: Errors) =>
  measureUnderLoad(call, failures, {
    durationMs: options.durationMs,
    concurrency: options.concurrency,
    signal: stopping.signal,
  });

const stateDir = await tempDir('bench-evm');
const labs: TestAnvil[] = [];
let state: TopologyState | undefined;
const bringDown = async () => {
  await Promise.all(labs.map((l) => l.stop()));
  if (state) await down({ stateDir });
};
process.once('SIGINT', () => {
  stopping.abort();
  progress('interrupted: stopping');
});

interface LabGas {
  readonly oneEndorsement: bigint;
  readonly twoEndorsements: bigint;
  readonly twoEndorsementsWithApp: bigint;
  readonly barePut: bigint;
  /** A batch's first view, 2 endorsements, its root recorded (first view of its address); null: no batch. */
  readonly batchFirst: bigint | null;
  /** A further view of that batch (submitRecordedBatchView: its address recorded, its nonce new). */
  readonly batchFurther: bigint | null;
  /** batchFurther but for the 21,000 and the call data (test/support/gas.ts). */
  readonly batchFurtherExecution: bigint | null;
}

/**
 * Gas of real Fabric views on a fresh chain, each view of its own key (so each records a new value, as a
 * first view of an address does): one view to warm the contract up, then 1 and 2 endorsements verified and
 * recorded, then 2 endorsements with the value handed to AssetStore too; against a bare AssetStore.put.
 * Then two views of one batch (`batch`, of a key of their own): the first in full, the second by its leaf.
 */
async function gasLab(
  hardfork: string | undefined,
  views: readonly { proof: Uint8Array }[],
  batch: readonly Uint8Array[] | undefined,
  requesterKey: string,
): Promise<LabGas> {
  const lab = await startAnvil(hardfork ? { hardfork } : {});
  labs.push(lab);
  const interop = await lab.deploy('WeftInterop');
  const assets = await lab.deploy('AssetStore', [interop.address]);
  const owner = new Contract(interop.address, interop.abi, lab.signer(0));
  const a = fabricNetwork(state!, 'fabric-a');
  const orgs = Object.fromEntries(
    await Promise.all(a.orgs.map(async (org) => [org.mspId, [await peerIdentity(org)]] as const)),
  );
  await registerFabricNetwork(owner, { networkId: 'fabric-a', interopChaincode: 'interop', orgs });
  // One org suffices here, so that one view can be submitted with one endorsement and another with two.
  await setPolicy(owner, 'fabric-a', 1, Object.keys(orgs));
  // The views are bound to evm-c's client: the same key submits here, funded on this chain.
  const requester = new NonceManager(new Wallet(requesterKey, lab.provider));
  await lab.provider.send('anvil_setBalance', [await requester.getAddress(), toQuantity(parseEther('10'))]);
  const contract = new Contract(interop.address, interop.abi, requester);
  const { FabricViewBytes: FabricView } = weft.fabric;
  const withEndorsements = (proof: Uint8Array, n: number) => {
    const view = FabricView.decode(proof);
    return FabricView.encode(
      FabricView.create({ endorsed_proposal_responses: view.endorsed_proposal_responses.slice(0, n) }),
    ).finish();
  };
  const [warm, one, two, withApp] = views as [
    (typeof views)[0],
    (typeof views)[0],
    (typeof views)[0],
    (typeof views)[0],
  ];
  await submitFabricView(contract, warm.proof, ZeroAddress);
  const oneEndorsement = (await submitFabricView(contract, withEndorsements(one.proof, 1), ZeroAddress))
    .gasUsed;
  const twoEndorsements = (await submitFabricView(contract, two.proof, ZeroAddress)).gasUsed;
  const twoEndorsementsWithApp = (await submitFabricView(contract, withApp.proof, assets.address)).gasUsed;
  const store = new Contract(assets.address, assets.abi, requester);
  const put = await (
    await store.getFunction('put')('bench-gas-9', 'a value of fabric-a, read from evm-c')
  ).wait();
  let batchGas: Pick<LabGas, 'batchFirst' | 'batchFurther' | 'batchFurtherExecution'> = {
    batchFirst: null,
    batchFurther: null,
    batchFurtherExecution: null,
  };
  if (batch) {
    const first = await submitFabricView(contract, batch[0]!, ZeroAddress);
    const further = await submitRecordedBatchView(contract, 'fabric-a', batch[1]!, ZeroAddress);
    const sent = await lab.provider.getTransaction(further.receipt.hash);
    batchGas = {
      batchFirst: first.gasUsed,
      batchFurther: further.gasUsed,
      batchFurtherExecution: calldataGas(sent!.data, further.gasUsed).execution ?? null,
    };
  }
  return { oneEndorsement, twoEndorsements, twoEndorsementsWithApp, barePut: put!.gasUsed, ...batchGas };
}

/**
 * Two or more views of one batch of `address`: concurrent requests of it, which the source's driver answers
 * in batches once its calls of that view are all under way (drivers/batcher.ts); undefined when no batch of
 * two formed in a few rounds.
 */
async function batchOfViews(
  requestView: (address: string) => Promise<{ proof: Uint8Array }>,
  address: string,
): Promise<Uint8Array[] | undefined> {
  for (let round = 0; round < 5 && !stopping.signal.aborted; round++) {
    const views = await Promise.all(Array.from({ length: 24 }, () => requestView(address)));
    const batches = new Map<string, Uint8Array[]>();
    for (const { proof } of views) {
      const args = fabricViewArgs(proof);
      if (!args.batchLeaf) continue;
      const key = Buffer.from(args.prp).toString('hex');
      batches.set(key, [...(batches.get(key) ?? []), proof]);
    }
    const largest = [...batches.values()].sort((a, b) => b.length - a.length)[0];
    if (largest && largest.length >= 2) return largest;
  }
  return undefined;
}

interface Direction {
  readonly bareRead: Stats;
  readonly view: Stats;
  readonly viewRatio: number;
  readonly bareCommit: Stats;
  readonly committed: Stats;
  readonly committedRatio: number;
  readonly throughput: { readonly bare: LoadResult; readonly relayed: LoadResult; readonly ratio: number };
}

const errors = {
  warmUp: new Errors('warm-up'),
  fabricToEvm: new Errors('Fabric -> EVM'),
  evmToFabric: new Errors('EVM -> Fabric'),
  bare: new Errors('bare ledger operations'),
};

async function measureDirection(
  name: string,
  bareRead: () => Promise<unknown>,
  relayed: () => Promise<unknown>,
  bareWrite: () => Promise<unknown>,
  committed: () => Promise<unknown>,
  failures: Errors,
): Promise<Direction> {
  progress(`${name}: warm-up`);
  await seq(10, bareRead, errors.warmUp);
  await seq(10, relayed, errors.warmUp);
  progress(`${name}: ${options.iterations} bare reads and relayed views, interleaved`);
  const bareSamples: number[] = [];
  const viewSamples: number[] = [];
  for (let i = 0; i < options.iterations && !stopping.signal.aborted; i++) {
    await seq(1, bareRead, errors.bare, bareSamples);
    await seq(1, relayed, failures, viewSamples);
  }
  progress(`${name}: ${options.commits} committed views and bare read + write`);
  const bareCommitSamples: number[] = [];
  const committedSamples: number[] = [];
  for (let i = 0; i < options.commits && !stopping.signal.aborted; i++) {
    await seq(
      1,
      async () => {
        await bareRead();
        await bareWrite();
      },
      errors.bare,
      bareCommitSamples,
    );
    await seq(1, committed, failures, committedSamples);
  }
  progress(`${name}: throughput at concurrency ${options.concurrency}, ${options.durationMs / 1000} s each`);
  const bare = await load(bareRead, errors.bare);
  const relayedLoad = await load(relayed, failures);
  const [b, v, bc, c] = [bareSamples, viewSamples, bareCommitSamples, committedSamples].map(stats) as [
    Stats,
    Stats,
    Stats,
    Stats,
  ];
  return {
    bareRead: b,
    view: v,
    viewRatio: v.p50 / b.p50,
    bareCommit: bc,
    committed: c,
    committedRatio: c.p50 / bc.p50,
    throughput: { bare, relayed: relayedLoad, ratio: relayedLoad.perS / bare.perS },
  };
}

try {
  progress('starting fabric-a (2 orgs) and evm-c (3 orgs) with relays, drivers and attestors');
  state = await up(
    parseTopology(
      'networks:\n  - { id: fabric-a, type: fabric, orgs: [Org1, Org2] }\n  - { id: evm-c, type: evm, chainId: 31001 }\n',
      'bench',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'bench' },
  );
  const a = fabricNetwork(state, 'fabric-a');
  const c = evmNetwork(state, 'evm-c');

  // Values to read: one asset on each side.
  const connection = await connectGateway(a.orgs[0]!);
  const assetsA = connection.gateway.getNetwork(a.channel).getContract('assets');
  await submitOnEveryPeer(a, assetsA, 'Put', 'bench-evm', 'a value of fabric-a, read from evm-c');
  const writerC = await openWriter(c);
  await writerC.write('bench-fabric', 'a value of evm-c, read from fabric-a');
  const writerA = await openWriter(a);
  const fabricAddress = expandAddress(state, sampleAddress(a, 'bench-evm'));
  const evmAddress = expandAddress(state, sampleAddress(c, 'bench-fabric'));

  const fromEvm = await openEvmClient(state, 'evm-c');
  const fromFabric = await openLocalClient(state, 'fabric-a');
  const app = await fromEvm.assets.getAddress();
  const provider = evmProvider(c.rpcUrl, c.chainId);
  const reader = new Contract(c.contracts.AssetStore!, await readContractAbi(c.dir, 'AssetStore'), provider);
  const evmClientKey = c.orgs![0]!.client.privateKey;

  // ---- 1: gas
  progress('gas: real Fabric views submitted with 1 and 2 endorsements, precompile and fallback');
  const labViews = [];
  for (let i = 0; i < 8; i++) {
    // Keys of one length: every view costs the same calldata.
    await submitOnEveryPeer(a, assetsA, 'Put', `bench-gas-${i}`, 'a value of fabric-a, read from evm-c');
    labViews.push(await fromEvm.client.requestView(expandAddress(state, sampleAddress(a, `bench-gas-${i}`))));
  }
  progress('gas: views of one batch (concurrent requests of one key)');
  // A key of the others' length: its views cost the same call data as theirs.
  await submitOnEveryPeer(a, assetsA, 'Put', 'bench-gas-b', 'a value of fabric-a, read from evm-c');
  const batch = await batchOfViews(
    (address) => fromEvm.client.requestView(address),
    expandAddress(state, sampleAddress(a, 'bench-gas-b')),
  );
  if (!batch) progress('gas: no batch of two views formed; batch figures left out');
  // One chain each: the batch's views are submitted on both.
  const osaka = await gasLab(undefined, labViews.slice(0, 4), batch, evmClientKey);
  const prague = await gasLab('prague', labViews.slice(4, 8), batch, evmClientKey);
  const throughRelays = await submitFabricView(
    fromEvm.interop,
    (await fromEvm.client.requestView(fabricAddress)).proof,
    app,
  );

  // ---- 2: Fabric -> EVM
  const fabricToEvm = await measureDirection(
    'Fabric -> EVM',
    () =>
      assetsA
        .newProposal('Get', { arguments: ['bench-evm'], endorsingOrganizations: ['Org1MSP', 'Org2MSP'] })
        .endorse(),
    () => fromEvm.client.requestView(fabricAddress),
    () => writerC.write(`bare-${randomBytes(4).toString('hex')}`, 'a bare write on evm-c'),
    async () =>
      submitFabricView(fromEvm.interop, (await fromEvm.client.requestView(fabricAddress)).proof, app),
    errors.fabricToEvm,
  );

  // ---- 3: EVM -> Fabric
  const evmToFabric = await measureDirection(
    'EVM -> Fabric',
    () => reader.getFunction('get')('bench-fabric'),
    () => fromFabric.client.requestView(evmAddress),
    () => writerA.write(`bare-${randomBytes(4).toString('hex')}`, 'a bare write on fabric-a'),
    async () => submitView(fromFabric.interop, await fromFabric.client.requestView(evmAddress)),
    errors.evmToFabric,
  );

  fromEvm.close();
  fromFabric.close();
  writerA.close();
  writerC.close();
  connection.close();
  provider.destroy();

  const gas = {
    osaka: { ...osaka, perExtraEndorsement: osaka.twoEndorsements - osaka.oneEndorsement },
    prague: { ...prague, perExtraEndorsement: prague.twoEndorsements - prague.oneEndorsement },
    throughRelaysOnEvmC: throughRelays.gasUsed,
  };
  const results = { options, gas, fabricToEvm, evmToFabric, errors };
  if (argv.json) {
    console.log(JSON.stringify(results, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2));
  } else {
    printReport(results);
  }
} finally {
  await bringDown();
}

function printReport(r: {
  gas: {
    osaka: LabGas & { perExtraEndorsement: bigint };
    prague: LabGas & { perExtraEndorsement: bigint };
    throughRelaysOnEvmC: bigint;
  };
  fabricToEvm: Direction;
  evmToFabric: Direction;
  errors: Record<string, Errors>;
}) {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const ratio = (x: number) => `${x.toFixed(2)}x`;
  console.log('## Gas of a Fabric view on the EVM interop contract (real views of fabric-a)\n');
  console.log(
    '| chain | 1 endorsement | 2 endorsements | per extra endorsement | 2 endorsements, value handed to AssetStore | bare AssetStore.put | 2 endorsements / put |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, g] of [
    ['Osaka (P256VERIFY precompile)', r.gas.osaka],
    ['Prague (Solidity fallback)', r.gas.prague],
  ] as const) {
    console.log(
      `| ${name} | ${g.oneEndorsement} | ${g.twoEndorsements} | ${g.perExtraEndorsement} | ${g.twoEndorsementsWithApp} | ${g.barePut} | ${ratio(Number(g.twoEndorsements) / Number(g.barePut))} |`,
    );
  }
  console.log('\n## Gas of a view of the batch form (real views of one batch of fabric-a, no app)\n');
  console.log(
    '| chain | single view, 2 endorsements | batch: first view, 2 endorsements (records the root) | batch: further view (recorded root) | further view, execution (less 21,000 and call data) |',
  );
  console.log('|---|---|---|---|---|');
  for (const [name, g] of [
    ['Osaka (P256VERIFY precompile)', r.gas.osaka],
    ['Prague (Solidity fallback)', r.gas.prague],
  ] as const) {
    const figure = (x: bigint | null) => (x === null ? 'no batch formed' : String(x));
    console.log(
      `| ${name} | ${g.twoEndorsements} | ${figure(g.batchFirst)} | ${figure(g.batchFurther)} | ${figure(g.batchFurtherExecution)} |`,
    );
  }
  console.log(
    `\nthrough the relays on evm-c (policy: both orgs; value handed to AssetStore): ${r.gas.throughRelaysOnEvmC} gas\n`,
  );
  console.log('## Latency and throughput, against the bare ledger operations of the same run\n');
  console.log('| direction | measure | bare p50 / p99 | weft p50 / p99 | ratio (p50) |');
  console.log('|---|---|---|---|---|');
  for (const [name, d, read, write] of [
    ['Fabric -> EVM', r.fabricToEvm, 'endorse() on fabric-a', 'endorse() + tx on evm-c'],
    ['EVM -> Fabric', r.evmToFabric, 'eth_call on evm-c', 'eth_call + commit on fabric-a'],
  ] as const) {
    console.log(
      `| ${name} | view verified (bare: ${read}) | ${ms(d.bareRead.p50)} / ${ms(d.bareRead.p99)} | ${ms(d.view.p50)} / ${ms(d.view.p99)} | ${ratio(d.viewRatio)} |`,
    );
    console.log(
      `| ${name} | view committed (bare: ${write}) | ${ms(d.bareCommit.p50)} / ${ms(d.bareCommit.p99)} | ${ms(d.committed.p50)} / ${ms(d.committed.p99)} | ${ratio(d.committedRatio)} |`,
    );
    console.log(
      `| ${name} | throughput at concurrency ${options.concurrency} | ${d.throughput.bare.perS.toFixed(1)}/s | ${d.throughput.relayed.perS.toFixed(1)}/s | ${ratio(d.throughput.ratio)} |`,
    );
  }
  const failed = Object.values(r.errors).filter((e) => e.count > 0);
  console.log(
    failed.length === 0
      ? '\nno failed calls'
      : `\nfailed calls: ${failed.map((e) => `${e.phase}: ${e.count} (${e.first})`).join('; ')}`,
  );
}
