/**
 * An operator's calls to a relay's operator API (relay/operator-api.ts), on its operations port, with the
 * relay's operator token from the state folder.
 */
import { readFile } from 'node:fs/promises';
import { type ErrorCode, isErrorCode, WeftError } from '../common/errors.js';
import type { EventSubscriptionRow } from '../relay/subscription-rows.js';
import { operationsPortFile, operatorTokenFile, relayNamed, type TopologyState } from '../topology/state.js';

export interface RequestRow {
  readonly id: string;
  readonly role: 'outbound' | 'inbound';
  readonly status: string;
  readonly address: string;
  readonly sourceNetwork: string;
  readonly requestingNetwork: string;
  readonly requestingOrg: string;
  readonly nonce: string;
  readonly confidential: boolean;
  /** With `proof`: the requester's identity the view is bound to, and the view as the relay holds it. */
  readonly certificate?: string;
  readonly view?: { readonly proofType: string; readonly data: string };
  readonly origin?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deadline: string;
  readonly attempts: number;
  readonly retried: number;
  readonly error?: { readonly code: string; readonly message: string };
  readonly history: ReadonlyArray<{ readonly status: string; readonly at: string }>;
}

export interface OperatorApi {
  list(filter?: { status?: string; role?: string; limit?: number; proof?: boolean }): Promise<RequestRow[]>;
  show(id: string): Promise<RequestRow[]>;
  /** The relay's event subscriptions, by status and role if given. */
  subscriptions(filter?: { status?: string; role?: string }): Promise<EventSubscriptionRow[]>;
  retry(id: string): Promise<RequestRow>;
  cancel(id: string): Promise<RequestRow>;
}

/** @throws {WeftError} USAGE for a network without a relay; CONFIG_INVALID when its files cannot be read */
export async function openOperatorApi(state: TopologyState, networkId: string): Promise<OperatorApi> {
  const relay = relayNamed(state, networkId);
  const read = (file: string, what: string) =>
    readFile(file, 'utf8').then(
      (text) => text.trim(),
      (error: Error) => {
        throw new WeftError('CONFIG_INVALID', `cannot read ${networkId}'s ${what}: ${error.message}`);
      },
    );
  const [port, token] = await Promise.all([
    read(operationsPortFile(relay.dir, 'relay'), 'operations port'),
    read(operatorTokenFile(relay), 'operator token'),
  ]);
  const call = async <T>(method: 'GET' | 'POST', path: string): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new WeftError('UNREACHABLE', `${networkId}'s relay does not answer: ${(error as Error).message}`);
    }
    const body = (await response.json()) as T & { code?: string; message?: string };
    if (!response.ok) {
      const code: ErrorCode = isErrorCode(body.code) ? body.code : 'REMOTE_ERROR';
      throw new WeftError(code, body.message ?? `the relay answered ${response.status}`);
    }
    return body;
  };
  const id = (value: string) => encodeURIComponent(value);
  const search = (filter: Record<string, string | number | boolean | undefined>) =>
    new URLSearchParams(
      Object.entries(filter)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]): [string, string] => [k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v)]),
    );
  return {
    list: async (filter = {}) =>
      (await call<{ requests: RequestRow[] }>('GET', `/requests?${search(filter)}`)).requests,
    subscriptions: async (filter = {}) =>
      (await call<{ subscriptions: EventSubscriptionRow[] }>('GET', `/subscriptions?${search(filter)}`))
        .subscriptions,
    show: async (value) => (await call<{ requests: RequestRow[] }>('GET', `/requests/${id(value)}`)).requests,
    retry: async (value) =>
      (await call<{ request: RequestRow }>('POST', `/requests/${id(value)}/retry`)).request,
    cancel: async (value) =>
      (await call<{ request: RequestRow }>('POST', `/requests/${id(value)}/cancel`)).request,
  };
}
