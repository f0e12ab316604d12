/**
 * What a ledger kind implements once: its view grammar, its recorded membership, how its members sign and
 * are checked, how its views are verified, and its single-API party. The registry (registry.ts) lists the
 * kinds and picks one by kind, view text, record or data; nothing outside ledgers/ asks which kind a thing is.
 *
 * An adapter is typed by its own data (`V`, `M`, `I`, `P`, `K`), which appear only where the adapter hands
 * them out (parsed, or narrowed by a guard). Its operations take data of any kind and refuse data of another
 * kind (`LEDGER_UNKNOWN`, ledgers/owned.ts): so every adapter is a `LedgerAdapter` of the base types, and the
 * registry keeps them in one list without casts. Types only.
 */
import type { KeyObject } from 'node:crypto';
import type { ErrorCode } from '../common/errors.js';
import type { ViewAddressOf } from '../proofs/address-grammar.js';
import type { ViewTime } from '../proofs/freshness.js';
import type { Policy } from '../proofs/policy.js';
import type { RequesterVerifier } from '../proofs/requester.js';
import type { TrustedAnswer, TrustedAnswerVerdict } from '../proofs/trusted-party.js';

/** A view of any kind: the view segment of an address, parsed; `ledger` names its kind. */
export interface LedgerView {
  readonly ledger: string;
}

/** A recorded membership of any kind: `kind` names it. */
export interface LedgerMembership {
  readonly kind: string;
  readonly networkId: string;
}

/** A client's identity of any kind; a kind may leave `kind` out of its identities (Fabric does). */
export interface LedgerIdentity {
  readonly kind?: string;
}

/** A single-API trusted party of any kind, as recorded. */
export interface LedgerParty {
  readonly kind: string;
  readonly networkId: string;
}

/** A trusted party's signing key of any kind. */
export interface LedgerPartyKey {
  readonly kind: string;
}

/** A trusted party's configuration of any kind (the single-API service's): its key, as text. */
export interface LedgerPartyConfig {
  readonly kind: string;
  readonly privateKey: string;
}

export interface ViewGrammar<V extends LedgerView> {
  /** What this kind's first segment is, for an address no kind claims: "a Fabric channel". */
  readonly firstSegment: string;
  /** Whether a view's first segment is this kind's; no two kinds claim the same one. */
  claims(first: string): boolean;
  /**
   * The view of `segments` (the view text split at ':'), whose first segment this kind claims.
   *
   * @throws {WeftError} ADDRESS_INVALID naming what is wrong.
   */
  parse(address: string, segments: readonly string[]): V;
  is(view: LedgerView): view is V;
  /** The canonical text of a view of this kind. */
  readonly format: (view: LedgerView) => string;
}

/** A recorded membership, JSON: `orgs`, with `type` naming the kind and the kind's own fields. */
export interface MembershipRecord {
  readonly type?: unknown;
  readonly orgs: object;
  readonly [field: string]: unknown;
}

/** What a view's verifier checks it against: the request it answers, and the policy it must satisfy. */
export interface ViewExpectation {
  /** The request's address, parsed: what the view must answer. */
  readonly address: ViewAddressOf<LedgerView>;
  readonly nonce: string;
  /** The requester's identity text (a PEM certificate, a lower-case 0x address), as the view binds it. */
  readonly requester: string;
  readonly policy: Policy;
  /** The time certificates must be valid at (a transaction's, on a ledger); default: now. */
  readonly at?: Date;
}

export type ViewVerdict =
  | {
      readonly valid: true;
      /** The value the view shows (for a confidential view, sealed: proofs/confidential.ts opens it). */
      readonly value: Uint8Array;
      /** The distinct orgs whose proofs verified. */
      readonly orgs: readonly string[];
      /** The time (and height, for a block) of the state shown, as the source vouches for it. */
      readonly time: ViewTime;
      readonly confidential: boolean;
    }
  | { readonly valid: false; readonly failure: ErrorCode; readonly reason: string };

/** A verifier of one source network's views; it may cache what it parsed of the membership. */
export interface ViewVerifier {
  verify(proof: Uint8Array, expectation: ViewExpectation): Promise<ViewVerdict>;
}

export interface MembershipFacet<M extends LedgerMembership> {
  /** Whether a record's `type` names this kind (a kind may also claim records without one). */
  claims(type: unknown): boolean;
  /** @throws {WeftError} POLICY_INVALID naming what is wrong. */
  parse(networkId: string, record: MembershipRecord): M;
  is(membership: LedgerMembership): membership is M;
  /** Checks requests signed by members of this membership's network. */
  readonly requesters: (membership: LedgerMembership) => RequesterVerifier;
  /** Verifies views of this membership's network. */
  readonly views: (membership: LedgerMembership) => ViewVerifier;
}

/** A client's signer of requests: its org, the identity the source checks, and its signature. */
export interface RequestSigner {
  readonly org: string;
  /** The identity text the source checks and binds the view to. */
  readonly identity: string;
  /** Base64 of the signature over address ‖ nonce (proofs/requester.ts). */
  sign(address: string, nonce: string): string;
  /** The key a confidential view is sealed to, for identities that hold one. */
  readonly sealKey?: KeyObject;
}

export interface IdentityFacet<I extends LedgerIdentity> {
  is(identity: LedgerIdentity): identity is I;
  readonly signer: (identity: LedgerIdentity) => RequestSigner;
}

/** The single-API mode's trusted party of this kind (proofs/trusted-party.ts). */
export interface PartyFacet<P extends LedgerParty, K extends LedgerPartyKey, C extends LedgerPartyConfig> {
  /** The record's one field besides `kind`: what identifies the party (`certificate`, `address`). */
  readonly field: string;
  /** @throws {WeftError} POLICY_INVALID naming what is wrong with the field's value. */
  parse(networkId: string, value: unknown): P;
  is(party: LedgerParty): party is P;
  isKey(key: LedgerPartyKey): key is K;
  isConfig(config: LedgerPartyConfig): config is C;
  /** The fields of a configuration file's party entry read from files: `privateKey` from `privateKeyFile`. */
  readonly configFiles: readonly string[];
  /** The party's configuration from its fields' contents (each of `configFiles`), as the schema checked them. */
  readonly config: (fields: Readonly<Record<string, string>>) => C;
  /**
   * A configured party's signing key and its record (JSON, as `parseTrustedParty` reads it).
   *
   * @throws when the key is not one of this kind.
   */
  readonly fromConfig: (config: LedgerPartyConfig) => { readonly key: K; readonly record: string };
  /** The party's identity text: what the record's field holds. */
  readonly identity: (party: LedgerParty) => string;
  /** Signs the bytes of an answer (proofs/trusted-party.ts). */
  readonly sign: (key: LedgerPartyKey, bytes: Uint8Array) => Uint8Array;
  /** Checks the party's signature over the bytes of `answer`; hostile input yields a verdict. */
  readonly verify: (party: LedgerParty, bytes: Uint8Array, answer: TrustedAnswer) => TrustedAnswerVerdict;
}

/** How a kind's views are spoken of. */
export interface Presentation {
  /** The kind as people name it: "Fabric", "EVM". */
  readonly name: string;
  /** How its orgs vouch for a view: "endorsed", "attested". */
  readonly vouched: string;
  /** A view's value as text, as the sample applications hold it (UTF-8, an ABI string, else hex). */
  readonly displayValue: (view: LedgerView, value: Uint8Array) => string;
}

/** A network of a local topology (topology/state.ts) of any kind: `type` names its kind. */
export interface LedgerNetwork {
  readonly type: string;
  readonly id: string;
}

export interface PolicyRecord {
  readonly pattern: string;
  readonly policy: string;
}

export interface AccessRecord {
  readonly principal: string;
  readonly resource: string;
}

/** A network of a topology file (topology/topology.ts) of any kind: `type` names its kind. */
export interface LedgerNetworkSpec {
  readonly type: string;
  readonly id: string;
}

/** A port a topology file gives a network, and what of the network it is. */
export interface ExplicitPort {
  readonly port: number;
  readonly role: string;
}

/** A value no two networks of a topology may share (an EVM network's chain id). */
export interface UniqueKey {
  /** The field of the network's entry that holds it. */
  readonly field: string;
  /** What it is, as a problem names it: "chain id". */
  readonly what: string;
  readonly value: string | number;
}

/**
 * What a local topology derives from a network of this kind at once, from its entry in the topology file
 * or its state: pure, so that the file's schema, clients and tests have it without loading the kind's
 * topology facet.
 */
export interface TopologyFacts<N extends LedgerNetwork, S extends LedgerNetworkSpec = LedgerNetworkSpec> {
  isSpec(spec: LedgerNetworkSpec): spec is S;
  /** The ports the entry gives, with their roles, for overlap and in-use checks. */
  readonly explicitPorts: (spec: LedgerNetworkSpec) => ExplicitPort[];
  readonly uniqueKeys: (spec: LedgerNetworkSpec) => UniqueKey[];
  is(network: LedgerNetwork): network is N;
  /** The verification policy a destination records for views of `source`. */
  readonly defaultPolicy: (source: LedgerNetwork) => PolicyRecord[];
  /** What every org of a requesting network may read on `source`: its sample application's views. */
  readonly defaultAccess: (source: LedgerNetwork) => AccessRecord[];
  /** The short address (`network/view`) of a key of the network's sample application. */
  readonly sampleAddress: (network: LedgerNetwork, key: string) => string;
  /** The short address (`network/stream`) of the stream of the network's sample application's writes. */
  readonly sampleStream: (network: LedgerNetwork) => string;
  /**
   * The asset a write of the kind's sample application carries in its event's payload.
   *
   * @throws {WeftError} EVENT_INVALID when the payload carries none.
   */
  readonly sampleAsset: (payload: Uint8Array) => SampleAsset;
  /** How a command names the network's sample application as its target (proofs/commands.ts). */
  readonly commandTarget: (network: LedgerNetwork) => string;
  /** The short address of the stream of the sample application's commands for `destination`. */
  readonly commandStream: (network: LedgerNetwork, destination: string) => string;
  /** The short address of the stream of the network's confirmations of the commands of `source`. */
  readonly confirmationStream: (network: LedgerNetwork, source: string) => string;
  /**
   * The command sources `peer` records of the network: the applications whose commands and confirmations it
   * takes (its sample application's commands for `peer`, its confirmations of peer's commands), each as the
   * beginning of their streams' view texts up to and with the application's segment, e.g.
   * `mychannel:assets:EventAt:` or `31001:0xabc...:log:`. Distinct, in that order.
   */
  readonly commandSources: (network: LedgerNetwork, peer: string) => string[];
}

/** An asset of a sample application (the chaincode `assets`, the contract AssetStore). */
export interface SampleAsset {
  readonly key: string;
  readonly value: string;
}

/**
 * Loads one of a kind's impure facets: a module of its folder that drives the ledger with the layers above
 * (drivers, sdk, topology), loaded only when called so that pure consumers never load it. Each kind's
 * facet module of a name exports the same functions, typed where they are used.
 */
export type FacetLoader = () => Promise<object>;

export interface LedgerAdapter<
  V extends LedgerView,
  M extends LedgerMembership,
  I extends LedgerIdentity,
  P extends LedgerParty,
  K extends LedgerPartyKey,
  C extends LedgerPartyConfig,
  N extends LedgerNetwork,
> {
  /** The kind's name: a view's `ledger`, a membership's, party's and key's `kind`, a topology's `type`. */
  readonly kind: V['ledger'];
  readonly view: ViewGrammar<V>;
  readonly membership: MembershipFacet<M>;
  readonly identity: IdentityFacet<I>;
  readonly party: PartyFacet<P, K, C>;
  /** Whether its source seals a view to a requester's key on request (proofs/confidential.ts). */
  readonly confidentialViews: boolean;
  /**
   * Whether its interop contract, as a destination, verifies a view of the batch form (proofs/batch.ts):
   * its clients ask for views a source may answer in that form.
   */
  readonly verifiesBatchedViews: boolean;
  readonly presentation: Presentation;
  readonly topologyFacts: TopologyFacts<N>;
  /** `source.ts`: its driver, started from its configuration (`startSource`). */
  readonly source: FacetLoader;
  /** `destination.ts`: verified views submitted to its interop chaincode or contract, values read back. */
  readonly destination: FacetLoader;
  /** `topology.ts`: what a local topology does with a network of this kind (topology/ledger-facet.ts). */
  readonly topology: FacetLoader;
  /** `comparison.ts`: what `weft compare` does with a network of this kind (lab/compare/ledger-facet.ts). */
  readonly comparison: FacetLoader;
}

/** Any adapter, as the registry holds it. */
export type Ledger = LedgerAdapter<
  LedgerView,
  LedgerMembership,
  LedgerIdentity,
  LedgerParty,
  LedgerPartyKey,
  LedgerPartyConfig,
  LedgerNetwork
>;
