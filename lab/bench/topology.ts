/**
 * Measures the local topology: `up` time (warm: Fabric already built), commit latency of sequential writes on
 * a Fabric network (endorsed by every org) and on anvil, the resident memory of every node, and `down` time.
 * Usage: npm run bench:topology [-- --writes N --json]
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openWriter } from '../../cli/smoke.js';
import { cacheDir } from '../../common/paths.js';
import { down, up } from '../../topology/launcher.js';
import type { NetworkState } from '../../topology/state.js';
import { loadTopology } from '../../topology/topology.js';
import { positiveInteger, residentMb, type Stats, stats } from '../measure.js';

async function commitLatencies(network: NetworkState, writes: number): Promise<Stats> {
  const writer = await openWriter(network);
  try {
    await writer.write('warm-up', 'x'); // first use pays for connections and chaincode start-up
    const commits: number[] = [];
    for (let i = 0; i < writes; i++) commits.push((await writer.write(`bench-${i}`, `value ${i}`)).commitMs);
    return stats(commits);
  } finally {
    writer.close();
  }
}

const { values } = parseArgs({
  options: { writes: { type: 'string', default: '30' }, json: { type: 'boolean', default: false } },
});
const writes = positiveInteger('writes', values.writes);
/** Lines for people go to stderr with --json, so that stdout is one JSON document. */
const say = values.json ? console.error : console.log;
const stateDir = await mkdtemp(join(tmpdir(), 'weft-bench-'));

const upStarted = performance.now();
const state = await up(await loadTopology(), { stateDir, cacheDir: cacheDir(), topologySource: 'default' });
const upMs = performance.now() - upStarted;
const commits: Record<string, Stats> = {};
let memory: Array<{ name: string; mb: number }> = [];
let downMs = Number.NaN;
try {
  say(`weft up (default topology, warm): ${(upMs / 1000).toFixed(1)} s`);
  memory = state.processes.map((p) => ({ name: p.name, mb: residentMb(p.pid) }));
  for (const { name, mb } of memory) say(`  RSS ${name.padEnd(28)} ${mb.toFixed(0).padStart(4)} MB`);
  say(
    `  RSS whole topology              ${memory
      .reduce((s, m) => s + m.mb, 0)
      .toFixed(0)
      .padStart(4)} MB`,
  );

  for (const network of state.networks.filter((n) => n.id !== 'fabric-b')) {
    const l = await commitLatencies(network, writes);
    commits[network.id] = l;
    say(
      `commit on ${network.id} (${network.type}), ${writes} sequential writes: ` +
        `p50 ${l.p50.toFixed(0)} ms, p99 ${l.p99.toFixed(0)} ms, max ${l.max.toFixed(0)} ms`,
    );
  }
} finally {
  const downStarted = performance.now();
  await down({ stateDir });
  downMs = performance.now() - downStarted;
  say(`weft down: ${(downMs / 1000).toFixed(1)} s`);
}
if (values.json) {
  const rssMb = Object.fromEntries(memory.map((m) => [m.name, m.mb]));
  console.log(JSON.stringify({ upMs, downMs, rssMb, commitMs: commits }, null, 2));
}
