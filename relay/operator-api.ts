/**
 * The relay's operator API, on its operations port: requests listed and shown by state with the history of
 * their states, a failed one retried, an open one cancelled; event subscriptions listed by status. Every call carries the relay's operator token
 * (`Authorization: Bearer <token>`, the token of the state folder's `operator.token`).
 *
 * A request's states (relay/records.ts), as an operator reads them:
 * - a client's (outbound): PENDING_ACK (taken, not yet acknowledged by the source's relay), PENDING
 *   (acknowledged, its view awaited), COMPLETED (a view delivered to the client, who verifies it), ERROR
 *   (failed, with its weft code; `retry` takes it on again, as a new attempt at the source);
 * - a peer relay's (inbound): RECEIVED, AT_DRIVER (the driver works on it), ANSWERED (a view or an error,
 *   being delivered), DELIVERED, FAILED (undeliverable).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, isWeftError, WeftError } from '../common/errors.js';
import { bearerMatches } from '../operations/auth.js';
import type { RequestMachine } from './machine.js';
import type { RequestRecord, RequestStatus } from './records.js';
import type { EventSubscriptionRow } from './subscription-rows.js';

const STATUSES: readonly RequestStatus[] = [
  'PENDING_ACK',
  'PENDING',
  'COMPLETED',
  'ERROR',
  'RECEIVED',
  'AT_DRIVER',
  'ANSWERED',
  'DELIVERED',
  'FAILED',
];

/**
 * A request as the API shows it, never with the requester's signature. With `proof`, also the view's bytes
 * and the requester's certificate: what anyone holding the source's membership needs to verify the view
 * again (the explorer does), while the relay keeps it.
 */
export function requestView(record: RequestRecord, options: { readonly proof?: boolean } = {}) {
  const answer = record.answer;
  return {
    id: record.id,
    role: record.role,
    status: record.status,
    address: record.query.address,
    sourceNetwork: record.query.sourceNetwork,
    requestingNetwork: record.query.requestingNetwork,
    requestingOrg: record.query.requestingOrg,
    nonce: record.query.nonce,
    confidential: record.query.confidential,
    ...(options.proof ? { certificate: record.query.certificate } : {}),
    ...(options.proof && answer && 'view' in answer
      ? { view: { proofType: answer.view.meta.proofType, data: answer.view.data } }
      : {}),
    ...(record.role === 'inbound' ? { origin: record.origin } : {}),
    createdAt: new Date(record.createdAt).toISOString(),
    updatedAt: new Date(record.updatedAt).toISOString(),
    deadline: new Date(record.deadline).toISOString(),
    attempts: record.attempts,
    retried: record.retried ?? 0,
    ...(answer && 'error' in answer
      ? { error: { code: answer.code ?? 'REMOTE_ERROR', message: answer.error } }
      : {}),
    history: (record.history ?? []).map((h) => ({ status: h.status, at: new Date(h.at).toISOString() })),
  };
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  NOT_FOUND: 404,
  REQUEST_INVALID: 409,
  UNAUTHENTICATED: 401,
  USAGE: 400,
};

function refuse(reply: FastifyReply, error: unknown) {
  const weft = isWeftError(error) ? error : new WeftError('REMOTE_ERROR', String(error));
  return reply.code(HTTP_STATUS[weft.code] ?? 500).send({ code: weft.code, message: weft.message });
}

/** The relay's event subscriptions, as `weft events` shows them (relay/subscription-rows.ts). */
export type SubscriptionLister = () => Promise<EventSubscriptionRow[]>;

const SUBSCRIPTION_STATUSES: readonly string[] = ['PENDING_ACK', 'SUBSCRIBED', 'ERROR', 'UNSUBSCRIBED'];

export function operatorRoutes(
  machine: RequestMachine,
  token: string | undefined,
  subscriptions: SubscriptionLister = async () => [],
) {
  return (app: FastifyInstance) => {
    const guarded =
      (handle: (request: FastifyRequest) => Promise<unknown>) =>
      async (request: FastifyRequest, reply: FastifyReply) => {
        if (!bearerMatches(request.headers.authorization, token)) {
          return refuse(
            reply,
            new WeftError('UNAUTHENTICATED', "the operator API needs the relay's operator token"),
          );
        }
        try {
          return await handle(request);
        } catch (error) {
          return refuse(reply, error);
        }
      };
    app.get(
      '/requests',
      guarded(async (request) => {
        const q = request.query as Record<string, string | undefined>;
        if (q.status !== undefined && !STATUSES.includes(q.status as RequestStatus)) {
          throw new WeftError('USAGE', `status is one of ${STATUSES.join(', ')}`);
        }
        if (q.role !== undefined && q.role !== 'outbound' && q.role !== 'inbound') {
          throw new WeftError('USAGE', 'role is outbound or inbound');
        }
        if (q.proof !== undefined && q.proof !== '1' && q.proof !== '0') {
          throw new WeftError('USAGE', 'proof is 1 or 0');
        }
        const limit = q.limit === undefined ? 100 : Number(q.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
          throw new WeftError('USAGE', 'limit is 1 to 1000');
        }
        const records = await machine.list({
          ...(q.status ? { status: q.status } : {}),
          ...(q.role ? { role: q.role as 'outbound' | 'inbound' } : {}),
          limit,
        });
        return { requests: records.map((r) => requestView(r, { proof: q.proof === '1' })) };
      }),
    );
    app.get(
      '/requests/:id',
      guarded(async (request) => ({
        requests: (await machine.find((request.params as { id: string }).id)).map((r) => requestView(r)),
      })),
    );
    app.get(
      '/subscriptions',
      guarded(async (request) => {
        const q = request.query as Record<string, string | undefined>;
        if (q.status !== undefined && !SUBSCRIPTION_STATUSES.includes(q.status)) {
          throw new WeftError('USAGE', `status is one of ${SUBSCRIPTION_STATUSES.join(', ')}`);
        }
        if (q.role !== undefined && q.role !== 'subscribed' && q.role !== 'publishing') {
          throw new WeftError('USAGE', 'role is subscribed or publishing');
        }
        const rows = await subscriptions();
        return {
          subscriptions: rows.filter(
            (r) => (!q.status || r.status === q.status) && (!q.role || r.role === q.role),
          ),
        };
      }),
    );
    app.post(
      '/requests/:id/retry',
      guarded(async (request) => ({
        request: requestView(await machine.retry((request.params as { id: string }).id)),
      })),
    );
    app.post(
      '/requests/:id/cancel',
      guarded(async (request) => ({
        request: requestView(await machine.cancel((request.params as { id: string }).id)),
      })),
    );
  };
}
