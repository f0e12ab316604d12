/**
 * The single-API mode's trusted parties of any kind (proofs/trusted-party.ts): parsed from their record,
 * recorded again, and their answers signed and checked, each as the party's kind does
 * (ledgers/<kind>/party.ts). Pure: no I/O.
 */
import { NETWORK_ID, parseAddress } from '../proofs/address.js';
import {
  invalidPartyRecord,
  malformedAnswer,
  nonceProblem,
  type TrustedAnswer,
  type TrustedAnswerVerdict,
  trustedAnswerBytes,
} from '../proofs/trusted-party.js';
import { findLedger, LEDGERS, ledgerOfParty, type TrustedParty, type TrustedPartyKey } from './registry.js';

export type { TrustedParty, TrustedPartyKey } from './registry.js';

/**
 * Parses a recorded trusted party, `{"kind":"<ledger kind>","<field>":"<identity>"}`, of network `networkId`.
 *
 * @throws {WeftError} POLICY_INVALID naming what is wrong.
 */
export function parseTrustedParty(networkId: string, json: string): TrustedParty {
  if (typeof networkId !== 'string' || !NETWORK_ID.test(networkId)) {
    throw invalidPartyRecord(String(networkId), 'the network id is not valid');
  }
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch {
    throw invalidPartyRecord(networkId, 'the record is not JSON');
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw invalidPartyRecord(networkId, 'the record is not an object');
  }
  const fields = new Map<string, unknown>(Object.entries(record));
  const ledger = findLedger(fields.get('kind'));
  if (!ledger) {
    const kinds = LEDGERS.map((l) => JSON.stringify(l.kind)).join(' or ');
    throw invalidPartyRecord(networkId, `kind must be ${kinds}`);
  }
  const { field } = ledger.party;
  const unknown = [...fields.keys()].filter((k) => k !== 'kind' && k !== field);
  if (unknown.length > 0) throw invalidPartyRecord(networkId, `unknown field ${JSON.stringify(unknown[0])}`);
  return ledger.party.parse(networkId, fields.get(field));
}

/** The party's identity text: what its record names it by (a PEM certificate, a lower-case address). */
export function trustedPartyIdentity(party: TrustedParty): string {
  return ledgerOfParty(party).party.identity(party);
}

/** The canonical record text of a party, as SetTrustedParty stores it. */
export function trustedPartyRecord(party: TrustedParty): string {
  const { field } = ledgerOfParty(party).party;
  return JSON.stringify({ kind: party.kind, [field]: trustedPartyIdentity(party) });
}

/**
 * Signs an answer with a party's key, as its kind signs.
 *
 * @throws {WeftError} ADDRESS_INVALID for a non-canonical address, REQUEST_INVALID for a bad nonce.
 */
export function signTrustedAnswer(
  key: TrustedPartyKey,
  answer: { readonly address: string; readonly nonce: string; readonly value: Uint8Array },
): Uint8Array {
  parseAddress(answer.address);
  const bytes = trustedAnswerBytes(answer.address, answer.nonce, answer.value);
  return ledgerOfParty(key).party.sign(key, bytes);
}

/**
 * Checks that `party` signed exactly this answer, about a view of the party's own network. Hostile input
 * yields a verdict, never an exception.
 */
export function verifyTrustedAnswer(party: TrustedParty, answer: TrustedAnswer): TrustedAnswerVerdict {
  if (typeof answer.address !== 'string') return malformedAnswer('the address is not a string');
  let networkId: string;
  try {
    networkId = parseAddress(answer.address).networkId;
  } catch (error) {
    return malformedAnswer((error as Error).message);
  }
  if (networkId !== party.networkId) {
    return malformedAnswer(`the answer is about ${networkId}, the party answers for ${party.networkId}`);
  }
  const problem = nonceProblem(answer.nonce);
  if (problem) return malformedAnswer(problem);
  if (!(answer.value instanceof Uint8Array) || !(answer.signature instanceof Uint8Array)) {
    return malformedAnswer('the value and the signature are bytes');
  }
  const bytes = trustedAnswerBytes(answer.address, answer.nonce, answer.value);
  return ledgerOfParty(party).party.verify(party, bytes, answer);
}
