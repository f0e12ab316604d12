/**
 * Command events for an application chaincode, the Fabric side of proofs/commands.ts, beside the outbox.
 *
 * - Issuer: `issueCommand` records the command as pending and emits `Command` through the outbox;
 *   `applyConfirmation` takes the destination's `CommandExecuted` event (verified by the interop chaincode's
 *   SubmitEvent) and records the outcome; `compensate` marks a pending command past its deadline.
 * - Destination: `executeCommand` takes a command event (verified the same way), runs it at most once per
 *   (source network, id) through the application's `run`, records the outcome and emits `CommandExecuted`.
 *
 * Exactly once holds at commit too: running reads the outcome key before writing it, so two transactions
 * running one command in one block conflict and the later one is invalidated (MVCC), its effects with it.
 *
 * Commands come from Fabric outboxes (event name `Command.<destination>`, proofs/commands.ts) or EVM logs (`CommandIssued`, whose record is
 * named by topic0 and carries the log's topics and data, ledgers/evm/log-event.ts); confirmations likewise.
 */
import { EventFragment } from 'ethers';
import type { Context } from 'fabric-contract-api';
import { isWeftError } from '../../common/errors.js';
import { refusalText } from '../../common/refusal.js';
import { decodeLogPayload } from '../../ledgers/evm/log-event.js';
import { parseAddress } from '../../proofs/address.js';
import {
  COMMAND_LOG,
  CONFIRMATION_LOG,
  type Command,
  type CommandStatus,
  checkCommand,
  checkCompensation,
  commandEventName,
  confirmationEventName,
  confirmationStep,
  decodeCommand,
  decodeConfirmation,
  encodeCommand,
  encodeConfirmation,
  isCommandSource,
  MAX_COMMAND_TEXT_BYTES,
} from '../../proofs/commands.js';
import { decodeEventRecord, type EventRecord } from '../../proofs/events.js';
import { MAX_CLOCK_SKEW_MS } from '../../proofs/freshness.js';
import { emitEvent } from './outbox.js';
import { isRefusal, refusalIn, refuse } from './refusal.js';

/** What `compensate` emits through the outbox, with the command's encoding. */
export const COMPENSATION_EVENT = 'CommandCompensated';

const INTEROP = 'interop';
/** The issuer's record of a command, by id. */
const ISSUED = 'weft-command';
/** The destination's outcome of a command, by source network and id. */
const OUTCOME = 'weft-command-outcome';

const COMMAND_TOPIC = EventFragment.from(`event ${COMMAND_LOG}`).topicHash.toLowerCase();
const CONFIRMATION_TOPIC = EventFragment.from(`event ${CONFIRMATION_LOG}`).topicHash.toLowerCase();

/** What the issuer knows of a command it issued (`commandRecord`). */
export interface IssuedCommand extends Command {
  readonly status: CommandStatus;
  readonly issuedTxId: string;
  readonly issuedMs: number;
  /** Once confirmed: the destination's result, or its reason (a refusal's JSON) when failed. */
  readonly result?: string;
  readonly confirmedMs?: number;
  readonly compensatedMs?: number;
  /** A confirmation that came after compensation: kept, never applied. */
  readonly late?: { readonly ok: boolean; readonly result: string; readonly atMs: number };
}

/** What a destination recorded of a command it took (`commandOutcome`). */
export interface CommandOutcome {
  readonly sourceNetwork: string;
  readonly id: string;
  readonly action: string;
  readonly ok: boolean;
  readonly result: string;
  readonly txId: string;
  readonly atMs: number;
}

/**
 * The application's action: its result as text, or a refusal (Refusal, WeftError) that becomes the
 * command's failed outcome. Fabric keeps every write of a transaction that completes, so an action must
 * refuse before it writes anything: a refusal after a write would commit that write with a failed outcome.
 */
export type RunCommand = (action: string, args: readonly string[], sourceNetwork: string) => Promise<string>;

const txTimeMs = (ctx: Context) => ctx.stub.getDateTimestamp().getTime();
const issuedKey = (ctx: Context, id: string) => ctx.stub.createCompositeKey(ISSUED, [id]);
const outcomeKey = (ctx: Context, source: string, id: string) =>
  ctx.stub.createCompositeKey(OUTCOME, [source, id]);

async function readJson<T>(ctx: Context, key: string): Promise<T | undefined> {
  const stored = await ctx.stub.getState(key);
  return stored.length === 0 ? undefined : (JSON.parse(Buffer.from(stored).toString('utf8')) as T);
}

async function putJson(ctx: Context, key: string, value: unknown): Promise<void> {
  await ctx.stub.putState(key, Buffer.from(JSON.stringify(value)));
}

/** The interop chaincode's answer to `args`; its refusal as this transaction's. */
async function interop(ctx: Context, args: string[]): Promise<Uint8Array> {
  const response = await ctx.stub.invokeChaincode(INTEROP, args, ctx.stub.getChannelID());
  if (response.status !== 200) throw refusalIn(response.message ?? '');
  return response.payload ?? new Uint8Array();
}

/** This network's id, as its admins recorded it in the interop chaincode (LOCAL_NETWORK_UNSET before). */
async function localNetwork(ctx: Context): Promise<string> {
  return Buffer.from(await interop(ctx, ['GetLocalNetwork'])).toString('utf8');
}

/**
 * Refuses a stream that is none of the command sources this network's admins recorded for its network:
 * another application of that network, whose members prove its events as well as any other's.
 */
async function checkSource(ctx: Context, streamAddress: string): Promise<void> {
  const { networkId, viewText } = parseAddress(streamAddress);
  let sources: string[];
  try {
    sources = JSON.parse(Buffer.from(await interop(ctx, ['GetCommandSources', networkId])).toString('utf8'));
  } catch (error) {
    if (isRefusal(error) && error.code === 'NOT_RECORDED') sources = [];
    else throw error;
  }
  if (!isCommandSource(sources, viewText)) {
    throw refuse(
      'COMMAND_SOURCE_UNTRUSTED',
      `${viewText} is none of the command sources recorded for ${networkId}`,
    );
  }
}

/** The next event of the subscribed stream, verified and taken once, in order, by the interop chaincode. */
async function takeEvent(
  ctx: Context,
  viewBase64: string,
  streamAddress: string,
  nonce: string,
): Promise<EventRecord> {
  return decodeEventRecord(await interop(ctx, ['SubmitEvent', viewBase64, streamAddress, nonce]));
}

/**
 * The tuple an event carries if it is of the kind asked for: a Fabric outbox's event of that name, or an
 * EVM log of that topic0 (the record's name, and the log's first topic), whose data is the tuple.
 */
function tupleOf(record: EventRecord, fabricName: string, topic: string, what: string): Uint8Array {
  if (record.name === fabricName) return record.payload;
  // Another network's stream of the kind asked for (`Command.<other>`): what this network must not take.
  if (record.name.startsWith(`${fabricName.split('.')[0]}.`)) {
    throw refuse(
      what === 'command' ? 'COMMAND_MISDIRECTED' : 'CONFIRMATION_MISDIRECTED',
      `${record.name} is another network's`,
    );
  }
  if (record.name.toLowerCase() === topic) {
    let log: ReturnType<typeof decodeLogPayload>;
    try {
      log = decodeLogPayload(record.payload);
    } catch {
      throw refuse('COMMAND_INVALID', `the ${what} log's payload is not a log`);
    }
    if (log.topics[0] !== topic) throw refuse('COMMAND_INVALID', `the log is not a ${what}`);
    return log.data;
  }
  throw refuse('COMMAND_INVALID', `the event ${record.name} is not a ${what}`);
}

/** Issues `command`: recorded pending, emitted as `Command`. COMMAND_INVALID for one out of bounds or an id used. */
export async function issueCommand(ctx: Context, command: Command): Promise<IssuedCommand> {
  checkCommand(command);
  const key = issuedKey(ctx, command.id);
  if ((await ctx.stub.getState(key)).length > 0) {
    throw refuse('COMMAND_INVALID', `the command id ${command.id} is used already`);
  }
  const record: IssuedCommand = {
    id: command.id,
    destination: command.destination,
    target: command.target,
    action: command.action,
    args: [...command.args],
    deadlineMs: command.deadlineMs,
    status: 'pending',
    issuedTxId: ctx.stub.getTxID(),
    issuedMs: txTimeMs(ctx),
  };
  await putJson(ctx, key, record);
  await emitEvent(ctx, commandEventName(command.destination), encodeCommand(command));
  return record;
}

/** A refusal's JSON (common/refusal.ts) within a confirmation's bounds: the message is cut, never the code. */
function failureReason(code: Parameters<typeof refusalText>[0]['code'], message: string): string {
  let text = message;
  for (;;) {
    const reason = refusalText({ code, message: text });
    if (Buffer.byteLength(reason, 'utf8') <= MAX_COMMAND_TEXT_BYTES) return reason;
    text = text.slice(0, Math.floor(text.length * 0.9));
  }
}

/**
 * Takes the next event of a subscribed stream of commands and runs it, if it is addressed to this network
 * and to this application (`target`, the chaincode name it is deployed under), at most once per (source
 * network, id); a command run already is not run again and emits nothing, though its event is taken for
 * this subscription. A refusal of `run` is the command's failed outcome, confirmed as such; any other error
 * fails the transaction (nothing is written, the event is not taken). Emits `CommandExecuted` with the
 * confirmation. Returns the outcome and whether this transaction ran it.
 *
 * @throws COMMAND_INVALID for an event that is not a command; COMMAND_MISDIRECTED for a command addressed to
 *   another network or application; the interop chaincode's refusals of the event.
 */
export async function executeCommand(
  ctx: Context,
  viewBase64: string,
  streamAddress: string,
  nonce: string,
  run: RunCommand,
  target: string,
): Promise<{ readonly outcome: CommandOutcome; readonly ran: boolean }> {
  await checkSource(ctx, streamAddress);
  const record = await takeEvent(ctx, viewBase64, streamAddress, nonce);
  const local = await localNetwork(ctx);
  const command = decodeCommand(tupleOf(record, commandEventName(local), COMMAND_TOPIC, 'command'));
  if (command.destination !== local) {
    throw refuse('COMMAND_MISDIRECTED', `the command is for ${command.destination}, this is ${local}`);
  }
  if (command.target !== target) {
    throw refuse('COMMAND_MISDIRECTED', `the command is for ${command.target}, this is ${target}`);
  }
  // The source is the network whose members proved the event, as the stream names it: never the payload's.
  const sourceNetwork = parseAddress(streamAddress).networkId;
  const key = outcomeKey(ctx, sourceNetwork, command.id);
  const done = await readJson<CommandOutcome>(ctx, key);
  if (done) return { outcome: done, ran: false };
  let ok = true;
  let result: string;
  try {
    result = await run(command.action, command.args, sourceNetwork);
  } catch (error) {
    if (isRefusal(error)) result = failureReason(error.code, error.reason);
    else if (isWeftError(error)) result = failureReason(error.code, error.message);
    else throw error;
    ok = false;
  }
  const outcome: CommandOutcome = {
    sourceNetwork,
    id: command.id,
    action: command.action,
    ok,
    result,
    txId: ctx.stub.getTxID(),
    atMs: txTimeMs(ctx),
  };
  // Checked before anything of the outcome is written: an oversized result fails the whole transaction.
  const confirmation = encodeConfirmation({ commandId: command.id, source: sourceNetwork, ok, result });
  await putJson(ctx, key, outcome);
  await emitEvent(ctx, confirmationEventName(sourceNetwork), confirmation);
  return { outcome, ran: true };
}

/**
 * Takes the next event of a subscribed stream of confirmations and records it for the command it confirms:
 * one this network issued (COMMAND_NOT_FOUND otherwise), confirmed by the network it was sent to.
 * A pending command takes the outcome; a compensated one keeps its status and the confirmation as late.
 *
 * @throws COMMAND_INVALID for an event that is not a confirmation; CONFIRMATION_MISDIRECTED for one that
 *   names another source or comes from a network the command was not sent to; COMMAND_ALREADY_CONFIRMED.
 */
export async function applyConfirmation(
  ctx: Context,
  viewBase64: string,
  streamAddress: string,
  nonce: string,
): Promise<IssuedCommand> {
  await checkSource(ctx, streamAddress);
  const record = await takeEvent(ctx, viewBase64, streamAddress, nonce);
  const local = await localNetwork(ctx);
  const confirmation = decodeConfirmation(
    tupleOf(record, confirmationEventName(local), CONFIRMATION_TOPIC, 'confirmation'),
  );
  if (confirmation.source !== local) {
    throw refuse(
      'CONFIRMATION_MISDIRECTED',
      `the confirmation is for ${confirmation.source}, this is ${local}`,
    );
  }
  const key = issuedKey(ctx, confirmation.commandId);
  const issued = await readJson<IssuedCommand>(ctx, key);
  if (!issued) throw refuse('COMMAND_NOT_FOUND', `no command ${confirmation.commandId} was issued here`);
  const from = parseAddress(streamAddress).networkId;
  if (from !== issued.destination) {
    throw refuse(
      'CONFIRMATION_MISDIRECTED',
      `the command ${issued.id} was sent to ${issued.destination}, not to ${from}`,
    );
  }
  const step = confirmationStep(issued.status, confirmation);
  // One late confirmation is kept: a second is a second confirmation of the command.
  if (step.late && issued.late) {
    throw refuse('COMMAND_ALREADY_CONFIRMED', `the command ${issued.id} was confirmed late already`);
  }
  const atMs = txTimeMs(ctx);
  const updated: IssuedCommand = step.late
    ? { ...issued, late: { ok: confirmation.ok, result: confirmation.result, atMs } }
    : { ...issued, status: step.status, result: confirmation.result, confirmedMs: atMs };
  await putJson(ctx, key, updated);
  return updated;
}

/**
 * Marks a pending command past its deadline compensated, by the transaction's time, which must be near the
 * endorsing peer's clock (CLOCK_SKEW): a submitter chooses its transaction's timestamp, and would otherwise
 * date a compensation past any deadline. What compensating undoes is the application's; it runs in this
 * transaction, after this call. Emits `CommandCompensated` with the command.
 *
 * @throws COMMAND_NOT_FOUND; COMMAND_NOT_DUE before the deadline; COMMAND_ALREADY_CONFIRMED once confirmed
 *   or compensated.
 */
export async function compensate(ctx: Context, id: string): Promise<IssuedCommand> {
  const key = issuedKey(ctx, id);
  const issued = await readJson<IssuedCommand>(ctx, key);
  if (!issued) throw refuse('COMMAND_NOT_FOUND', `no command ${id} was issued here`);
  const nowMs = txTimeMs(ctx);
  const skew = Math.abs(Date.now() - nowMs);
  if (skew > MAX_CLOCK_SKEW_MS) {
    throw refuse('CLOCK_SKEW', `the proposal's timestamp is ${skew} ms from this peer's clock`);
  }
  checkCompensation(issued.status, issued.deadlineMs, nowMs, id);
  const updated: IssuedCommand = { ...issued, status: 'compensated', compensatedMs: nowMs };
  await putJson(ctx, key, updated);
  await emitEvent(ctx, COMPENSATION_EVENT, encodeCommand(issued));
  return updated;
}

/** The issuer's record of command `id`, as JSON; COMMAND_NOT_FOUND for none. */
export async function commandRecord(ctx: Context, id: string): Promise<string> {
  const stored = await ctx.stub.getState(issuedKey(ctx, id));
  if (stored.length === 0) throw refuse('COMMAND_NOT_FOUND', `no command ${id} was issued here`);
  return Buffer.from(stored).toString('utf8');
}

/** The destination's outcome of command `id` of `sourceNetwork`, as JSON; COMMAND_NOT_FOUND before it ran. */
export async function commandOutcome(ctx: Context, sourceNetwork: string, id: string): Promise<string> {
  const stored = await ctx.stub.getState(outcomeKey(ctx, sourceNetwork, id));
  if (stored.length === 0) throw refuse('COMMAND_NOT_FOUND', `no command ${id} of ${sourceNetwork} ran here`);
  return Buffer.from(stored).toString('utf8');
}
