/**
 * One command round trip between two networks of a running topology (proofs/commands.ts): the source's
 * sample application issues a command for the destination's; a client of the destination, subscribed to the
 * source's stream of commands for it, has each command event verified and run on its ledger (the interop
 * chaincode or contract verifies it again and runs it once); a client of the source, subscribed to the
 * destination's stream of confirmations for it, has the confirmation verified and recorded on the source's
 * ledger, where the issuing application reads the outcome. What `weft command` and `weft demo` run.
 */
import { randomUUID } from 'node:crypto';
import { WeftError } from '../common/errors.js';
import { decodeLogPayload } from '../ledgers/evm/log-event.js';
import { ledgerOf } from '../ledgers/registry.js';
import { type Command, decodeCommand, decodeConfirmation } from '../proofs/commands.js';
import type { VerifiedEvent } from '../sdk/events.js';
import { topologyOf } from '../topology/facets.js';
import type { IssuedCommandState } from '../topology/ledger-facet.js';
import type { NetworkState, TopologyState } from '../topology/state.js';
import { openSubscription, type ReceivedEvent, type StreamSubscription } from './subscribe.js';

/** The tuple an event carries: a Fabric outbox entry's payload, an EVM log's data. */
function tupleOf(event: VerifiedEvent): Uint8Array {
  return event.ledger === 'evm' ? decodeLogPayload(event.record.payload).data : event.record.payload;
}

export interface CommandRequest {
  readonly action: string;
  readonly args: readonly string[];
  /** Default: a fresh one. */
  readonly id?: string;
  /** How long the destination has to confirm it, from its issue; default 60 s. */
  readonly deadlineInMs?: number;
}

export interface CommandFlowResult {
  readonly source: string;
  readonly destination: string;
  readonly command: Command;
  /** The issuing transaction, committed on every org's peer (Fabric) or mined (EVM). */
  readonly issueMs: number;
  /** From the start of the issue to the command run on the destination's ledger. */
  readonly executedMs: number;
  /** From the start of the issue to the confirmation recorded on the source's ledger. */
  readonly confirmedMs: number;
  /** Of the run and of the record of its confirmation: their own transactions' commit times. */
  readonly executeCommitMs: number;
  readonly confirmCommitMs: number;
  readonly gas: { readonly issue?: bigint; readonly execute?: bigint; readonly confirm?: bigint };
  /** Who vouched for the command (the source's orgs) and for the confirmation (the destination's). */
  readonly commandOrgs: readonly string[];
  readonly confirmationOrgs: readonly string[];
  /** What the issuer reads once the confirmation is recorded. */
  readonly outcome: IssuedCommandState;
  /** Bytes of the command's tuple and of the proven views submitted: the command's, the confirmation's. */
  readonly bytes: {
    readonly command: number;
    readonly commandView: number;
    readonly confirmationView: number;
  };
}

/** Takes a subscription's events (each committed as it asked) until one that `mine` names. */
async function until(
  subscription: StreamSubscription,
  mine: (event: VerifiedEvent) => boolean,
  what: string,
): Promise<ReceivedEvent & { committedAt: number }> {
  for (;;) {
    const received = await subscription.next();
    if (!received) throw new WeftError('DEADLINE_EXCEEDED', `${what} did not come in time`);
    if (mine(received.event) && received.committedAt !== undefined) {
      return received as ReceivedEvent & { committedAt: number };
    }
  }
}

/**
 * Issues a command on `source` for `destination`'s sample application and waits for its confirmation to be
 * recorded on `source`.
 *
 * @throws {WeftError} DEADLINE_EXCEEDED when it is not confirmed within `timeoutMs`; the relays' and
 *   ledgers' refusals by code.
 */
export async function runCommandFlow(
  state: TopologyState,
  plan: { readonly source: NetworkState; readonly destination: NetworkState },
  request: CommandRequest,
  timeoutMs = 60_000,
): Promise<CommandFlowResult> {
  const { source, destination } = plan;
  const sourceFacts = ledgerOf(source.type).topologyFacts;
  const destinationFacts = ledgerOf(destination.type).topologyFacts;
  const command: Command = {
    id: request.id ?? `cmd-${randomUUID()}`,
    destination: destination.id,
    target: destinationFacts.commandTarget(destination),
    action: request.action,
    args: request.args,
    deadlineMs: Date.now() + (request.deadlineInMs ?? 60_000),
  };
  const failed = new AbortController();
  const signal = AbortSignal.any([failed.signal, AbortSignal.timeout(timeoutMs)]);
  const [commands, confirmations] = await Promise.all([
    openSubscription(state, {
      address: sourceFacts.commandStream(source, destination.id),
      from: destination.id,
      commit: true,
      commitAs: 'command',
      signal,
    }),
    openSubscription(state, {
      address: destinationFacts.confirmationStream(destination, source.id),
      from: source.id,
      commit: true,
      commitAs: 'confirmation',
      signal,
    }),
  ]);
  const issuer = await (await topologyOf(source)).openClient(state, source);
  try {
    const started = performance.now();
    const issuing = issuer.issueCommand(command);
    // The command may be run before the issuer hears its commit: both go on at once.
    issuing.catch(() => failed.abort());
    const isOurs =
      (decode: (bytes: Uint8Array) => { id?: string; commandId?: string }) => (e: VerifiedEvent) => {
        try {
          const decoded = decode(tupleOf(e));
          return (decoded.id ?? decoded.commandId) === command.id;
        } catch {
          return false;
        }
      };
    const executed = await until(
      commands,
      isOurs(decodeCommand),
      `the command ${command.id} on ${destination.id}`,
    );
    const confirmed = await until(
      confirmations,
      isOurs(decodeConfirmation),
      `the confirmation of ${command.id} on ${source.id}`,
    );
    const issued = await issuing;
    const outcome = await issuer.commandState(command.id);
    return {
      source: source.id,
      destination: destination.id,
      command,
      issueMs: issued.commitMs,
      executedMs: executed.committedAt - started,
      confirmedMs: confirmed.committedAt - started,
      executeCommitMs: executed.committed!.commitMs,
      confirmCommitMs: confirmed.committed!.commitMs,
      gas: {
        ...(issued.gasUsed === undefined ? {} : { issue: issued.gasUsed }),
        ...(executed.committed?.gasUsed === undefined ? {} : { execute: executed.committed.gasUsed }),
        ...(confirmed.committed?.gasUsed === undefined ? {} : { confirm: confirmed.committed.gasUsed }),
      },
      commandOrgs: executed.event.orgs,
      confirmationOrgs: confirmed.event.orgs,
      outcome,
      bytes: {
        command: tupleOf(executed.event).length,
        commandView: executed.event.proof.length,
        confirmationView: confirmed.event.proof.length,
      },
    };
  } finally {
    issuer.close();
    await Promise.all([commands.close(), confirmations.close()]);
  }
}
