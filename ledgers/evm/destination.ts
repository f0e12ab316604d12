/**
 * The EVM destination: a verified view of any source network submitted to an EVM network's interop
 * contract (contracts/evm/WeftInterop.sol), by the entry point that verifies its source kind's proof: a
 * Fabric view's endorsements, an EVM view's attested statement and signatures; and the value read back
 * through the sample application, as are the assets its remote streams' events carried, and the sample's
 * commands (proofs/commands.ts): its balances, the commands it issues, their confirmations and compensation.
 * Loaded lazily (index.ts): it sends transactions through ethers.
 */
import { type Contract, getBytes, isCallException } from 'ethers';
import { WeftError } from '../../common/errors.js';
import { type Command, type CommandStatus, checkCommand } from '../../proofs/commands.js';
import {
  readApplication,
  type SentTransaction,
  type SubmittedView,
  sendApplication,
  submitEvmCommand,
  submitEvmConfirmation,
  submitEvmEvent,
  submitEvmView,
  submitFabricCommand,
  submitFabricConfirmation,
  submitFabricEvent,
  submitFabricViewCheapest,
} from '../../sdk/evm-interop.js';
import type { SampleAsset } from '../adapter.js';
import { ledgerOf } from '../registry.js';
import type { EvmStatement } from './attestation.js';
import { decodeEvmView } from './proof.js';

/** The value the destination's application (AssetStore) holds for `address`. */
export async function readRemote(assets: Contract, address: string): Promise<Uint8Array> {
  const stored: string = await assets.getFunction('getRemote')(address);
  return Buffer.from(stored.slice(2), 'hex');
}

/**
 * The payload of event `sequence` of the stream at `streamAddress` (as the events came), as the
 * destination's application (AssetStore) kept it: the bytes its source emitted, decoded off chain.
 *
 * @throws {WeftError} NOT_FOUND when the store took no such event.
 */
export async function readRemoteEvent(
  assets: Contract,
  streamAddress: string,
  sequence: bigint,
): Promise<Uint8Array> {
  try {
    const stored: string = await assets.getFunction('getRemoteEvent')(streamAddress, sequence);
    return getBytes(stored);
  } catch (error) {
    if (!isCallException(error)) throw error;
    throw new WeftError('NOT_FOUND', `no event ${sequence} of ${streamAddress}`, {}, { cause: error });
  }
}

/**
 * The asset carried by event `sequence` of the stream at `streamAddress`, from the payload AssetStore kept,
 * read as the sample application of the stream's source kind (`sourceKind`, Fabric by default) emits it.
 *
 * @throws {WeftError} NOT_FOUND when the store took no such event; EVENT_INVALID when it carries no asset.
 */
export async function readRemoteAssetEvent(
  assets: Contract,
  streamAddress: string,
  sequence: bigint,
  sourceKind = 'fabric',
): Promise<SampleAsset> {
  const payload = await readRemoteEvent(assets, streamAddress, sequence);
  return ledgerOf(sourceKind).topologyFacts.sampleAsset(payload);
}

/** What the contract needs of a verified view: its source kind and its proof. */
export interface ViewToSubmit {
  readonly ledger: string;
  readonly proof: Uint8Array;
}

/**
 * Submits `view` from the contract's signer, who must be the view's requester; the value goes to the
 * application contract `app` too, unless it is the zero address. A Fabric view of the batch form whose
 * batch's root the contract recorded already (another requester's view of it came first) is submitted with
 * its leaf alone; any other with its whole proof.
 *
 * @throws {WeftError} VIEW_INVALID when the contract refuses the view (its reason decoded), or the proof
 *   cannot be decoded.
 */
export async function submitToEvm(
  interop: Contract,
  view: ViewToSubmit,
  app: string,
): Promise<SubmittedView> {
  if (view.ledger === 'fabric') return submitFabricViewCheapest(interop, view.proof, app);
  const decoded = decodeEvmView(view.proof);
  if (!decoded) throw new WeftError('VIEW_INVALID', 'the EVM view cannot be decoded');
  return submitEvmView(
    interop,
    decoded.statement,
    decoded.attestations.map((a) => a.signature),
    app,
  );
}

/**
 * Submits a verified event of an open stream from the contract's signer, its subscriber, by the entry point
 * of the event's source kind (a Fabric view, or an EVM source's attested log event); its payload goes to
 * `app` too.
 *
 * @throws {WeftError} VIEW_INVALID when an EVM event's view cannot be decoded; LEDGER_UNKNOWN for a source
 *   kind whose events the contract does not take.
 */
export function submitEventToEvm(interop: Contract, event: ViewToSubmit, app: string) {
  return submitByKind(interop, event, app, { fabric: submitFabricEvent, evm: submitEvmEvent });
}

/** Submits a verified command event: the contract runs it for `app`, its target, once (proofs/commands.ts). */
export function submitCommandToEvm(interop: Contract, event: ViewToSubmit, app: string) {
  return submitByKind(interop, event, app, { fabric: submitFabricCommand, evm: submitEvmCommand });
}

/** Submits a verified confirmation event for `app`, the command's issuer, which records it. */
export function submitConfirmationToEvm(interop: Contract, event: ViewToSubmit, app: string) {
  return submitByKind(interop, event, app, { fabric: submitFabricConfirmation, evm: submitEvmConfirmation });
}

/** An event's view submitted through the entry point of its source's kind. */
async function submitByKind<R>(
  interop: Contract,
  event: ViewToSubmit,
  app: string,
  entries: {
    readonly fabric: (interop: Contract, view: Uint8Array, app: string) => Promise<R>;
    readonly evm: (
      interop: Contract,
      statement: EvmStatement,
      signatures: readonly Uint8Array[],
      app: string,
    ) => Promise<R>;
  },
): Promise<R> {
  if (event.ledger === 'fabric') return entries.fabric(interop, event.proof, app);
  if (event.ledger !== 'evm') {
    throw new WeftError(
      'LEDGER_UNKNOWN',
      `the interop contract takes events of Fabric and EVM sources, not ${event.ledger}`,
    );
  }
  const decoded = decodeEvmView(event.proof);
  if (!decoded) throw new WeftError('VIEW_INVALID', 'the EVM event cannot be decoded');
  return entries.evm(
    interop,
    decoded.statement,
    decoded.attestations.map((a) => a.signature),
    app,
  );
}

/** AssetStore's CommandStatus enum, by index (None = 0: never issued, refused as COMMAND_NOT_FOUND). */
const COMMAND_STATUSES = [undefined, 'pending', 'succeeded', 'failed', 'compensated'] as const;

/** What the sample AssetStore knows of a command it issued. */
export interface IssuedCommand {
  readonly status: CommandStatus;
  /** The confirmed outcome; of a compensated command, its late confirmation's (never applied). */
  readonly ok: boolean;
  readonly result: string;
  /** A confirmation came after the command was compensated. */
  readonly late: boolean;
  readonly deadlineMs: bigint;
}

/**
 * Issues `command` from the sample AssetStore (its deployer only): pending, and logged as COMMAND_LOG for
 * its destination's stream.
 *
 * @throws {WeftError} COMMAND_INVALID for a command out of bounds or an id issued already; ACCESS_DENIED for
 *   another account than the deployer.
 */
export function issueCommand(assets: Contract, command: Command): Promise<SentTransaction> {
  const c = checkCommand(command);
  return sendApplication(
    assets,
    'issueCommand',
    c.id,
    c.destination,
    c.target,
    c.action,
    c.args,
    BigInt(c.deadlineMs),
  );
}

/** @throws {WeftError} COMMAND_NOT_FOUND for a command never issued. */
export async function commandOf(assets: Contract, id: string): Promise<IssuedCommand> {
  const [status, ok, result, late, deadlineMs] = await readApplication<
    [bigint, boolean, string, boolean, bigint]
  >(assets, 'commandOf', id);
  return { status: COMMAND_STATUSES[Number(status)] ?? 'pending', ok, result, late, deadlineMs };
}

/**
 * Compensates a pending command past its deadline (the deployer only).
 *
 * @throws {WeftError} COMMAND_NOT_DUE within its deadline; COMMAND_ALREADY_CONFIRMED once confirmed or
 *   compensated; COMMAND_NOT_FOUND.
 */
export function compensate(assets: Contract, id: string): Promise<SentTransaction> {
  return sendApplication(assets, 'compensate', id);
}

/** Gives `account` new units (the deployer only). */
export function mint(assets: Contract, account: string, amount: bigint): Promise<SentTransaction> {
  return sendApplication(assets, 'mint', account, amount);
}

export function balanceOf(assets: Contract, account: string): Promise<bigint> {
  return readApplication<bigint>(assets, 'balanceOf', account);
}
