/**
 * Measures the local topology: `up` time (warm: Fabric already built), commit latency of sequential writes on
 * a Fabric network (endorsed by every org) and on anvil, the resident memory of every node, and `down` time.
 * Usage: npm run bench:topology [-- --writes N]
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
import { residentMb } from '../measure.js';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function commitLatencies(network: NetworkState, writes: number) {
  const writer = await openWriter(network);
  try {
    await writer.write('warm-up', 'x'); // first use pays for connections and chaincode start-up
    const commits: number[] = [];
    for (let i = 0; i < writes; i++) commits.push((await writer.write(`bench-${i}`, `value ${i}`)).commitMs);
    const sorted = [...commits].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1)! };
  } finally {
    writer.close();
  }
}

const { values } = parseArgs({ options: { writes: { type: 'string', default: '30' } } });
const writes = Number(values.writes);
const stateDir = await mkdtemp(join(tmpdir(), 'weft-bench-'));

const upStarted = performance.now();
const state = await up(await loadTopology(), { stateDir, cacheDir: cacheDir(), topologySource: 'default' });
const upMs = performance.now() - upStarted;
try {
  console.log(`weft up (default topology, warm): ${(upMs / 1000).toFixed(1)} s`);
  const memory = state.processes.map((p) => ({ name: p.name, mb: residentMb(p.pid) }));
  for (const { name, mb } of memory) console.log(`  RSS ${name.padEnd(28)} ${mb.toFixed(0).padStart(4)} MB`);
  console.log(
    `  RSS whole topology              ${memory
      .reduce((s, m) => s + m.mb, 0)
      .toFixed(0)
      .padStart(4)} MB`,
  );

  for (const network of state.networks.filter((n) => n.id !== 'fabric-b')) {
    const l = await commitLatencies(network, writes);
    console.log(
      `commit on ${network.id} (${network.type}), ${writes} sequential writes: ` +
        `p50 ${l.p50.toFixed(0)} ms, p99 ${l.p99.toFixed(0)} ms, max ${l.max.toFixed(0)} ms`,
    );
  }
} finally {
  const downStarted = performance.now();
  await down({ stateDir });
  console.log(`weft down: ${((performance.now() - downStarted) / 1000).toFixed(1)} s`);
}
