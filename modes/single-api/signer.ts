/** The party's signing key, checked once against its identity: what it signs here verifies at a destination. */
import { describeError, WeftError } from '../../common/errors.js';
import { type LedgerKind, ledgerOfParty } from '../../ledgers/registry.js';
import {
  parseTrustedParty,
  signTrustedAnswer,
  type TrustedParty,
  type TrustedPartyKey,
  trustedPartyIdentity,
  verifyTrustedAnswer,
} from '../../ledgers/trusted-party.js';
import type { SingleApiPartyConfig } from './config.js';

export interface PartySigner {
  readonly kind: LedgerKind;
  /** The PEM certificate, or the lower-case address: what destinations record. */
  readonly identity: string;
  sign(address: string, nonce: string, value: Uint8Array): Uint8Array;
}

function configError(reason: string, cause?: unknown): WeftError {
  return new WeftError('CONFIG_INVALID', `single-API service: ${reason}`, {}, { cause });
}

/**
 * The party's signer for answers about `networkId`.
 *
 * @throws {WeftError} CONFIG_INVALID when the key is unusable or does not match the party's certificate.
 */
export function partySigner(networkId: string, party: SingleApiPartyConfig): PartySigner {
  let key: TrustedPartyKey;
  let record: TrustedParty;
  try {
    const configured = ledgerOfParty(party).party.fromConfig(party);
    key = configured.key;
    record = parseTrustedParty(networkId, configured.record);
  } catch (error) {
    throw configError(`the ${party.kind} party is not usable: ${describeError(error)}`, error);
  }
  const probe = {
    address: `127.0.0.1:1/${networkId}/probe:probe:probe`,
    nonce: 'probe',
    value: new Uint8Array([1]),
  };
  let matches: boolean;
  try {
    matches = verifyTrustedAnswer(record, { ...probe, signature: signTrustedAnswer(key, probe) }).valid;
  } catch (error) {
    throw configError(`the ${party.kind} party key cannot sign: ${describeError(error)}`, error);
  }
  if (!matches) throw configError('the party private key does not match its certificate');
  return {
    kind: record.kind,
    identity: trustedPartyIdentity(record),
    sign: (address, nonce, value) => signTrustedAnswer(key, { address, nonce, value }),
  };
}
