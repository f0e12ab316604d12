import { WeftError } from '../../common/errors.js';
import { readState, type TopologyState } from '../../topology/state.js';
import { parseCommand } from '../args.js';
import { table } from '../format.js';
import { openWebhookAdmin } from '../webhooks.js';
import { STATE_DIR_OPTION, stateDirFrom } from './common.js';

async function runningState(values: { 'state-dir'?: string | undefined }): Promise<TopologyState> {
  const stateDir = stateDirFrom(values);
  const state = await readState(stateDir);
  if (state?.status !== 'running') {
    throw new WeftError('USAGE', `no topology is running from ${stateDir}; start one with \`weft up\``);
  }
  return state;
}

/** `weft deadletters list|retry KEY|drop KEY --network ID`: a relay's webhook deliveries that failed for good. */
export async function deadlettersCommand(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseCommand(
    'deadletters',
    args,
    {
      network: { type: 'string' },
      subscription: { type: 'string' },
      json: { type: 'boolean' },
      ...STATE_DIR_OPTION,
    },
    2,
  );
  const [action, key] = positionals;
  if (action !== 'list' && action !== 'retry' && action !== 'drop') {
    throw new WeftError('USAGE', 'weft deadletters: list, retry KEY or drop KEY');
  }
  if (action !== 'list' && !key) throw new WeftError('USAGE', `weft deadletters ${action}: KEY is required`);
  if (!values.network)
    throw new WeftError('USAGE', 'weft deadletters: --network ID (whose relay) is required');
  const admin = await openWebhookAdmin(await runningState(values), values.network);
  try {
    if (action === 'retry') {
      await admin.retry(key!);
      console.log(`retrying ${key}: back at the head of its subscription's queue`);
      return;
    }
    if (action === 'drop') {
      await admin.drop(key!);
      console.log(`dropped ${key}`);
      return;
    }
    const rows = await admin.deadLetters(values.subscription);
    if (values.json) {
      console.log(JSON.stringify(rows, null, 2));
      return;
    }
    if (rows.length === 0) {
      console.log(`no dead letters at ${values.network}'s relay`);
      return;
    }
    console.log(
      table(
        ['key', 'sequence', 'attempts', 'queued', 'last error', 'url'],
        rows.map((r) => [r.key, r.sequence, String(r.attempts), r.queuedAt, r.lastError, r.url]),
      ),
    );
  } finally {
    admin.close();
  }
}

/** `weft webhook-secret SUBSCRIPTION --network ID`: a new secret, shown once; the old one signs for a while. */
export async function webhookSecretCommand(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseCommand(
    'webhook-secret',
    args,
    { network: { type: 'string' }, json: { type: 'boolean' }, ...STATE_DIR_OPTION },
    1,
  );
  const [subscription] = positionals;
  if (!subscription) throw new WeftError('USAGE', 'weft webhook-secret: SUBSCRIPTION is required');
  if (!values.network)
    throw new WeftError('USAGE', 'weft webhook-secret: --network ID (whose relay) is required');
  const admin = await openWebhookAdmin(await runningState(values), values.network);
  try {
    const { secret, previousUntil } = await admin.rotate(subscription);
    if (values.json) console.log(JSON.stringify({ subscription, secret, previousUntil }));
    else {
      console.log(`new secret     ${secret}  (shown once: keep it)`);
      console.log(`the old secret signs deliveries too until ${previousUntil.toISOString()}`);
    }
  } finally {
    admin.close();
  }
}
