/**
 * Brings a topology up, reports its status, and brings it down. `up` either finishes with every network
 * usable or stops everything it started and removes its state: nothing is left half-started.
 */

import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError, WeftError } from '../common/errors.js';
import { LEDGERS } from '../ledgers/registry.js';
import { topologyOf } from './facets.js';
import { probeHealth, readiness, type ServiceReadiness } from './health.js';
import { createInfrastructures, placementOf, removeInfrastructures } from './infrastructures.js';
import { membershipRecords, registerTrust, startInterop } from './interop.js';
import {
  awaitHealthy,
  createLaunchContext,
  type LaunchContext,
  type ProgressEvent,
} from './launch-context.js';
import type { PreparedKind, TopologyFacet } from './ledger-facet.js';
import { allocatePorts, assertPortsFree, LOOPBACK } from './ports.js';
import {
  awaitPostgres,
  createDatabases,
  initPostgres,
  postgresProcess,
  postgresUrl,
  relayDatabase,
} from './postgres.js';
import { isRunning, restartProcess, type StartedProcess, stopProcess } from './process.js';
import {
  type ManagedProcess,
  type NetworkState,
  readState,
  stateFile,
  type TopologyState,
  writeState,
} from './state.js';
import { explicitPorts, type NetworkSpec, type Topology } from './topology.js';

export interface UpOptions {
  readonly stateDir: string;
  /** weft's cache of built artefacts (Fabric binaries, compiled contracts), shared between topologies. */
  readonly cacheDir: string;
  /** Where the topology came from, recorded in the state (a file path, or "default"). */
  readonly topologySource: string;
  readonly onProgress?: (event: ProgressEvent) => void;
  readonly signal?: AbortSignal;
  /** Node options for weft's own services (relays, drivers, attestors): a benchmark's `--cpu-prof`. */
  readonly serviceNodeArgs?: readonly string[];
}

/** The topology facet of each kind the topology's networks are of. */
type Facets = ReadonlyMap<string, TopologyFacet>;

async function facetsOf(networks: readonly { readonly type: string }[]): Promise<Facets> {
  const kinds = [...new Set(networks.map((n) => n.type))];
  return new Map(
    await Promise.all(kinds.map(async (kind) => [kind, await topologyOf({ type: kind })] as const)),
  );
}

function facetOf(facets: Facets, network: { readonly type: string; readonly id: string }): TopologyFacet {
  const facet = facets.get(network.type);
  if (!facet)
    throw new WeftError('TOPOLOGY_INVALID', `no topology facet for ${network.id} (${network.type})`);
  return facet;
}

/** Explicit ports are checked; the rest are picked free, all before any process starts. */
async function planPorts(topology: Topology, facets: Facets): Promise<Map<string, number[]>> {
  const portCount = (network: NetworkSpec) => facetOf(facets, network).portCount(network);
  const explicit = topology.networks.flatMap(explicitPorts);
  await assertPortsFree(explicit);
  const auto = topology.networks.filter((n) => explicitPorts(n).length === 0);
  const free = await allocatePorts(
    auto.reduce((sum, n) => sum + portCount(n), 0),
    new Set(explicit.map((c) => c.port)),
  );
  const plan = new Map<string, number[]>();
  for (const network of topology.networks) {
    const own = explicitPorts(network);
    plan.set(network.id, own.length > 0 ? own.map((c) => c.port) : free.splice(0, portCount(network)));
  }
  return plan;
}

/** Each kind's toolchain (Fabric's binaries, the compiled contracts), prepared in the registry's order. */
async function prepareToolchains(
  facets: Facets,
  cacheDir: string,
  progress: (e: ProgressEvent) => void,
): Promise<Map<string, PreparedKind>> {
  const prepared = new Map<string, PreparedKind>();
  for (const { kind } of LEDGERS) {
    const facet = facets.get(kind);
    if (facet) prepared.set(kind, await facet.prepare(cacheDir, progress));
  }
  return prepared;
}

/** Refuses to run over a live topology; clears the remains of one whose processes have all gone. */
async function claimStateDir(stateDir: string, progress: (e: ProgressEvent) => void): Promise<void> {
  const previous = await readState(stateDir).catch(() => undefined);
  if (previous) {
    const alive = previous.processes.filter(isRunning);
    if (alive.length > 0) {
      throw new WeftError(
        'ALREADY_UP',
        `a topology is already running from ${stateDir} (${alive.length} processes); run \`weft down\` first`,
        { stateDir, pids: alive.map((p) => p.pid) },
      );
    }
    progress({ message: `removing the state of a topology that is no longer running (${stateDir})` });
    await rm(stateDir, { recursive: true, force: true });
  } else if (existsSync(stateDir) && (await readdir(stateDir)).length > 0) {
    if (!existsSync(stateFile(stateDir))) {
      throw new WeftError(
        'USAGE',
        `state folder ${stateDir} is not empty and holds no weft state: choose an empty or new folder`,
        { stateDir },
      );
    }
    throw new WeftError('STATE_CORRUPT', `${stateFile(stateDir)} is unreadable; remove ${stateDir} by hand`, {
      stateDir,
    });
  }
  await mkdir(stateDir, { recursive: true });
}

/**
 * Starts every network of the topology. Networks start side by side; within one, steps run in order.
 *
 * @throws {WeftError} ALREADY_UP, PORT_IN_USE, GO_MISSING, FABRIC_BUILD_FAILED, PROCESS_EXITED, TIMEOUT...
 *   after stopping whatever had started.
 */
export async function up(topology: Topology, options: UpOptions): Promise<TopologyState> {
  const progress = options.onProgress ?? (() => {});
  const { stateDir } = options;
  await claimStateDir(stateDir, progress);
  let state: TopologyState = {
    version: 1,
    status: 'starting',
    topologySource: options.topologySource,
    startedAt: new Date().toISOString(),
    networks: [],
    processes: [],
  };
  // Parallel launchers record processes one at a time, each write complete before the next.
  let writes = writeState(stateDir, state);
  const save = (next: TopologyState) => {
    state = next;
    writes = writes.then(() => writeState(stateDir, state));
    return writes;
  };
  const abort = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, abort.signal]) : abort.signal;
  try {
    const facets = await facetsOf(topology.networks);
    const ports = await planPorts(topology, facets);
    const tools = await prepareToolchains(facets, options.cacheDir, progress);
    const infrastructures = topology.infrastructures
      ? await createInfrastructures(topology.infrastructures, (plan) =>
          save({ ...state, infrastructures: plan }),
        )
      : undefined;
    if (infrastructures) {
      progress({
        message: `infrastructures ${infrastructures.members.map((m) => `${m.name} (${m.ip})`).join(', ')}`,
      });
    }
    const ctx = createLaunchContext({
      signal,
      placement: placementOf(infrastructures),
      ...(options.serviceNodeArgs ? { serviceNodeArgs: options.serviceNodeArgs } : {}),
      onProgress: progress,
      record: (p) => save({ ...state, processes: [...state.processes, p] }),
    });
    let rootCause: unknown;
    const results = await Promise.allSettled(
      topology.networks.map(async (network) => {
        try {
          const kind = tools.get(network.type);
          if (!kind) throw new WeftError('TOPOLOGY_INVALID', `the ${network.type} toolchain is not prepared`);
          return await kind.startNetwork(network, ports.get(network.id)!, join(stateDir, network.id), ctx);
        } catch (error) {
          // The first failure is the cause; the others stop at their next step, cancelled by it.
          rootCause ??= error;
          abort.abort();
          throw error;
        }
      }),
    );
    if (results.some((r) => r.status === 'rejected')) throw rootCause;
    let networks = results.map((r) => (r as PromiseFulfilledResult<NetworkState>).value);
    await save({ ...state, networks });
    // Views travel between any two networks: every network gets a relay and a driver (and what else its
    // kind needs: an EVM network's attestor and funded client account per org) as soon as there are two.
    if (networks.length > 1) {
      networks = await Promise.all(
        networks.map((network) =>
          facetOf(facets, network).prepareInterop(
            network,
            topology.networks.find((n) => n.id === network.id)!,
            join(stateDir, network.id, 'interop'),
            ctx,
          ),
        ),
      );
      await save({ ...state, networks });
      const servicePorts = await allocatePorts(
        networks.reduce((sum, n) => sum + facetOf(facets, n).servicePortCount(n), 0),
        new Set([...ports.values()].flat()),
      );
      const servicePortsTaken = [...servicePorts];
      const plans = networks.map((network) => ({
        network,
        ports: servicePorts.splice(0, facetOf(facets, network).servicePortCount(network)),
        dir: join(stateDir, network.id, 'interop'),
      }));
      await Promise.all(plans.map((p) => mkdir(p.dir, { recursive: true })));
      const records = await membershipRecords(networks);
      const databaseOf =
        topology.relays?.store === 'postgres'
          ? await startRelayDatabase(
              stateDir,
              networks.map((n) => n.id),
              new Set([...ports.values(), servicePortsTaken].flat()),
              ctx,
            )
          : undefined;
      const [relays] = await Promise.all([
        startInterop(plans, records, ctx, topology.relays, databaseOf),
        registerTrust(networks, records, tools, ctx),
      ]);
      await save({ ...state, relays });
    }
    await save({ ...state, status: 'running' });
    return state;
  } catch (error) {
    await writes.catch(() => {});
    progress({ message: `start-up failed: ${describeError(error)}; stopping what had started` });
    await stopAll(state.processes);
    if (state.infrastructures) await removeInfrastructures(state.infrastructures);
    await rm(stateDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The relays' PostgreSQL server, in the state folder on a free port, and a database per relay; returns
 * each relay's database URL by its network.
 */
async function startRelayDatabase(
  stateDir: string,
  networkIds: readonly string[],
  taken: ReadonlySet<number>,
  ctx: LaunchContext,
): Promise<(networkId: string) => string> {
  const [port] = await allocatePorts(1, taken);
  const dir = join(stateDir, 'postgres');
  await ctx.step('topology', `PostgreSQL for the relays on ${port}`, async () => {
    await initPostgres(dir);
    const spec = await postgresProcess('topology/postgres', dir, port!);
    await ctx.spawn(spec, {
      network: 'topology',
      role: 'database',
      port: port!,
      health: { kind: 'tcp', port: port! },
      readyWithinMs: 30_000,
    });
    await awaitPostgres(port!, spec.logFile);
    await createDatabases(port!, networkIds.map(relayDatabase));
  });
  return (networkId) => postgresUrl(port!, relayDatabase(networkId));
}

async function stopAll(processes: readonly ManagedProcess[]) {
  // Clients first (chaincode servers, peers, relays), then the orderers and the database they talk to.
  const order = (p: ManagedProcess) => (p.role === 'orderer' || p.role === 'database' ? 1 : 0);
  const outcomes = new Map<ManagedProcess, Awaited<ReturnType<typeof stopProcess>>>();
  for (const stage of [0, 1]) {
    const batch = processes.filter((p) => order(p) === stage);
    const results = await Promise.all(batch.map((p) => stopProcess(p)));
    for (const [i, p] of batch.entries()) outcomes.set(p, results[i]!);
  }
  return outcomes;
}

export interface DownReport {
  readonly stateDir: string;
  /** False when no topology state was there: nothing to stop. */
  readonly wasUp: boolean;
  readonly stopped: ReadonlyArray<{ name: string; pid: number; outcome: string }>;
}

/** Stops exactly the processes recorded by `up` (by PID and start time), then removes the state folder. */
export async function down(options: { stateDir: string }): Promise<DownReport> {
  const { stateDir } = options;
  const state = await readState(stateDir);
  if (!state) return { stateDir, wasUp: false, stopped: [] };
  const outcomes = await stopAll(state.processes);
  if (state.infrastructures) await removeInfrastructures(state.infrastructures);
  await rm(stateDir, { recursive: true, force: true });
  return {
    stateDir,
    wasUp: true,
    stopped: state.processes.map((p) => ({
      name: p.name,
      pid: p.pid,
      outcome: outcomes.get(p) ?? 'unknown',
    })),
  };
}

/** A Fabric peer reopens its ledger and catches up in seconds; 2 cores shared by several networks. */
const RESTART_READY_MS = 60_000;

/**
 * Starts processes of a running topology that died (or were killed) again, each exactly as `up` started
 * it, and records their new PIDs in the state before waiting for them, so that `down` stops them whatever
 * happens next. Resolves with the new records once every one is healthy.
 *
 * @throws {WeftError} NOT_FOUND (no such topology or process), ALREADY_UP (one still runs; none is
 *   started), PROCESS_EXITED, TIMEOUT.
 */
export async function restartProcesses(options: {
  readonly stateDir: string;
  readonly names: readonly string[];
  readonly readyWithinMs?: number;
}): Promise<ManagedProcess[]> {
  const { stateDir, names } = options;
  const state = await readState(stateDir);
  if (!state) throw new WeftError('NOT_FOUND', `no topology runs from ${stateDir}`, { stateDir });
  const targets = names.map((name) => {
    const record = state.processes.find((p) => p.name === name);
    if (!record) throw new WeftError('NOT_FOUND', `the topology has no process ${name}`, { stateDir, name });
    if (isRunning(record)) {
      throw new WeftError('ALREADY_UP', `${name} is still running (PID ${record.pid})`, { pid: record.pid });
    }
    return record;
  });
  const results = await Promise.allSettled(targets.map((record) => restartProcess(record)));
  const restarted = new Map<string, { started: StartedProcess; managed: ManagedProcess }>();
  for (const [i, result] of results.entries()) {
    if (result.status !== 'fulfilled') continue;
    const old = targets[i]!;
    restarted.set(old.name, { started: result.value, managed: { ...old, ...result.value.record } });
  }
  if (restarted.size > 0) {
    // Nothing else writes a running topology's state: this read, change and write loses nothing.
    await writeState(stateDir, {
      ...state,
      processes: state.processes.map((p) => restarted.get(p.name)?.managed ?? p),
    });
  }
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const readyWithinMs = options.readyWithinMs ?? RESTART_READY_MS;
  await Promise.all(
    [...restarted.values()].map(({ started, managed }) =>
      awaitHealthy(started, { health: managed.health, readyWithinMs }),
    ),
  );
  return targets.map((t) => restarted.get(t.name)!.managed);
}

export interface NodeStatus {
  readonly network: string;
  readonly name: string;
  readonly role: string;
  readonly pid: number;
  readonly port: number;
  /** Where it listens: 127.0.0.1, or its infrastructure's address. */
  readonly host: string;
  readonly running: boolean;
  readonly healthy: boolean;
  /** Whether it serves an operations endpoint. */
  readonly operations: boolean;
  /** Its /readyz (undefined when it did not answer). */
  readonly readiness?: ServiceReadiness | undefined;
}

export interface StatusReport {
  readonly stateDir: string;
  readonly state: TopologyState;
  readonly nodes: readonly NodeStatus[];
}

export async function status(options: { stateDir: string }): Promise<StatusReport | undefined> {
  const state = await readState(options.stateDir);
  if (!state) return undefined;
  const nodes = await Promise.all(
    state.processes.map(async (p): Promise<NodeStatus> => {
      const running = isRunning(p);
      return {
        network: p.network,
        name: p.name,
        role: p.role,
        pid: p.pid,
        port: p.port,
        host: ('host' in p.health ? p.health.host : undefined) ?? LOOPBACK,
        running,
        healthy: running && (await probeHealth(p.health)),
        operations: p.operationsPortFile !== undefined,
        ...(p.operationsPortFile && running ? { readiness: await readiness(p.operationsPortFile) } : {}),
      };
    }),
  );
  return { stateDir: options.stateDir, state, nodes };
}
