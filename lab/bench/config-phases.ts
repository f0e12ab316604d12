/**
 * One run on two Fabric networks (a, b; two orgs each) that compares relayed, verified views a <- b under
 * two configurations of some services: each phase starts those services again from their configuration as
 * `weft up` wrote it, changed by the phase's kind, and measures sequential views (p50, p99) and views/s at
 * concurrency 32. The kinds alternate twice after an uncounted warm-up, so that drift of the shared machine
 * shows as the spread between phases of one kind.
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

export interface PhaseKind {
  readonly label: string;
  /** The service's configuration for this kind, from the one `weft up` wrote (a fresh copy each time). */
  edit(config: Record<string, unknown>, service: string): Record<string, unknown>;
}

export interface ConfigPhasesOptions {
  /** The bench's name: its state folder, and the title of its table. */
  readonly name: string;
  readonly title: string;
  /** Processes started again for each phase, e.g. `a/relay`. */
  readonly services: readonly string[];
  /** The kind measured, then its baseline. */
  readonly kinds: readonly [PhaseKind, PhaseKind];
}

const progress = (message: string) => process.stderr.write(`${message}\n`);

export async function runConfigPhases(options: ConfigPhasesOptions): Promise<void> {
  const { values } = parseArgs({
    options: { views: { type: 'string', default: '200' }, seconds: { type: 'string', default: '15' } },
  });
  const views = Number(values.views);
  const seconds = Number(values.seconds);
  const stateDir = await mkdtemp(join(tmpdir(), `weft-bench-${options.name}-`));
  progress('up: two Fabric networks (a, b), two orgs each');
  const state = await up(
    parseTopology(
      'networks: [{ id: a, type: fabric, orgs: [Org1, Org2] }, { id: b, type: fabric, orgs: [Org1, Org2] }]',
    ),
    { stateDir, cacheDir: cacheDir(), topologySource: 'bench' },
  );
  const a = await openLocalClient(state, 'a');
  const original = new Map<string, string>();

  /** Starts the services again from their configuration as `kind` has it. */
  const restartAs = async (kind: PhaseKind) => {
    const processes = (await readState(stateDir))!.processes;
    for (const name of options.services) {
      const record = processes.find((p) => p.name === name)!;
      // A service's configuration file is the last argument of its command line.
      const file = record.args.at(-1)!;
      if (!original.has(name)) original.set(name, await readFile(file, 'utf8'));
      const config = kind.edit(JSON.parse(original.get(name)!) as Record<string, unknown>, name);
      await writeFile(file, `${JSON.stringify(config, null, 2)}\n`);
      await stopProcess(record);
    }
    await restartProcesses({ stateDir, names: options.services });
  };

  const phase = async (label: string) => {
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
  };

  try {
    await writeSample(fabricNetwork(state, 'b'), 'bench-key', 'bench-value');
    // A first phase warms the peers, chaincode servers and connections up; it is not counted.
    await phase('warm-up (not counted)');
    const [measured, baseline] = options.kinds;
    const results: Array<{ kind: PhaseKind } & Awaited<ReturnType<typeof phase>>> = [];
    for (const kind of [measured, baseline, measured, baseline]) {
      await restartAs(kind);
      results.push({ kind, ...(await phase(kind.label)) });
    }
    const mean = (kind: PhaseKind, of: (r: (typeof results)[number]) => number) => {
      const chosen = results.filter((r) => r.kind === kind).map(of);
      return chosen.reduce((sum, x) => sum + x, 0) / chosen.length;
    };
    console.log(`\n## ${options.title} (one run, phases alternated)\n`);
    console.log('| phase | relayed view p50 | p99 | views/s at c = 32 | failed |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const r of results) {
      console.log(
        `| ${r.label} | ${r.sequential.p50.toFixed(1)} ms | ${r.sequential.p99.toFixed(1)} ms | ${r.load.perS.toFixed(1)} | ${r.failed} |`,
      );
    }
    const p50 = (k: PhaseKind) => mean(k, (r) => r.sequential.p50);
    const rate = (k: PhaseKind) => mean(k, (r) => r.load.perS);
    console.log(
      `\n- ${measured.label}, against ${baseline.label} (means of two phases each): p50 ${p50(measured).toFixed(1)} / ${p50(baseline).toFixed(1)} ms = ${(p50(measured) / p50(baseline)).toFixed(3)}x; views/s ${rate(measured).toFixed(1)} / ${rate(baseline).toFixed(1)} = ${(rate(measured) / rate(baseline)).toFixed(3)}x`,
    );
  } finally {
    a.close();
    await down({ stateDir });
  }
}
