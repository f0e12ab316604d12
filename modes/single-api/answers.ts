/**
 * What the party answers to a view query: only views of its own ledger (its network, its channel or chain,
 * never the interop chaincode), read from its own ledger and signed with its own key.
 */
import { WeftError } from '../../common/errors.js';
import type { SingleApiLedgerConfig } from './config.js';
import type { LedgerReader } from './ledger.js';
import type { TrustedAnswerBody, ViewQuery } from './schemas.js';
import type { PartySigner } from './signer.js';

export interface AnsweringParty {
  readonly networkId: string;
  readonly org: string;
  readonly ledgerConfig: SingleApiLedgerConfig;
  readonly ledger: LedgerReader;
  readonly signer: PartySigner;
  /** Deadline of each ledger read. */
  readonly timeoutMs: number;
}

/** Why the party does not answer for the view at `query.address`, or undefined when it does. */
function notOurs(party: AnsweringParty, { address }: ViewQuery): string | undefined {
  const { networkId, ledgerConfig } = party;
  if (address.networkId !== networkId)
    return `this service answers for ${networkId}, not ${address.networkId}`;
  const { view } = address;
  if (view.ledger !== ledgerConfig.kind) return `${networkId} is a ${ledgerConfig.kind} network`;
  return party.ledger.refuses(view);
}

/**
 * The party's signed answer to `query`.
 *
 * @throws {WeftError} NOT_FOUND for a view of another ledger or state the ledger does not have,
 *   LEDGER_CALL_FAILED, DEADLINE_EXCEEDED or ADDRESS_INVALID from the read.
 */
export async function answerView(party: AnsweringParty, query: ViewQuery): Promise<TrustedAnswerBody> {
  const refusal = notOurs(party, query);
  if (refusal !== undefined) throw new WeftError('NOT_FOUND', refusal);
  const { address, nonce } = query;
  const value = await party.ledger.read(address.view, party.timeoutMs);
  const signature = party.signer.sign(address.text, nonce, value);
  return {
    address: address.text,
    nonce,
    value: Buffer.from(value).toString('base64'),
    party: {
      networkId: party.networkId,
      org: party.org,
      kind: party.signer.kind,
      identity: party.signer.identity,
    },
    signature: Buffer.from(signature).toString('base64'),
  };
}
