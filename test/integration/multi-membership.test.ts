/**
 * The multi-membership mode on real networks: one enterprise (Org1 of fabric-a and Org1 of evm-c) moves
 * values both ways with its own identities, resumes after a crash at any step without a double write, keeps
 * each idempotency key to one transfer, and, compromised, writes whatever it likes: nothing on the
 * destination can tell.
 */
import { randomUUID } from 'node:crypto';
import { Contract, Wallet } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSample } from '../../cli/smoke.js';
import { cacheDir } from '../../common/paths.js';
import { evmProvider } from '../../drivers/evm/provider.js';
import { evmReader, evmWriter, fabricReader, fabricWriter } from '../../modes/multi-membership/ledgers.js';
import {
  type DestinationWriter,
  openWorkflow,
  SimulatedCrash,
  type SourceReader,
} from '../../modes/multi-membership/workflow.js';
import { connectGateway, type FabricConnection } from '../../topology/fabric/client.js';
import { down, up } from '../../topology/launcher.js';
import { evmNetwork, fabricNetwork, type TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { tempDir } from '../support/temp.js';

let stateDir: string;
let state: TopologyState;
let fabric: FabricConnection;
let provider: ReturnType<typeof evmProvider>;
let store: Contract;
let onFabric: { reader: SourceReader; writer: DestinationWriter };
let onEvm: { reader: SourceReader; writer: DestinationWriter };

beforeAll(async () => {
  stateDir = await tempDir('multi-membership');
  state = await up(
    parseTopology(
      'networks:\n  - { id: fabric-a, type: fabric, orgs: [Org1] }\n  - { id: evm-c, type: evm, chainId: 41201, orgs: [Org1] }\n',
      'test',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'test' },
  );
  const a = fabricNetwork(state, 'fabric-a');
  const c = evmNetwork(state, 'evm-c');
  // The enterprise: fabric-a's Org1 client and evm-c's Org1 client account.
  fabric = await connectGateway(a.orgs[0]!);
  provider = evmProvider(c.rpcUrl, c.chainId);
  const account = new Wallet(c.orgs![0]!.client.privateKey, provider);
  store = new Contract(
    c.contracts.AssetStore!,
    [
      'function get(string key) view returns (string)',
      'event AssetPut(string key, string value, address indexed writer)',
    ],
    provider,
  );
  const assets = fabric.gateway.getNetwork(a.channel).getContract('assets');
  onFabric = { reader: fabricReader(assets), writer: fabricWriter(fabric.gateway, a.channel) };
  onEvm = { reader: evmReader(store), writer: evmWriter(account, c.contracts.AssetStore!) };
}, 180_000);

afterAll(async () => {
  fabric?.close();
  provider?.destroy();
  if (state) await down({ stateDir });
}, 60_000);

const put = (networkId: string, key: string, value: string) =>
  writeSample(state.networks.find((n) => n.id === networkId)!, key, value);

/** The AssetPut events of `key`: the key is in the log's data, not a topic, so every put is read. */
const putEvents = async (key: string) =>
  (await store.queryFilter(store.filters.AssetPut!())).filter(
    (log) => store.interface.parseLog(log)?.args.key === key,
  ).length;

describe('the multi-membership workflow', () => {
  it('moves a value from evm-c to fabric-a and from fabric-a to evm-c with its own identities', async () => {
    const dir = await tempDir('mm-journal');
    const toFabric = openWorkflow(dir, onEvm.reader, onFabric.writer);
    const key = `k-${randomUUID().slice(0, 8)}`;
    await put('evm-c', key, 'from evm-c');
    const done = await toFabric.transfer({ id: `t-${key}`, sourceKey: key, destinationKey: `remote-${key}` });
    expect(done).toMatchObject({ value: 'from evm-c', alreadyDone: false, sends: 1 });
    expect(await onFabric.reader.read(`remote-${key}`)).toBe('from evm-c');
    await toFabric.close();

    const toEvm = openWorkflow(await tempDir('mm-journal'), onFabric.reader, onEvm.writer);
    await put('fabric-a', key, 'from fabric-a');
    await toEvm.transfer({ id: `u-${key}`, sourceKey: key, destinationKey: `remote-${key}` });
    expect(await onEvm.reader.read(`remote-${key}`)).toBe('from fabric-a');
    expect(await putEvents(`remote-${key}`)).toBe(1);
    await toEvm.close();
  });

  it('keeps an idempotency key to one transfer', async () => {
    const workflow = openWorkflow(await tempDir('mm-journal'), onFabric.reader, onEvm.writer);
    const key = `k-${randomUUID().slice(0, 8)}`;
    await put('fabric-a', key, 'once');
    const plan = { id: `t-${key}`, sourceKey: key, destinationKey: `once-${key}` };
    await workflow.transfer(plan);
    await put('fabric-a', key, 'changed since');
    expect(await workflow.transfer(plan)).toMatchObject({ alreadyDone: true, value: 'once' });
    expect(await putEvents(`once-${key}`)).toBe(1);
    await expect(workflow.transfer({ ...plan, destinationKey: 'elsewhere' })).rejects.toMatchObject({
      code: 'REQUEST_INVALID',
    });
    await expect(workflow.transfer({ ...plan, id: 'bad key!' })).rejects.toMatchObject({
      code: 'REQUEST_INVALID',
    });
    await workflow.close();
  });

  for (const crashAfter of ['planned', 'read', 'prepared'] as const) {
    it(`resumes a transfer that crashed after "${crashAfter}" and writes once (EVM destination)`, async () => {
      const dir = await tempDir('mm-journal');
      const key = `k-${randomUUID().slice(0, 8)}`;
      await put('fabric-a', key, `crash after ${crashAfter}`);
      const plan = { id: `t-${key}`, sourceKey: key, destinationKey: `crash-${key}` };
      const crashing = openWorkflow(dir, onFabric.reader, onEvm.writer);
      await expect(crashing.transfer(plan, { crashAfter })).rejects.toBeInstanceOf(SimulatedCrash);
      await crashing.close();
      const resumed = openWorkflow(dir, onFabric.reader, onEvm.writer);
      expect(await resumed.unfinished()).toEqual([plan]);
      expect(await resumed.transfer(plan)).toMatchObject({ value: `crash after ${crashAfter}`, sends: 1 });
      expect(await putEvents(`crash-${key}`)).toBe(1);
      await resumed.close();
    });
  }

  for (const [name, side] of [
    ['an EVM', () => ({ reader: onFabric.reader, writer: onEvm.writer, read: onEvm.reader })],
    ['a Fabric', () => ({ reader: onEvm.reader, writer: onFabric.writer, read: onFabric.reader })],
  ] as const) {
    it(`resumes a transfer that crashed after sending, without sending again (${name} destination)`, async () => {
      const { reader, writer, read } = side();
      const dir = await tempDir('mm-journal');
      const key = `k-${randomUUID().slice(0, 8)}`;
      await put(name === 'an EVM' ? 'fabric-a' : 'evm-c', key, 'sent before the crash');
      // The transaction reaches the ledger; the process dies before it journals the commit.
      const dying: DestinationWriter = {
        ...writer,
        async send(write) {
          await writer.send(write);
          throw new SimulatedCrash('crashed after sending');
        },
      };
      const plan = { id: `t-${key}`, sourceKey: key, destinationKey: `sent-${key}` };
      const crashing = openWorkflow(dir, reader, dying);
      await expect(crashing.transfer(plan)).rejects.toBeInstanceOf(SimulatedCrash);
      await crashing.close();
      let sent = 0;
      const counting: DestinationWriter = {
        ...writer,
        async send(write) {
          sent++;
          await writer.send(write);
        },
      };
      const resumed = openWorkflow(dir, reader, counting);
      expect(await resumed.transfer(plan)).toMatchObject({ value: 'sent before the crash', sends: 1 });
      expect(sent).toBe(0);
      expect(await read.read(`sent-${key}`)).toBe('sent before the crash');
      await resumed.close();
    });
  }

  it('retries a failing read with backoff, then reports it', async () => {
    let calls = 0;
    const flaky: SourceReader = {
      async read(key) {
        calls++;
        if (calls < 3) throw new Error('connection reset');
        return onFabric.reader.read(key);
      },
    };
    const key = `k-${randomUUID().slice(0, 8)}`;
    await put('fabric-a', key, 'after two failures');
    const workflow = openWorkflow(await tempDir('mm-journal'), flaky, onEvm.writer);
    const backoff = { initialMs: 10, maxMs: 20 };
    expect(
      await workflow.transfer({ id: `t-${key}`, sourceKey: key, destinationKey: `r-${key}` }, { backoff }),
    ).toMatchObject({
      value: 'after two failures',
    });
    expect(calls).toBe(3);
    const broken: SourceReader = {
      async read() {
        throw new Error('source down');
      },
    };
    const failing = openWorkflow(await tempDir('mm-journal'), broken, onEvm.writer);
    await expect(
      failing.transfer({ id: `f-${key}`, sourceKey: key, destinationKey: 'never' }, { attempts: 3, backoff }),
    ).rejects.toMatchObject({ code: 'LEDGER_CALL_FAILED', message: expect.stringContaining('source down') });
    await workflow.close();
    await failing.close();
  });

  it('trusts the enterprise: a compromised one writes a false value and the destination accepts it', async () => {
    const lying: SourceReader = { read: async () => 'a value no source holds' };
    const workflow = openWorkflow(await tempDir('mm-journal'), lying, onFabric.writer);
    const key = `k-${randomUUID().slice(0, 8)}`;
    await put('evm-c', key, 'the true value');
    await workflow.transfer({ id: `t-${key}`, sourceKey: key, destinationKey: `lie-${key}` });
    expect(await onFabric.reader.read(`lie-${key}`)).toBe('a value no source holds');
    await workflow.close();
  });
});
