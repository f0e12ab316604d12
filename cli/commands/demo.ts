import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { cacheDir } from '../../common/paths.js';
import { ledgerOf } from '../../ledgers/registry.js';
import { down, up } from '../../topology/launcher.js';
import { type NetworkState, readState, type TopologyState } from '../../topology/state.js';
import { DEFAULT_TOPOLOGY_FILE, loadTopology } from '../../topology/topology.js';
import { parseCommand } from '../args.js';
import { runCommandFlow } from '../command-flow.js';
import { planEventFlows, runEventFlow } from '../event-flow.js';
import { millis, seconds, table } from '../format.js';
import { displayValue, queryView } from '../query.js';
import { openWriter, sampleAddress, smokeTopology, writeSample } from '../smoke.js';
import { cancelOnInterrupt, printProgress, STATE_DIR_OPTION, stateDirFrom } from './common.js';

/**
 * The README's main command: brings the topology up (or uses the one running), commits and reads back a
 * value on every network, runs a verified query per direction and an event flow per direction kind, prints
 * what happened, and brings down what it started unless --keep.
 */
export async function demoCommand(args: readonly string[]): Promise<void> {
  const { values } = parseCommand('demo', args, {
    topology: { type: 'string' },
    keep: { type: 'boolean' },
    ...STATE_DIR_OPTION,
  });
  const stateDir = stateDirFrom(values);
  let state: TopologyState | undefined = await readState(stateDir);
  const startedHere = state?.status !== 'running';
  if (state?.status === 'running') {
    process.stderr.write(`using the topology running from ${stateDir}\n`);
  } else {
    const file = values.topology ? resolve(values.topology) : DEFAULT_TOPOLOGY_FILE;
    const topology = await loadTopology(file);
    const started = Date.now();
    state = await up(topology, {
      stateDir,
      cacheDir: cacheDir(),
      topologySource: values.topology ? file : 'default',
      onProgress: printProgress,
      signal: cancelOnInterrupt(),
    });
    process.stderr.write(`topology up in ${seconds(Date.now() - started)}\n\n`);
  }
  try {
    const results = await smokeTopology(state);
    console.log('a value written and read back on every network:\n');
    console.log(
      table(
        ['network', 'type', 'commit', 'read', 'evidence'],
        results.map((r) => [r.network, r.type, millis(r.commitMs), millis(r.readMs), r.evidence]),
      ),
    );
    await crossNetworkQueries(state);
    await eventFlows(state);
    await commandRoundTrip(state);
  } finally {
    if (startedHere && !values.keep) {
      const report = await down({ stateDir });
      process.stderr.write(`\ntopology down (${report.stopped.length} processes stopped)\n`);
    } else if (startedHere) {
      process.stderr.write(`\ntopology kept running from ${stateDir}; stop it with \`weft down\`\n`);
    }
  }
}

/**
 * One ordered pair of networks per direction the topology has (Fabric -> Fabric, Fabric -> EVM, EVM ->
 * Fabric, EVM -> EVM): an asset written on the source, requested by a client of the destination through both
 * relays, verified against the destination's recorded trust, committed there and read back by the
 * destination's application.
 */
async function crossNetworkQueries(state: TopologyState): Promise<void> {
  const pairs = new Map<string, [NetworkState, NetworkState]>();
  for (const source of state.networks) {
    for (const destination of state.networks) {
      const direction = `${source.type} -> ${destination.type}`;
      if (source.id !== destination.id && !pairs.has(direction)) pairs.set(direction, [source, destination]);
    }
  }
  const rows: string[][] = [];
  for (const [source, destination] of pairs.values()) {
    const key = `demo-${randomUUID().slice(0, 8)}`;
    const value = `${source.id} says hello to ${destination.id}`;
    await writeSample(source, key, value);
    const outcome = await queryView(state, {
      address: sampleAddress(source, key),
      from: destination.id,
      commit: true,
    });
    const { view, committed } = outcome;
    rows.push([
      `${source.id} -> ${destination.id}`,
      JSON.stringify(displayValue(view.address, view.value)),
      `${[...view.orgs].sort().join('+')} (${ledgerOf(view.ledger).presentation.vouched})`,
      millis(view.timings.verifiedMs),
      `${millis(committed?.commitMs ?? 0)}${committed?.gasUsed === undefined ? '' : `, ${committed.gasUsed} gas`}`,
      committed?.readBack === value ? 'read back by the app' : 'MISMATCH',
    ]);
  }
  if (rows.length === 0) return;
  console.log('\nverified cross-network queries (relay -> relay -> driver -> proof -> verify -> commit):\n');
  console.log(
    table(['direction', 'value', 'vouched for by', 'verified view', 'commit', 'on destination'], rows),
  );
}

/**
 * One event flow per direction kind (Fabric -> EVM, EVM -> Fabric; cli/event-flow.ts): a write on the
 * source, its event verified by a client of the destination and recorded on the destination's ledger, the
 * copy read back. A direction kind the topology has no networks for is skipped, in one line.
 */
async function eventFlows(state: TopologyState): Promise<void> {
  const { flows, skipped } = planEventFlows(state.networks);
  const name = (kind: string) => ledgerOf(kind).presentation.name;
  const rows: string[][] = [];
  for (const plan of flows) {
    const flow = await runEventFlow(state, plan, {
      key: `demo-event-${randomUUID().slice(0, 8)}`,
      value: `event from ${plan.source.id} to ${plan.destination.id}`,
    });
    const { event } = flow;
    rows.push([
      `${flow.source} -> ${flow.destination}`,
      String(event.sequence),
      `${[...event.orgs].sort().join('+')} (${ledgerOf(event.ledger).presentation.vouched})`,
      millis(flow.verifiedMs),
      `${millis(flow.recordedMs)}${flow.gasUsed === undefined ? '' : `, ${flow.gasUsed} gas`}`,
      JSON.stringify(flow.readBack.value),
      flow.stream,
    ]);
  }
  if (rows.length > 0) {
    console.log(
      '\nevents between networks, one flow per direction kind (source write -> proof -> relay -> relay -> verify -> record):\n',
    );
    console.log(
      table(
        ['flow', 'sequence', 'vouched for by', 'verified', 'recorded', 'read back from the copy', 'stream'],
        rows,
      ),
    );
    console.log(
      "(verified: by a client of the destination; recorded: on its ledger; both from the write's start)",
    );
  }
  if (skipped.length > 0) console.log('');
  for (const s of skipped) {
    console.log(
      `no ${name(s.sourceKind)} -> ${name(s.destinationKind)} event flow: the topology has no ${s.missing.map(name).join(' or ')} network`,
    );
  }
}

/**
 * One command round trip (cli/command-flow.ts) from the first Fabric network to the first EVM network: a
 * `put` issued on the source, run once on the destination, its confirmation proven back and recorded on
 * the source; the value read back on the destination.
 */
async function commandRoundTrip(state: TopologyState): Promise<void> {
  const source = state.networks.find((n) => n.type === 'fabric');
  const destination = state.networks.find((n) => n.type === 'evm');
  if (!source || !destination) {
    console.log('\nno command round trip: it runs from a Fabric network to an EVM network');
    return;
  }
  const key = `demo-command-${randomUUID().slice(0, 8)}`;
  const value = `${source.id} commands ${destination.id}`;
  const flow = await runCommandFlow(state, { source, destination }, { action: 'put', args: [key, value] });
  const writer = await openWriter(destination);
  let readBack: string;
  try {
    readBack = await writer.read(key);
  } finally {
    writer.close();
  }
  const gas = (g: bigint | undefined) => (g === undefined ? '' : `, ${g} gas`);
  console.log(
    '\na command round trip (issue -> proof -> relays -> verify, run once -> confirmation -> proof -> relays -> verify, record):\n',
  );
  console.log(
    table(
      ['command', 'issued', 'run', 'confirmed', 'outcome', 'read back on the destination'],
      [
        [
          `put on ${flow.destination}, from ${flow.source}`,
          `${millis(flow.issueMs)}${gas(flow.gas.issue)}`,
          `${millis(flow.executedMs)}${gas(flow.gas.execute)}`,
          `${millis(flow.confirmedMs)}${gas(flow.gas.confirm)}`,
          flow.outcome.status,
          JSON.stringify(readBack),
        ],
      ],
    ),
  );
  console.log(
    `(run: on ${flow.destination}'s ledger, vouched for by ${[...flow.commandOrgs].sort().join('+')}; confirmed: recorded on ${flow.source}'s, vouched for by ${[...flow.confirmationOrgs].sort().join('+')}; both from the issue's start)`,
  );
}
