import { WeftError } from '../../common/errors.js';
import { readState } from '../../topology/state.js';
import { parseCommand } from '../args.js';
import { table } from '../format.js';
import { openOperatorApi, type RequestRow } from '../requests.js';
import { STATE_DIR_OPTION, stateDirFrom } from './common.js';

const describeRow = (r: RequestRow) =>
  [
    `${r.id}  ${r.role}  ${r.status}${r.error ? ` ${r.error.code}: ${r.error.message}` : ''}`,
    `  address   ${r.address}${r.origin ? ` (asked by ${r.origin})` : ''}`,
    `  created   ${r.createdAt}, deadline ${r.deadline}, attempts ${r.attempts}, retried ${r.retried}`,
    ...r.history.map((h) => `  ${h.at}  ${h.status}`),
  ].join('\n');

/** `weft requests list|show ID|retry ID|cancel ID --network ID`: a relay's requests, for its operator. */
export async function requestsCommand(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseCommand(
    'requests',
    args,
    {
      network: { type: 'string' },
      status: { type: 'string' },
      role: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      ...STATE_DIR_OPTION,
    },
    2,
  );
  const [action, id] = positionals;
  if (!['list', 'show', 'retry', 'cancel'].includes(action ?? '')) {
    throw new WeftError('USAGE', 'weft requests: list, show ID, retry ID or cancel ID');
  }
  if (action !== 'list' && !id) throw new WeftError('USAGE', `weft requests ${action}: ID is required`);
  if (!values.network) throw new WeftError('USAGE', 'weft requests: --network ID (whose relay) is required');
  const stateDir = stateDirFrom(values);
  const state = await readState(stateDir);
  if (state?.status !== 'running') {
    throw new WeftError('USAGE', `no topology is running from ${stateDir}; start one with \`weft up\``);
  }
  const api = await openOperatorApi(state, values.network);
  const print = (rows: RequestRow[]) => {
    if (values.json) console.log(JSON.stringify(rows, null, 2));
    else console.log(rows.map(describeRow).join('\n\n'));
  };
  if (action === 'show') return print(await api.show(id!));
  if (action === 'retry') return print([await api.retry(id!)]);
  if (action === 'cancel') return print([await api.cancel(id!)]);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  const rows = await api.list({
    ...(values.status ? { status: values.status } : {}),
    ...(values.role ? { role: values.role } : {}),
    ...(limit === undefined ? {} : { limit }),
  });
  if (values.json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  if (rows.length === 0) {
    console.log(`no requests at ${values.network}'s relay`);
    return;
  }
  console.log(
    table(
      ['id', 'role', 'status', 'error', 'address', 'created', 'retried'],
      rows.map((r) => [
        r.id,
        r.role,
        r.status,
        r.error?.code ?? '-',
        r.address,
        r.createdAt,
        String(r.retried),
      ]),
    ),
  );
}
