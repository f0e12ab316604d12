/**
 * The relay path, measured on a fresh topology of two Fabric networks (a, b; two orgs each) that this script
 * starts in a temporary state folder and brings down at the end (also on failure or Ctrl-C). Every figure
 * sits beside a baseline measured in the same run, on the same machine:
 *
 * 1. latency of a bare `endorse()` of b's interop `Query` from this process (what b's driver does for a view);
 * 2. latency of a view requested by a client of a, through a's relay, b's relay and b's driver, verified by
 *    the client; ratio of the p50s;
 * 3. throughput and latency at concurrency C, relayed and verified views against bare endorsements;
 * 4. verification rate of a real view with the SDK's verifier against raw `crypto.verify` of its signatures;
 * 5. resident memory (VmRSS) of both relays and of the drivers under load, and the CPU time of every process;
 * 6. latency of a view committed on a (requestView + submitView) against a bare commit on a;
 * 7. where a view's time goes, hop by hop, from the latency histograms of the relays' and the driver's
 *    operations endpoints, scraped before and after each phase.
 *
 * Progress goes to stderr, results to stdout (a Markdown table, or JSON with --json).
 * Usage: npm run bench [-- --iterations N (200) --warm-up N (20) --duration-s S (20) | --count N
 *                                --concurrency C (32) --commits N (30) --json --keep-logs DIR --cpu-prof DIR]
 */

import { createPrivateKey, createPublicKey, type KeyObject, randomBytes, sign, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Contract } from '@hyperledger/fabric-gateway';
import { expandAddress, type LocalClient, openLocalClient } from '../../cli/query.js';
import { cacheDir } from '../../common/paths.js';
import { isFabricMembership } from '../../ledgers/fabric/membership.js';
import { createFabricViewVerifier } from '../../ledgers/fabric/proof.js';
import { type Buckets, histogramQuantile, parseHistograms } from '../../operations/histograms.js';
import { parsePolicy } from '../../proofs/policy.js';
import { requestSigningBytes } from '../../proofs/requester.js';
import { msp, protos, weft } from '../../protos/index.js';
import { submitView, type VerifiedView } from '../../sdk/client.js';
import { ledgerTrust } from '../../sdk/trust.js';
import { tempDir } from '../../test/support/temp.js';
import { connectGateway, type FabricConnection } from '../../topology/fabric/client.js';
import { submitOnEveryPeer } from '../../topology/fabric/committed.js';
import { down, up } from '../../topology/launcher.js';
import { fabricNetwork, type ManagedProcess, type TopologyState } from '../../topology/state.js';
import { parseTopology } from '../../topology/topology.js';
import {
  Errors,
  type LoadResult,
  measureSequential,
  measureUnderLoad,
  median,
  positiveInteger,
  residentMb,
  type Stats,
  stats,
} from '../measure.js';

/** The issue's goals, beside each measure. */
const GOALS = { ratioP50: 1.3, viewsPerS: 300, verifyRatio: 0.95, relayMb: 100 } as const;

// ---------------------------------------------------------------------------------------------- options

const { values: argv } = parseArgs({
  options: {
    iterations: { type: 'string', default: '200' },
    'duration-s': { type: 'string', default: '20' },
    /** Throughput over a fixed number of calls instead of a fixed duration. */
    count: { type: 'string' },
    concurrency: { type: 'string', default: '32' },
    commits: { type: 'string', default: '30' },
    'warm-up': { type: 'string', default: '20' },
    json: { type: 'boolean', default: false },
    /** Copy the relays' and drivers' logs here before the topology (and its folder) goes away. */
    'keep-logs': { type: 'string' },
    /** Profile every relay, driver and attestor (node --cpu-prof); profiles are written here on `down`. */
    'cpu-prof': { type: 'string' },
  },
});

const options = {
  iterations: positiveInteger('iterations', argv.iterations),
  warmUp: positiveInteger('warm-up', argv['warm-up']),
  durationMs: positiveInteger('duration-s', argv['duration-s']) * 1000,
  count: argv.count === undefined ? undefined : positiveInteger('count', argv.count),
  concurrency: positiveInteger('concurrency', argv.concurrency),
  commits: positiveInteger('commits', argv.commits),
  json: argv.json,
  keepLogs: argv['keep-logs'],
  cpuProf: argv['cpu-prof'] === undefined ? undefined : resolve(argv['cpu-prof']),
};

const benchStarted = performance.now();
const progress = (message: string) =>
  process.stderr.write(
    `[${((performance.now() - benchStarted) / 1000).toFixed(1).padStart(6)} s] ${message}\n`,
  );

// ------------------------------------------------------------------------------------------- statistics

const errors = {
  endorse: new Errors('bare endorse, sequential'),
  relay: new Errors('relayed view, sequential'),
  endorseLoad: new Errors(`bare endorse, concurrency ${options.concurrency}`),
  relayLoad: new Errors(`relayed view, concurrency ${options.concurrency}`),
  commit: new Errors('relayed view committed on a'),
  bareCommit: new Errors('bare commit on a'),
};

// -------------------------------------------------------------------------------------------- stopping

const stopping = new AbortController();

class Interrupted extends Error {}

/** Between phases: stop here once interrupted. */
function checkpoint() {
  if (stopping.signal.aborted) throw new Interrupted('interrupted');
}

const sequential = <T>(
  n: number,
  call: () => Promise<T>,
  failures: Errors,
  samples: number[] = [],
  onResult?: (result: T) => void,
) =>
  measureSequential(n, call, failures, {
    samples,
    signal: stopping.signal,
    ...(onResult ? { onResult } : {}),
  });

const underLoad = (
  call: () => Promise<unknown>,
  failures: Errors,
  limit: { readonly durationMs: number; readonly count?: number | undefined },
) =>
  measureUnderLoad(call, failures, { ...limit, concurrency: options.concurrency, signal: stopping.signal });

// -------------------------------------------------------------------------------- processes: RSS, CPU

const CLOCK_TICKS_PER_S = 100;

/** utime + stime of a process, in seconds. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S;
  } catch {
    return Number.NaN;
  }
}

interface MemoryReport {
  readonly name: string;
  readonly pid: number;
  readonly beforeMb: number;
  readonly peakMb: number;
  readonly endMb: number;
  readonly samples: number;
}

/** VmRSS of the relays and drivers every 200 ms until stopped. */
function sampleMemory(processes: readonly ManagedProcess[]) {
  const watched = processes.filter((p) => p.role === 'relay' || p.role === 'driver');
  const series = new Map(watched.map((p) => [p, [residentMb(p.pid)]]));
  const timer = setInterval(() => {
    for (const p of watched) series.get(p)!.push(residentMb(p.pid));
  }, 200);
  return {
    stop(): MemoryReport[] {
      clearInterval(timer);
      return watched.map((p) => {
        const xs = series.get(p)!;
        xs.push(residentMb(p.pid));
        return {
          name: p.name,
          pid: p.pid,
          beforeMb: xs[0]!,
          peakMb: Math.max(...xs.filter((x) => !Number.isNaN(x))),
          endMb: xs.at(-1)!,
          samples: xs.length,
        };
      });
    },
  };
}

interface CpuReport {
  readonly name: string;
  /** CPU time over wall time: 1.0 is one core busy. */
  readonly cores: number;
}

/** Busy CPU time of the whole machine (every process, ours or not), in seconds. */
function machineBusySeconds(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const total = fields.slice(0, 8).reduce((sum, x) => sum + x, 0);
    return (total - fields[3]! - fields[4]!) / CLOCK_TICKS_PER_S; // minus idle and iowait
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU used by every process of the topology and by this one over a phase, and by the whole machine: what
 * other processes (anything not started here) took shows as the difference.
 */
function sampleCpu(processes: readonly ManagedProcess[]) {
  const started = performance.now();
  const before = new Map(processes.map((p) => [p, cpuSeconds(p.pid)]));
  const machineBefore = machineBusySeconds();
  const own = process.cpuUsage();
  return {
    stop(): CpuReport[] {
      const wallS = (performance.now() - started) / 1000;
      const used = process.cpuUsage(own);
      const ours = [
        { name: 'bench (clients, verification)', cores: (used.user + used.system) / 1e6 / wallS },
        ...processes.map((p) => ({ name: p.name, cores: (cpuSeconds(p.pid) - before.get(p)!) / wallS })),
      ];
      const sum = ours.reduce((s, r) => s + (Number.isNaN(r.cores) ? 0 : r.cores), 0);
      const machine = (machineBusySeconds() - machineBefore) / wallS;
      return [
        ...ours.filter((r) => r.cores >= 0.01).sort((x, y) => y.cores - x.cores),
        { name: 'all of the above', cores: sum },
        { name: 'other processes on the machine', cores: Math.max(0, machine - sum) },
        { name: `whole machine (${cpus().length} cores)`, cores: machine },
      ];
    },
  };
}

// ---------------------------------------------------------------------------------------------- the run

const stateDir = await tempDir('bench-relay');
const topology = parseTopology(
  'networks: [{ id: a, type: fabric, orgs: [Org1, Org2] }, { id: b, type: fabric, orgs: [Org1, Org2] }]',
);

let starting: Promise<TopologyState> | undefined;
let downing: Promise<unknown> | undefined;
/** Stops the topology once, whoever asks first; waits for an `up` in progress (it cleans up after itself). */
const bringDown = () => {
  downing ??= (async () => {
    await starting?.catch(() => {});
    progress(`stopping the topology (${stateDir})`);
    const report = await down({ stateDir });
    progress(`topology down (${report.stopped.length} processes stopped)`);
  })();
  return downing;
};

let interrupts = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupts++;
    const code = signal === 'SIGINT' ? 130 : 143;
    if (interrupts > 1) {
      progress('interrupted again: bringing the topology down now');
      void down({ stateDir }).finally(() => process.exit(code));
      return;
    }
    progress(`${signal}: no new calls; bringing the topology down`);
    // An `up` in progress sees the abort and stops what it started; `bringDown` waits for it.
    stopping.abort();
    void bringDown().finally(() => process.exit(code));
  });
}

const connections: Array<FabricConnection | LocalClient> = [];
try {
  progress(`starting networks a and b (2 orgs each) with their relays and drivers in ${stateDir}`);
  starting = up(topology, {
    stateDir,
    cacheDir: cacheDir(),
    topologySource: 'lab/bench/relay.ts',
    signal: stopping.signal,
    ...(options.cpuProf ? { serviceNodeArgs: ['--cpu-prof', `--cpu-prof-dir=${options.cpuProf}`] } : {}),
  });
  const state = await starting;
  progress(`topology up in ${((performance.now() - benchStarted) / 1000).toFixed(1)} s`);
  if (options.cpuProf) {
    // A profile's file name carries its process's PID.
    const services = state.processes.filter((p) => p.operationsPortFile !== undefined);
    progress(`profiles to ${options.cpuProf}: ${services.map((p) => `${p.name} ${p.pid}`).join(', ')}`);
  }
  const a = fabricNetwork(state, 'a');
  const b = fabricNetwork(state, 'b');

  // b's Org1 client identity, through b's Org1 peer: what b's driver uses.
  const toB = await connectGateway(b.orgs[0]!);
  connections.push(toB);
  const interopB = toB.gateway.getNetwork(b.channel).getContract('interop');
  await submitOnEveryPeer(
    b,
    toB.gateway.getNetwork(b.channel).getContract('assets'),
    'Put',
    'bench-relay',
    'a value of b, read from a through the relays',
  );
  const address = expandAddress(state, 'b/weft:assets:Get:bench-relay');
  progress(`asset put on b; view address ${address}`);

  // The requester: a's Org1 client, as in a view request.
  const requester = {
    certificate: await readFile(a.orgs[0]!.client.certFile, 'utf8'),
    key: createPrivateKey(await readFile(a.orgs[0]!.client.keyFile)),
  };
  const local = await openLocalClient(state, 'a');
  connections.push(local);

  /** What b's driver does for one view, from this process: no relays, no queues, no verification. */
  const bareEndorse = (contract: Contract) => {
    const nonce = randomBytes(16).toString('hex');
    const signature = sign('sha256', requestSigningBytes(address, nonce), requester.key).toString('base64');
    return contract
      .newProposal('Query', {
        arguments: [address, nonce, 'a', requester.certificate, signature, 'false'],
        endorsingOrganizations: ['Org1MSP', 'Org2MSP'],
      })
      .endorse();
  };
  const relayed = () => local.client.requestView(address);

  // ---- 1 and 2: sequential latency, bare endorsement against a relayed and verified view
  const warmUpErrors = new Errors('warm-up');
  progress(`warm-up: ${options.warmUp} bare endorsements and ${options.warmUp} relayed views`);
  await sequential(options.warmUp, () => bareEndorse(interopB), warmUpErrors);
  await sequential(options.warmUp, relayed, warmUpErrors);
  progress(`${options.iterations} bare endorsements and ${options.iterations} relayed views, sequential`);
  const endorseSamples: number[] = [];
  const relaySamples: number[] = [];
  const stages = { ackMs: [] as number[], deliveredMs: [] as number[], verifyMs: [] as number[] };
  let lastView: VerifiedView | undefined;
  // Alternating blocks, so that whatever else the machine does falls on both.
  const block = 10;
  const sequentialBefore = await scrapeAll(state);
  for (let done = 0; done < options.iterations && !stopping.signal.aborted; done += block) {
    const n = Math.min(block, options.iterations - done);
    await sequential(n, () => bareEndorse(interopB), errors.endorse, endorseSamples);
    await sequential(n, relayed, errors.relay, relaySamples, (view) => {
      lastView = view;
      stages.ackMs.push(view.timings.ackMs);
      stages.deliveredMs.push(view.timings.deliveredMs);
      stages.verifyMs.push(view.timings.verifiedMs - view.timings.deliveredMs);
    });
  }
  checkpoint();
  const sequentialAfter = await scrapeAll(state);
  const endorseLatency = stats(endorseSamples);
  const relayLatency = stats(relaySamples);
  progress(
    `sequential p50: bare endorse ${endorseLatency.p50.toFixed(1)} ms, relayed ${relayLatency.p50.toFixed(1)} ms`,
  );

  // ---- 3 and 5: under load, with the relays' and drivers' memory and everyone's CPU
  const limit = { durationMs: options.durationMs, count: options.count };
  const what = options.count === undefined ? `${options.durationMs / 1000} s` : `${options.count} calls`;
  const warmLimit = {
    durationMs: Math.min(3_000, options.durationMs / 4),
    count: options.count === undefined ? undefined : Math.ceil(options.count / 10),
  };
  progress(`bare endorsements at concurrency ${options.concurrency}: warm-up, then ${what}`);
  await underLoad(() => bareEndorse(interopB), warmUpErrors, warmLimit);
  let cpu = sampleCpu(state.processes);
  const endorseLoad = await underLoad(() => bareEndorse(interopB), errors.endorseLoad, limit);
  checkpoint();
  const endorseCpu = cpu.stop();
  progress(`${endorseLoad.perS.toFixed(0)} bare endorsements/s`);

  progress(`relayed, verified views at concurrency ${options.concurrency}: warm-up, then ${what}`);
  await underLoad(relayed, warmUpErrors, warmLimit);
  const memory = sampleMemory(state.processes);
  const loadBefore = await scrapeAll(state);
  cpu = sampleCpu(state.processes);
  const relayLoad = await underLoad(relayed, errors.relayLoad, limit);
  const relayCpu = cpu.stop();
  const loadAfter = await scrapeAll(state);
  checkpoint();
  const rss = memory.stop();
  progress(`${relayLoad.perS.toFixed(0)} relayed, verified views/s`);

  // ---- 4: verification of a real view, SDK verifier against raw crypto.verify of its signatures
  progress('verification of a real view against raw crypto.verify of its endorsements');
  const view = lastView ?? (await relayed());
  const { membership } = await ledgerTrust(local.interop).forNetwork('b');
  if (!isFabricMembership(membership)) throw new Error('b is a Fabric network');
  const verifier = createFabricViewVerifier(membership);
  const expectation = {
    address: view.address,
    nonce: view.nonce,
    requesterCertificate: requester.certificate,
    chaincode: 'interop',
    policy: parsePolicy(view.policy),
  };
  const entries = weft.fabric.FabricViewBytes.decode(view.proof).endorsed_proposal_responses;
  const signatures = entries.map((entry) => {
    const endorsement = protos.Endorsement.decode(entry.endorsement);
    const identity = msp.SerializedIdentity.decode(endorsement.endorser);
    return {
      data: Buffer.concat([entry.payload, endorsement.endorser]),
      signature: endorsement.signature,
      key: createPublicKey(Buffer.from(identity.id_bytes)) as KeyObject,
    };
  });
  const subjects = {
    raw: () => signatures.every((s) => verify('sha256', s.data, s.key, s.signature)),
    view: () => verifier.verify(view.proof, expectation).valid,
  };
  for (const [name, body] of Object.entries(subjects)) {
    for (let i = 0; i < 200; i++) if (!body()) throw new Error(`${name} verification of the view failed`);
  }
  const rounds = { raw: [] as number[], view: [] as number[] };
  const verifyDeadline = performance.now() + 4_000;
  while (performance.now() < verifyDeadline && !stopping.signal.aborted) {
    for (const name of ['raw', 'view'] as const) {
      let calls = 0;
      const started = performance.now();
      while (performance.now() - started < 200) {
        if (!subjects[name]()) throw new Error(`${name} verification of the view failed`);
        calls++;
      }
      rounds[name].push(calls / ((performance.now() - started) / 1000));
    }
  }
  checkpoint();
  const verification = {
    endorsements: signatures.length,
    rawViewsPerS: median(rounds.raw),
    rawSignaturesPerS: median(rounds.raw) * signatures.length,
    viewsPerS: median(rounds.view),
    viewSignaturesPerS: median(rounds.view) * signatures.length,
    ratio: median(rounds.view) / median(rounds.raw),
    rounds: rounds.raw.length,
  };

  // ---- 6: committed on a, against a bare commit on a
  progress(`${options.commits} relayed views committed on a and ${options.commits} bare commits on a`);
  let putCount = 0;
  const bareCommit = () => local.assets.submitTransaction('Put', `bench-relay-${putCount++}`, 'x');
  const submitMs: number[] = [];
  const commitAndRelay = async () => {
    const submitted = await submitView(local.interop, await relayed());
    submitMs.push(submitted.commitMs);
    return submitted;
  };
  const commitWarmUp = new Errors('commit warm-up');
  await sequential(3, bareCommit, commitWarmUp);
  await sequential(3, commitAndRelay, commitWarmUp);
  submitMs.length = 0;
  const commitSamples: number[] = [];
  const bareCommitSamples: number[] = [];
  for (let i = 0; i < options.commits && !stopping.signal.aborted; i++) {
    await sequential(1, commitAndRelay, errors.commit, commitSamples);
    await sequential(1, bareCommit, errors.bareCommit, bareCommitSamples);
  }
  checkpoint();
  const commitLatency = stats(commitSamples);
  const bareCommitLatency = stats(bareCommitSamples);

  // ---- report
  const serviceEvents = await logEvents(state);
  const hops = hopBreakdown({
    sequential: [sequentialBefore, sequentialAfter],
    load: [loadBefore, loadAfter],
  });
  if (options.keepLogs) await keepLogs(state, options.keepLogs);
  const results = {
    machine: { cpus: cpus().length, node: process.version },
    options: {
      iterations: options.iterations,
      warmUp: options.warmUp,
      concurrency: options.concurrency,
      ...(options.count === undefined ? { durationS: options.durationMs / 1000 } : { count: options.count }),
      commits: options.commits,
    },
    view: { address, endorsements: signatures.length, policy: view.policy, orgs: view.orgs },
    latency: {
      bareEndorse: endorseLatency,
      relayedVerified: relayLatency,
      relayedStagesP50: {
        ackMs: median(stages.ackMs),
        deliveredMs: median(stages.deliveredMs),
        verifyMs: median(stages.verifyMs),
      },
      ratioP50: relayLatency.p50 / endorseLatency.p50,
      goalRatioP50: GOALS.ratioP50,
    },
    throughput: {
      bareEndorse: endorseLoad,
      relayedVerified: relayLoad,
      ratio: relayLoad.perS / endorseLoad.perS,
      goalViewsPerS: GOALS.viewsPerS,
    },
    verification: { ...verification, goalRatio: GOALS.verifyRatio },
    memory: { underRelayLoad: rss, goalRelayMb: GOALS.relayMb },
    batches: batchSizes(loadBefore.get('b/driver') ?? '', loadAfter.get('b/driver') ?? ''),
    cpu: { underBareEndorseLoad: endorseCpu, underRelayLoad: relayCpu },
    commit: {
      relayedVerifiedCommitted: commitLatency,
      submitViewOnly: stats(submitMs),
      bareCommit: bareCommitLatency,
      ratioP50: commitLatency.p50 / bareCommitLatency.p50,
    },
    errors: { warmUp: warmUpErrors, commitWarmUp, ...errors },
    hops,
    serviceLogEvents: serviceEvents,
  };
  if (options.json) console.log(JSON.stringify(results, null, 2));
  else printReport(results);
} catch (error) {
  process.exitCode = stopping.signal.aborted ? 130 : 1;
  if (stopping.signal.aborted) progress('interrupted: no results');
  else progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const state = await starting?.catch(() => undefined);
  if (state && options.keepLogs) await keepLogs(state, options.keepLogs).catch(() => {});
} finally {
  for (const c of connections) c.close();
  await bringDown();
}

// ------------------------------------------------------------------------------------------ logs, report

/** The interop folders of the topology: relay.log and driver.log of each network. */
function interopDirs(state: TopologyState): Array<{ network: string; dir: string }> {
  return (state.relays ?? []).map((r) => ({ network: r.networkId, dir: r.dir }));
}

async function keepLogs(state: TopologyState, target: string) {
  for (const { network, dir } of interopDirs(state)) {
    const into = join(target, network);
    await mkdir(into, { recursive: true });
    for (const file of (await readdir(dir)).filter((f) => f.endsWith('.log'))) {
      await copyFile(join(dir, file), join(into, file));
    }
  }
  progress(`relay and driver logs copied to ${target}`);
}

/** How many lines of each `event` the relays and drivers logged (their logs are one JSON object a line). */
async function logEvents(state: TopologyState): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const { network, dir } of interopDirs(state)) {
    for (const file of (await readdir(dir)).filter((f) => f.endsWith('.log'))) {
      const counts: Record<string, number> = {};
      for (const line of (await readFile(join(dir, file), 'utf8')).split('\n')) {
        if (!line.trim()) continue;
        let event = 'non-JSON line';
        try {
          const parsed = JSON.parse(line) as { event?: unknown; level?: unknown };
          event = typeof parsed.event === 'string' ? parsed.event : String(parsed.level ?? 'no event');
        } catch {}
        counts[event] = (counts[event] ?? 0) + 1;
      }
      out[`${network}/${file}`] = counts;
    }
  }
  return out;
}

interface Hop {
  readonly hop: string;
  readonly sequential: Stats;
  readonly load: Stats;
}

interface BatchSizes {
  /** Ledger calls (endorsements) the driver made, and the views they answered. */
  readonly calls: number;
  readonly queries: number;
  readonly meanSize: number;
  readonly p50: number;
  readonly p99: number;
  /** Calls that answered more than one view. */
  readonly batched: number;
}

/**
 * The `q`-quantile between two scrapes of a histogram of whole numbers whose buckets are the numbers it
 * counts (1, 2, 4, ...): the least bound whose bucket holds it, not interpolated.
 */
function bucketQuantile(before: Buckets, after: Buckets, q: number): number {
  const total = (after.at(-1)?.count ?? 0) - (before.at(-1)?.count ?? 0);
  if (total === 0) return Number.NaN;
  const found = after.find((bucket, i) => bucket.count - (before[i]?.count ?? 0) >= q * total);
  return found?.le ?? Number.NaN;
}

/** The driver's endorsements and the views each answered, between two scrapes of its metrics. */
function batchSizes(before: string, after: string): BatchSizes {
  const metric = 'weft_driver_ledger_call_queries';
  // The sum is not in the buckets; the count is the last bucket's.
  const sum = (text: string) =>
    Number(new RegExp(`^${metric}_sum(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
  const [b, a] = [before, after].map((text) => parseHistograms(text, metric).get('') ?? []);
  const delta = (i: number) => (a!.at(i)?.count ?? 0) - (b!.at(i)?.count ?? 0);
  const calls = delta(-1);
  const queries = sum(after) - sum(before);
  const alone = delta(0);
  return {
    calls,
    queries,
    meanSize: calls > 0 ? queries / calls : Number.NaN,
    p50: bucketQuantile(b!, a!, 0.5),
    p99: bucketQuantile(b!, a!, 0.99),
    batched: calls - alone,
  };
}

/** Every relay's and driver's scrape of `/metrics`, by service name (`a/relay`). */
async function scrapeAll(state: TopologyState): Promise<Map<string, string>> {
  const scrapes = await Promise.all(
    state.processes
      .filter((p) => p.operationsPortFile !== undefined && (p.role === 'relay' || p.role === 'driver'))
      .map(async (p) => {
        const port = (await readFile(p.operationsPortFile!, 'utf8')).trim();
        const response = await fetch(`http://127.0.0.1:${port}/metrics`);
        return [p.name, await response.text()] as const;
      }),
  );
  return new Map(scrapes);
}

/** Where a relayed view's time goes, hop by hop, as each service's own histograms saw it. */
function hopTable() {
  return [
    [
      "a's relay: taken and journaled, acked by b's relay",
      'a/relay',
      'weft_relay_hop_duration_seconds',
      'hop="client_to_source_ack"',
    ],
    ["b's driver: the endorsement", 'b/driver', 'weft_driver_query_duration_seconds', 'outcome="ok"'],
    [
      "b's relay: from its driver's answer to a's relay's ack",
      'b/relay',
      'weft_relay_hop_duration_seconds',
      'hop="delivery"',
    ],
    [
      "b's relay: taken to delivered",
      'b/relay',
      'weft_relay_request_duration_seconds',
      'role="inbound",outcome="delivered"',
    ],
    [
      "a's relay: acked to the view stored",
      'a/relay',
      'weft_relay_hop_duration_seconds',
      'hop="source_round_trip"',
    ],
    [
      "a's relay: taken to completed",
      'a/relay',
      'weft_relay_request_duration_seconds',
      'role="outbound",outcome="completed"',
    ],
  ] as const;
}

/**
 * Each hop's p50 and p99 in a phase, from the histograms' counts between the scrapes that bracket it
 * (interpolated within their buckets, as Prometheus' histogram_quantile does).
 */
function hopBreakdown(phases: {
  readonly sequential: readonly [Map<string, string>, Map<string, string>];
  readonly load: readonly [Map<string, string>, Map<string, string>];
}): Hop[] {
  const quantiles = (
    scrapes: readonly [Map<string, string>, Map<string, string>],
    service: string,
    metric: string,
    labels: string,
  ) => {
    const [before, after] = scrapes.map(
      (m) => parseHistograms(m.get(service) ?? '', metric).get(labels) ?? [],
    );
    const p50 = histogramQuantile(before!, after!, 0.5);
    const p99 = histogramQuantile(before!, after!, 0.99);
    const n = (after!.at(-1)?.count ?? 0) - (before!.at(-1)?.count ?? 0);
    return { n, p50, p99, mean: Number.NaN, max: Number.NaN };
  };
  return hopTable().map(([hop, service, metric, labels]) => ({
    hop,
    sequential: quantiles(phases.sequential, service, metric, labels),
    load: quantiles(phases.load, service, metric, labels),
  }));
}

interface Results {
  machine: { cpus: number; node: string };
  options: Record<string, number>;
  view: { address: string; endorsements: number; policy: string; orgs: readonly string[] };
  latency: {
    bareEndorse: Stats;
    relayedVerified: Stats;
    relayedStagesP50: { ackMs: number; deliveredMs: number; verifyMs: number };
    ratioP50: number;
  };
  throughput: { bareEndorse: LoadResult; relayedVerified: LoadResult; ratio: number };
  verification: {
    endorsements: number;
    rawViewsPerS: number;
    rawSignaturesPerS: number;
    viewsPerS: number;
    viewSignaturesPerS: number;
    ratio: number;
  };
  memory: { underRelayLoad: MemoryReport[] };
  cpu: { underBareEndorseLoad: CpuReport[]; underRelayLoad: CpuReport[] };
  commit: {
    relayedVerifiedCommitted: Stats;
    submitViewOnly: Stats;
    bareCommit: Stats;
    ratioP50: number;
  };
  errors: Record<string, Errors>;
  hops: Hop[];
  batches: BatchSizes;
  serviceLogEvents: Record<string, Record<string, number>>;
}

function printReport(r: Results) {
  const ms = (x: number) => (Number.isNaN(x) ? '-' : `${x.toFixed(1)} ms`);
  const mb = (x: number) => (Number.isNaN(x) ? '-' : `${x.toFixed(0)} MB`);
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  const table = (head: readonly string[], rows: ReadonlyArray<readonly string[]>) => {
    line(`| ${head.join(' | ')} |`);
    const numeric = (i: number) =>
      i > 0 && rows.every((row) => /^[-\d.]+( ?(ms|MB|x))?$|^-$/.test(row[i] ?? ''));
    line(`|${head.map((_, i) => (numeric(i) ? '--:' : '---')).join('|')}|`);
    for (const row of rows) line(`| ${row.join(' | ')} |`);
    line();
  };
  const seq = (name: string, s: Stats, e: Errors) => [
    name,
    String(s.n),
    ms(s.p50),
    ms(s.p99),
    ms(s.mean),
    ms(s.max),
    String(e.count),
  ];
  const { latency, throughput: t, verification: v, commit: c } = r;
  const load = t.relayedVerified;
  const relays = r.memory.underRelayLoad.filter((m) => m.name.endsWith('/relay'));
  const peakRelay = Math.max(...relays.map((m) => m.peakMb));

  line(
    `## weft relay path: Fabric a -> Fabric b (${r.machine.cpus} cores, Node ${r.machine.node}), ` +
      `view of ${r.view.endorsements} endorsements, policy ${r.view.policy}`,
  );
  line();
  line(`sequential (after ${r.options.warmUp} warm-up calls each)`);
  line();
  table(
    ['call', 'n', 'p50', 'p99', 'mean', 'max', 'errors'],
    [
      seq('bare endorse() of b interop Query (baseline)', latency.bareEndorse, r.errors.endorse!),
      seq('relayed view a -> b, verified', latency.relayedVerified, r.errors.relay!),
      seq('bare commit on a: assets.Put (baseline)', c.bareCommit, r.errors.bareCommit!),
      seq('relayed view, verified, committed on a', c.relayedVerifiedCommitted, r.errors.commit!),
    ],
  );
  line(
    `relayed view, p50 by stage: acknowledged by a's relay ${ms(latency.relayedStagesP50.ackMs)}, ` +
      `delivered ${ms(latency.relayedStagesP50.deliveredMs)}, verified locally in ` +
      `${ms(latency.relayedStagesP50.verifyMs)}; SubmitView alone p50 ${ms(c.submitViewOnly.p50)}`,
  );
  line();
  const span = r.options.durationS === undefined ? `${r.options.count} calls` : `${r.options.durationS} s`;
  line(`under load: concurrency ${r.options.concurrency}, ${span}`);
  line();
  const loadRow = (name: string, l: LoadResult) => [
    name,
    String(l.completed),
    l.perS.toFixed(0),
    ms(l.latency.p50),
    ms(l.latency.p99),
    String(l.failed),
  ];
  table(
    ['calls', 'completed', 'per s', 'p50', 'p99', 'errors'],
    [loadRow('bare endorse() (baseline)', t.bareEndorse), loadRow('relayed views, verified', load)],
  );
  line("where a relayed view's time goes (each service's histograms, between scrapes around the phase)");
  line();
  table(
    ['hop', 'sequential p50', 'p99', 'under load p50', 'p99', 'views'],
    r.hops.map((h) => [
      h.hop,
      ms(h.sequential.p50),
      ms(h.sequential.p99),
      ms(h.load.p50),
      ms(h.load.p99),
      String(h.sequential.n),
    ]),
  );
  line(
    "quantiles are interpolated within the histograms' buckets (1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50 ms, ...)",
  );
  line(
    `for comparison, a bare endorse() from this process: p50 ${ms(latency.bareEndorse.p50)} sequential, ` +
      `${ms(t.bareEndorse.latency.p50)} at concurrency ${r.options.concurrency}`,
  );
  line();
  line(`verification of a real view (${v.endorsements} endorsements), single thread`);
  line();
  table(
    ['check', 'views/s', 'signature checks/s'],
    [
      [
        'raw crypto.verify of its signatures (baseline)',
        v.rawViewsPerS.toFixed(0),
        v.rawSignaturesPerS.toFixed(0),
      ],
      ['SDK verifier: Fabric view verifier', v.viewsPerS.toFixed(0), v.viewSignaturesPerS.toFixed(0)],
    ],
  );
  const b = r.batches;
  line(
    `b's driver under relayed load: ${b.calls} endorsements for ${b.queries} views ` +
      `(${b.meanSize.toFixed(1)} a call; p50 at most ${b.p50}, p99 at most ${b.p99}; ${b.batched} calls in the batch form)`,
  );
  line();
  line('resident memory (VmRSS, sampled every 200 ms) under relayed load');
  line();
  table(
    ['process', 'before', 'peak', 'end'],
    r.memory.underRelayLoad.map((m) => [m.name, mb(m.beforeMb), mb(m.peakMb), mb(m.endMb)]),
  );
  line('CPU (cores busy, 1.0 = one core) by process');
  line();
  const summary = (name: string) =>
    name === 'all of the above' || name.startsWith('other ') || name.startsWith('whole ');
  const cpuNames = [
    ...new Set([...r.cpu.underRelayLoad, ...r.cpu.underBareEndorseLoad].map((x) => x.name)),
  ].filter((name) => !summary(name));
  const cores = (list: CpuReport[], name: string) => list.find((x) => x.name === name)?.cores ?? 0;
  const cpuRow = (name: string) =>
    [name, cores(r.cpu.underRelayLoad, name), cores(r.cpu.underBareEndorseLoad, name)] as const;
  table(
    ['process', 'relayed load', 'bare endorse load'],
    [
      ...cpuNames.map(cpuRow).sort((x, y) => y[1] - x[1]),
      ...r.cpu.underRelayLoad.filter((x) => summary(x.name)).map((x) => cpuRow(x.name)),
    ].map(([name, x, y]) => [name, x.toFixed(2), y.toFixed(2)]),
  );
  // Both relays' CPU under relayed load, spread over the views they relayed in that time.
  const relayCpuMsPerView =
    ((cores(r.cpu.underRelayLoad, 'a/relay') + cores(r.cpu.underRelayLoad, 'b/relay')) / load.perS) * 1000;
  line('ratios and goals');
  line();
  table(
    ['measure', 'value', 'goal', ''],
    [
      [
        'relayed view p50 / bare endorse p50',
        `${latency.ratioP50.toFixed(2)}x`,
        `<= ${GOALS.ratioP50}x`,
        mark(latency.ratioP50 <= GOALS.ratioP50),
      ],
      [
        'relayed, verified views/s',
        load.perS.toFixed(0),
        `>= ${GOALS.viewsPerS}/s`,
        mark(load.perS >= GOALS.viewsPerS),
      ],
      ['relayed views/s / bare endorsements/s', `${t.ratio.toFixed(2)}x`, '', ''],
      ['relay CPU per relayed view (both relays)', ms(relayCpuMsPerView), '', ''],
      [
        'view verification / raw crypto.verify',
        `${v.ratio.toFixed(2)}x`,
        `>= ${GOALS.verifyRatio}x`,
        mark(v.ratio >= GOALS.verifyRatio),
      ],
      [
        'peak relay RSS under load',
        mb(peakRelay),
        `<= ${GOALS.relayMb} MB`,
        mark(peakRelay <= GOALS.relayMb),
      ],
      ['committed view p50 / bare commit p50', `${c.ratioP50.toFixed(2)}x`, '', ''],
    ],
  );
  const failed = Object.values(r.errors).filter((e) => e.count > 0);
  if (failed.length === 0) line('errors: none');
  else {
    line('errors');
    line();
    table(
      ['phase', 'count', 'first'],
      failed.map((e) => [
        e.phase,
        String(e.count),
        (e.first ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' '),
      ]),
    );
  }
  line();
  line('relay and driver log events');
  line();
  table(
    ['log', 'events'],
    Object.entries(r.serviceLogEvents).map(([log, counts]) => [
      log,
      Object.entries(counts)
        .sort((x, y) => y[1] - x[1])
        .map(([event, n]) => `${event} ${n}`)
        .join(', '),
    ]),
  );
  console.log(out.join('\n'));
}
