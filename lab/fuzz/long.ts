/**
 * The long fuzz run (`npm run fuzz:long`): a topology of one Fabric and one EVM network, and a single-API
 * service for each, then hostile messages at every port at once: both relays' client and peer ports, both
 * drivers, every attestor (gRPC, lab/fuzz/grpc.ts) and both REST services (lab/fuzz/http.ts), 100,000 per
 * port by default. Reports per port: replies typed, hangs (no answer within the deadline), latency and the
 * services' CPU; per service: whether it is still the process it was (a crash ends it), its memory before,
 * at its peak and after; then normal views both ways and a normal REST answer from each service.
 *
 *   npm run fuzz:long -- [--per-port N] [--concurrency C] [--timeout-ms T] [--seed S] [--huge-share F]
 *                        [--only TEXT]   (only the ports whose name holds TEXT, e.g. `relay peer port`)
 *
 * `--huge-share` (default 0.01): the share of gRPC messages whose big size may reach 4 MiB rather than 64 KiB
 * (the bounded fuzz test sends all of its messages at sizes up to 4 MiB).
 *
 * Exits 1 when a port had an untyped reply or a hang, a service crashed, or a normal request failed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fetchTrustedView } from '../../modes/single-api/client.js';
import { down } from '../../topology/launcher.js';
import { isRunning, type ProcessRecord } from '../../topology/process.js';
import { positiveInteger } from '../measure.js';
import { fuzzGrpcPort, grpcTargets } from './grpc.js';
import { seededRandom } from './hostile.js';
import { fuzzHttpPort } from './http.js';
import { type ApiService, startApiServices, stopApiServices } from './rest.js';
import { describeRun, outcomeList, type PortRun, type Reply, watchMemory } from './run.js';
import { normalViews, startFuzzTopology } from './topology.js';

const { values } = parseArgs({
  options: {
    'per-port': { type: 'string', default: '100000' },
    concurrency: { type: 'string', default: '4' },
    'timeout-ms': { type: 'string', default: '60000' },
    seed: { type: 'string' },
    'huge-share': { type: 'string', default: '0.01' },
    only: { type: 'string' },
  },
});
const PER_PORT = positiveInteger('per-port', values['per-port']);
const CONCURRENCY = positiveInteger('concurrency', values.concurrency);
const TIMEOUT_MS = positiveInteger('timeout-ms', values['timeout-ms']);
const HUGE_SHARE = Number(values['huge-share']);
if (!(HUGE_SHARE >= 0 && HUGE_SHARE <= 1))
  throw new Error(`--huge-share must be within 0 and 1, not ${values['huge-share']}`);
const SEED =
  values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : positiveInteger('seed', values.seed);
/** How far above its level before a service's RSS may stay once it works normally again. */
const NEAR_MB = 30;
const log = (line: string) => console.log(`fuzz:long: ${line}`);

/** A valid view query to a REST service is answered: the party's value, decoded by the SDK's own client. */
async function normalRest(service: ApiService): Promise<void> {
  await fetchTrustedView(`http://127.0.0.1:${service.port}`, service.address, `normal-${Date.now()}`, {
    timeoutMs: TIMEOUT_MS,
  });
}

const stateDir = await mkdtemp(join(tmpdir(), 'weft-fuzz-long-'));
let failed = false;
try {
  log(
    `seed ${SEED} (--seed ${SEED} replays this run), ${PER_PORT} messages per port, ${CONCURRENCY} in flight at each, ${HUGE_SHARE * 100}% of big gRPC messages up to 4 MiB`,
  );
  const pair = await startFuzzTopology(stateDir, 'fuzz-long');
  const apis = await startApiServices(pair, stateDir);
  try {
    const normal = async () => {
      await normalViews(pair);
      for (const api of apis) await normalRest(api);
    };
    await normal();
    const only = (name: string) => values.only === undefined || name.includes(values.only);
    const grpc = (await grpcTargets(pair)).filter((t) => only(t.name));
    const records: (ProcessRecord & { readonly shown: string })[] = [
      ...new Map(
        grpc.map((t) => [
          t.process.pid,
          { ...t.process, shown: t.role.startsWith('relay') ? `${t.network} relay` : t.name },
        ]),
      ).values(),
      ...apis.map((a) => ({ ...a.record, shown: a.name })),
    ];
    const memory = await watchMemory(records.map((r) => ({ name: r.shown, pid: r.pid })));
    const fuzzed = apis.filter((a) => only(a.name));
    const names = [...grpc.map((t) => t.name), ...fuzzed.map((a) => a.name)];
    // A running tally, so that a run cut short still says how far each port got and how it answered.
    const tally = new Map(names.map((n) => [n, { done: 0, untyped: 0, hangs: 0 }]));
    const count = (name: string) => (done: number, reply: Reply) => {
      const t = tally.get(name)!;
      t.done = done;
      if (reply.outcome === 'no answer') t.hangs++;
      else if (!reply.typed) t.untyped++;
    };
    const progress = setInterval(() => {
      const ports = [...tally].map(([n, t]) => `${n} ${t.done} (${t.untyped} untyped, ${t.hangs} hangs)`);
      const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
      log(
        `progress: ${ports.join(', ')}; crashed ${records.filter((r) => !isRunning(r)).length}; fuzzer RSS ${rss} MB`,
      );
    }, 60_000);
    const started = performance.now();
    let runs: PortRun[];
    try {
      // Each port its own generator, seeded from the run's: the same seed gives each port the same messages.
      runs = await Promise.all([
        ...grpc.map((target, i) =>
          fuzzGrpcPort(pair, target, seededRandom(SEED + i), {
            count: PER_PORT,
            concurrency: CONCURRENCY,
            timeoutMs: TIMEOUT_MS,
            hugeShare: HUGE_SHARE,
            onReply: count(target.name),
          }),
        ),
        ...fuzzed.map((api, i) =>
          fuzzHttpPort(api, seededRandom(SEED + grpc.length + i), {
            count: PER_PORT,
            concurrency: CONCURRENCY,
            timeoutMs: TIMEOUT_MS,
            onReply: count(api.name),
          }),
        ),
      ]);
    } finally {
      clearInterval(progress);
    }
    const wallS = (performance.now() - started) / 1000;
    for (const run of runs) log(describeRun(run));
    const outcomes = new Map<string, number>();
    for (const run of runs) for (const [o, n] of run.outcomes) outcomes.set(o, (outcomes.get(o) ?? 0) + n);
    const total = runs.reduce((s, r) => s + r.count, 0);
    log(
      `${total} messages at ${runs.length} ports in ${wallS.toFixed(0)} s; replies: ${outcomeList(outcomes)}`,
    );

    const crashed = records.filter((r) => !isRunning(r));
    const untyped = runs.reduce((s, r) => s + (r.count - r.typed - r.hangs), 0);
    const hangs = runs.reduce((s, r) => s + r.hangs, 0);
    const settled = crashed.length === 0 ? await memory.settle(NEAR_MB, 60_000, normal) : undefined;
    memory.stop();
    for (const line of settled?.lines ?? []) log(line);
    for (const run of runs) for (const line of run.untyped) log(`untyped: ${line}`);
    let normalAfter = 'answered';
    try {
      await normal();
    } catch (error) {
      normalAfter = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    const grown = settled
      ? records.filter((r) => settled.after.get(r.pid)! > memory.before.get(r.pid)! + NEAR_MB)
      : [];
    log(
      `crashes ${crashed.length}${crashed.length ? ` (${crashed.map((r) => r.shown).join(', ')})` : ''}, ` +
        `hangs ${hangs}, untyped replies ${untyped}, services within ${NEAR_MB} MB of their memory before ` +
        `${records.length - grown.length}/${records.length}, normal views and REST answers afterwards: ${normalAfter}`,
    );
    failed = crashed.length > 0 || hangs > 0 || untyped > 0 || normalAfter !== 'answered';
  } finally {
    await stopApiServices(apis);
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await down({ stateDir }).catch((error: unknown) => console.error(error));
  if (!failed) await rm(stateDir, { recursive: true, force: true });
  else log(`logs kept in ${stateDir}`);
}
process.exitCode = failed ? 1 : 0;
