import { WeftError } from '../../common/errors.js';
import { topologyOf } from '../../topology/facets.js';
import { readState, type TopologyState } from '../../topology/state.js';
import { parseCommand } from '../args.js';
import { runCommandFlow } from '../command-flow.js';
import { millis } from '../format.js';
import { STATE_DIR_OPTION, stateDirFrom } from './common.js';

const ACTIONS: Readonly<Record<string, number>> = { put: 2, transfer: 3 };

function networkOf(state: TopologyState, id: string | undefined, option: string) {
  if (!id) throw new WeftError('USAGE', `weft command: --${option} NETWORK is required`);
  const network = state.networks.find((n) => n.id === id);
  if (!network) throw new WeftError('USAGE', `weft command: no network ${id} in the running topology`);
  return network;
}

/**
 * `weft command put KEY VALUE --from A --to B` (or `transfer FROM TO AMOUNT`): issues a command on A's sample
 * application for B's, has a client of B run it and a client of A record its confirmation, and prints the
 * round trip. `weft command show ID --from A` and `weft command compensate ID --from A` act on A's record.
 */
export async function commandCommand(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseCommand(
    'command',
    args,
    {
      from: { type: 'string' },
      to: { type: 'string' },
      'deadline-ms': { type: 'string' },
      json: { type: 'boolean' },
      ...STATE_DIR_OPTION,
    },
    4,
  );
  const [action, ...rest] = positionals;
  const stateDir = stateDirFrom(values);
  const state = await readState(stateDir);
  if (state?.status !== 'running') {
    throw new WeftError('USAGE', `no topology is running from ${stateDir}; start one with \`weft up\``);
  }
  const source = networkOf(state, values.from, 'from');
  if (action === 'show' || action === 'compensate') {
    const [id] = rest;
    if (!id || rest.length !== 1) throw new WeftError('USAGE', `weft command ${action} ID --from NETWORK`);
    const client = await (await topologyOf(source)).openClient(state, source);
    try {
      if (action === 'compensate') await client.compensate(id);
      const record = await client.commandState(id);
      console.log(
        values.json
          ? JSON.stringify({ id, ...record })
          : `${id}: ${record.status}${record.late ? ' (a confirmation came late: recorded, not applied)' : ''}${record.result === undefined ? '' : `, ${record.result}`}`,
      );
    } finally {
      client.close();
    }
    return;
  }
  const arity = action === undefined ? undefined : ACTIONS[action];
  if (arity === undefined || rest.length !== arity) {
    throw new WeftError(
      'USAGE',
      'weft command: put KEY VALUE, transfer FROM TO AMOUNT, show ID or compensate ID',
    );
  }
  const destination = networkOf(state, values.to, 'to');
  const deadline = values['deadline-ms'];
  if (deadline !== undefined && !/^[1-9][0-9]{0,9}$/.test(deadline)) {
    throw new WeftError('USAGE', 'weft command: --deadline-ms takes a positive integer');
  }
  const result = await runCommandFlow(
    state,
    { source, destination },
    { action: action!, args: rest, ...(deadline === undefined ? {} : { deadlineInMs: Number(deadline) }) },
  );
  if (values.json) {
    console.log(
      JSON.stringify({
        ...result,
        gas: Object.fromEntries(Object.entries(result.gas).map(([k, v]) => [k, v?.toString()])),
      }),
    );
    return;
  }
  const gas = (g: bigint | undefined) => (g === undefined ? '' : `, ${g} gas`);
  console.log(`command        ${result.command.id}: ${action} ${rest.join(' ')} on ${destination.id}`);
  console.log(`issued         on ${source.id} in ${millis(result.issueMs)}${gas(result.gas.issue)}`);
  console.log(
    `run            on ${destination.id} at ${millis(result.executedMs)} (vouched for by ${[...result.commandOrgs].sort().join('+')}; its transaction ${millis(result.executeCommitMs)}${gas(result.gas.execute)})`,
  );
  console.log(
    `confirmed      on ${source.id} at ${millis(result.confirmedMs)} (vouched for by ${[...result.confirmationOrgs].sort().join('+')}; its transaction ${millis(result.confirmCommitMs)}${gas(result.gas.confirm)})`,
  );
  console.log(
    `outcome        ${result.outcome.status}${result.outcome.result === undefined ? '' : `: ${result.outcome.result}`}`,
  );
}
