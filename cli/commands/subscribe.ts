import { WeftError } from '../../common/errors.js';
import { readState } from '../../topology/state.js';
import { parseCommand } from '../args.js';
import { millis } from '../format.js';
import { subscribeStream, subscribeWithWebhook } from '../subscribe.js';
import { STATE_DIR_OPTION, stateDirFrom } from './common.js';

/**
 * Subscribes, as a client of NETWORK, to another network's stream and prints each event verified as it
 * comes (with --commit, applied on NETWORK too), until --count events or Ctrl-C. STREAM may be short:
 * `fabric-b/weft:assets:EventAt:AssetPut`.
 */
export async function subscribeCommand(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseCommand(
    'subscribe',
    args,
    {
      from: { type: 'string' },
      commit: { type: 'boolean' },
      webhook: { type: 'string' },
      'check-webhook': { type: 'boolean' },
      'from-sequence': { type: 'string' },
      count: { type: 'string' },
      json: { type: 'boolean' },
      ...STATE_DIR_OPTION,
    },
    1,
  );
  const [address] = positionals;
  if (!address) throw new WeftError('USAGE', 'weft subscribe: STREAM is required');
  if (!values.from) throw new WeftError('USAGE', 'weft subscribe: --from NETWORK is required');
  const number = (text: string | undefined, option: string) => {
    if (text === undefined) return undefined;
    if (!/^[1-9][0-9]{0,18}$/.test(text))
      throw new WeftError('USAGE', `weft subscribe: --${option} takes a positive integer`);
    return BigInt(text);
  };
  const fromSequence = number(values['from-sequence'], 'from-sequence');
  const count = number(values.count, 'count');
  const stateDir = stateDirFrom(values);
  const state = await readState(stateDir);
  if (state?.status !== 'running') {
    throw new WeftError('USAGE', `no topology is running from ${stateDir}; start one with \`weft up\``);
  }
  if (values.webhook !== undefined) {
    if (values.commit || count !== undefined) {
      throw new WeftError('USAGE', 'weft subscribe: --webhook takes neither --commit nor --count');
    }
    const subscription = await subscribeWithWebhook(state, {
      address,
      from: values.from,
      url: values.webhook,
      check: values['check-webhook'] ?? false,
      ...(fromSequence === undefined ? {} : { fromSequence }),
    });
    const shown = {
      subscription: subscription.id,
      stream: subscription.address,
      from: String(subscription.from),
    };
    if (values.json)
      console.log(JSON.stringify({ ...shown, webhook: values.webhook, secret: subscription.secret }));
    else {
      console.log(
        `subscribed     ${shown.stream} (subscription ${shown.subscription}), from event ${shown.from}`,
      );
      console.log(
        `webhook        ${values.webhook}: each event verified by ${values.from}'s relay, then POSTed`,
      );
      console.log(
        `secret         ${subscription.secret}  (shown once: keep it; verifyWebhook checks with it)`,
      );
    }
    return;
  }
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  await subscribeStream(
    state,
    {
      address,
      from: values.from,
      commit: values.commit ?? false,
      ...(fromSequence === undefined ? {} : { fromSequence }),
      ...(count === undefined ? {} : { count: Number(count) }),
      signal: abort.signal,
    },
    {
      started(s) {
        if (values.json) {
          console.log(JSON.stringify({ subscribed: s.address, subscription: s.id, from: String(s.from) }));
        } else console.log(`subscribed     ${s.address} (subscription ${s.id}), from event ${s.from}`);
      },
      received({ event, latencyMs, committed }) {
        const payload = Buffer.from(event.record.payload).toString('utf8');
        if (values.json) {
          console.log(
            JSON.stringify({
              subscription: event.subscription,
              sequence: String(event.sequence),
              name: event.record.name,
              payload,
              txId: event.record.txId,
              orgs: event.orgs,
              policy: event.policy,
              verified: true,
              latencyMs,
              committed: committed ? { ...committed, gasUsed: committed.gasUsed?.toString() } : null,
            }),
          );
          return;
        }
        const applied = committed
          ? `; applied on ${values.from} in ${millis(committed.commitMs)}${committed.gasUsed === undefined ? '' : `, ${committed.gasUsed} gas`}`
          : '';
        console.log(
          `event ${String(event.sequence).padEnd(8)} ${payload} (${[...event.orgs].sort().join(', ')}, verified ${millis(latencyMs)} after its commit${applied})`,
        );
      },
    },
  );
}
