/**
 * Bindings of weft's interop contract on an EVM destination (contracts/evm/WeftInterop.sol): registering the
 * memberships and policies of source networks, and submitting Fabric and EVM views for verification.
 *
 *   await registerFabricNetwork(interop, { networkId: 'fabric-a', interopChaincode: 'interop', orgs });
 *   await setPolicy(interop, 'fabric-a', 2, ['Org1MSP', 'Org2MSP', 'Org3MSP']);
 *   const { value } = await submitFabricView(interop, viewBytes, appAddress);
 *
 * Batches (proofs/batch.ts): a Fabric view of the batch form (its FabricViewBytes carries a batch leaf) is
 * submitted by `submitFabricView` through the contract's submitFabricBatchView, which verifies the shared
 * endorsement and records the batch's root; `submitRecordedBatchView(interop, networkId, viewBytes, app)`
 * submits a further view of a batch whose root is recorded (`batchRootRecorded`) with its leaf and path
 * alone, for a fraction of the gas. `submitFabricViewCheapest` picks between them: the recorded path when the
 * root is recorded, else the full one (also when the root lapsed meanwhile). NOT_IN_BATCH: the leaf's path
 * does not lead to the endorsed root; BATCH_INVALID: a leaf without a batch; NOT_RECORDED: the root is not
 * recorded at the network's current trust epoch (never, or before an endorser was revoked or replaced, the
 * policy changed or the network registered again).
 *
 * Freshness: `setMaxAge(interop, 'fabric-a', 'weft:assets:', 60_000)` refuses views of that pattern older than
 * a minute (VIEW_EXPIRED); a view older than the value recorded for its address is refused too
 * (VIEW_OUTDATED), and `recordedTime(interop, address)` tells the time of the recorded one.
 *
 * Events (proofs/events.ts): `openStream(interop, streamAddress, nonce, from)` opens a subscription's stream
 * for the signer, then `submitFabricEvent(interop, viewBytes, appAddress)` (a Fabric source) or
 * `submitEvmEvent(interop, statement, signatures, appAddress)` (an EVM source's log stream) takes each event
 * of it, once and in order (EVENT_REPLAYED, EVENT_GAP, EVENT_STREAM_MISMATCH; STREAM_NOT_OPEN, ACCESS_DENIED
 * for another account's stream); `streamNext(interop, streamAddress, nonce)` tells where it stands. A view
 * that proves a run of events (EventRecords) is submitted once per event: each submission takes the run's
 * record at the stream's next sequence, and returns that record (EVENT_INVALID for a run the contract
 * refuses: over MAX_RUN records, or not consecutive where it reads it).
 *
 * Commands (proofs/commands.ts): `setLocalNetwork(interop, 'evm-c')` names this network, then
 * `submitFabricCommand(interop, viewBytes, app)` or `submitEvmCommand(interop, statement, signatures, app)`
 * takes a command's event of an open stream and runs it on `app` once per (source network, id)
 * (COMMAND_MISDIRECTED for another network or application, COMMAND_INVALID for a record that is no command);
 * `commandOutcome(interop, source, id)` tells how it ended. `submitFabricConfirmation` and
 * `submitEvmConfirmation` take a confirmation back to the issuing `app` (CONFIRMATION_MISDIRECTED when it
 * names another network as its command's source). The sample AssetStore's refusals bubble up with their own
 * codes (COMMAND_NOT_FOUND, COMMAND_ALREADY_CONFIRMED, ...). Either is taken only from the applications of its
 * network the owner recorded as its command sources: `setCommandSources(interop, 'fabric-a',
 * ['mychannel:assets:EventAt:'])` (prefixes of stream view texts; `commandSources` reads them back), any
 * other stream's refused as COMMAND_SOURCE_UNTRUSTED, and nothing taken of a network with none.
 *
 * Single-API mode: `setTrustedParty(interop, 'evm-c', partyAddress)`, then `submitTrustedView(interop, answer,
 * appAddress)` with an answer that party signed (proofs/trusted-party.ts).
 *
 * Governance is the owner's (OpenZeppelin's Ownable2Step): `transferOwnership(interop, next)`, then
 * `acceptOwnership(interopAsNext)`; until it accepts, the current owner governs. Any other account is refused
 * with OwnableUnauthorizedAccount(account), as REQUEST_INVALID like every refused governance call.
 *
 * Every function takes an ethers Contract of WeftInterop connected to a signer. A transaction is simulated
 * first, so a rejection surfaces as a WeftError naming the contract's custom error (and costs no gas).
 */
import { X509Certificate } from 'node:crypto';
import {
  Contract,
  type ContractTransactionReceipt,
  type ErrorDescription,
  type Fragment,
  getBytes,
  hexlify,
  Interface,
  isCallException,
  keccak256,
  type Result,
  toBeHex,
} from 'ethers';
import { type ErrorCode, WeftError } from '../common/errors.js';
import { type EvmStatement, VIEW_KIND } from '../ledgers/evm/attestation.js';
import { decodeLogPayload } from '../ledgers/evm/log-event.js';
import { isBatchLeafShape, readEndorsedBatch } from '../ledgers/fabric/batch.js';
import { parseAddress } from '../proofs/address.js';
import { type Confirmation, decodeConfirmation } from '../proofs/commands.js';
import { decodeDerSignature } from '../proofs/ecdsa.js';
import { decodeEventRecord, type EventRecord } from '../proofs/events.js';
import { MAX_AGE_LIMIT_MS } from '../proofs/freshness.js';
import type { TrustedAnswer } from '../proofs/trusted-party.js';
import { common, msp, protos, weft } from '../protos/index.js';

export interface FabricEndorserKey {
  /** keccak256 of the serialized msp.SerializedIdentity, 0x-prefixed. */
  readonly keyId: string;
  /** The P-256 public key's coordinates, 0x-prefixed 32-byte hex. */
  readonly x: string;
  readonly y: string;
}

/** One endorsement as the contract takes it: the endorser's key id and the signature's r and s. */
export interface EndorsementArgs {
  readonly keyId: string;
  readonly r: string;
  readonly s: string;
}

/** A view's own part of a batch (proofs/batch.ts), as the contract takes it. */
export interface BatchLeafArgs {
  /** The request's serialized InteropPayload. */
  readonly payload: Uint8Array;
  /** 32 bytes. */
  readonly salt: Uint8Array;
  /** The sibling hashes, 32 bytes each, from the leaf up. */
  readonly path: readonly Uint8Array[];
}

export interface FabricViewArgs {
  /** The ProposalResponsePayload every endorser signed. */
  readonly prp: Uint8Array;
  readonly endorsements: readonly EndorsementArgs[];
  /** Set for a view of the batch form: its endorsed result is an EndorsedBatch, its own result this leaf's. */
  readonly batchLeaf?: BatchLeafArgs;
}

/** A verified view, as accepted on chain. */
export interface SubmittedView {
  readonly value: Uint8Array;
  readonly gasUsed: bigint;
  readonly receipt: ContractTransactionReceipt;
}

/** An event taken on chain: its record (of a run, the one record taken), as the source vouched for it. */
export interface SubmittedEvent {
  readonly record: EventRecord;
  readonly gasUsed: bigint;
  readonly receipt: ContractTransactionReceipt;
}

/** A command's event taken on chain, and its outcome when this submission ran it. */
export interface SubmittedCommand extends SubmittedEvent {
  /**
   * The confirmation this submission logged (CommandExecuted): the command ran, and this is how it ended.
   * Undefined when it had run already (another subscription's copy): the event was taken, nothing ran.
   */
  readonly executed?: Confirmation;
}

/** A confirmation's event taken on chain and handed to the issuing application. */
export interface SubmittedConfirmation extends SubmittedEvent {
  readonly confirmation: Confirmation;
}

/** A governance transaction that was mined. */
export interface SentTransaction {
  readonly gasUsed: bigint;
  readonly receipt: ContractTransactionReceipt;
}

export interface FabricNetworkRegistration {
  readonly networkId: string;
  /** The source network's interop chaincode, whose endorsed responses views are. */
  readonly interopChaincode: string;
  /** Each org's MSP id and its endorsers' serialized msp.SerializedIdentity. */
  readonly orgs: Readonly<Record<string, readonly Uint8Array[]>>;
}

export interface EvmNetworkRegistration {
  readonly networkId: string;
  readonly chainId: bigint;
  /** Each org and its attestors' addresses. */
  readonly orgs: Readonly<Record<string, readonly string[]>>;
}

function decodeIdentity(serializedIdentity: Uint8Array): msp.SerializedIdentity {
  try {
    return msp.SerializedIdentity.decode(serializedIdentity);
  } catch (error) {
    throw new WeftError('REQUEST_INVALID', 'not a serialized msp.SerializedIdentity', {}, { cause: error });
  }
}

function base64UrlToHex(text: string | undefined): string {
  const bytes = Buffer.from(text ?? '', 'base64url');
  if (bytes.length === 0 || bytes.length > 32) {
    throw new WeftError('REQUEST_INVALID', 'malformed P-256 public key coordinate');
  }
  return hexlify(Buffer.concat([Buffer.alloc(32 - bytes.length), bytes]));
}

/**
 * The key id and P-256 public key of a Fabric identity, read from the PEM certificate in its id_bytes: what
 * the contract records, so that proofs never carry certificates.
 */
export function fabricEndorserKey(serializedIdentity: Uint8Array): FabricEndorserKey {
  const identity = decodeIdentity(serializedIdentity);
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(Buffer.from(identity.id_bytes));
  } catch (error) {
    throw new WeftError('REQUEST_INVALID', 'the identity holds no X.509 certificate', {}, { cause: error });
  }
  const key = certificate.publicKey;
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new WeftError('REQUEST_INVALID', 'the identity key is not an ECDSA P-256 key', {
      mspId: identity.mspid,
    });
  }
  const jwk = key.export({ format: 'jwk' });
  return { keyId: keccak256(serializedIdentity), x: base64UrlToHex(jwk.x), y: base64UrlToHex(jwk.y) };
}

/**
 * The contract's arguments for a serialized weft.fabric.FabricViewBytes: its one ProposalResponsePayload,
 * (key id, r, s) per endorsement, and its batch leaf when it has one. Refuses views whose endorsers signed
 * different payloads, whose signatures are not DER, or whose leaf's salt or path hashes are not 32 bytes.
 * High-S signatures are passed on as they are: the contract rejects them.
 */
export function fabricViewArgs(viewBytes: Uint8Array): FabricViewArgs {
  let view: weft.fabric.FabricViewBytes;
  try {
    view = weft.fabric.FabricViewBytes.decode(viewBytes);
  } catch (error) {
    throw new WeftError('VIEW_INVALID', 'not a serialized Fabric view', {}, { cause: error });
  }
  const entries = view.endorsed_proposal_responses;
  const first = entries[0];
  if (!first) throw new WeftError('VIEW_INVALID', 'the Fabric view has no endorsed responses');
  const prp = Uint8Array.from(first.payload);
  const endorsements = entries.map((entry, index): EndorsementArgs => {
    if (!Buffer.from(entry.payload).equals(Buffer.from(prp))) {
      throw new WeftError('VIEW_INVALID', 'the endorsers signed different response payloads', { index });
    }
    let endorsement: protos.Endorsement;
    try {
      endorsement = protos.Endorsement.decode(entry.endorsement);
    } catch (error) {
      throw new WeftError('VIEW_INVALID', 'malformed endorsement', { index }, { cause: error });
    }
    const signature = decodeDerSignature(endorsement.signature);
    if (!signature) throw new WeftError('VIEW_INVALID', 'malformed endorsement signature', { index });
    return {
      keyId: keccak256(endorsement.endorser),
      r: toBeHex(signature.r, 32),
      s: toBeHex(signature.s, 32),
    };
  });
  const leaf = view.batch_leaf;
  if (!leaf) return { prp, endorsements };
  if (!isBatchLeafShape(leaf)) {
    throw new WeftError('BATCH_INVALID', "the batch leaf's salt or path is malformed");
  }
  const batchLeaf = {
    payload: Uint8Array.from(leaf.payload),
    salt: Uint8Array.from(leaf.salt),
    path: leaf.path.map((hash) => Uint8Array.from(hash)),
  };
  return { prp, endorsements, batchLeaf };
}

/** The root of the batch a view's endorsers endorsed (its prp's EndorsedBatch); undefined when none. */
function endorsedRoot(prp: Uint8Array): Uint8Array | undefined {
  try {
    const action = protos.ChaincodeAction.decode(protos.ProposalResponsePayload.decode(prp).extension);
    return readEndorsedBatch(action.response?.payload ?? new Uint8Array())?.root;
  } catch {
    return undefined;
  }
}

/** A batch view's arguments for submitRecordedBatchView: the endorsed root, and the leaf. */
function recordedBatchArgs(viewBytes: Uint8Array): { root: Uint8Array; leaf: BatchLeafArgs } {
  const { prp, batchLeaf } = fabricViewArgs(viewBytes);
  if (!batchLeaf) throw new WeftError('BATCH_INVALID', 'the view is not of the batch form: it has no leaf');
  const root = endorsedRoot(prp);
  if (!root)
    throw new WeftError('BATCH_INVALID', 'the view has a batch leaf; its endorsed result is no batch');
  return { root, leaf: batchLeaf };
}

/** The network a batch leaf's InteropPayload address names, if it is an address. */
function leafNetwork(leaf: BatchLeafArgs): string | undefined {
  try {
    return parseAddress(common.interop_payload.InteropPayload.decode(leaf.payload).address).networkId;
  } catch {
    return undefined;
  }
}

/** The contract's EvmViewInput for a statement: its fields, the kind as the contract's enum. */
export function evmViewInput(statement: EvmStatement) {
  return { ...statement, kind: VIEW_KIND[statement.kind] };
}

function formatArgument(type: string, value: unknown): string {
  return type === 'string' ? JSON.stringify(value) : String(value);
}

/** The contract's refusals of a verified view's time, by the codes proofs/freshness.ts gives them. */
const FRESHNESS_ERRORS: Readonly<Record<string, ErrorCode>> = {
  ViewExpired: 'VIEW_EXPIRED',
  ViewOutdated: 'VIEW_OUTDATED',
  ViewFromFuture: 'VIEW_FROM_FUTURE',
};

/** The contract's refusals of an event, by the codes proofs/events.ts (and the Fabric destination) give them. */
const EVENT_ERRORS: Readonly<Record<string, ErrorCode>> = {
  EventReplayed: 'EVENT_REPLAYED',
  EventGap: 'EVENT_GAP',
  EventStreamMismatch: 'EVENT_STREAM_MISMATCH',
  EventRunInvalid: 'EVENT_INVALID',
  StreamNotOpen: 'STREAM_NOT_OPEN',
  StreamNotOwned: 'ACCESS_DENIED',
};

/**
 * The refusals of commands and confirmations, by the codes proofs/commands.ts gives them: the interop
 * contract's (its module WeftCommands'), and the sample AssetStore's, as a target or an issuer, which bubble
 * up through the interop contract or come from the application's own calls.
 */
const COMMAND_ERRORS: Readonly<Record<string, ErrorCode>> = {
  NotACommand: 'COMMAND_INVALID',
  NotAConfirmation: 'COMMAND_INVALID',
  CommandInvalid: 'COMMAND_INVALID',
  CommandMisdirected: 'COMMAND_MISDIRECTED',
  CommandTargetMismatch: 'COMMAND_MISDIRECTED',
  ConfirmationMisdirected: 'CONFIRMATION_MISDIRECTED',
  LocalNetworkUnset: 'LOCAL_NETWORK_UNSET',
  UntrustedCommandSource: 'COMMAND_SOURCE_UNTRUSTED',
  // The submitter gave too little gas for the command's bounded call: give more.
  CommandGasTooLow: 'REQUEST_INVALID',
  CommandNotFound: 'COMMAND_NOT_FOUND',
  CommandAlreadyConfirmed: 'COMMAND_ALREADY_CONFIRMED',
  CommandNotDue: 'COMMAND_NOT_DUE',
  CommandIdTaken: 'COMMAND_INVALID',
  InvalidCommand: 'COMMAND_INVALID',
  InsufficientBalance: 'INSUFFICIENT_BALANCE',
  InvalidAmount: 'INVALID_AMOUNT',
  NotDeployer: 'ACCESS_DENIED',
  NotInterop: 'ACCESS_DENIED',
};

/**
 * The errors of the sample AssetStore that reach the caller of the interop contract (the issuer's refusal of
 * a confirmation reverts its submission), or of the application's own calls; (WeftCommands' are in the
 * interop contract's ABI).
 */
const APPLICATION_ERRORS = new Interface([
  'error CommandNotFound(string id)',
  'error ConfirmationMisdirected(string destination)',
  'error CommandAlreadyConfirmed(string id)',
  'error CommandNotDue(uint64 deadlineMs, uint256 nowMs)',
  'error CommandIdTaken(string id)',
  'error InvalidCommand()',
  'error InsufficientBalance(string account, uint256 balance, uint256 amount)',
  'error InvalidAmount()',
  'error NotDeployer()',
  'error NotInterop()',
]);

/** The contract's refusals of a view of the batch form, by the codes ledgers/fabric/proof.ts gives them. */
const BATCH_ERRORS: Readonly<Record<string, ErrorCode>> = {
  NotABatch: 'BATCH_INVALID',
  NotInBatch: 'NOT_IN_BATCH',
  BatchNotRecorded: 'NOT_RECORDED',
};

/** Refusals of a submitted view or event with a code of their own; any other is VIEW_INVALID. */
const VIEW_ERRORS: Readonly<Record<string, ErrorCode>> = {
  ...FRESHNESS_ERRORS,
  ...BATCH_ERRORS,
  ...EVENT_ERRORS,
  ...COMMAND_ERRORS,
};

function parseRevert(contract: Contract, data: string): ErrorDescription | null {
  for (const abi of [contract.interface, APPLICATION_ERRORS]) {
    try {
      const parsed = abi.parseError(data);
      if (parsed) return parsed;
    } catch {
      // Revert data this ABI cannot decode: the next one may.
    }
  }
  return null;
}

/**
 * A failed call or transaction as a WeftError naming the contract's custom error, when it gave one: of a
 * submission, by VIEW_ERRORS (else VIEW_INVALID); of any other call, by COMMAND_ERRORS (else REQUEST_INVALID).
 */
function rejection(
  contract: Contract,
  error: unknown,
  code: 'VIEW_INVALID' | 'REQUEST_INVALID',
  who = 'the interop contract',
): WeftError {
  const data = isCallException(error) ? error.data : undefined;
  const parsed = data ? parseRevert(contract, data) : null;
  if (!parsed) {
    const reason = isCallException(error) ? (error.reason ?? error.shortMessage) : String(error);
    return new WeftError('LEDGER_CALL_FAILED', `${who} call failed: ${reason}`, {}, { cause: error });
  }
  const args = parsed.fragment.inputs.map((input, i) => formatArgument(input.type, parsed.args[i]));
  return new WeftError(
    (code === 'VIEW_INVALID' ? VIEW_ERRORS : COMMAND_ERRORS)[parsed.name] ?? code,
    `rejected by ${who}: ${parsed.name}(${args.join(', ')})`,
    { error: parsed.name, args },
    { cause: error },
  );
}

/** Simulates `method` (surfacing a rejection without spending gas), then sends it and waits for it. */
async function transact(
  contract: Contract,
  method: string,
  args: readonly unknown[],
  code: 'VIEW_INVALID' | 'REQUEST_INVALID',
  who?: string,
): Promise<{ result: Result; receipt: ContractTransactionReceipt }> {
  const fn = contract.getFunction(method);
  try {
    // Against the pending block: its time is now, as the mined transaction's will be; on a chain with no
    // recent block, the latest block's time would refuse a view as from the future.
    const result = (await fn.staticCallResult(...args, { blockTag: 'pending' })) as Result;
    const response = await fn.send(...args);
    const receipt = await response.wait();
    if (!receipt) throw new WeftError('LEDGER_CALL_FAILED', `${method}: no receipt`);
    return { result, receipt };
  } catch (error) {
    if (error instanceof WeftError) throw error;
    throw rejection(contract, error, code, who);
  }
}

async function govern(contract: Contract, method: string, ...args: unknown[]): Promise<SentTransaction> {
  const { receipt } = await transact(contract, method, args, 'REQUEST_INVALID');
  return { gasUsed: receipt.gasUsed, receipt };
}

/**
 * Confirms from the receipt's `event` (its `field`) that the mined transaction accepted `bytes`, what the
 * simulation returned: a transaction mined on another state than the simulated one is not reported as it.
 */
function confirm(
  contract: Contract,
  receipt: ContractTransactionReceipt,
  bytes: Uint8Array,
  event: 'ViewVerified' | 'EventVerified',
  field: 'value' | 'record',
): void {
  const log = receipt.logs
    .filter((entry) => entry.address === receipt.to)
    .map((entry) => contract.interface.parseLog(entry))
    .find((parsed) => parsed?.name === event);
  if (!log || keccak256(log.args[field] as string) !== keccak256(bytes)) {
    throw new WeftError('LEDGER_CALL_FAILED', `the transaction did not verify the simulated ${field}`, {
      transaction: receipt.hash,
    });
  }
}

function accepted(contract: Contract, receipt: ContractTransactionReceipt, result: Result): SubmittedView {
  const value = getBytes(result[0] as string);
  confirm(contract, receipt, value, 'ViewVerified', 'value');
  return { value, gasUsed: receipt.gasUsed, receipt };
}

function acceptedEvent(
  contract: Contract,
  receipt: ContractTransactionReceipt,
  result: Result,
): SubmittedEvent {
  const bytes = getBytes(result[0] as string);
  confirm(contract, receipt, bytes, 'EventVerified', 'record');
  return { record: decodeEventRecord(bytes), gasUsed: receipt.gasUsed, receipt };
}

/** Names `newOwner` the pending owner; it owns the contract once it calls acceptOwnership. */
export function transferOwnership(contract: Contract, newOwner: string): Promise<SentTransaction> {
  return govern(contract, 'transferOwnership', newOwner);
}

/** Makes the contract's signer, the pending owner, its owner. */
export function acceptOwnership(contract: Contract): Promise<SentTransaction> {
  return govern(contract, 'acceptOwnership');
}

/** The owner, and the pending owner (the zero address when there is none), lower case. */
export async function ownership(contract: Contract): Promise<{ owner: string; pendingOwner: string }> {
  const owner = await read<string>(contract, 'owner');
  const pendingOwner = await read<string>(contract, 'pendingOwner');
  return { owner: owner.toLowerCase(), pendingOwner: pendingOwner.toLowerCase() };
}

/**
 * Records a Fabric network, its orgs (the record's keys, in order) and every endorser identity listed. An
 * identity must belong to the org it is listed under.
 */
export async function registerFabricNetwork(
  contract: Contract,
  registration: FabricNetworkRegistration,
): Promise<SentTransaction[]> {
  const entries = Object.entries(registration.orgs);
  for (const [mspId, identities] of entries) {
    for (const identity of identities) {
      const claimed = decodeIdentity(identity).mspid;
      if (claimed !== mspId) {
        throw new WeftError('REQUEST_INVALID', 'an endorser identity is listed under another org', {
          mspId,
          identityMspId: claimed,
        });
      }
    }
  }
  const sent = [
    await govern(
      contract,
      'registerFabricNetwork',
      registration.networkId,
      registration.interopChaincode,
      entries.map(([mspId]) => mspId),
    ),
  ];
  for (const [, identities] of entries) {
    for (const identity of identities) {
      sent.push(await registerFabricEndorser(contract, registration.networkId, identity));
    }
  }
  return sent;
}

/** Records one more endorser identity of a registered Fabric network (its MSP id names its org). */
export function registerFabricEndorser(
  contract: Contract,
  networkId: string,
  serializedIdentity: Uint8Array,
): Promise<SentTransaction> {
  const { x, y } = fabricEndorserKey(serializedIdentity);
  return govern(contract, 'registerFabricEndorser', networkId, serializedIdentity, x, y);
}

export function revokeFabricEndorser(
  contract: Contract,
  networkId: string,
  keyId: string,
): Promise<SentTransaction> {
  return govern(contract, 'revokeFabricEndorser', networkId, keyId);
}

/** Records an EVM network, its orgs (the record's keys, in order) and every attestor listed. */
export async function registerEvmNetwork(
  contract: Contract,
  registration: EvmNetworkRegistration,
): Promise<SentTransaction[]> {
  const entries = Object.entries(registration.orgs);
  const sent = [
    await govern(
      contract,
      'registerEvmNetwork',
      registration.networkId,
      registration.chainId,
      entries.map(([org]) => org),
    ),
  ];
  for (const [org, attestors] of entries) {
    for (const attestor of attestors) {
      sent.push(await govern(contract, 'registerAttestor', registration.networkId, org, attestor));
    }
  }
  return sent;
}

export function revokeAttestor(
  contract: Contract,
  networkId: string,
  attestor: string,
): Promise<SentTransaction> {
  return govern(contract, 'revokeAttestor', networkId, attestor);
}

/** A view of `networkId` is accepted when at least `threshold` of `orgs` signed it. */
export function setPolicy(
  contract: Contract,
  networkId: string,
  threshold: number,
  orgs: readonly string[],
): Promise<SentTransaction> {
  return govern(contract, 'setPolicy', networkId, threshold, orgs);
}

/**
 * Views of `networkId` whose view text (the address after `relay/network-id/`) starts with `pattern` are
 * refused (VIEW_EXPIRED) once their source time is more than `maxAgeMs` behind the destination's block time;
 * the longest matching pattern wins and "" matches every view. 0 removes the pattern; at most a year; at most
 * 8 patterns per network besides "".
 */
export async function setMaxAge(
  contract: Contract,
  networkId: string,
  pattern: string,
  maxAgeMs: number | bigint,
): Promise<SentTransaction> {
  const age = BigInt(maxAgeMs);
  if (age < 0n || age > BigInt(MAX_AGE_LIMIT_MS)) {
    throw new WeftError('REQUEST_INVALID', `maxAgeMs must be from 0 (remove) to ${MAX_AGE_LIMIT_MS}`, {
      maxAgeMs: age.toString(),
    });
  }
  return govern(contract, 'setMaxAge', networkId, pattern, age);
}

/** The max age (ms) the destination applies to views of `viewAddress`, undefined when none does. */
export async function maxAgeOf(contract: Contract, viewAddress: string): Promise<bigint | undefined> {
  const age = await read<bigint>(contract, 'maxAgeOf', viewAddress);
  return age === 0n ? undefined : age;
}

/** When the value the destination recorded for a view is of, as its source vouched; undefined before any. */
export interface RecordedTime {
  /** Milliseconds since the epoch. */
  readonly sourceTimeMs: bigint;
  /** The source block (EVM views); 0 for Fabric views. */
  readonly height: bigint;
}

/** The time of the value last recorded for the view at `viewAddress` (any relay spelling of it). */
export async function recordedTime(
  contract: Contract,
  viewAddress: string,
): Promise<RecordedTime | undefined> {
  const [sourceTimeMs, height] = await read<[bigint, bigint]>(contract, 'recordedTime', viewAddress);
  return sourceTimeMs === 0n ? undefined : { sourceTimeMs, height };
}

async function read<T>(contract: Contract, method: string, ...args: unknown[]): Promise<T> {
  return readFrom<T>('the interop contract', contract, method, ...args);
}

async function readFrom<T>(who: string, contract: Contract, method: string, ...args: unknown[]): Promise<T> {
  try {
    const result = (await contract.getFunction(method).staticCallResult(...args)) as Result;
    return (result.length === 1 ? result[0] : [...result]) as T;
  } catch (error) {
    throw rejection(contract, error, 'REQUEST_INVALID', who);
  }
}

/**
 * A transaction of an application contract (the sample AssetStore's issueCommand, compensate, mint), simulated
 * first as the interop contract's are: a refusal is a WeftError by COMMAND_ERRORS (else REQUEST_INVALID).
 */
export async function sendApplication(
  contract: Contract,
  method: string,
  ...args: unknown[]
): Promise<SentTransaction> {
  const { receipt } = await transact(contract, method, args, 'REQUEST_INVALID', 'the application');
  return { gasUsed: receipt.gasUsed, receipt };
}

/** A view of an application contract; a refusal as sendApplication's. */
export function readApplication<T>(contract: Contract, method: string, ...args: unknown[]): Promise<T> {
  return readFrom<T>('the application', contract, method, ...args);
}

/**
 * Submits a Fabric view (a serialized weft.fabric.FabricViewBytes) from the contract's signer, who must be the
 * view's requester, with its whole proof; the value goes to `app` too, unless it is the zero address. A view
 * of the batch form goes through submitFabricBatchView, which records its batch's root.
 *
 * @throws {WeftError} VIEW_INVALID naming the contract's reason, or a code of its own (VIEW_EXPIRED,
 *   VIEW_OUTDATED, VIEW_FROM_FUTURE, BATCH_INVALID, NOT_IN_BATCH).
 */
export async function submitFabricView(
  contract: Contract,
  viewBytes: Uint8Array,
  app: string,
): Promise<SubmittedView> {
  return submitFabricViewArgs(contract, fabricViewArgs(viewBytes), app);
}

async function submitFabricViewArgs(
  contract: Contract,
  { prp, endorsements, batchLeaf }: FabricViewArgs,
  app: string,
): Promise<SubmittedView> {
  const { result, receipt } = batchLeaf
    ? await transact(
        contract,
        'submitFabricBatchView',
        [prp, endorsements, batchLeaf.payload, batchLeaf.salt, batchLeaf.path, app],
        'VIEW_INVALID',
      )
    : await transact(contract, 'submitFabricView', [prp, endorsements, app], 'VIEW_INVALID');
  return accepted(contract, receipt, result);
}

/**
 * Submits a further view of a batch whose root is recorded for `networkId` (the network its address names):
 * its leaf and path under the root, no endorsement. Its InteropPayload is checked as any view's (requester,
 * freshness, nonce).
 *
 * @throws {WeftError} NOT_RECORDED when the root is not recorded at the network's current trust epoch (submit
 *   it by submitFabricView then); BATCH_INVALID for a view that is not of the batch form; NOT_IN_BATCH; or
 *   any refusal of submitFabricView.
 */
export async function submitRecordedBatchView(
  contract: Contract,
  networkId: string,
  viewBytes: Uint8Array,
  app: string,
): Promise<SubmittedView> {
  const { root, leaf } = recordedBatchArgs(viewBytes);
  return submitRecorded(contract, networkId, root, leaf, app);
}

async function submitRecorded(
  contract: Contract,
  networkId: string,
  root: Uint8Array,
  leaf: BatchLeafArgs,
  app: string,
): Promise<SubmittedView> {
  const { result, receipt } = await transact(
    contract,
    'submitRecordedBatchView',
    [networkId, root, leaf.payload, leaf.salt, leaf.path, app],
    'VIEW_INVALID',
  );
  return accepted(contract, receipt, result);
}

/** Whether the batch of `root` (32 bytes) is recorded for `networkId` at the network's current trust epoch. */
export function batchRootRecorded(
  contract: Contract,
  networkId: string,
  root: Uint8Array | string,
): Promise<boolean> {
  return read<boolean>(contract, 'batchRootRecorded', networkId, root);
}

/**
 * Submits a Fabric view the cheapest way the contract takes it: a view of the batch form whose root is
 * recorded for its network by submitRecordedBatchView, any other by submitFabricView (which records a
 * batch's root). A root that lapses between the check and the submission (NOT_RECORDED) is submitted in
 * full instead.
 */
export async function submitFabricViewCheapest(
  contract: Contract,
  viewBytes: Uint8Array,
  app: string,
): Promise<SubmittedView> {
  // The view is decoded once, for both paths.
  const args = fabricViewArgs(viewBytes);
  const { batchLeaf } = args;
  const root = batchLeaf && endorsedRoot(args.prp);
  const networkId = batchLeaf && leafNetwork(batchLeaf);
  if (batchLeaf && root && networkId && (await batchRootRecorded(contract, networkId, root))) {
    try {
      return await submitRecorded(contract, networkId, root, batchLeaf, app);
    } catch (error) {
      if (!(error instanceof WeftError) || error.code !== 'NOT_RECORDED') throw error;
    }
  }
  return submitFabricViewArgs(contract, args, app);
}

/** The largest sequence number of an event (uint64). */
const MAX_SEQUENCE = (1n << 64n) - 1n;

/**
 * Opens the stream at `streamAddress` for the subscription `nonce` of the contract's signer, from
 * `fromSequence` (1 or more) on: its events are then taken from that signer alone, each once and in order.
 * A subscription's stream is opened once (StreamAlreadyOpen, as REQUEST_INVALID).
 */
export function openStream(
  contract: Contract,
  streamAddress: string,
  nonce: string,
  fromSequence: bigint | number,
): Promise<SentTransaction> {
  const from = BigInt(fromSequence);
  if (from < 1n || from > MAX_SEQUENCE) {
    throw new WeftError('REQUEST_INVALID', 'a sequence number is from 1 to 2^64 - 1', {
      fromSequence: from.toString(),
    });
  }
  return govern(contract, 'openStream', streamAddress, nonce, from);
}

/** The sequence the stream at `streamAddress` takes next for subscription `nonce`; undefined if not open. */
export async function streamNext(
  contract: Contract,
  streamAddress: string,
  nonce: string,
): Promise<bigint | undefined> {
  const next = await read<bigint>(contract, 'streamNext', streamAddress, nonce);
  return next === 0n ? undefined : next;
}

/**
 * Submits the view of a stream's event (a serialized weft.fabric.FabricViewBytes of the source's EventQuery)
 * from the contract's signer, its requester and the stream's subscriber; the event's payload goes to `app`
 * too, unless it is the zero address.
 *
 * @throws {WeftError} EVENT_REPLAYED, EVENT_GAP, EVENT_STREAM_MISMATCH, EVENT_INVALID (a run refused),
 *   STREAM_NOT_OPEN, ACCESS_DENIED (the stream is another account's), or VIEW_INVALID naming the contract's
 *   reason.
 */
export async function submitFabricEvent(
  contract: Contract,
  viewBytes: Uint8Array,
  app: string,
): Promise<SubmittedEvent> {
  const { prp, endorsements } = fabricViewArgs(viewBytes);
  const { result, receipt } = await transact(
    contract,
    'submitFabricEvent',
    [prp, endorsements, app],
    'VIEW_INVALID',
  );
  return acceptedEvent(contract, receipt, result);
}

/**
 * Submits an event of an EVM source's log stream: the attested statement of kind `log` (its result the
 * EventRecord) and its attestors' 65-byte signatures, from the contract's signer, its requester and the
 * stream's subscriber; the event's payload goes to `app` too, unless it is the zero address. The contract
 * checks the attestations, not the receipt's Merkle proof: verify the view (ledgers/evm/proof.ts) first.
 *
 * @throws {WeftError} EVENT_REPLAYED, EVENT_GAP, EVENT_STREAM_MISMATCH, EVENT_INVALID (a run refused),
 *   STREAM_NOT_OPEN, ACCESS_DENIED (the stream is another account's), or VIEW_INVALID naming the contract's
 *   reason.
 */
export async function submitEvmEvent(
  contract: Contract,
  statement: EvmStatement,
  signatures: readonly Uint8Array[],
  app: string,
): Promise<SubmittedEvent> {
  const { result, receipt } = await transact(
    contract,
    'submitEvmEvent',
    [evmViewInput(statement), signatures, app],
    'VIEW_INVALID',
  );
  return acceptedEvent(contract, receipt, result);
}

/**
 * Submits an EVM view: the attested statement and its attestors' 65-byte signatures, from the contract's
 * signer, who must be the statement's requester.
 */
export async function submitEvmView(
  contract: Contract,
  statement: EvmStatement,
  signatures: readonly Uint8Array[],
  app: string,
): Promise<SubmittedView> {
  const { result, receipt } = await transact(
    contract,
    'submitEvmView',
    [evmViewInput(statement), signatures, app],
    'VIEW_INVALID',
  );
  return accepted(contract, receipt, result);
}

/**
 * Records the trusted party of `networkId` for single-API answers: a secp256k1 address (the zero address
 * removes it). The contract takes EVM parties only.
 */
export function setTrustedParty(
  contract: Contract,
  networkId: string,
  party: string,
): Promise<SentTransaction> {
  return govern(contract, 'setTrustedParty', networkId, party);
}

/**
 * Submits a single-API answer signed by the trusted party of its address's network (an EIP-191 signature);
 * anyone may submit it, once per nonce. The value goes to `app` too, unless it is the zero address.
 */
export async function submitTrustedView(
  contract: Contract,
  answer: TrustedAnswer,
  app: string,
): Promise<SubmittedView> {
  const { result, receipt } = await transact(
    contract,
    'submitTrustedView',
    [answer.address, answer.nonce, answer.value, answer.signature, app],
    'VIEW_INVALID',
  );
  return accepted(contract, receipt, result);
}

/**
 * The command module's configuration, which the interop contract serves by its fallback (it is at EIP-170's
 * size limit), so its own ABI does not list it: WeftCommands declares these.
 */
const COMMAND_CONFIGURATION = new Interface([
  'function setLocalNetwork(string networkId)',
  'function setCommandSources(string networkId, string[] prefixes)',
  'function commandSources(string networkId) view returns (string[])',
]);

/** `contract`, its ABI completed with COMMAND_CONFIGURATION's functions where it lacks them. */
function withConfiguration(contract: Contract): Contract {
  const missing: Fragment[] = [];
  COMMAND_CONFIGURATION.forEachFunction((fragment) => {
    if (!contract.interface.getFunction(fragment.name)) missing.push(fragment);
  });
  if (missing.length === 0) return contract;
  return new Contract(contract.target, [...contract.interface.fragments, ...missing], contract.runner);
}

/**
 * Names the network this interop contract is on, as other networks name it (1 to 256 bytes, no '/'): a
 * command is run only if addressed to it, a confirmation taken only if it names it as its command's source.
 */
export function setLocalNetwork(contract: Contract, networkId: string): Promise<SentTransaction> {
  return govern(withConfiguration(contract), 'setLocalNetwork', networkId);
}

/**
 * Records the command sources of `networkId`, replacing its list: the applications of that network whose
 * commands and confirmations this one takes, each as the beginning of its streams' view texts (the stream's
 * address after its network), e.g. `mychannel:assets:EventAt:` for a chaincode's events, or
 * `31001:0xabc...:log:` for a contract's logs (lower-case hex). A command or confirmation of any other stream
 * of it is refused (COMMAND_SOURCE_UNTRUSTED); with none (`[]`, as before any is recorded) nothing of it is
 * taken. At most 8 (WeftCommands.MAX_COMMAND_SOURCES), each 1 to 1,024 bytes. The owner's.
 */
export function setCommandSources(
  contract: Contract,
  networkId: string,
  prefixes: readonly string[],
): Promise<SentTransaction> {
  return govern(withConfiguration(contract), 'setCommandSources', networkId, [...prefixes]);
}

/** The command sources of `networkId` as last recorded (setCommandSources); `[]` before. */
export async function commandSources(contract: Contract, networkId: string): Promise<string[]> {
  const prefixes = await read<Iterable<string>>(withConfiguration(contract), 'commandSources', networkId);
  return [...prefixes];
}

/** The network id the contract's owner set; undefined before. */
export async function localNetworkId(contract: Contract): Promise<string | undefined> {
  const id = await read<string>(contract, 'localNetworkId');
  return id === '' ? undefined : id;
}

/** The confirmation the receipt's CommandExecuted logged (its data is the confirmation's tuple), if any. */
function executedIn(contract: Contract, receipt: ContractTransactionReceipt): Confirmation | undefined {
  const topic = contract.interface.getEvent('CommandExecuted')!.topicHash;
  const log = receipt.logs.find((entry) => entry.address === receipt.to && entry.topics[0] === topic);
  return log ? decodeConfirmation(getBytes(log.data)) : undefined;
}

function acceptedCommand(
  contract: Contract,
  receipt: ContractTransactionReceipt,
  result: Result,
): SubmittedCommand {
  const event = acceptedEvent(contract, receipt, result);
  const executed = executedIn(contract, receipt);
  return executed ? { ...event, executed } : event;
}

/** The confirmation of a taken record: a Fabric record's payload is its tuple, an EVM log's data is. */
function acceptedConfirmation(
  contract: Contract,
  receipt: ContractTransactionReceipt,
  result: Result,
  source: 'fabric' | 'evm',
): SubmittedConfirmation {
  const event = acceptedEvent(contract, receipt, result);
  const payload = event.record.payload;
  const tuple = source === 'fabric' ? payload : decodeLogPayload(payload).data;
  return { ...event, confirmation: decodeConfirmation(tuple) };
}

/**
 * Submits the view of a command's event (a Fabric source's `Command` event of an open stream, as
 * submitFabricEvent submits one) for `app`, the application the command targets: the contract runs it once
 * per (source network, id). The contract bounds the application's gas and checks the call gets it: the
 * transaction's gas is estimated accordingly.
 *
 * @throws {WeftError} COMMAND_INVALID (not a command), COMMAND_MISDIRECTED (another network or application),
 *   LOCAL_NETWORK_UNSET, or any refusal of submitFabricEvent.
 */
export async function submitFabricCommand(
  contract: Contract,
  viewBytes: Uint8Array,
  app: string,
): Promise<SubmittedCommand> {
  const { prp, endorsements } = fabricViewArgs(viewBytes);
  const { result, receipt } = await transact(
    contract,
    'submitFabricCommand',
    [prp, endorsements, app],
    'VIEW_INVALID',
  );
  return acceptedCommand(contract, receipt, result);
}

/**
 * submitFabricCommand for an EVM source's `CommandIssued` log (an attested log event, as submitEvmEvent
 * submits one). The contract checks the attestations, not the receipt proof: verify the view first.
 */
export async function submitEvmCommand(
  contract: Contract,
  statement: EvmStatement,
  signatures: readonly Uint8Array[],
  app: string,
): Promise<SubmittedCommand> {
  const { result, receipt } = await transact(
    contract,
    'submitEvmCommand',
    [evmViewInput(statement), signatures, app],
    'VIEW_INVALID',
  );
  return acceptedCommand(contract, receipt, result);
}

/**
 * Submits the view of a confirmation's event (a Fabric destination's `CommandExecuted` event) for `app`,
 * the issuing application, which records it.
 *
 * @throws {WeftError} CONFIRMATION_MISDIRECTED (it names another network as its command's source, or the
 *   issuer sent the command elsewhere), COMMAND_NOT_FOUND, COMMAND_ALREADY_CONFIRMED, COMMAND_INVALID, or any
 *   refusal of submitFabricEvent.
 */
export async function submitFabricConfirmation(
  contract: Contract,
  viewBytes: Uint8Array,
  app: string,
): Promise<SubmittedConfirmation> {
  const { prp, endorsements } = fabricViewArgs(viewBytes);
  const { result, receipt } = await transact(
    contract,
    'submitFabricConfirmation',
    [prp, endorsements, app],
    'VIEW_INVALID',
  );
  return acceptedConfirmation(contract, receipt, result, 'fabric');
}

/** submitFabricConfirmation for an EVM destination's `CommandExecuted` log (an attested log event). */
export async function submitEvmConfirmation(
  contract: Contract,
  statement: EvmStatement,
  signatures: readonly Uint8Array[],
  app: string,
): Promise<SubmittedConfirmation> {
  const { result, receipt } = await transact(
    contract,
    'submitEvmConfirmation',
    [evmViewInput(statement), signatures, app],
    'VIEW_INVALID',
  );
  return acceptedConfirmation(contract, receipt, result, 'evm');
}

/** How command `id` of `sourceNetwork` ended here: its result, or why it failed; undefined if never run. */
export async function commandOutcome(
  contract: Contract,
  sourceNetwork: string,
  id: string,
): Promise<{ readonly ok: boolean; readonly result: string } | undefined> {
  const [run, ok, result] = await read<[boolean, boolean, string]>(
    contract,
    'commandOutcome',
    sourceNetwork,
    id,
  );
  return run ? { ok, result } : undefined;
}
