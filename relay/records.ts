/**
 * The persisted life of a request, at either end.
 *
 * Outbound (this relay's client asked for a view of another network):
 *   PENDING_ACK -> PENDING -> COMPLETED | ERROR
 * Inbound (a peer relay asked for a view of this relay's network):
 *   RECEIVED -> AT_DRIVER -> ANSWERED -> DELIVERED | FAILED
 *
 * Every state is stored before it is acted on, so a restarted relay resumes each request from where it was:
 * it asks again, answers again or delivers again. Repeats are harmless: the peer keys requests by id, and the
 * destination ledger accepts a view's nonce once.
 */

import { type ErrorCode, WeftError } from '../common/errors.js';
import { common } from '../protos/index.js';
import type { StoredRecord } from '../store/request-store.js';
import { type ViewAnswer, type ViewQuery, viewMessage, type WireView } from '../transport/edge.js';

export type OutboundStatus = 'PENDING_ACK' | 'PENDING' | 'COMPLETED' | 'ERROR';
export type InboundStatus = 'RECEIVED' | 'AT_DRIVER' | 'ANSWERED' | 'DELIVERED' | 'FAILED';

/** A view as stored: its bytes in base64 (the journal is JSON). */
export interface StoredView extends Omit<WireView, 'data'> {
  readonly data: string;
}

/** An error's code travels as data; journals written before it keep only the text. */
export type StoredAnswer =
  | { readonly view: StoredView }
  | { readonly error: string; readonly code?: ErrorCode | undefined };

interface Common extends StoredRecord {
  readonly id: string;
  readonly query: ViewQuery;
  readonly createdAt: number;
  /** Epoch ms after which the request fails. */
  readonly deadline: number;
  /** Attempts at the current step, for backoff. */
  readonly attempts: number;
  /** Its states as it went through them, with when (epoch ms), the last few: what an operator reads. */
  readonly history?: ReadonlyArray<{ readonly status: RequestStatus; readonly at: number }>;
  /** How often an operator had it tried again (`retry`): its attempt toward the source, 0 the first. */
  readonly retried?: number;
}

export interface OutboundRecord extends Common {
  readonly role: 'outbound';
  readonly status: OutboundStatus;
  readonly answer?: StoredAnswer;
}

export interface InboundRecord extends Common {
  readonly role: 'inbound';
  /** The peer network that asked, as authenticated by its certificate. */
  readonly origin: string;
  readonly status: InboundStatus;
  /** Dropped once delivered: the requesting relay holds it then. */
  readonly answer?: StoredAnswer | undefined;
}

export type RequestRecord = OutboundRecord | InboundRecord;

export type RequestStatus = OutboundStatus | InboundStatus;

/**
 * Where each state may go. A state may go to itself (another attempt); an outbound request may complete
 * before its ack arrives (the ack lost, the source's answer not); a request silent at the driver is asked
 * again. Final states go nowhere.
 */
const NEXT: Readonly<Record<RequestStatus, ReadonlySet<RequestStatus>>> = {
  PENDING_ACK: new Set(['PENDING_ACK', 'PENDING', 'COMPLETED', 'ERROR']),
  PENDING: new Set(['COMPLETED', 'ERROR']),
  COMPLETED: new Set(),
  ERROR: new Set(),
  RECEIVED: new Set(['RECEIVED', 'AT_DRIVER', 'ANSWERED']),
  AT_DRIVER: new Set(['RECEIVED', 'ANSWERED']),
  ANSWERED: new Set(['ANSWERED', 'DELIVERED', 'FAILED']),
  DELIVERED: new Set(),
  FAILED: new Set(),
};

/** The states a request starts in. */
export const INITIAL: ReadonlySet<RequestStatus> = new Set(['PENDING_ACK', 'RECEIVED']);

export function isFinal(status: RequestStatus): boolean {
  return NEXT[status].size === 0;
}

/**
 * Refuses a move the life of a request does not have (`from` undefined: a new request).
 *
 * @throws {WeftError} TRANSITION_INVALID
 */
export function checkTransition(id: string, from: RequestStatus | undefined, to: RequestStatus): void {
  if (from === undefined ? INITIAL.has(to) : NEXT[from].has(to)) return;
  throw new WeftError('TRANSITION_INVALID', `request ${id} cannot go from ${from ?? 'nothing'} to ${to}`, {
    requestId: id,
    from: from ?? 'none',
    to,
  });
}

export const outboundKey = (id: string) => `out/${id}`;
/** The request id of an outbound key; undefined for another key. */
export const outboundIdOf = (key: string): string | undefined =>
  key.startsWith('out/') ? key.slice('out/'.length) : undefined;
/**
 * The id an outbound request goes to the source under: its own, then, once an operator retried it, one per
 * retry, since the source takes a request id once.
 */
export const attemptId = (id: string, retried = 0) => (retried === 0 ? id : `${id}.r${retried}`);
/** The request an answer may be of: its id without a retry's suffix (the caller checks the attempt). */
export const requestIdOf = (attempt: string) => attempt.replace(/\.r[0-9]+$/, '');
/** Request ids are at most this long (transport/edge.ts): a retry's id must fit too. */
export const MAX_REQUEST_ID_LENGTH = 128;
/** States kept in a request's history. */
export const HISTORY_LENGTH = 16;
/** Inbound ids are only unique per origin: a peer cannot touch another peer's requests. */
export const inboundKey = (origin: string, id: string) => `in/${origin}/${id}`;
/** The id the driver sees for an inbound request, and answers with. */
export const driverRequestId = (origin: string, id: string) => `${origin}:${id}`;

/** The inbound key of the request a driver answers under `requestId`; undefined if it names none. */
export function driverAnswerKey(requestId: string): string | undefined {
  const separator = requestId.indexOf(':');
  return separator > 0
    ? inboundKey(requestId.slice(0, separator), requestId.slice(separator + 1))
    : undefined;
}

export function storedAnswer(answer: ViewAnswer): StoredAnswer {
  return 'view' in answer
    ? { view: { meta: answer.view.meta, data: Buffer.from(answer.view.data).toString('base64') } }
    : { error: answer.error, code: answer.code };
}

export function wireAnswer(requestId: string, answer: StoredAnswer): ViewAnswer {
  return 'view' in answer
    ? { requestId, view: { meta: answer.view.meta, data: Buffer.from(answer.view.data, 'base64') } }
    : { requestId, error: answer.error, code: answer.code ?? 'REMOTE_ERROR' };
}

const WIRE_STATUS: Record<OutboundStatus, common.state.RequestState.STATUS> = {
  PENDING_ACK: common.state.RequestState.STATUS.PENDING_ACK,
  PENDING: common.state.RequestState.STATUS.PENDING,
  ERROR: common.state.RequestState.STATUS.ERROR,
  COMPLETED: common.state.RequestState.STATUS.COMPLETED,
};

/** What a client sees of an outbound request (common.state.RequestState). */
export function requestStateMessage(record: OutboundRecord): common.state.RequestState {
  const state = { request_id: record.id, status: WIRE_STATUS[record.status] };
  if (!record.answer) return common.state.RequestState.create(state);
  const answer = wireAnswer(record.id, record.answer);
  return common.state.RequestState.create(
    'view' in answer
      ? { ...state, view: viewMessage(answer.view) }
      : { ...state, error: answer.error, error_code: answer.code },
  );
}
