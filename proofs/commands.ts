/**
 * Command events: an instruction emitted on one network for another network to run, and the confirmation
 * that comes back. Both are events (proofs/events.ts), so each travels with its source's proof.
 *
 * - A **command** is an event named `Command` of the issuing application's outbox (Fabric), or a
 *   `CommandIssued` log of its contract (EVM). It names its destination network, the application there, the
 *   action, its arguments and a deadline.
 * - The destination verifies the command's proof, runs it at most once per (source network, id) and records
 *   the outcome.
 * - The outcome is a **confirmation**: an event of the destination, `CommandExecuted`, proven by the
 *   destination's members. It is verified and recorded on the issuer's ledger. A confirmation names the
 *   command's source network, so the issuer refuses one meant for another network. The stream it came on
 *   names the destination, so the issuer refuses a confirmation from a network the command was not sent to.
 *
 * Both are ABI tuples on every ledger: a Solidity contract decodes them with `abi.decode` at no parsing
 * cost, and a Fabric chaincode with ethers' AbiCoder. On an EVM source the log's data is the same tuple (no
 * field is indexed but the one topic a stream filters on), so one decoder serves both kinds. Pure: no I/O.
 */
import { AbiCoder, getBytes, hexlify } from 'ethers';
import { WeftError } from '../common/errors.js';

/** The event name of a command in a Fabric outbox; on EVM, the log `CommandIssued` below. */
export const COMMAND_EVENT = 'Command';
/** The event name of a confirmation in a Fabric outbox; on EVM, the log `CommandExecuted` below. */
export const CONFIRMATION_EVENT = 'CommandExecuted';
/**
 * A Fabric outbox's stream of commands is per destination, `Command.<destination>`, and its stream of
 * confirmations per issuer, `CommandExecuted.<source>`: a network subscribes to what is addressed to it
 * alone, and a source's access rules can let each network read its own stream and no other's. An EVM
 * source's logs carry the same address as their indexed topic, so a log stream filters on it.
 */
export const commandEventName = (destination: string) => `${COMMAND_EVENT}.${destination}`;
export const confirmationEventName = (source: string) => `${CONFIRMATION_EVENT}.${source}`;

/**
 * The EVM logs, as Solidity declares them. The indexed topic is keccak256 of the network each is addressed
 * to (the destination of a command, the source of a confirmation), so a stream can take only its own.
 */
export const COMMAND_LOG =
  'CommandIssued(bytes32 indexed destinationHash, string id, string destination, string target, string action, string[] args, uint64 deadlineMs)';
export const CONFIRMATION_LOG =
  'CommandExecuted(bytes32 indexed sourceHash, string commandId, string source, bool ok, string result)';

const COMMAND_TUPLE = ['string', 'string', 'string', 'string', 'string[]', 'uint64'] as const;
const CONFIRMATION_TUPLE = ['string', 'string', 'bool', 'string'] as const;

export const MAX_COMMAND_ID_BYTES = 128;
export const MAX_COMMAND_ARGS = 16;
/** Of one argument, and of a confirmation's result or reason. */
export const MAX_COMMAND_TEXT_BYTES = 4096;

export interface Command {
  /** Unique per issuing network: what a destination runs at most once. */
  readonly id: string;
  /** The network that runs it. */
  readonly destination: string;
  /** The application there: a chaincode name, or a contract address (0x..., 20 bytes). */
  readonly target: string;
  /** The application's action, e.g. `put` or `transfer`. */
  readonly action: string;
  readonly args: readonly string[];
  /** Milliseconds since the epoch after which the issuer may compensate. */
  readonly deadlineMs: number;
}

export interface Confirmation {
  readonly commandId: string;
  /** The network that issued the command. */
  readonly source: string;
  readonly ok: boolean;
  /** The action's result, or the destination's reason for failing it. */
  readonly result: string;
}

const abi = AbiCoder.defaultAbiCoder();

/**
 * The tuple's fields, if `bytes` is its canonical encoding: decoding alone takes any nonzero word for `true`
 * and any offsets, so bytes of another shape could pass for it.
 */
function decodeCanonical(types: readonly string[], bytes: Uint8Array, what: string) {
  let fields: ReturnType<typeof abi.decode>;
  try {
    fields = abi.decode(types, bytes);
  } catch (error) {
    throw invalid(`not ${what} (ABI ${types.join(', ')})`, error);
  }
  if (abi.encode(types, fields) !== hexlify(bytes))
    throw invalid(`not the canonical ABI encoding of ${what}`);
  return fields;
}
const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

function invalid(message: string, cause?: unknown): WeftError {
  return new WeftError('COMMAND_INVALID', message, {}, cause === undefined ? undefined : { cause });
}

/** @throws {WeftError} COMMAND_INVALID naming the field out of bounds. */
export function checkCommand(command: Command): Command {
  const text = (name: string, value: string, max: number) => {
    if (typeof value !== 'string' || value.length === 0 || byteLength(value) > max) {
      throw invalid(`a command's ${name} is 1 to ${max} bytes`);
    }
  };
  text('id', command.id, MAX_COMMAND_ID_BYTES);
  text('destination', command.destination, 256);
  text('target', command.target, 256);
  text('action', command.action, 64);
  if (!Array.isArray(command.args) || command.args.length > MAX_COMMAND_ARGS) {
    throw invalid(`a command has at most ${MAX_COMMAND_ARGS} arguments`);
  }
  for (const arg of command.args) {
    if (typeof arg !== 'string' || byteLength(arg) > MAX_COMMAND_TEXT_BYTES) {
      throw invalid(`a command's argument is at most ${MAX_COMMAND_TEXT_BYTES} bytes`);
    }
  }
  if (!Number.isSafeInteger(command.deadlineMs) || command.deadlineMs <= 0) {
    throw invalid('a command has a deadline, in ms since the epoch');
  }
  return command;
}

export function encodeCommand(command: Command): Uint8Array {
  const c = checkCommand(command);
  return getBytes(
    abi.encode(COMMAND_TUPLE, [c.id, c.destination, c.target, c.action, c.args, BigInt(c.deadlineMs)]),
  );
}

/** @throws {WeftError} COMMAND_INVALID when the bytes are not a command in bounds. */
export function decodeCommand(bytes: Uint8Array): Command {
  const fields = decodeCanonical(COMMAND_TUPLE, bytes, 'a command');
  const deadline = fields[5] as bigint;
  if (deadline > BigInt(Number.MAX_SAFE_INTEGER)) throw invalid('a command deadline beyond 2^53 ms');
  return checkCommand({
    id: fields[0] as string,
    destination: fields[1] as string,
    target: fields[2] as string,
    action: fields[3] as string,
    args: [...(fields[4] as string[])],
    deadlineMs: Number(deadline),
  });
}

/** @throws {WeftError} COMMAND_INVALID naming the field out of bounds. */
export function checkConfirmation(confirmation: Confirmation): Confirmation {
  const { commandId, source, ok, result } = confirmation;
  if (
    typeof commandId !== 'string' ||
    commandId.length === 0 ||
    byteLength(commandId) > MAX_COMMAND_ID_BYTES
  ) {
    throw invalid(`a confirmation's command id is 1 to ${MAX_COMMAND_ID_BYTES} bytes`);
  }
  if (typeof source !== 'string' || source.length === 0 || byteLength(source) > 256) {
    throw invalid("a confirmation's source is 1 to 256 bytes");
  }
  if (typeof ok !== 'boolean') throw invalid('a confirmation is ok or not');
  if (typeof result !== 'string' || byteLength(result) > MAX_COMMAND_TEXT_BYTES) {
    throw invalid(`a confirmation's result is at most ${MAX_COMMAND_TEXT_BYTES} bytes`);
  }
  return confirmation;
}

export function encodeConfirmation(confirmation: Confirmation): Uint8Array {
  const c = checkConfirmation(confirmation);
  return getBytes(abi.encode(CONFIRMATION_TUPLE, [c.commandId, c.source, c.ok, c.result]));
}

/** @throws {WeftError} COMMAND_INVALID when the bytes are not a confirmation in bounds. */
export function decodeConfirmation(bytes: Uint8Array): Confirmation {
  const fields = decodeCanonical(CONFIRMATION_TUPLE, bytes, 'a confirmation');
  return checkConfirmation({
    commandId: fields[0] as string,
    source: fields[1] as string,
    ok: fields[2] as boolean,
    result: fields[3] as string,
  });
}

/** What an issuer knows of a command it issued. */
export type CommandStatus =
  /** Issued, no confirmation yet. */
  | 'pending'
  /** Confirmed as run by the destination, with its result. */
  | 'succeeded'
  /** Confirmed as failed by the destination, with its reason. */
  | 'failed'
  /** Past its deadline unconfirmed, and the issuer ran its compensation. A later confirmation is only kept. */
  | 'compensated';

/**
 * The issuer's transition on a verified confirmation: a pending command takes its outcome; a compensated one
 * keeps its status and records the confirmation as late; a command already confirmed refuses a second one.
 *
 * @throws {WeftError} COMMAND_ALREADY_CONFIRMED for a second confirmation of a command.
 */
export function confirmationStep(
  status: CommandStatus,
  confirmation: Confirmation,
): { readonly status: CommandStatus; readonly late: boolean } {
  if (status === 'pending') return { status: confirmation.ok ? 'succeeded' : 'failed', late: false };
  if (status === 'compensated') return { status, late: true };
  throw new WeftError(
    'COMMAND_ALREADY_CONFIRMED',
    `the command ${confirmation.commandId} was confirmed already`,
    {
      commandId: confirmation.commandId,
      status,
    },
  );
}

/**
 * Whether the issuer may compensate now: a pending command past its deadline.
 *
 * @throws {WeftError} COMMAND_NOT_DUE before the deadline; COMMAND_ALREADY_CONFIRMED once confirmed or
 *   compensated.
 */
export function checkCompensation(
  status: CommandStatus,
  deadlineMs: number,
  nowMs: number,
  id: string,
): void {
  if (status !== 'pending') {
    throw new WeftError(
      'COMMAND_ALREADY_CONFIRMED',
      `the command ${id} is ${status}: nothing to compensate`,
      {
        commandId: id,
        status,
      },
    );
  }
  if (nowMs <= deadlineMs) {
    throw new WeftError('COMMAND_NOT_DUE', `the command ${id} is within its deadline`, {
      commandId: id,
      deadlineMs,
      nowMs,
    });
  }
}

/** The most prefixes recorded for one network's command sources. */
export const MAX_COMMAND_SOURCES = 8;

/**
 * A network's **command sources**, as a destination or an issuer records them for another network: the
 * prefixes of the view texts of its streams whose commands (or confirmations) are taken, one per
 * application (`mychannel:assets:EventAt:` for a chaincode, `31001:0xab..:log:` for a contract). Without
 * them, any application of that network whose events its members prove could command this one.
 *
 * @throws {WeftError} COMMAND_INVALID for anything but 0 to MAX_COMMAND_SOURCES prefixes of 1 to 512 bytes
 */
export function checkCommandSources(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > MAX_COMMAND_SOURCES) {
    throw invalid(`command sources are a list of at most ${MAX_COMMAND_SOURCES} stream prefixes`);
  }
  for (const prefix of value) {
    if (typeof prefix !== 'string' || prefix.length === 0 || byteLength(prefix) > 512) {
      throw invalid('a command source is a stream prefix of 1 to 512 bytes');
    }
  }
  return value as string[];
}

/** Whether the stream of view text `stream` is one of `sources`' applications. */
export function isCommandSource(sources: readonly string[], stream: string): boolean {
  return sources.some((prefix) => stream.startsWith(prefix));
}
