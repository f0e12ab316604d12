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

import { type ViewAnswer, type ViewQuery, viewMessage, type WireView } from '../transport/edge.js';
import type { StoredRecord } from './store.js';

export type OutboundStatus = 'PENDING_ACK' | 'PENDING' | 'COMPLETED' | 'ERROR';
export type InboundStatus = 'RECEIVED' | 'AT_DRIVER' | 'ANSWERED' | 'DELIVERED' | 'FAILED';

/** A view as stored: its bytes in base64 (the journal is JSON). */
export interface StoredView extends Omit<WireView, 'data'> {
  readonly data: string;
}

export type StoredAnswer = { readonly view: StoredView } | { readonly error: string };

interface Common extends StoredRecord {
  readonly id: string;
  readonly query: ViewQuery;
  readonly createdAt: number;
  /** Epoch ms after which the request fails. */
  readonly deadline: number;
  /** Attempts at the current step, for backoff. */
  readonly attempts: number;
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

const FINAL = new Set(['COMPLETED', 'ERROR', 'DELIVERED', 'FAILED']);

export function isFinal(status: OutboundStatus | InboundStatus): boolean {
  return FINAL.has(status);
}

export const outboundKey = (id: string) => `out/${id}`;
/** Inbound ids are only unique per origin: a peer cannot touch another peer's requests. */
export const inboundKey = (origin: string, id: string) => `in/${origin}/${id}`;
/** The id the driver sees for an inbound request, and answers with. */
export const driverRequestId = (origin: string, id: string) => `${origin}:${id}`;

export function storedAnswer(answer: ViewAnswer): StoredAnswer {
  return 'view' in answer
    ? { view: { meta: answer.view.meta, data: Buffer.from(answer.view.data).toString('base64') } }
    : { error: answer.error };
}

export function wireAnswer(requestId: string, answer: StoredAnswer): ViewAnswer {
  return 'view' in answer
    ? { requestId, view: { meta: answer.view.meta, data: Buffer.from(answer.view.data, 'base64') } }
    : { requestId, error: answer.error };
}

/** Weaver's common.state.RequestState.STATUS numbers. */
const WIRE_STATUS: Record<OutboundStatus, number> = { PENDING_ACK: 0, PENDING: 1, ERROR: 2, COMPLETED: 3 };

/** What a client sees of an outbound request (common.state.RequestState). */
export function requestStateMessage(record: OutboundRecord): Record<string, unknown> {
  const message: Record<string, unknown> = { request_id: record.id, status: WIRE_STATUS[record.status] };
  if (!record.answer) return message;
  const answer = wireAnswer(record.id, record.answer);
  return 'view' in answer
    ? { ...message, view: viewMessage(answer.view) }
    : { ...message, error: answer.error };
}
