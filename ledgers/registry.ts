/**
 * The ledger kinds weft speaks, and the one place that picks a kind's adapter: by its name, by the view
 * text its grammar claims, by a recorded membership's type, or by the data an adapter made (a view, a
 * membership, an identity, a party). A kind is added by its folder and one entry in `LEDGERS`.
 *
 * The registry and the adapters' pure facets import only common/, protos/ and proofs/ (never
 * proofs/address.ts, which asks the registry for view grammars), so the chaincode, the SDK and the relay
 * share them.
 */
import { WeftError } from '../common/errors.js';
import type { RequesterVerifier } from '../proofs/requester.js';
import type {
  LedgerIdentity,
  LedgerMembership,
  LedgerNetworkSpec,
  LedgerParty,
  LedgerPartyConfig,
  LedgerPartyKey,
  LedgerView,
  MembershipRecord,
  RequestSigner,
  ViewVerifier,
} from './adapter.js';
import { evm } from './evm/index.js';
import { fabric } from './fabric/index.js';
import { grammarOfViewText } from './grammars.js';
import { unknownLedger } from './owned.js';

export const LEDGERS = [fabric, evm] as const;

export type AnyLedger = (typeof LEDGERS)[number];
export type LedgerKind = AnyLedger['kind'];
/** A recorded membership of any kind. */
export type AnyMembership = ReturnType<AnyLedger['membership']['parse']>;
/** A client's identity, of any kind: what it signs requests with. */
export type ClientIdentity = AnyLedger extends infer L
  ? L extends {
      readonly identity: { is(identity: LedgerIdentity): identity is infer I extends LedgerIdentity };
    }
    ? I
    : never
  : never;
/** A single-API trusted party of any kind, as recorded. */
export type TrustedParty = ReturnType<AnyLedger['party']['parse']>;
/** A trusted party's signing key, of any kind. */
export type TrustedPartyKey = AnyLedger extends infer L
  ? L extends { readonly party: { isKey(key: LedgerPartyKey): key is infer K extends LedgerPartyKey } }
    ? K
    : never
  : never;

/** A trusted party's configuration, of any kind (the single-API service's). */
export type PartyConfig = AnyLedger extends infer L
  ? L extends {
      readonly party: { isConfig(config: LedgerPartyConfig): config is infer C extends LedgerPartyConfig };
    }
    ? C
    : never
  : never;

/** A network's entry in a topology file, as the adapters' topology facts read it, of any kind. */
export type TopologySpec = AnyLedger extends infer L
  ? L extends {
      readonly topologyFacts: { isSpec(spec: LedgerNetworkSpec): spec is infer S extends LedgerNetworkSpec };
    }
    ? S
    : never
  : never;

export const LEDGER_KINDS: readonly LedgerKind[] = LEDGERS.map((l) => l.kind);

/** The adapter of `kind`, if weft knows it. */
export function findLedger(kind: unknown): AnyLedger | undefined {
  return LEDGERS.find((l) => l.kind === kind);
}

/** @throws {WeftError} LEDGER_UNKNOWN for a kind weft does not know. */
export function ledgerOf(kind: unknown): AnyLedger {
  const ledger = findLedger(kind);
  if (!ledger) throw unknownLedger(kind, LEDGER_KINDS);
  return ledger;
}

export function ledgerOfView(view: LedgerView): AnyLedger {
  return ledgerOf(view.ledger);
}

export function ledgerOfMembership(membership: LedgerMembership): AnyLedger {
  return ledgerOf(membership.kind);
}

export function ledgerOfParty(party: LedgerParty | LedgerPartyKey | LedgerPartyConfig): AnyLedger {
  return ledgerOf(party.kind);
}

/** @throws {WeftError} LEDGER_UNKNOWN for an identity no kind takes. */
export function ledgerOfIdentity(identity: LedgerIdentity): AnyLedger {
  const ledger = LEDGERS.find((l) => l.identity.is(identity));
  if (!ledger) throw unknownLedger(identity.kind, LEDGER_KINDS);
  return ledger;
}

/**
 * The adapter whose grammar claims a view text, by its first segment.
 *
 * @throws {WeftError} ADDRESS_INVALID when no kind claims it.
 */
export function ledgerOfViewText(viewText: string, address = viewText): AnyLedger {
  const grammar = grammarOfViewText(viewText, address);
  const ledger = LEDGERS.find((l) => l.view === grammar);
  if (!ledger) throw unknownLedger(viewText, LEDGER_KINDS);
  return ledger;
}

function isMembershipRecord(value: unknown): value is MembershipRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    'orgs' in value &&
    typeof value.orgs === 'object' &&
    value.orgs !== null
  );
}

/**
 * Parses a recorded membership, JSON text with `orgs` and a `type` naming its kind (each kind's
 * membership.ts shows its record).
 *
 * @throws {WeftError} POLICY_INVALID naming what is wrong.
 */
export function membershipFromRecord(networkId: string, text: string): AnyMembership {
  const invalid = (reason: string) =>
    new WeftError('POLICY_INVALID', `membership of ${networkId}: ${reason}`, { networkId });
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    throw invalid('the record is not JSON');
  }
  if (!isMembershipRecord(record)) throw invalid('the record has no orgs');
  const { type } = record;
  const ledger = LEDGERS.find((l) => l.membership.claims(type));
  if (!ledger) throw invalid(`unknown type ${JSON.stringify(type)}`);
  return ledger.membership.parse(networkId, record);
}

/** Checks requests signed by members of `membership`'s network, as its kind signs them. */
export function requesterVerifierOf(membership: AnyMembership): RequesterVerifier {
  return ledgerOfMembership(membership).membership.requesters(membership);
}

/** Verifies views of `membership`'s network, as its kind proves them. */
export function viewVerifierOf(membership: AnyMembership): ViewVerifier {
  return ledgerOfMembership(membership).membership.views(membership);
}

/** Signs requests as `identity`, as its kind signs them. */
export function requestSignerOf(identity: ClientIdentity): RequestSigner {
  return ledgerOfIdentity(identity).identity.signer(identity);
}
