import { WeftError } from '../../common/errors.js';
import { ledgerOf } from '../../ledgers/registry.js';
import { readState } from '../../topology/state.js';
import { parseCommand } from '../args.js';
import { millis } from '../format.js';
import { displayValue, queryView } from '../query.js';
import { STATE_DIR_OPTION, stateDirFrom } from './common.js';

/**
 * Requests a view as a client of NETWORK, verifies it against what NETWORK's ledger records, and with
 * --commit submits it to NETWORK's interop chaincode. ADDRESS may be short: `fabric-b/weft:assets:Get:k1`.
 */
export async function queryCommand(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseCommand(
    'query',
    args,
    {
      from: { type: 'string' },
      commit: { type: 'boolean' },
      confidential: { type: 'boolean' },
      json: { type: 'boolean' },
      ...STATE_DIR_OPTION,
    },
    1,
  );
  const [address] = positionals;
  if (!address) throw new WeftError('USAGE', 'weft query: ADDRESS is required');
  if (!values.from) throw new WeftError('USAGE', 'weft query: --from NETWORK is required');
  const stateDir = stateDirFrom(values);
  const state = await readState(stateDir);
  if (state?.status !== 'running') {
    throw new WeftError('USAGE', `no topology is running from ${stateDir}; start one with \`weft up\``);
  }
  const outcome = await queryView(state, {
    address,
    from: values.from,
    commit: values.commit ?? false,
    confidential: values.confidential ?? false,
  });
  const { view, committed } = outcome;
  const value = displayValue(view.address, view.value);
  const vouched = `${ledgerOf(view.ledger).presentation.vouched} by`;
  if (values.json) {
    console.log(
      JSON.stringify(
        {
          address: view.address,
          from: values.from,
          requestId: view.requestId,
          value,
          valueBase64: Buffer.from(view.value).toString('base64'),
          sourceLedger: view.ledger,
          endorsingOrgs: view.orgs,
          policy: view.policy,
          verified: true,
          confidential: view.confidentialContents !== undefined,
          timings: { ...view.timings, totalMs: outcome.totalMs, commitMs: committed?.commitMs },
          committed: committed ? { ...committed, gasUsed: committed.gasUsed?.toString() } : null,
        },
        null,
        2,
      ),
    );
    return;
  }
  console.log(`address        ${view.address}`);
  console.log(`value          ${JSON.stringify(value)}`);
  console.log(
    `${vouched.padEnd(15)}${[...view.orgs].sort().join(', ')} (policy ${view.policy}), verified${view.confidentialContents ? '; confidential: encrypted to this client on the way' : ''}`,
  );
  console.log(
    `timings        relay ack ${millis(view.timings.ackMs)}, view ${millis(view.timings.deliveredMs)}, verified ${millis(view.timings.verifiedMs)}`,
  );
  if (committed) {
    console.log(
      `committed on   ${values.from}: tx ${committed.transactionId} in ${millis(committed.commitMs)}${committed.gasUsed === undefined ? '' : `, ${committed.gasUsed} gas`}; read back ${JSON.stringify(committed.readBack)}`,
    );
  }
}
