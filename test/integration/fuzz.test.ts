/**
 * Hostile input at every gRPC port of a running topology (a Fabric network and an EVM network: both relays'
 * client and peer ports, both drivers, every attestor): random, truncated, bit-flipped, spliced, oversized,
 * deeply nested, field-flooded and gzip-compressed messages, sent 16 at a time by callers holding the
 * topology's own certificates (lab/fuzz/grpc.ts, which the long run `npm run fuzz:long` shares). Every
 * reply must be a status carrying weft's code (or a success), none may take longer than the bound, every
 * service's memory must come back near where it was, and a normal view must still go through both ways
 * afterwards. Seeded: `WEFT_FUZZ_SEED=<seed>` replays a run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FuzzPair, fuzzGrpcPort, grpcTargets } from '../../lab/fuzz/grpc.js';
import { seededRandom } from '../../lab/fuzz/hostile.js';
import { describeRun, outcomeList, type PortRun, watchMemory } from '../../lab/fuzz/run.js';
import { normalViews, startFuzzTopology } from '../../lab/fuzz/topology.js';
import { down } from '../../topology/launcher.js';
import { tempDir } from '../support/temp.js';

const SEED = Number(process.env.WEFT_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const PER_PORT = 300;
const CONCURRENCY = 16;
/**
 * The work bound: CPU time a service may spend per hostile message (user + system, from /proc), averaged
 * over a port's messages. This is what "keeps a service busy" means; it does not depend on what else the
 * machine runs.
 */
const CPU_MS_PER_MESSAGE = 20;
/**
 * The slowest answer allowed: a backstop against a message that stalls a service. On 2 cores shared by the
 * whole topology and another test file, with 16 calls in flight on one connection, an answer waits for the
 * scheduler as much as for the service (seconds at times), so this bound is wide; for a message of up to
 * 64 KiB, and for a bigger one, which a relay port receives whole before refusing it (a view may take
 * 4 MiB), so its time includes the transfer of megabytes over TLS.
 */
const SLOWEST_MS = { small: 10_000, big: 15_000 };
/**
 * How far above its level before the run a service's RSS may stay once it works normally again (an idle
 * heap is not collected, so normal views run between looks): one that keeps what hostile input made it
 * allocate grew by 80 MB and more.
 */
const NEAR_MB = 30;
const SETTLE_MS = 30_000;

let stateDir: string;
let pair: FuzzPair;

beforeAll(async () => {
  stateDir = await tempDir('fuzz');
  pair = await startFuzzTopology(stateDir, 'test');
}, 240_000);

afterAll(async () => {
  if (pair) await down({ stateDir });
}, 60_000);

describe(`every gRPC port under hostile input (seed ${SEED})`, () => {
  it('answers each message in time with a typed status, gives its memory back and still serves views', async () => {
    console.log(`fuzz: seed ${SEED} (WEFT_FUZZ_SEED=${SEED} replays this run)`);
    const random = seededRandom(SEED);
    // Warm: connections open, caches filled, so that "before" is a service's working level.
    await normalViews(pair);
    const all = await grpcTargets(pair);
    const services = [...new Map(all.map((t) => [t.process.pid, t])).values()].map((t) => ({
      name: t.role.startsWith('relay') ? `${t.network} relay` : t.name,
      pid: t.process.pid,
    }));
    const memory = await watchMemory(services);
    const runs: PortRun[] = [];
    const fuzzStarted = performance.now();
    for (const target of all) {
      const run = await fuzzGrpcPort(pair, target, random, {
        count: PER_PORT,
        concurrency: CONCURRENCY,
        timeoutMs: 30_000,
        hugeShare: 1,
      });
      console.log(`fuzz: ${describeRun(run)}`);
      runs.push(run);
    }
    const outcomes = new Map<string, number>();
    for (const run of runs) for (const [o, n] of run.outcomes) outcomes.set(o, (outcomes.get(o) ?? 0) + n);
    console.log(
      `fuzz: ${all.length * PER_PORT} messages at ${all.length} ports in ${((performance.now() - fuzzStarted) / 1000).toFixed(1)} s; replies: ${outcomeList(outcomes)}`,
    );
    const settled = await memory.settle(NEAR_MB, SETTLE_MS, () => normalViews(pair));
    for (const line of settled.lines) console.log(`fuzz: ${line}`);

    for (const run of runs) {
      expect(run.untyped, run.name).toEqual([]);
      expect(run.typed, run.name).toBe(PER_PORT);
      expect(run.cpuMs / PER_PORT, `${run.name}: CPU ms per message`).toBeLessThanOrEqual(CPU_MS_PER_MESSAGE);
      expect(run.slowestSmall?.ms ?? 0, `${run.name}: ${run.slowestSmall?.label}`).toBeLessThanOrEqual(
        SLOWEST_MS.small,
      );
      expect(run.slowest?.ms ?? 0, `${run.name}: ${run.slowest?.label}`).toBeLessThanOrEqual(SLOWEST_MS.big);
    }
    for (const s of services)
      expect(settled.after.get(s.pid)!, s.name).toBeLessThanOrEqual(memory.before.get(s.pid)! + NEAR_MB);
    await normalViews(pair);
  }, 240_000);
});
