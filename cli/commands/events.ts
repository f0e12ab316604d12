import { WeftError } from '../../common/errors.js';
import { readState } from '../../topology/state.js';
import { parseCommand } from '../args.js';
import { relayEventSubscriptions } from '../events.js';
import { table } from '../format.js';
import { STATE_DIR_OPTION, stateDirFrom } from './common.js';

/** Lists the event subscriptions of every relay of the running topology (or of --network's relay). */
export async function eventsCommand(args: readonly string[]): Promise<void> {
  const { values } = parseCommand('events', args, {
    json: { type: 'boolean' },
    network: { type: 'string' },
    ...STATE_DIR_OPTION,
  });
  const stateDir = stateDirFrom(values);
  const state = await readState(stateDir);
  if (state?.status !== 'running') {
    throw new WeftError('USAGE', `no topology is running from ${stateDir}; start one with \`weft up\``);
  }
  const rows = await relayEventSubscriptions(state, values.network);
  if (values.json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  if (rows.length === 0) {
    console.log('no event subscriptions at the relays');
    return;
  }
  console.log(
    table(
      [
        'network',
        'role',
        'id',
        'stream',
        'other',
        'status',
        'from',
        'cursor',
        'lag',
        'held',
        'webhook',
        'dead',
      ],
      rows.map((r) => [
        r.network,
        r.role,
        r.id,
        r.stream,
        r.otherNetwork,
        r.errorCode ? `${r.status} ${r.errorCode}` : r.status,
        r.from,
        r.cursor,
        r.lag ?? '-',
        String(r.held),
        r.webhook ?? '-',
        r.webhook ? String(r.deadLetters) : '-',
      ]),
    ),
  );
}
