/**
 * The cost of the operations endpoints on the request path, in one run on two Fabric networks (a, b; two
 * orgs each): a relayed, verified view a <- b, sequential (p50, p99) and at concurrency 32 (views/s), with
 * the endpoints (and the metrics they count) and without them (a's relay, b's relay and b's driver
 * started again from configurations without `operations`), alternated twice after an uncounted warm-up,
 * so that drift of the shared machine shows as the spread between phases of one kind.
 *
 * Usage: npm run bench:operations [-- --views N --seconds S]
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { expandAddress, openLocalClient } from '../../cli/query.js';
import { writeSample } from '../../cli/smoke.js';
import { cacheDir } from '../../common/paths.js';
import { down, restartProcesses, up } from '../../topology/launcher.js';
import { stopProcess } from '../../topology/process.js';
import { fabricNetwork, readState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import { Errors, measureSequential, measureUnderLoad, stats } from '../measure.js';

const { values } = parseArgs({
  options: { views: { type: 'string', default: '200' }, seconds: { type: 'string', default: '15' } },
});
const views = Number(values.views);
const seconds = Number(values.seconds);
const progress = (message: string) => process.stderr.write(`${message}\n`);

const stateDir = await mkdtemp(join(tmpdir(), 'weft-bench-operations-'));
progress('up: two Fabric networks (a, b), two orgs each');
const state = await up(
  parseTopology(
    'networks: [{ id: a, type: fabric, orgs: [Org1, Org2] }, { id: b, type: fabric, orgs: [Org1, Org2] }]',
  ),
  { stateDir, cacheDir: cacheDir(), topologySource: 'bench' },
);
const SERVICES = ['a/relay', 'b/relay', 'b/driver'];
const a = await openLocalClient(state, 'a');
const original = new Map<string, string>();

/** Each service's configuration file: the last argument of its command line. */
async function configFiles() {
  const processes = (await readState(stateDir))!.processes;
  return SERVICES.map((name) => {
    const record = processes.find((p) => p.name === name)!;
    return { name, record, file: record.args.at(-1)! };
  });
}

/** Starts the three services again, with or without their operations endpoints. */
async function restartWith(operations: boolean) {
  for (const { name, record, file } of await configFiles()) {
    if (!original.has(name)) original.set(name, await readFile(file, 'utf8'));
    const config = JSON.parse(original.get(name)!) as Record<string, unknown>;
    if (!operations) delete config.operations;
    await writeFile(file, `${JSON.stringify(config, null, 2)}\n`);
    await stopProcess(record);
  }
  await restartProcesses({ stateDir, names: SERVICES });
}

async function phase(label: string) {
  const address = expandAddress(state, 'b/weft:assets:Get:bench-key');
  const failures = new Errors(label);
  for (let i = 0; i < 30; i++) await a.client.requestView(address).catch(() => {});
  const sequential = stats(await measureSequential(views, () => a.client.requestView(address), failures));
  const load = await measureUnderLoad(() => a.client.requestView(address), failures, {
    durationMs: seconds * 1000,
    concurrency: 32,
  });
  progress(
    `${label}: p50 ${sequential.p50.toFixed(1)} ms, ${load.perS.toFixed(1)} views/s, ${failures.count} failed`,
  );
  return { label, sequential, load, failed: failures.count };
}

try {
  await writeSample(fabricNetwork(state, 'b'), 'bench-key', 'bench-value');
  // A first phase warms the peers, chaincode servers and connections up; it is not counted.
  await phase('warm-up (not counted)');
  const results: Array<{ operations: boolean } & Awaited<ReturnType<typeof phase>>> = [];
  for (const operations of [true, false, true, false]) {
    await restartWith(operations);
    results.push({ operations, ...(await phase(operations ? 'with the endpoints' : 'without them')) });
  }
  const mean = (operations: boolean, of: (r: (typeof results)[number]) => number) => {
    const chosen = results.filter((r) => r.operations === operations).map(of);
    return chosen.reduce((sum, x) => sum + x, 0) / chosen.length;
  };
  console.log('\n## The operations endpoints on the request path (one run, phases alternated)\n');
  console.log('| phase | relayed view p50 | p99 | views/s at c = 32 | failed |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of results) {
    console.log(
      `| ${r.label} | ${r.sequential.p50.toFixed(1)} ms | ${r.sequential.p99.toFixed(1)} ms | ${r.load.perS.toFixed(1)} | ${r.failed} |`,
    );
  }
  const p50 = (o: boolean) => mean(o, (r) => r.sequential.p50);
  const rate = (o: boolean) => mean(o, (r) => r.load.perS);
  console.log(
    `\n- with the endpoints, against without (means of two phases each): p50 ${p50(true).toFixed(1)} / ${p50(false).toFixed(1)} ms = ${(p50(true) / p50(false)).toFixed(3)}x; views/s ${rate(true).toFixed(1)} / ${rate(false).toFixed(1)} = ${(rate(true) / rate(false)).toFixed(3)}x`,
  );
} finally {
  a.close();
  await down({ stateDir });
}
